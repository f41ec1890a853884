/**
 * API keys (and the state of their merchant) held in the isolate, so an authenticated request costs
 * no D1 query while its key is warm. Revocation bound: a revoked key, or a key whose merchant was
 * disabled or whose origins changed, is refused at once by the isolate that made the change
 * (`forgetApiKeys`) and by every other isolate within KEY_CACHE_MS (30 s) — the documented bound.
 * Unknown keys are not cached (a random-key flood cannot fill the cache with misses).
 */
import { countCacheHit } from "../lib/round-trips";

export const KEY_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;

export interface CachedKey {
  id: string;
  merchantId: string;
  kind: "publishable" | "secret";
  mode: "test" | "live";
  hash: string;
  keyOrigins: string[];
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  merchantStatus: string;
  merchantOrigins: string[];
}

const entries = new Map<string, { key: CachedKey; loadedAt: number }>();

/** The cached row of a key hash, while fresh. */
export function cachedKey(hash: string, now = Date.now()): CachedKey | undefined {
  const entry = entries.get(hash);
  if (!entry) return undefined;
  if (now - entry.loadedAt >= KEY_CACHE_MS) {
    entries.delete(hash);
    return undefined;
  }
  countCacheHit();
  return entry.key;
}

export function rememberKey(key: CachedKey, now = Date.now()): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!); // oldest first (insertion order)
  entries.set(key.hash, { key, loadedAt: now });
}

/** After a revocation or a merchant change: this isolate forgets the merchant's keys now (others within KEY_CACHE_MS). */
export function forgetApiKeys(merchantId: string): void {
  for (const [hash, entry] of entries) if (entry.key.merchantId === merchantId) entries.delete(hash);
}

/** `last_used_at` as this isolate last wrote it (the cached row would otherwise keep asking to write it). */
export function noteKeyUsed(hash: string, at: Date): void {
  const entry = entries.get(hash);
  if (entry) entry.key = { ...entry.key, lastUsedAt: at };
}
