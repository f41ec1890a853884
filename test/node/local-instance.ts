/**
 * A real CorePort instance for the node-side checks: `wrangler dev` on a free port with its own state
 * directory, migrated and seeded, with the sandbox secrets of `.dev.vars.example` (what a newcomer's
 * `npm run dev` gets). The secrets are returned too: the checks play the providers that hold them.
 */
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parseEnv } from "node:util";
// @ts-expect-error: a plain .mjs helper shared with the bench and the OpenAPI export.
import { root, startLocalWorker } from "../../scripts/lib/local-worker.mjs";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface LocalInstance {
  baseUrl: string;
  /** Its local state (D1, KV, DO storage; with `sandbox`, the sandbox-merchant.json keys file). */
  persistTo: string;
  secrets: Record<string, string>;
  /** With `{ sandbox: true }`: the provisioned sandbox merchant, as `npm run dev` makes it (with its generous development rate limits). */
  sandbox?: { merchantId: string; secretKey: string; publishableKey: string };
  stop: () => void;
}

export async function startInstance(name: string, options: { sandbox?: boolean } = {}): Promise<LocalInstance> {
  const envFile = path.join(root as string, ".dev.vars.example");
  const secrets = parseEnv(readFileSync(envFile, "utf8")) as Record<string, string>;
  // --env-file: wrangler then ignores a developer's own .dev.vars, so the secrets are exactly these.
  const worker = await startLocalWorker({ port: await freePort(), state: `.wrangler/node-test-${name}-${process.pid}`, extraArgs: ["--env-file", envFile], sandbox: options.sandbox, adminToken: secrets.ADMIN_TOKEN });
  const stop = () => {
    (worker.stop as () => void)();
    rmSync(worker.persistTo as string, { recursive: true, force: true });
  };
  return { baseUrl: worker.baseUrl as string, persistTo: worker.persistTo as string, secrets, sandbox: worker.sandbox as LocalInstance["sandbox"], stop };
}
