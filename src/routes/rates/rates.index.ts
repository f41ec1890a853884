import { createRouter } from "../../lib/create-router";
import * as handlers from "./rates.handlers";
import * as routes from "./rates.routes";

export const ratesRouter = createRouter()
  .openapi(routes.getAllRates, handlers.getAllRates)
  .openapi(routes.getPairRate, handlers.getPairRate)
  .openapi(routes.pushRates, handlers.pushRates);

ratesRouter.openAPIRegistry.registerComponent("securitySchemes", "AdminBearer", {
  type: "http",
  scheme: "bearer",
  description: "Operator token (the ADMIN_TOKEN secret), for /api/v1/admin endpoints",
});
