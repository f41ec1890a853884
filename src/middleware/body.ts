import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env";
import { intVar } from "../lib/config";
import { ApiError } from "../lib/errors";

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** 413 problem when a request body exceeds `MAX_BODY_BYTES` (checked on the stream, not only Content-Length). */
export const bodyLimitMiddleware: MiddlewareHandler<AppEnv> = (c, next) => {
  const maxSize = intVar(c.env.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES) || DEFAULT_MAX_BODY_BYTES;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError("PAYLOAD_TOO_LARGE", { detail: `Request body exceeds the limit of ${maxSize} bytes` });
    },
  })(c, next);
};

/**
 * Paths that take `application/x-www-form-urlencoded` bodies (providers that post forms, e.g.
 * MyPOS notifications). Every other body under /api/v1 must be JSON.
 */
export const FORM_BODY_PATHS = new Set<string>(["/api/v1/payments/mypos/webhook"]);

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/** 415 problem for a body whose Content-Type the route does not take. */
export const contentTypeMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS" || method === "DELETE") return next();
  const length = c.req.header("content-length");
  const hasBody = c.req.raw.body !== null && !(length !== undefined && Number(length) === 0);
  if (!hasBody) return next();
  const type = c.req.header("content-type") ?? "";
  if (JSON_TYPE.test(type)) return next();
  if (FORM_TYPE.test(type) && FORM_BODY_PATHS.has(new URL(c.req.url).pathname)) return next();
  throw new ApiError("UNSUPPORTED_MEDIA_TYPE", {
    detail: `Content-Type '${type || "(none)"}' is not supported here; send application/json`,
    headers: { "Accept-Post": "application/json" },
  });
};
