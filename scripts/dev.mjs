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

// wrangler's [build] step builds the widget (and rebuilds it when src/widget changes).
const dev = spawn("npx", ["wrangler", "dev", "--port", "8787", ...process.argv.slice(2)], { stdio: "inherit" });
// The demo merchant page, on its own origin like a real shop: http://localhost:8788/demo
const demo = spawn(process.execPath, ["scripts/demo-server.mjs", "--port", "8788", "--api", "http://localhost:8787"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (dev.kill(signal), demo.kill(signal)));
dev.on("exit", (code) => (demo.kill("SIGTERM"), process.exit(code ?? 0)));
