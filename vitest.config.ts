import { execFileSync } from "node:child_process";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  // The worker serves the widget bundle: build it first (fast; the output is git-ignored).
  execFileSync(process.execPath, ["scripts/build-widget.mjs", "--quiet"], { cwd: import.meta.dirname, stdio: "inherit" });
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
