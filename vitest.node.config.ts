// Checks made from outside the worker, in plain Node: a real `wrangler dev` instance is called over HTTP
// and what it signs is verified with independent implementations (the `standardwebhooks` package,
// node:crypto / OpenSSL). Run by `npm test` after the workerd suite; alone: `npx vitest run -c vitest.node.config.ts`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // `.node.ts`, not `.test.ts`: the workerd suite (vitest.config.ts) must not pick these up.
    include: ["test/node/**/*.node.ts"],
    environment: "node",
    // One worker start-up (wrangler dev) per file; slow on small CI machines.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
