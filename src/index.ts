import { createApp } from "./app";
import type { Bindings } from "./env";
import { purgeExpiredIdempotencyKeys } from "./middleware/idempotency";
import { pruneNotificationHistory, sweepOverdueDeliveries } from "./services/notifications/publish";
import { runRateIngestion } from "./services/rates/ingest/run";

export { PaymentObject } from "./durable-objects/payment-object";
export { LiquidityPool } from "./durable-objects/liquidity-pool";
export { WebhookDispatcher } from "./durable-objects/webhook-dispatcher";

const app = createApp();
/** The rates cron; every other cron runs the housekeeping tasks. */
export const RATES_CRON = "*/15 * * * *";

export default {
  fetch: app.fetch,
  /**
   * Cron Triggers (wrangler.toml [triggers]): refresh exchange rates from the configured sources; in the
   * background, wake merchant-notification dispatchers with overdue deliveries, prune old notification
   * history and drop idempotency keys past their 24 h retention (rates must not wait on those).
   */
  async scheduled(controller, env, ctx) {
    if (controller.cron !== RATES_CRON) {
      ctx.waitUntil(Promise.allSettled([sweepOverdueDeliveries(env), pruneNotificationHistory(env), purgeExpiredIdempotencyKeys(env)]));
      return;
    }
    // Development-only relative source URLs (the sandbox feed) are served by this worker in-process.
    const selfFetch = async (request: Request) => app.fetch(request, env, ctx);
    await runRateIngestion(env, { selfFetch });
  },
} satisfies ExportedHandler<Bindings>;
