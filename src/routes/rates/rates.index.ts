import { createRouter } from "../../lib/create-router";
import * as handlers from "./rates.handlers";
import * as routes from "./rates.routes";

export const ratesRouter = createRouter()
  .openapi(routes.getAllRates, handlers.getAllRates)
  .openapi(routes.getPairRate, handlers.getPairRate)
  .openapi(routes.pushRates, handlers.pushRates);

