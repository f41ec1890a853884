import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
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
            PAYTO_WEBHOOK_SECRET: "whsec_pdGJzPBY9InaE674b1YBt8gFV1uxTWr3zX8DslNaiQQ=",
            PAYTO_WEBHOOK_SECRET_PREVIOUS: "whsec_1VH2EnUSKBbzWrrPA65ZlMa42WTMSGikHRcqYv8ACWY=",
            COREPAY_WEBHOOK_SECRET: "whsec_Dm+A7hUnbrQgIdSLSBYtEMqLTfDHnyR0sVyVnhHP0Jo=",
            ONRAMP_WEBHOOK_SECRET: "whsec_hv+mUGxXPHZOPnrmeSAeTR5V/eNXJSKqwmKhnb0jow4=",
            OFFRAMP_WEBHOOK_SECRET: "whsec_cU8kWw8m11TpaaDL9m6jVkmqJJaGUPzhYJqRa+rvR1c=",
            // Outbox retries are driven by runDurableObjectAlarm in tests, never by the clock.
            OUTBOX_RETRY_BASE_SECONDS: "3600",
          },
        },
      }),
    ],
    test: {
      setupFiles: ["./test/setup.ts"],
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    },
  };
});
