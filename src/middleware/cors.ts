import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env";

/**
 * Parses `CORS_ALLOWED_ORIGINS`: comma-separated exact origins, or `https://*.example.com` to allow
 * every subdomain of example.com (not example.com itself).
 */
export function originMatcher(list: string): (origin: string) => boolean {
  const exact = new Set<string>();
  const wildcard: Array<{ scheme: string; suffix: string }> = [];
  for (const raw of list.split(",")) {
    const entry = raw.trim().replace(/\/+$/, "");
    if (!entry) continue;
    const m = /^(https?):\/\/\*\.(.+)$/.exec(entry);
    if (m) wildcard.push({ scheme: m[1]!, suffix: `.${m[2]!.toLowerCase()}` });
    else exact.add(entry.toLowerCase());
  }
  return (origin: string) => {
    const o = origin.toLowerCase();
    if (exact.has(o)) return true;
    return wildcard.some(({ scheme, suffix }) => o.startsWith(`${scheme}://`) && o.endsWith(suffix) && !o.includes("@"));
  };
}

const matchers = new Map<string, (origin: string) => boolean>();

/** CORS for browser callers (merchant widgets). Refused origins get no Access-Control-Allow-* headers. */
export const corsMiddleware: MiddlewareHandler<AppEnv> = (c, next) => {
  const list = c.env.CORS_ALLOWED_ORIGINS ?? "";
  let allowed = matchers.get(list);
  if (!allowed) matchers.set(list, (allowed = originMatcher(list)));
  const isAllowed = allowed;
  return cors({
    origin: (origin) => (origin && isAllowed(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Content-Type", "Authorization", "Idempotency-Key", "X-Request-Id", "If-None-Match", "X-Client-Secret", "X-D1-Bookmark"],
    exposeHeaders: ["X-Request-Id", "ETag", "Retry-After", "Idempotent-Replayed", "Location", "X-D1-Bookmark", "Server-Timing"],
    maxAge: 600,
  })(c, next);
};
