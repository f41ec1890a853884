import { createRouter } from "../../lib/create-router";
import * as h from "./merchants.handlers";
import * as routes from "./merchants.routes";

/** Operator endpoints; the access table (auth/access-policy.ts) requires ADMIN_TOKEN for all of them. */
export const adminRouter = createRouter()
  .openapi(routes.createMerchant, h.createMerchantHandler)
  .openapi(routes.listMerchants, h.listMerchantsHandler)
  .openapi(routes.getMerchant, h.getMerchantHandler)
  .openapi(routes.updateMerchant, h.updateMerchantHandler)
  .openapi(routes.createApiKey, h.createApiKeyHandler)
  .openapi(routes.listApiKeys, h.listApiKeysHandler)
  .openapi(routes.revokeApiKey, h.revokeApiKeyHandler)
  .openapi(routes.publishEvent, h.publishEventHandler);
