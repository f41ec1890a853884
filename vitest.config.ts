import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { SANDBOX_MERCHANT_PRIVATE_KEY_PEM, SANDBOX_MYPOS_CERT_PEM, SANDBOX_MYPOS_STORE } from "./src/sandbox/mypos/sandbox-keys.js";

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
            // Payment providers: the SANDBOX-ONLY credentials (src/sandbox), test-only webhook secrets.
            MYPOS_PRIVATE_KEY: SANDBOX_MERCHANT_PRIVATE_KEY_PEM,
            MYPOS_PUBLIC_CERT: SANDBOX_MYPOS_CERT_PEM,
            MYPOS_SID: SANDBOX_MYPOS_STORE.sid,
            MYPOS_WALLET_NUMBER: SANDBOX_MYPOS_STORE.walletNumber,
            MYPOS_KEY_INDEX: SANDBOX_MYPOS_STORE.keyIndex,
            DEPOSIT_ADDRESS_SECRET: "test-deposit-address-secret-0123456789abcdef",
            PAYTO_WEBHOOK_SECRET: "whsec_dGVzdC1wYXl0by13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5",
            COREPAY_WEBHOOK_SECRET: "whsec_dGVzdC1jb3JlcGF5LXdlYmhvb2stc2VjcmV0LTAxMjM0NTY3OA==",
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
