import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";

export const BASE = "http://localhost";

/** Call the worker through its real fetch handler (all middleware, bindings and error handling). */
export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
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

/**
 * Call an app built by the test (e.g. `createApp({ outboundFetcher })` with a fake upstream) with the
 * real bindings, waiting for its background work (waitUntil) before returning.
 */
export async function callApp(
  app: { fetch: (req: Request, env: Cloudflare.Env, ctx: ExecutionContext) => Response | Promise<Response> },
  path: string,
  init?: RequestInit,
  bindings: Cloudflare.Env = env,
): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${BASE}${path}`, init), bindings, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}
