#!/usr/bin/env node
// `npm run bench [-- scenario…]`: starts the worker with `wrangler dev` on its own port and state
// directory (migrated + seeded), runs each scenario in scripts/bench/scenarios, prints a table.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { root, startLocalWorker } from "../lib/local-worker.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8799);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const here = path.dirname(fileURLToPath(import.meta.url));
// Secrets for the bench worker: your .dev.vars if present, else the sandbox values of .dev.vars.example.
const ENV_FILE = existsSync(path.join(root, ".dev.vars")) ? ".dev.vars" : ".dev.vars.example";
let baseUrl = `http://127.0.0.1:${PORT}`;

/** A secret's value from the env file the bench worker runs with (scenarios sign and authenticate with it). */
function envFileVar(name) {
  const line = readFileSync(path.join(root, ENV_FILE), "utf8").split("\n").find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1).trim();
}

/** Load one request shape with autocannon; returns requests/s and latency percentiles (ms). `amount` = a fixed number of requests instead of a duration. */
export async function load({ url, method = "GET", headers, body, requests, connections = CONNECTIONS, duration = DURATION, amount, title }) {
  const result = await autocannon({ url: url.startsWith("http") ? url : `${baseUrl}${url}`, method, headers, body, requests, connections, duration, amount, title });
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
const worker = await startLocalWorker({ port: PORT, state: ".wrangler/bench-state", extraArgs: ["--env-file", ENV_FILE, "--var", "RATE_LIMITS:off"] });
baseUrl = worker.baseUrl;
process.on("SIGINT", () => process.exit(130));

let failed = false;
try {
  console.log(`CorePort bench — ${baseUrl}, ${CONNECTIONS} connections, ${DURATION}s per load\n`);
  const context = { baseUrl, load, root, port: PORT, persistTo: worker.persistTo, envFile: path.join(root, ENV_FILE), adminToken: envFileVar("ADMIN_TOKEN") };
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
  worker.stop();
}
process.exit(failed ? 1 : 0);
