// The browser tests' side of the real API: the typed client with the test merchant's secret key,
// provider callbacks sent by the simulator (`npm run simulate`, src/providers/simulate/scenarios.ts),
// and a recorder of what the page sent to the API.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page, Request } from "playwright-core";
import { inject } from "vitest";
import { createCorePortClient, unwrap, type components } from "../../src/client";

const run = promisify(execFile);

/** The merchant's server: the typed client with the secret key. */
export function merchantApi() {
  return createCorePortClient({ baseUrl: inject("apiOrigin"), apiKey: inject("merchant").secretKey });
}

type Schemas = components["schemas"];

/** A payment as its merchant reads it (secret key), per method. */
export function readPayment(method: "payto", id: string): Promise<Schemas["PaytoPayment"]>;
export function readPayment(method: "corepay", id: string): Promise<Schemas["CorepayPayment"]>;
export function readPayment(method: "mypos", id: string): Promise<Schemas["Payment"]>;
export function readPayment(method: "payto" | "corepay" | "mypos", id: string): Promise<Schemas["Payment"]> {
  const api = merchantApi();
  const params = { params: { path: { id } } };
  if (method === "payto") return unwrap(api.GET("/api/v1/payments/payto/{id}", params));
  if (method === "corepay") return unwrap(api.GET("/api/v1/payments/corepay/{id}", params));
  return unwrap(api.GET("/api/v1/payments/mypos/{id}", params));
}

/**
 * Sends a provider scenario (`pay`, `partial`, …) for a payment with `npm run simulate -- <id> <scenario>`:
 * the simulator reads the payment through the API with the merchant's secret key and derives everything
 * else (amount, asset, deposit address); the deliveries are signed with the sandbox secrets the local
 * worker verifies, as a developer would send them.
 */
export async function simulate(id: string, scenario: string): Promise<void> {
  const args = ["tsx", "scripts/simulate.ts", id, scenario, "--url", inject("apiOrigin"), "--key", inject("merchant").secretKey, "--delay", "100"];
  const { stdout } = await run("npx", args, { cwd: new URL("../..", import.meta.url).pathname, timeout: 30_000 });
  // The simulator prints each delivery's answer; every one must have been accepted.
  const answers = stdout.split("\n").filter((line) => /^#\d+ /.test(line));
  if (!answers.length || answers.some((line) => !/→ 2\d\d /.test(line))) throw new Error(`simulate ${id} ${scenario}:\n${stdout}`);
}

export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

/** Records every call the page makes to the API (CORS preflights excluded). */
export function recordApiCalls(page: Page): ApiCall[] {
  const calls: ApiCall[] = [];
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== inject("apiOrigin") || !url.pathname.startsWith("/api/") || request.method() === "OPTIONS") return;
    let body: Record<string, unknown> | undefined;
    try {
      body = request.postDataJSON() ?? undefined;
    } catch {}
    calls.push({ method: request.method(), path: url.pathname, query: url.searchParams, headers: request.headers(), body });
  });
  return calls;
}

/** The id in the widget's `payment_created` event on the demo page's event list. */
export async function createdPaymentId(page: Page): Promise<string> {
  const line = await page.locator("#events li[data-type=payment_created]").first().textContent();
  const id = /pay_[0-9a-z]+/.exec(line ?? "")?.[0];
  if (!id) throw new Error(`no payment_created event (${line})`);
  return id;
}
