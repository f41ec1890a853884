import { createApp } from "./app";
import type { Bindings } from "./env";
import { runRateIngestion } from "./services/rates/ingest/run";

export { PaymentObject } from "./durable-objects/payment-object";
export { LiquidityPool } from "./durable-objects/liquidity-pool";

const app = createApp();

export default {
  fetch: app.fetch,
  /** Cron Trigger (wrangler.toml [triggers]): refresh exchange rates from the configured sources. */
  async scheduled(_controller, env, ctx) {
    // Development-only relative source URLs (the sandbox feed) are served by this worker in-process.
    const selfFetch = async (request: Request) => app.fetch(request, env, ctx);
    await runRateIngestion(env, { selfFetch });
  },
} satisfies ExportedHandler<Bindings>;
