// Starts what the browser tests run against: the worker (`wrangler dev`, which also builds the
// widget) with its own fresh local state, and the demo merchant page on a second origin.
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startLocalWorker } from "../../scripts/lib/local-worker.mjs";
import { startDemoServer } from "../../scripts/demo-server.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

declare module "vitest" {
  interface ProvidedContext {
    apiOrigin: string;
    demoOrigin: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const apiPort = Number(process.env.BROWSER_API_PORT ?? 8796);
  const demoPort = Number(process.env.BROWSER_DEMO_PORT ?? 8797);
  const demoOrigin = `http://localhost:${demoPort}`;
  const worker = await startLocalWorker({
    port: apiPort,
    state: ".wrangler/browser-test-state",
    // The demo origin is the "merchant site" the API must accept browser calls from.
    extraArgs: ["--var", `CORS_ALLOWED_ORIGINS:${demoOrigin}`],
  });
  const apiOrigin = `http://localhost:${apiPort}`;
  let demo;
  try {
    demo = await startDemoServer({ port: demoPort, api: apiOrigin });
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
