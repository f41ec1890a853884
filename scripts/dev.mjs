#!/usr/bin/env node
// `npm run dev`: prepare local state (secrets file, D1 migrations, seed), then run `wrangler dev` on :8787.
// Every step is idempotent, so running it again is safe.
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, CI: "true" } });

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (sandbox secrets for local use only).");
}
run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"]);
run("npx", ["tsx", "scripts/seed.ts"]);
run("npx", ["tsx", "scripts/sandbox-merchant.ts"]);

// wrangler's [build] step builds the widget (and rebuilds it when src/widget changes).
const dev = spawn("npx", ["wrangler", "dev", "--port", "8787", "--test-scheduled", ...process.argv.slice(2)], { stdio: "inherit" });
// The demo merchant page, on its own origin like a real shop: http://localhost:8788/demo
const demo = spawn(process.execPath, ["scripts/demo-server.mjs", "--port", "8788", "--api", "http://localhost:8787"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (dev.kill(signal), demo.kill(signal)));
dev.on("exit", (code) => (demo.kill("SIGTERM"), process.exit(code ?? 0)));

// Wrangler does not fire Cron Triggers locally: run the rates refresh (scheduled()) once the worker
// answers, then every 15 minutes like the deployed cron. Locally the ECB source fails (no internet is
// assumed) and the sandbox feed keeps rates fresh; /api/v1/health shows both.
const REFRESH_EVERY_MS = 15 * 60_000;
const refresh = () => fetch("http://127.0.0.1:8787/__scheduled?cron=*/15+*+*+*+*").catch(() => {});
(async () => {
  for (let i = 0; i < 120; i++) {
    const up = await fetch("http://127.0.0.1:8787/api/v1/ping").then((r) => r.ok, () => false);
    if (up) {
      await refresh();
      setInterval(refresh, REFRESH_EVERY_MS).unref();
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
})();
