import { createApp } from "./app";
import type { Bindings } from "./env";
import { pruneNotificationHistory, sweepOverdueDeliveries } from "./services/notifications/publish";

export { PaymentObject } from "./durable-objects/payment-object";
export { WebhookDispatcher } from "./durable-objects/webhook-dispatcher";

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(Promise.allSettled([sweepOverdueDeliveries(env), pruneNotificationHistory(env)]));
  },
} satisfies ExportedHandler<Bindings>;
