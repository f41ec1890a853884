import type { RouteConfig } from "@hono/zod-openapi";
import { createRouter } from "../../lib/create-router";
import { handleProviderWebhook, type WebhookAdapter } from "../../payments/webhooks/adapter";
import { corepayAdapter } from "../../payments/webhooks/adapters/corepay";
import { myposAdapter } from "../../payments/webhooks/adapters/mypos";
import { offrampAdapter } from "../../payments/webhooks/adapters/offramp";
import { onrampAdapter } from "../../payments/webhooks/adapters/onramp";
import { paytoAdapter } from "../../payments/webhooks/adapters/payto";
import * as routes from "./webhooks.routes";

const ENDPOINTS: Array<[RouteConfig, WebhookAdapter<any>]> = [
  [routes.paytoWebhook, paytoAdapter],
  [routes.corepayWebhook, corepayAdapter],
  [routes.onrampWebhook, onrampAdapter],
  [routes.offrampWebhook, offrampAdapter],
  [routes.myposWebhook, myposAdapter],
];

/**
 * The provider webhooks. They are documented from their zod schemas but not validated by the OpenAPI
 * middleware: the signature must be checked over the raw bytes before anything parses the body.
 */
export const webhooksRouter = createRouter();
for (const [route, adapter] of ENDPOINTS) {
  webhooksRouter.openAPIRegistry.registerPath(route);
  webhooksRouter.post(route.path, (c) => handleProviderWebhook(c, adapter));
}
