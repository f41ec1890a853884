// Browser tests (`npm run test:browser`): vitest in Node drives Debian's Chromium through
// playwright-core against a real local worker and the demo merchant page on its own origin.
// Separate from vitest.config.ts, whose tests run inside workerd.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/browser/**/*.e2e.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    environment: "node",
    // One Chromium at a time: the machine has 2 cores shared with the worker under test.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
