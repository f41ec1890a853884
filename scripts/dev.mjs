#!/usr/bin/env node
// `npm run dev`: prepare local state (secrets file, D1 migrations, seed), then run `wrangler dev` on :8787
// (PORT=… to choose another; the demo page then runs on PORT+1, or DEMO_PORT).
// Every step is idempotent, so running it again is safe.
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { fundSandboxPools } from "./lib/sandbox-pools.mjs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, CI: "true" } });

const port = Number(process.env.PORT ?? 8787);
const demoPort = Number(process.env.DEMO_PORT ?? port + 1);
for (const [name, value] of [["PORT", port], ["DEMO_PORT", demoPort]]) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a TCP port, got ${value}`);
}
// scripts/sandbox-merchant.ts allows these origins for the sandbox publishable key.
process.env.PORT = String(port);
process.env.DEMO_PORT = String(demoPort);

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (sandbox secrets for local use only).");
}
run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"]);
run("npx", ["tsx", "scripts/seed.ts"]);
run("npx", ["tsx", "scripts/sandbox-merchant.ts"]);

const api = `http://localhost:${port}`;
// wrangler.toml's origins and sandbox checkout URL name the default ports; on other ports the API, the
// demo page and the local myPOS sandbox must name the ports actually used.
const portVars = port === 8787 && demoPort === 8788 ? [] : [
  "--var", `CORS_ALLOWED_ORIGINS:${[port, demoPort].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]).join(",")}`,
  "--var", `MYPOS_CHECKOUT_URL:${api}/sandbox/mypos/checkout`,
];

// wrangler's [build] step builds the widget (and rebuilds it when src/widget changes).
const dev = spawn("npx", ["wrangler", "dev", "--port", String(port), "--test-scheduled", ...portVars, ...process.argv.slice(2)], { stdio: "inherit" });
// The demo merchant page, on its own origin like a real shop: http://localhost:8788/demo
const demo = spawn(process.execPath, ["scripts/demo-server.mjs", "--port", String(demoPort), "--api", api], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (dev.kill(signal), demo.kill(signal)));
dev.on("exit", (code) => (demo.kill("SIGTERM"), process.exit(code ?? 0)));

// Wrangler does not fire Cron Triggers locally: run the rates refresh (scheduled()) once the worker
// answers, then every 15 minutes like the deployed cron. Locally the ECB source fails (no internet is
// assumed) and the sandbox feed keeps rates fresh; /api/v1/health shows both.
const REFRESH_EVERY_MS = 15 * 60_000;
const refresh = () => fetch(`http://127.0.0.1:${port}/__scheduled?cron=*/15+*+*+*+*`).catch(() => {});
(async () => {
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1/ping`).then((r) => r.ok, () => false);
    if (up) {
      // Funded liquidity pools: ramp orders work at once (an operator's own pool sizes are kept).
      const funded = await fundSandboxPools(`http://127.0.0.1:${port}`, parseEnv(readFileSync(".dev.vars", "utf8")).ADMIN_TOKEN).catch((error) => {
        console.error(`Could not fund the sandbox liquidity pools: ${error.message}`);
        return [];
      });
      if (funded.length) console.log(`Funded the sandbox liquidity pools: ${funded.join(", ")}.`);
      await refresh();
      setInterval(refresh, REFRESH_EVERY_MS).unref();
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
})();
