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
            WEBHOOK_SECRETS_KEY: "xTo2y3I5a8twdHg/P1MNpA3C01vcIWbe//bZ+MCAKv4=",
          },
          // Tests share one limiter state across files: real limits would make unrelated tests flaky.
          // The rate-limit test swaps in TEST_RATE_LIMITER (3 per minute) to see a real 429.
          ratelimits: {
            PUBLIC_RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            API_RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            TEST_RATE_LIMITER: { simple: { limit: 3, period: 60 } },
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
