// Starts what the browser tests run against: the worker (`wrangler dev`, which also builds the
// widget) with its own fresh local state, a merchant created through the admin API whose
// publishable key is bound to the demo origin, and the demo merchant page on a second origin.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { makeIcan } from "../../src/lib/ican";
import { startLocalWorker } from "../../scripts/lib/local-worker.mjs";
import { startDemoServer } from "../../scripts/demo-server.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Quotes lapse after the API's minimum (30 s) so the re-quote test sees a real expiry. */
export const QUOTE_TTL_SECONDS = 30;

declare module "vitest" {
  interface ProvidedContext {
    apiOrigin: string;
    demoOrigin: string;
    chromium: string;
    merchant: { id: string; publishableKey: string; secretKey: string };
  }
}

async function admin<T>(apiOrigin: string, token: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${apiOrigin}/api/v1/admin${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST /api/v1/admin${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const apiPort = Number(process.env.BROWSER_API_PORT ?? 8796);
  const demoPort = Number(process.env.BROWSER_DEMO_PORT ?? 8797);
  const demoOrigin = `http://localhost:${demoPort}`;
  const apiOrigin = `http://localhost:${apiPort}`;
  const adminToken = randomBytes(24).toString("hex");
  const worker = await startLocalWorker({
    port: apiPort,
    state: ".wrangler/browser-test-state",
    extraArgs: [
      // The secrets `npm run simulate` signs provider callbacks with (the same file it reads).
      "--env-file", existsSync(".dev.vars") ? ".dev.vars" : ".dev.vars.example",
      // The demo origin is the "merchant site" the API must accept browser calls from.
      "--var", `CORS_ALLOWED_ORIGINS:${demoOrigin}`,
      "--var", `QUOTE_TTL_SECONDS:${QUOTE_TTL_SECONDS}`,
      "--var", `ADMIN_TOKEN:${adminToken}`,
      // The sandbox card checkout is served by this same worker.
      "--var", `MYPOS_CHECKOUT_URL:${apiOrigin}/sandbox/mypos/checkout`,
      // Its own devtools port: wrangler's default range collides with other local workers.
      "--inspector-port", String(apiPort + 10_000),
    ],
  });
  let demo;
  try {
    // A merchant as an operator onboards one: its shop's origin, a payout address (CorePay) and keys.
    const payoutAddress = makeIcan("ab", randomBytes(20).toString("hex"));
    const merchant = await admin<{ id: string }>(apiOrigin, adminToken, "/merchants", { name: "Browser test shop", allowedOrigins: [demoOrigin], payoutAddress });
    const pk = await admin<{ key: string }>(apiOrigin, adminToken, `/merchants/${merchant.id}/keys`, { kind: "publishable", mode: "test" });
    const sk = await admin<{ key: string }>(apiOrigin, adminToken, `/merchants/${merchant.id}/keys`, { kind: "secret", mode: "test" });
    demo = await startDemoServer({ port: demoPort, api: apiOrigin, publishableKey: pk.key });
    project.provide("merchant", { id: merchant.id, publishableKey: pk.key, secretKey: sk.key });
  } catch (error) {
    worker.stop();
    throw error;
  }
  project.provide("apiOrigin", apiOrigin);
  project.provide("demoOrigin", demo.origin);
  project.provide("chromium", CHROMIUM);
  return async () => {
    await demo.close();
    worker.stop();
  };
}
