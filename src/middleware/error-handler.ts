import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env";
import { ApiError, type ErrorCode } from "../lib/errors";
import { createLogger, describeError } from "../lib/logger";
import { problemResponse } from "../lib/problem";

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE",
  429: "RATE_LIMITED",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

/** Maps anything thrown to a problem+json response. Unknown errors are logged in full and shown as a bare 500. */
export const errorHandler: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ApiError) return problemResponse(c, error);
  if (error instanceof HTTPException) {
    // Hono's own 400 for unparseable JSON bodies (thrown by the json validator).
    if (error.status === 400 && /json/i.test(error.message)) {
      return problemResponse(c, new ApiError("MALFORMED_JSON", { detail: "The request body is not valid JSON" }));
    }
    const code = HTTP_STATUS_CODES[error.status] ?? (error.status >= 500 ? "INTERNAL" : "BAD_REQUEST");
    return problemResponse(c, new ApiError(code, { detail: error.message || undefined }));
  }
  const log = c.get("log") ?? createLogger({ requestId: c.get("requestId") });
  log.error("unhandled error", { path: new URL(c.req.url).pathname, ...describeError(error) });
  return problemResponse(c, new ApiError("INTERNAL", { detail: "An unexpected error occurred; quote the request id when reporting it" }));
};

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new ApiError("NOT_FOUND", { detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}` }));
