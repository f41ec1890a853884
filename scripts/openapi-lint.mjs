#!/usr/bin/env node
// `npm run lint:openapi`: export the live OpenAPI document from a local worker to dist/openapi.json
// and lint it with Redocly's recommended rules (redocly.yaml), as an outside reviewer would.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, startLocalWorker } from "./lib/local-worker.mjs";

const worker = await startLocalWorker({ port: Number(process.env.OPENAPI_PORT ?? 8798), state: ".wrangler/openapi-state", prepareDatabase: false });
let doc;
try {
  doc = await (await fetch(`${worker.baseUrl}/api/v1/openapi.json`)).json();
} finally {
  worker.stop();
}
// The server URL is whatever host served the export; publish a relative one instead.
doc.servers = [{ url: "/", description: "The CorePort instance serving this document" }];
mkdirSync(path.join(root, "dist"), { recursive: true });
const out = path.join(root, "dist/openapi.json");
writeFileSync(out, JSON.stringify(doc, null, 2));
console.log(`Exported ${Object.keys(doc.paths).length} paths to dist/openapi.json`);
try {
  execFileSync("npx", ["redocly", "lint", out, "--format", "stylish"], { cwd: root, stdio: "inherit" });
} catch {
  process.exit(1);
}
