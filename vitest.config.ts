import { execFileSync } from "node:child_process";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { SANDBOX_MERCHANT_PRIVATE_KEY_PEM, SANDBOX_MYPOS_CERT_PEM, SANDBOX_MYPOS_STORE } from "./src/sandbox/mypos/sandbox-keys.js";

export default defineConfig(async () => {
  // The worker serves the widget bundle and (static assets) the /docs UI: build them first (fast; the
  // output is git-ignored).
  for (const script of ["scripts/build-widget.mjs", "scripts/build-docs-assets.mjs"]) {
    execFileSync(process.execPath, [script, "--quiet"], { cwd: import.meta.dirname, stdio: "inherit" });
  }
  // Real migrations, applied per test file in test/setup.ts (storage is isolated per file).
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        main: "./src/index.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            ADMIN_TOKEN: "test-admin-token",
            // Keep test output readable (and fast): only errors are logged.
            LOG_LEVEL: "error",
            // Tests never reach the network: only the in-process sandbox feed is configured by default;
            // tests that exercise the ECB or other feeds pass their own fetcher.
            RATE_SOURCES: "sandbox",
            // The one-time full-history load is tested on its own (test/rates/backfill.test.ts).
            ECB_FULL_HISTORY_URL: "",
            PAYTO_WEBHOOK_SECRET: "whsec_pdGJzPBY9InaE674b1YBt8gFV1uxTWr3zX8DslNaiQQ=",
            PAYTO_WEBHOOK_SECRET_PREVIOUS: "whsec_1VH2EnUSKBbzWrrPA65ZlMa42WTMSGikHRcqYv8ACWY=",
            COREPAY_WEBHOOK_SECRET: "whsec_Dm+A7hUnbrQgIdSLSBYtEMqLTfDHnyR0sVyVnhHP0Jo=",
            ONRAMP_WEBHOOK_SECRET: "whsec_hv+mUGxXPHZOPnrmeSAeTR5V/eNXJSKqwmKhnb0jow4=",
            OFFRAMP_WEBHOOK_SECRET: "whsec_cU8kWw8m11TpaaDL9m6jVkmqJJaGUPzhYJqRa+rvR1c=",
            // Outbox retries are driven by runDurableObjectAlarm in tests, never by the clock.
            OUTBOX_RETRY_BASE_SECONDS: "3600",
            WEBHOOK_SECRETS_KEY: "xTo2y3I5a8twdHg/P1MNpA3C01vcIWbe//bZ+MCAKv4=",
            // Payment providers: the SANDBOX-ONLY credentials (src/sandbox), test-only webhook secrets.
            MYPOS_PRIVATE_KEY: SANDBOX_MERCHANT_PRIVATE_KEY_PEM,
            MYPOS_PUBLIC_CERT: SANDBOX_MYPOS_CERT_PEM,
            MYPOS_SID: SANDBOX_MYPOS_STORE.sid,
            MYPOS_WALLET_NUMBER: SANDBOX_MYPOS_STORE.walletNumber,
            MYPOS_KEY_INDEX: SANDBOX_MYPOS_STORE.keyIndex,
            DEPOSIT_ADDRESS_SECRET: "test-deposit-address-secret-0123456789abcdef",
          },
          // The notifications queue as in wrangler.toml, but batches close after 50 ms instead of 1 s: tests
          // that wait for a delivery wait less (nothing depends on the batch timing).
          queueConsumers: {
            "coreport-notifications": { maxBatchSize: 100, maxBatchTimeout: 0.05, maxRetries: 10, retryDelay: 30, deadLetterQueue: "coreport-notifications-dlq" },
            "coreport-notifications-dlq": { maxBatchSize: 100, maxBatchTimeout: 0.05, maxRetries: 100, retryDelay: 60 },
          },
          // Tests share one limiter state across files: real limits would make unrelated tests flaky.
          // The rate-limit test swaps in TEST_RATE_LIMITER (3 per minute) to see a real 429.
          ratelimits: {
            PUBLIC_RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            API_RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            PUBLIC_RATE_LIMITER_DEV: { simple: { limit: 1_000_000, period: 60 } },
            API_RATE_LIMITER_DEV: { simple: { limit: 1_000_000, period: 60 } },
            TEST_RATE_LIMITER: { simple: { limit: 3, period: 60 } },
          },
        },
      }),
    ],
    // The same zod the deployed Worker runs (wrangler.toml [alias]): classic API without locales.
    resolve: { alias: [{ find: /^zod$/, replacement: path.join(import.meta.dirname, "src/lib/zod-slim/index.ts") }] },
    test: {
      setupFiles: ["./test/setup.ts"],
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
      // Generous: CI machines are small and workerd start-up per file is slow under load.
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
});
