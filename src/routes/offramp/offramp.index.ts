import { createRouter } from "../../lib/create-router";
import * as handlers from "./offramp.handlers";
import * as routes from "./offramp.routes";

export const offrampRouter = createRouter()
  .openapi(routes.estimateOfframp, handlers.estimateOfframp)
  .openapi(routes.reverseEstimateOfframp, handlers.reverseEstimateOfframp)
  .openapi(routes.createBankOfframp, handlers.createBankOfframp)
  .openapi(routes.createOfframp, handlers.createOfframp)
  .openapi(routes.proceedPartialOfframp, handlers.proceedPartialOfframp)
  .openapi(routes.rejectOfframp, handlers.rejectOfframp);
