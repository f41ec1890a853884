import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import worker from "../../src/index";

export const BASE = "http://localhost";

type FetchHandler = { fetch(request: Request, env: Cloudflare.Env, ctx: ExecutionContext): Response | Promise<Response> };

export interface CallInit extends RequestInit {
  /** Bindings and vars to override for this call; the others are the test worker's. */
  env?: Partial<Cloudflare.Env>;
  /** An app the test built (`createApp({ outboundFetcher })`, a probe router) instead of the worker. */
  app?: FetchHandler;
}

/**
 * THE way tests call HTTP: a path (or absolute URL) to the worker's real fetch handler — every
 * middleware, binding and error handler. With `env` or `app` the handler is called directly with
 * those bindings and the call also waits for the request's background work (waitUntil).
 */
export function api(path: string, init: CallInit = {}): Promise<Response> {
  const { env: overrides, app, ...requestInit } = init;
  return dispatch(new Request(/^https?:\/\//.test(path) ? path : `${BASE}${path}`, requestInit), overrides, app);
}

async function dispatch(request: Request, overrides: Partial<Cloudflare.Env> | undefined, app: FetchHandler | undefined): Promise<Response> {
  if (!overrides && !app) return exports.default.fetch(request);
  const ctx = createExecutionContext();
  const res = await (app ?? (worker as unknown as FetchHandler)).fetch(request, { ...env, ...overrides } as Cloudflare.Env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** A `fetch` that lands in the worker (or `app`): for clients and providers under test that take a fetcher. */
export function fetcherOf(app?: FetchHandler, overrides?: Partial<Cloudflare.Env>): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => dispatch(new Request(input, init), overrides, app)) as typeof fetch;
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}, init: Pick<CallInit, "env" | "app"> = {}): Promise<Response> {
  return api(path, { ...init, method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: Array<{ in: string; field: string; pointer?: string; message: string; code?: string }>;
  [extension: string]: unknown;
}

/** Asserts the RFC 9457 shape and returns the parsed problem. */
export async function expectProblem(res: Response, status: number): Promise<Problem> {
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${await res.text()}`);
  const type = res.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json")) throw new Error(`Expected problem+json, got ${type}`);
  const body = (await res.json()) as Problem;
  for (const key of ["type", "title", "status", "detail", "instance", "requestId"] as const) {
    if (body[key] === undefined || body[key] === "") throw new Error(`Problem lacks '${key}': ${JSON.stringify(body)}`);
  }
  if (body.status !== status) throw new Error(`Problem status ${body.status} ≠ ${status}`);
  if (JSON.stringify(body).includes("    at ")) throw new Error("Problem leaks a stack trace");
  return body;
}
