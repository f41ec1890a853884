import { createRouter } from "../../lib/create-router";
import * as handlers from "./onramp.handlers";
import * as routes from "./onramp.routes";

export const onrampRouter = createRouter()
  .openapi(routes.forexEstimate, handlers.forexEstimate)
  .openapi(routes.createBankOnramp, handlers.createBankOnramp)
  .openapi(routes.createOnramp, handlers.createOnramp);
