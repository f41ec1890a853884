import { createApp } from "./app";
import type { Bindings } from "./env";
import { purgeExpiredIdempotencyKeys } from "./middleware/idempotency";
import { runRateIngestion } from "./services/rates/ingest/run";

export { PaymentObject } from "./durable-objects/payment-object";
export { LiquidityPool } from "./durable-objects/liquidity-pool";

const app = createApp();

export default {
  fetch: app.fetch,
  /**
   * Cron Trigger (wrangler.toml [triggers]): refresh exchange rates from the configured sources, and
   * drop idempotency keys past their 24 h retention (in the background: rates must not wait on it).
   */
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(purgeExpiredIdempotencyKeys(env));
    // Development-only relative source URLs (the sandbox feed) are served by this worker in-process.
    const selfFetch = async (request: Request) => app.fetch(request, env, ctx);
    await runRateIngestion(env, { selfFetch });
  },
} satisfies ExportedHandler<Bindings>;
