// Start the worker locally with `wrangler dev` on its own port and state directory, for scripts that
// need a real running instance (bench, OpenAPI export). Returns { baseUrl, stop }.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fundSandboxPools } from "./sandbox-pools.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function sh(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`worker did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * `sandbox: true` provisions what `npm run dev` does (the sandbox merchant and its keys, returned as
 * `sandbox`; verified FinTag sandbox referrers; funded liquidity pools with `adminToken`).
 * @param {{ port: number; state: string; prepareDatabase?: boolean; extraArgs?: string[]; sandbox?: boolean; adminToken?: string }} options
 */
export async function startLocalWorker({ port, state, prepareDatabase = true, extraArgs = [], sandbox = false, adminToken }) {
  const persistTo = path.join(root, state);
  rmSync(persistTo, { recursive: true, force: true });
  if (prepareDatabase) {
    sh("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo]);
    sh("npx", ["tsx", "scripts/seed.ts", "--persist-to", persistTo]);
  }
  if (sandbox) sh("npx", ["tsx", "scripts/sandbox-merchant.ts", "--persist-to", persistTo]);
  const server = spawn("npx", ["wrangler", "dev", "--port", String(port), "--persist-to", persistTo, "--log-level", "error", ...extraArgs], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseUrl}/api/v1/ping`, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  if (sandbox) {
    if (adminToken) await fundSandboxPools(baseUrl, adminToken);
    const keys = JSON.parse(readFileSync(path.join(persistTo, "sandbox-merchant.json"), "utf8"));
    return { baseUrl, persistTo, stop, sandbox: { merchantId: keys.merchantId, secretKey: keys.secret.key, publishableKey: keys.publishable.key } };
  }
  return { baseUrl, persistTo, stop };
}
