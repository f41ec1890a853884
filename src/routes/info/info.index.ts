import { etag } from "hono/etag";
import { createRouter } from "../../lib/create-router";
import { requireAdmin } from "../../middleware/admin-auth";
import * as handlers from "./info.handlers";
import * as routes from "./info.routes";

const router = createRouter();

// Config views revalidate with ETag / If-None-Match (304). Quotes are unique per call and never cached.
for (const path of ["/info/assets/*", "/info/payment-types", "/info/locations", "/info/onramp", "/info/offramp", "/info/intra-providers"]) {
  router.use(path, etag());
}
router.use("/admin/config/*", requireAdmin);

export const infoRouter = router
  .openapi(routes.listAssets, handlers.listAssets)
  .openapi(routes.listPaymentTypes, handlers.listPaymentTypes)
  .openapi(routes.listLocations, handlers.listLocations)
  .openapi(routes.listOnrampProviders, handlers.listOnrampProviders)
  .openapi(routes.listOfframpProviders, handlers.listOfframpProviders)
  .openapi(routes.listIntraProviders, handlers.listIntraProviders)
  .openapi(routes.getQuote, handlers.getQuote)
  .openapi(routes.invalidateConfig, handlers.invalidateConfig);
