import { createApp } from "./app";
import type { Bindings } from "./env";
import { handleScheduled } from "./scheduled";

export { PaymentObject } from "./durable-objects/payment-object";
export { LiquidityPool } from "./durable-objects/liquidity-pool";
export { WebhookDispatcher } from "./durable-objects/webhook-dispatcher";

const app = createApp();

export default {
  fetch: app.fetch,
  /** Cron Triggers (wrangler.toml [triggers]): see src/scheduled.ts. */
  scheduled: (controller, env, ctx) => handleScheduled(controller, env, ctx, async (request) => app.fetch(request, env, ctx)),
} satisfies ExportedHandler<Bindings>;
