#!/usr/bin/env node
// `npm run bench [-- scenario…]`: starts the worker with `wrangler dev` on its own port and state
// directory (migrated + seeded), runs each scenario in scripts/bench/scenarios, prints a table.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 8799);
const STATE = path.join(root, ".wrangler/bench-state");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const baseUrl = `http://127.0.0.1:${PORT}`;

/** Secrets the scenarios need: the checkout's .dev.vars values when present, sandbox values otherwise. */
function devVar(name, fallback) {
  const file = path.join(root, ".dev.vars");
  const line = existsSync(file) ? readFileSync(file, "utf8").split("\n").find((l) => l.startsWith(`${name}=`)) : undefined;
  return line?.slice(name.length + 1).trim() || fallback;
}
const adminToken = devVar("ADMIN_TOKEN", "bench-admin-token");
const webhookSecretsKey = devVar("WEBHOOK_SECRETS_KEY", "c2FuZGJveC1vbmx5LW5vdGlmaWNhdGlvbnMta2V5ISE=");

function sh(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });
}

async function waitForServer(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/v1/ping`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`worker did not answer on ${baseUrl} within ${timeoutMs} ms`);
}

/** Load one request shape with autocannon; returns requests/s and latency percentiles (ms). */
export async function load({ url, method = "GET", headers, body, requests, connections = CONNECTIONS, duration = DURATION, title }) {
  const result = await autocannon({ url: url.startsWith("http") ? url : `${baseUrl}${url}`, method, headers, body, requests, connections, duration, title });
  return {
    title: title ?? url,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const only = process.argv.slice(2);
const files = readdirSync(path.join(here, "scenarios")).filter((f) => f.endsWith(".mjs")).sort();
rmSync(STATE, { recursive: true, force: true });
sh("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", STATE]);
sh("npx", ["tsx", "scripts/seed.ts", "--persist-to", STATE]);
// Rate limits off: the load comes from one IP and would otherwise measure the limiter.
const vars = ["RATE_LIMITS:off", `ADMIN_TOKEN:${adminToken}`, `WEBHOOK_SECRETS_KEY:${webhookSecretsKey}`].flatMap((v) => ["--var", v]);
const server = spawn("npx", ["wrangler", "dev", "--port", String(PORT), "--persist-to", STATE, "--log-level", "error", ...vars], {
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
process.on("SIGINT", () => process.exit(130));

let failed = false;
try {
  await waitForServer();
  console.log(`CorePort bench — ${baseUrl}, ${CONNECTIONS} connections, ${DURATION}s per load\n`);
  const context = { baseUrl, load, root, adminToken, port: PORT };
  for (const file of files) {
    const scenario = (await import(pathToFileURL(path.join(here, "scenarios", file)).href)).default;
    if (only.length && !only.includes(scenario.name)) continue;
    console.log(`## ${scenario.name}`);
    const outcome = await scenario.run(context);
    for (const row of outcome.rows ?? []) {
      console.log(
        `${row.title.padEnd(44)} ${row.rps.toFixed(0).padStart(8)} req/s   p50 ${String(row.p50).padStart(4)} ms   p99 ${String(row.p99).padStart(4)} ms   non-2xx ${row.non2xx}   errors ${row.errors}`,
      );
    }
    for (const line of outcome.notes ?? []) console.log(line);
    if (outcome.ok === false) failed = true;
    console.log("");
  }
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
