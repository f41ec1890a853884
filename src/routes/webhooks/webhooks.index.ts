import type { RouteConfig } from "@hono/zod-openapi";
import { createRouter } from "../../lib/create-router";
import { handleProviderWebhook, type WebhookAdapter } from "../../services/payments/webhooks/adapter";
import { offrampAdapter } from "../../services/payments/webhooks/adapters/offramp";
import { onrampAdapter } from "../../services/payments/webhooks/adapters/onramp";
import { handlePaymentWebhook } from "../../services/payments/webhooks/payment-webhook";
import type { PaymentMethod } from "../../providers/types";
import * as routes from "./webhooks.routes";

/** Payment methods: through the configured provider adapter (src/providers/registry.ts). */
const PAYMENT_ENDPOINTS: Array<[RouteConfig, PaymentMethod]> = [
  [routes.paytoWebhook, "payto"],
  [routes.corepayWebhook, "corepay"],
  [routes.myposWebhook, "mypos"],
];

/** Ramp providers: through their webhook adapters (src/services/payments/webhooks/adapters). */
const RAMP_ENDPOINTS: Array<[RouteConfig, WebhookAdapter<any>]> = [
  [routes.onrampWebhook, onrampAdapter],
  [routes.offrampWebhook, offrampAdapter],
];

/**
 * The provider webhooks. They are documented from their zod schemas but not validated by the OpenAPI
 * middleware: the signature must be checked over the raw bytes before anything parses the body.
 */
export const webhooksRouter = createRouter();
for (const [route, method] of PAYMENT_ENDPOINTS) {
  webhooksRouter.openAPIRegistry.registerPath(route);
  webhooksRouter.post(route.path, (c) => handlePaymentWebhook(c, method));
}
for (const [route, adapter] of RAMP_ENDPOINTS) {
  webhooksRouter.openAPIRegistry.registerPath(route);
  webhooksRouter.post(route.path, (c) => handleProviderWebhook(c, adapter));
}
