/**
 * `Idempotency-Key` for POST requests that create something (Stripe semantics, IETF
 * draft-ietf-httpapi-idempotency-key-header):
 *
 * - first request with a key: it runs; a 2xx response is stored for 24 h
 * - same key, same request (method, path, canonical JSON body): the stored response is replayed with
 *   `Idempotent-Replayed: true`, the handler does not run again
 * - same key, different request: 422 problem
 * - same key while the first request is still running: 409 problem with `Retry-After`
 * - a non-2xx response is not stored and frees the key: handlers guarantee a non-2xx created nothing,
 *   so the client may fix the request and retry with the same key
 *
 * Keys are 1-255 printable ASCII characters (bare, or as an RFC 8941 quoted string), scoped to the
 * authenticated merchant (`c.get("auth")`), else to "public". A claim left by a crashed request is
 * taken over after `lockSeconds`. Use it as route middleware, after authentication:
 *
 *   createRoute({ method: "post", path: "/payments/payto", middleware: [requireMerchantKey, idempotency()], … })
 */
import type { Context, MiddlewareHandler } from "hono";
import { and, eq, lte, sql } from "drizzle-orm";
import { getDb } from "../db/client";
import { idempotencyKeys } from "../db/schema";
import type { AppEnv, Bindings } from "../env";
import { canonicalJson } from "../lib/canonical-json";
import { sha256Hex } from "../lib/sha256";
import { ApiError } from "../lib/errors";
import { describeError } from "../lib/logger";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
const DEFAULT_LOCK_SECONDS = 60;
/** Response headers worth replaying; request-specific ones (request id, dates, cookies) are not. */
const REPLAYED_RESPONSE_HEADERS = ["content-type", "location", "cache-control", "etag", "link"];

export interface IdempotencyOptions {
  /** Refuse requests without the header with a 400 (default true: create endpoints require it). */
  required?: boolean;
  /** The key space: default the authenticated merchant id, else "public". */
  scope?: (c: Context<AppEnv>) => string;
  ttlSeconds?: number;
  /** How long an unfinished first request blocks its key (then a crashed request's claim is taken over). */
  lockSeconds?: number;
}

/** The key of an `Idempotency-Key` header value, or an error message. */
export function parseIdempotencyKey(value: string): { key: string } | { error: string } {
  let key = value.trim();
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) {
    key = key.slice(1, -1);
    if (/(^|[^\\])"/.test(key)) return { error: "A quoted key must escape inner quotes" };
    key = key.replace(/\\(["\\])/g, "$1");
  }
  if (key.length === 0 || key.length > 255) return { error: "Must be 1-255 characters" };
  if (!/^[\x20-\x7e]+$/.test(key) || key.trim().length === 0) return { error: "Must be printable ASCII characters" };
  return { key };
}

/** What makes two requests "the same": method, path and query, and the body (JSON compared canonically). */
async function fingerprint(c: Context<AppEnv>): Promise<string> {
  const url = new URL(c.req.url);
  const text = await c.req.text();
  let body = text;
  if (/json/i.test(c.req.header("content-type") ?? "")) {
    try {
      body = canonicalJson(JSON.parse(text));
    } catch {
      // not JSON after all: compare the raw text (the validator will refuse it anyway)
    }
  }
  return sha256Hex(`${c.req.method} ${url.pathname}${url.search}\n${body}`);
}

export function idempotency(options: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
  const required = options.required ?? true;
  const ttlMs = (options.ttlSeconds ?? IDEMPOTENCY_TTL_SECONDS) * 1000;
  const lockMs = (options.lockSeconds ?? DEFAULT_LOCK_SECONDS) * 1000;

  return async (c, next) => {
    if (c.req.method !== "POST") return next();
    const header = c.req.header(IDEMPOTENCY_HEADER);
    if (header === undefined) {
      if (!required) return next();
      throw ApiError.invalidField(IDEMPOTENCY_HEADER, "Required: a unique key for this operation, e.g. a UUID; reuse it only to retry the same request", "header", "required");
    }
    const parsed = parseIdempotencyKey(header);
    if ("error" in parsed) throw ApiError.invalidField(IDEMPOTENCY_HEADER, parsed.error, "header", "invalid_format");

    const scope = options.scope?.(c) ?? c.get("auth")?.merchantId ?? "public";
    const key = parsed.key;
    const requestHash = await fingerprint(c);
    const url = new URL(c.req.url);
    const db = getDb(c.env.DB);
    const now = Date.now();

    // Claim the key atomically: insert, or take over an expired entry or a crashed request's stale claim.
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ scope, key, method: c.req.method, path: url.pathname, requestHash, state: "in_flight", lockedUntil: new Date(now + lockMs), expiresAt: new Date(now + ttlMs), createdAt: new Date(now) })
      .onConflictDoUpdate({
        target: [idempotencyKeys.scope, idempotencyKeys.key],
        set: {
          method: c.req.method,
          path: url.pathname,
          requestHash,
          state: "in_flight",
          responseStatus: null,
          responseBody: null,
          responseHeaders: null,
          lockedUntil: new Date(now + lockMs),
          expiresAt: new Date(now + ttlMs),
          createdAt: new Date(now),
        },
        setWhere: sql`${idempotencyKeys.expiresAt} <= ${now} OR (${idempotencyKeys.state} = 'in_flight' AND ${idempotencyKeys.lockedUntil} <= ${now} AND ${idempotencyKeys.requestHash} = ${requestHash})`,
      })
      .returning({ key: idempotencyKeys.key });

    if (claimed.length === 0) {
      const existing = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key))).get();
      if (!existing) throw new ApiError("CONFLICT", { detail: "The Idempotency-Key is being released by another request; retry", headers: { "Retry-After": "1" } });
      if (existing.requestHash !== requestHash) {
        throw new ApiError("UNPROCESSABLE", {
          detail: `This Idempotency-Key was already used for a different request (${existing.method} ${existing.path} with other parameters); use a new key`,
          extensions: { idempotencyKey: key },
        });
      }
      if (existing.state === "in_flight") {
        throw new ApiError("CONFLICT", { detail: "A request with this Idempotency-Key is still being processed; retry shortly", headers: { "Retry-After": "1" } });
      }
      const headers = { ...(existing.responseHeaders ?? {}), [REPLAYED_HEADER]: "true" };
      return c.body(existing.responseBody ?? "", (existing.responseStatus ?? 200) as 200, headers);
    }

    await next();
    const res = c.res;
    const log = c.get("log");
    try {
      if (res.status >= 200 && res.status < 300) {
        const headers: Record<string, string> = {};
        for (const name of REPLAYED_RESPONSE_HEADERS) {
          const value = res.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        await db
          .update(idempotencyKeys)
          .set({ state: "completed", responseStatus: res.status, responseBody: await res.clone().text(), responseHeaders: headers, lockedUntil: null })
          .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.state, "in_flight")));
      } else {
        await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.state, "in_flight")));
      }
    } catch (error) {
      // The response stands; the key stays claimed until its lock expires, so a retry cannot run it twice meanwhile.
      log?.error("could not record the idempotent response", { scope, key, ...describeError(error) });
    }
  };
}

/** Delete entries past their 24 h (expired entries are already ignored; this only reclaims space). */
export async function purgeExpiredIdempotencyKeys(env: Bindings, now = Date.now()): Promise<number> {
  const result = await getDb(env.DB).delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, new Date(now)));
  return result.meta.changes ?? 0;
}
