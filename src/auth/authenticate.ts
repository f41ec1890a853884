/**
 * Merchant key authentication: `Authorization: Bearer pk_…|sk_…` → AuthContext (c.get("auth")).
 * Wrong, missing, revoked keys and keys of disabled merchants → 401; a pk used from a browser
 * origin outside its allow-list → 403.
 */
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { getDb } from "../db/client";
import { apiKeys, merchants } from "../db/schema";
import type { AppEnv, AuthContext } from "../env";
import { ApiError } from "../lib/errors";
import { bearerToken, timingSafeEqualStrings } from "../middleware/admin-auth";
import { originMatcher } from "../middleware/cors";
import { sha256Hex } from "../lib/sha256";
import { parseApiKey, type ApiKeyKind } from "./api-keys";
import { cachedKey, noteKeyUsed, rememberKey, type CachedKey } from "./key-cache";

/** last_used_at is written at most this often per key (cheap: one conditional UPDATE, off the request path). */
export const LAST_USED_RESOLUTION_MS = 60_000;

const WWW_AUTHENTICATE = { "WWW-Authenticate": 'Bearer realm="coreport"' };

export function unauthorized(detail: string): ApiError {
  return new ApiError("UNAUTHORIZED", { detail, headers: WWW_AUTHENTICATE });
}

/** The key's own origin list, or the merchant's when the key has none. */
function pkOriginAllowed(origin: string, keyOrigins: string[], merchantOrigins: string[]): boolean {
  const list = keyOrigins.length ? keyOrigins : merchantOrigins;
  return list.length > 0 && originMatcher(list.join(","))(origin);
}

/**
 * Authenticates the bearer key of the request, if any. Returns undefined when no Authorization
 * header was sent; throws 401/403 for a key that is present but not usable here.
 */
export async function authenticateApiKey(c: Context<AppEnv>, allowed: readonly ApiKeyKind[]): Promise<AuthContext | undefined> {
  const header = c.req.header("authorization");
  if (header === undefined) return undefined;
  const token = bearerToken(header);
  const claimed = token ? parseApiKey(token) : undefined;
  if (!token || !claimed) throw unauthorized("Invalid API key: send Authorization: Bearer sk_… or pk_…");
  const hash = await sha256Hex(token);
  const row = cachedKey(hash) ?? (await loadKey(c, hash));
  if (!row || !(await timingSafeEqualStrings(row.hash, hash)) || row.kind !== claimed.kind || row.mode !== claimed.mode) {
    throw unauthorized("Invalid API key");
  }
  if (row.revokedAt) throw unauthorized(`API key ${row.id} was revoked`);
  if (row.merchantStatus !== "active") throw unauthorized("The merchant account of this key is disabled");
  if (row.kind === "publishable") {
    // A browser always sends Origin on cross-origin calls; server-side callers may omit it.
    const origin = c.req.header("origin");
    if (origin !== undefined && !pkOriginAllowed(origin, row.keyOrigins, row.merchantOrigins)) {
      throw new ApiError("FORBIDDEN", { detail: `Origin '${origin.slice(0, 200)}' is not allowed for this publishable key` });
    }
  }
  if (!allowed.includes(row.kind)) {
    throw unauthorized(`This endpoint needs a ${allowed.map((k) => (k === "secret" ? "secret key (sk_…)" : "publishable key (pk_…)")).join(" or ")}`);
  }
  touchLastUsed(c, row.id, row.lastUsedAt, hash);
  return { merchantId: row.merchantId, credentialId: row.id, kind: row.kind, mode: row.mode };
}

/** The key's row and its merchant's state from D1 (one indexed query), remembered in the isolate (key-cache.ts). */
async function loadKey(c: Context<AppEnv>, hash: string): Promise<CachedKey | undefined> {
  const [row] = await getDb(c.env.DB)
    .select({
      id: apiKeys.id,
      merchantId: apiKeys.merchantId,
      kind: apiKeys.kind,
      mode: apiKeys.mode,
      hash: apiKeys.hash,
      keyOrigins: apiKeys.allowedOrigins,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      merchantStatus: merchants.status,
      merchantOrigins: merchants.allowedOrigins,
    })
    .from(apiKeys)
    .innerJoin(merchants, eq(merchants.id, apiKeys.merchantId))
    .where(eq(apiKeys.hash, hash))
    .limit(1);
  if (row) rememberKey(row);
  return row;
}

/** Records use of a key at most once per LAST_USED_RESOLUTION_MS, after the response. */
function touchLastUsed(c: Context<AppEnv>, keyId: string, lastUsedAt: Date | null, hash: string) {
  const now = Date.now();
  if (lastUsedAt && now - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  noteKeyUsed(hash, new Date(now));
  const write = c.env.DB.prepare("UPDATE api_keys SET last_used_at = ?1 WHERE id = ?2 AND (last_used_at IS NULL OR last_used_at < ?3)")
    .bind(now, keyId, now - LAST_USED_RESOLUTION_MS)
    .run()
    .catch((error: unknown) => c.get("log")?.warn("last_used_at update failed", { keyId, error: String(error) }));
  try {
    c.executionCtx.waitUntil(write);
  } catch {
    // No execution context (direct app.fetch in tests): the promise still runs.
  }
}

/**
 * For handlers: the authenticated merchant, or 401. `kinds` narrows which key kinds are accepted
 * (the access table already enforced the route's rule; this is for handlers that need more).
 */
export function requireAuth(c: Context<AppEnv>, ...kinds: AuthContext["kind"][]): AuthContext {
  const auth = c.get("auth");
  if (!auth || (kinds.length > 0 && !kinds.includes(auth.kind))) throw unauthorized("A valid API key is required for this endpoint");
  return auth;
}
