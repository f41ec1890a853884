import type { Bindings } from "./env";
import { purgeExpiredIdempotencyKeys } from "./middleware/idempotency";
import { pruneNotificationHistory, sweepOverdueDeliveries } from "./services/notifications/publish";
import { runRateIngestion } from "./services/rates/ingest/run";

/** The rates cron (wrangler.toml [triggers]); every other cron runs the housekeeping tasks. */
export const RATES_CRON = "*/15 * * * *";

type SelfFetch = (request: Request) => Promise<Response>;

/**
 * Cron Triggers: refresh exchange rates from the configured sources; otherwise, in the background,
 * wake merchant-notification dispatchers with overdue deliveries, prune old notification history and
 * drop idempotency keys past their 24 h retention.
 */
export async function handleScheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext, selfFetch: SelfFetch): Promise<void> {
  if (controller.cron !== RATES_CRON) {
    ctx.waitUntil(Promise.allSettled([sweepOverdueDeliveries(env), pruneNotificationHistory(env), purgeExpiredIdempotencyKeys(env)]));
    return;
  }
  // Development-only relative source URLs (the sandbox feed) are served by this worker in-process.
  await runRateIngestion(env, { selfFetch });
}
