#!/usr/bin/env node
// `npm run rates:refresh`: run the rates Cron Trigger (scheduled()) of the local `npm run dev` worker now.
// Wrangler never fires crons locally; `npm run dev` starts it with --test-scheduled, which exposes /__scheduled.
const port = process.env.PORT ?? "8787";
const url = `http://127.0.0.1:${port}/__scheduled?cron=${encodeURIComponent("*/15 * * * *")}`;
const res = await fetch(url).catch((error) => {
  console.error(`No worker on port ${port} (${error.cause?.code ?? error.message}); start it with npm run dev.`);
  process.exit(1);
});
console.log(res.ok ? "Rates refresh ran; see GET /api/v1/health (checks.rateSources) and the dev log." : `Refresh failed: HTTP ${res.status}`);
process.exit(res.ok ? 0 : 1);
