import { createRouter } from "../../lib/create-router";
import * as handlers from "./referrals.handlers";
import * as routes from "./referrals.routes";

export const referralsRouter = createRouter()
  .openapi(routes.getFintag, handlers.getFintag)
  .openapi(routes.getReferrerMeta, handlers.getReferrerMeta);
