import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { AppEnv } from "../env";
import { createLogger, parseLogLevel } from "../lib/logger";
import { randomToken } from "../lib/ids";

/**
 * `X-Request-Id`: the caller's value when it is sane (≤ 128 chars of [A-Za-z0-9_=-]), otherwise a new
 * `req_…` id. It is echoed on every response and present in every log line of the request.
 */
export const requestIdMiddleware = requestId({ limitLength: 128, generator: () => `req_${randomToken(16)}` });

/** A request-scoped JSON logger plus one access-log line per request. */
export const requestLogger: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = Date.now();
  const log = createLogger({ requestId: c.get("requestId") }, parseLogLevel(c.env.LOG_LEVEL));
  c.set("log", log);
  await next();
  const url = new URL(c.req.url);
  log.info("request", {
    method: c.req.method,
    path: url.pathname,
    status: c.res.status,
    durationMs: Date.now() - started,
    colo: (c.req.raw as { cf?: { colo?: string } }).cf?.colo,
    roundTrips: c.get("roundTrips")?.summary(),
  });
};
