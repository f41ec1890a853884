import type { Bindings } from "./env";
import { createLogger, describeError } from "./lib/logger";
import { purgeExpiredIdempotencyKeys } from "./middleware/idempotency";
import { reconcileMyposPayments } from "./services/payments/reconcile/mypos-reconcile";
import { providerMode } from "./providers/mode";
import { pruneNotificationHistory, sweepOverdueDeliveries } from "./services/notifications/publish";
import { runRateIngestion } from "./services/rates/ingest/run";

/** The rates cron (wrangler.toml [triggers]); every other cron runs the housekeeping tasks. */
export const RATES_CRON = "*/15 * * * *";

type SelfFetch = (request: Request) => Promise<Response>;

/**
 * Cron Triggers: refresh exchange rates from the configured sources; otherwise, in the background,
 * queue again merchant-notification deliveries that are overdue, prune old notification history and
 * drop idempotency keys past their 24 h retention, and reconcile MyPOS payments whose notify never came.
 */
export async function handleScheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext, selfFetch: SelfFetch): Promise<void> {
  if (controller.cron !== RATES_CRON) {
    ctx.waitUntil(Promise.allSettled([sweepOverdueDeliveries(env), pruneNotificationHistory(env), purgeExpiredIdempotencyKeys(env), reconcileMypos(env, selfFetch)]));
    return;
  }
  // Development-only relative source URLs (the sandbox feed) are served by this worker in-process.
  await runRateIngestion(env, { selfFetch });
}

/** In sandbox mode the myPOS "provider" is this worker's /sandbox/mypos: status calls loop back in-process. */
async function reconcileMypos(env: Bindings, selfFetch: SelfFetch): Promise<void> {
  try {
    const sandbox = providerMode(env) === "sandbox";
    const fetcher = sandbox ? (((input: RequestInfo | URL, init?: RequestInit) => selfFetch(new Request(input, init))) as typeof fetch) : undefined;
    await reconcileMyposPayments(env, { fetcher });
  } catch (error) {
    // Not configured (503) or D1 unavailable: the next run tries again.
    createLogger({ component: "mypos.reconcile" }).warn("mypos reconciliation skipped", describeError(error));
  }
}
