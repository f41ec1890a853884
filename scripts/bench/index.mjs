#!/usr/bin/env node
// `npm run bench [-- scenario…] [--json file]`: starts the worker with `wrangler dev` on its own port and
// state directory (migrated + seeded), runs each scenario in scripts/bench/scenarios, prints a table.
// Every row shows its ratio to ping measured in the same run (before and after the scenarios, averaged)
// and the mean round trips per request read off the worker's Server-Timing header; rows with a goal
// (ratio to ping) say whether it was met. Then the isolate's start-up and the bundle size.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { root, startLocalWorker } from "../lib/local-worker.mjs";
import { createTally, formatTrips } from "./lib/round-trips.mjs";
import { measureStartup } from "./lib/startup.mjs";

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

/**
 * Load one request shape with autocannon; returns requests/s, latency percentiles (ms) and the mean
 * round trips per request. `amount` = a fixed number of requests instead of a duration; `goal` = the
 * ratio to ping this row must reach.
 */
export async function load({ url, method = "GET", headers, body, requests, connections = CONNECTIONS, duration = DURATION, amount, title, goal }) {
  const tally = createTally();
  const counted = (requests ?? [{}]).map((r) => ({
    ...r,
    onResponse: (status, resBody, context, resHeaders) => {
      tally.record(resHeaders);
      r.onResponse?.(status, resBody, context, resHeaders);
    },
  }));
  const result = await autocannon({ url: url.startsWith("http") ? url : `${baseUrl}${url}`, method, headers, body, requests: counted, connections, duration, amount, title });
  return {
    title: title ?? url,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    roundTrips: tally.means(),
    goal,
  };
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
if (jsonAt >= 0 && !jsonFile) throw new Error("--json needs a file name");
const only = args.filter((a, i) => a !== "--json" && !(jsonAt >= 0 && i === jsonAt + 1));
const files = readdirSync(path.join(here, "scenarios")).filter((f) => f.endsWith(".mjs")).sort();
const worker = await startLocalWorker({ port: PORT, state: ".wrangler/bench-state", extraArgs: ["--env-file", ENV_FILE, "--var", "RATE_LIMITS:off", "--var", "SERVER_TIMING:on"] });
baseUrl = worker.baseUrl;
process.on("SIGINT", () => process.exit(130));

const pingLoad = (title) => load({ url: "/api/v1/ping", title });
const report = { startedAt: new Date().toISOString(), connections: CONNECTIONS, durationSeconds: DURATION, scenarios: [] };
let failed = false;
try {
  console.log(`CorePort bench — ${baseUrl}, ${CONNECTIONS} connections, ${DURATION}s per load\n`);
  // The yardstick: ping before everything, again after everything; ratios use the mean of the two.
  const pingBefore = await pingLoad("GET /api/v1/ping (run start)");
  const context = { baseUrl, load, root, port: PORT, persistTo: worker.persistTo, envFile: path.join(root, ENV_FILE), adminToken: envFileVar("ADMIN_TOKEN"), pingRps: pingBefore.rps };
  for (const file of files) {
    const scenario = (await import(pathToFileURL(path.join(here, "scenarios", file)).href)).default;
    if (only.length && !only.includes(scenario.name)) continue;
    process.stdout.write(`running ${scenario.name}… `);
    const started = Date.now();
    const outcome = await scenario.run(context);
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
    report.scenarios.push({ name: scenario.name, rows: outcome.rows ?? [], notes: outcome.notes ?? [], ok: outcome.ok !== false });
    if (outcome.ok === false) failed = true;
  }
  const pingAfter = await pingLoad("GET /api/v1/ping (run end)");
  const ping = (pingBefore.rps + pingAfter.rps) / 2;
  report.ping = { before: pingBefore, after: pingAfter, meanRps: ping };

  const line = (row) => {
    const ratio = row.rps / ping;
    row.ratioToPing = ratio;
    const verdict = row.goal === undefined ? "" : ratio >= row.goal ? `  goal ≥ ${row.goal}: met` : `  goal ≥ ${row.goal}: MISSED`;
    if (row.goal !== undefined && ratio < row.goal) row.goalMet = false;
    else if (row.goal !== undefined) row.goalMet = true;
    console.log(
      `${row.title.padEnd(46)} ${row.rps.toFixed(0).padStart(6)} req/s  ×${ratio.toFixed(2)} ping   p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  non-2xx ${row.non2xx}  errors ${row.errors}   ${formatTrips(row.roundTrips)}${verdict}`,
    );
  };
  console.log(`## ping (mean of run start and end: ${ping.toFixed(0)} req/s)`);
  line(pingBefore);
  line(pingAfter);
  console.log("");
  for (const scenario of report.scenarios) {
    console.log(`## ${scenario.name}`);
    scenario.rows.forEach(line);
    for (const note of scenario.notes) console.log(note);
    console.log("");
  }
  const goals = report.scenarios.flatMap((s) => s.rows).filter((r) => r.goal !== undefined);
  report.goalsMet = goals.filter((r) => r.goalMet).length;
  report.goalsTotal = goals.length;
  console.log(`goals met: ${report.goalsMet}/${report.goalsTotal} (ratios to ping in this run; absolute figures depend on the machine)`);
} finally {
  worker.stop();
}

if (!process.env.BENCH_SKIP_STARTUP) {
  const startup = measureStartup(root);
  report.startup = startup;
  console.log(
    `start-up (wrangler check startup: global scope to first response): ${startup.startupCpuMs} ms CPU (profile ${startup.profileSpanMs} ms); ` +
      `bundle ${(startup.bundleBytes / 1024).toFixed(0)} KB, ${(startup.bundleGzipBytes / 1024).toFixed(0)} KB gzip`,
  );
}
if (jsonFile) {
  writeFileSync(path.resolve(process.cwd(), jsonFile), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`JSON written to ${jsonFile}`);
}
process.exit(failed ? 1 : 0);
