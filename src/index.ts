import { createApp } from "./app";
import type { Bindings } from "./env";
import { sweepOverdueDeliveries } from "./services/notifications/publish";

export { PaymentObject } from "./durable-objects/payment-object";
export { WebhookDispatcher } from "./durable-objects/webhook-dispatcher";

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(sweepOverdueDeliveries(env));
  },
} satisfies ExportedHandler<Bindings>;
