import type { Context } from "hono";
import { ApiError, ERROR_CODES, problemType } from "./errors";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Render an ApiError as an RFC 9457 problem document; `instance` is the request path. */
export function problemResponse(c: Context, error: ApiError): Response {
  const requestId = (c.get("requestId") as string | undefined) ?? "";
  const body: Record<string, unknown> = {
    ...error.extensions,
    type: problemType(error.code),
    title: ERROR_CODES[error.code].title,
    status: error.status,
    detail: error.detail,
    instance: new URL(c.req.url).pathname,
    code: error.code,
    requestId,
  };
  if (error.errors?.length) body.errors = error.errors;
  const headers = new Headers(error.headers);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  headers.set("Cache-Control", "no-store");
  if (requestId) headers.set("X-Request-Id", requestId);
  return new Response(JSON.stringify(body), { status: error.status, headers });
}
