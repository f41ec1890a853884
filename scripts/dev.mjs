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

const dev = spawn("npx", ["wrangler", "dev", "--port", "8787", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
