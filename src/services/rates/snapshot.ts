import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, exchangeRates, type Asset } from "../../db/schema";
import type { Bindings } from "../../env";
import { intVar } from "../../lib/config";
import { ApiError } from "../../lib/errors";
import { createLogger, describeError } from "../../lib/logger";
import { sha256Hex } from "../../lib/sha256";
import type { RateTable } from "./rate-math";

/**
 * The rates snapshot: every latest rate plus the enabled assets (so stablecoin → fiat resolution
 * needs no D1 either), versioned by a hash of its content. It lives in three tiers:
 *
 *  1. isolate memory, trusted for RATE_CACHE_SECONDS (default 10 s): a warm lookup does no I/O;
 *  2. KV (`rates:snapshot:v1`), re-read when the memory copy expires: never D1 on a warm path;
 *  3. D1, read only when KV has no snapshot (first request after a deploy): once, then KV is filled.
 *
 * Ingestion and the admin push rebuild it from D1 after writing and publish it to KV and to their own
 * isolate at once; other isolates pick it up when their memory copy expires (plus KV's edge cache,
 * up to 60 s). Same content ⇒ same version in every isolate, so ETags agree across the fleet.
 */
export const SNAPSHOT_KEY = "rates:snapshot:v1";
const SNAPSHOT_FORMAT = 1;
const DEFAULT_MEMORY_SECONDS = 10;

export interface SnapshotAsset {
  fiat: string;
  kind: Asset["kind"];
}

export interface RatesSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** Content hash of `assets` + `rates`. */
  version: string;
  builtAt: number;
  assets: Record<string, SnapshotAsset>;
  rates: RateTable;
}

const log = createLogger({ component: "rates-snapshot" });

let memory: { snapshot: RatesSnapshot; checkedAt: number } | undefined;

function isSnapshot(value: unknown): value is RatesSnapshot {
  const v = value as Partial<RatesSnapshot> | null;
  return !!v && v.format === SNAPSHOT_FORMAT && typeof v.version === "string" && typeof v.rates === "object" && typeof v.assets === "object";
}

async function contentVersion(content: Pick<RatesSnapshot, "assets" | "rates">): Promise<string> {
  return (await sha256Hex(JSON.stringify(content))).slice(0, 16); // 64 bits: enough to tell versions apart
}

/** Read latest rates and enabled assets from D1 in one consistent batch. */
export async function buildSnapshotFromDb(env: Bindings): Promise<RatesSnapshot> {
  const db = getDb(env.DB);
  const [rateRows, assetRows] = await db.batch([
    db.select().from(exchangeRates).orderBy(asc(exchangeRates.base), asc(exchangeRates.quote)),
    db.select({ code: assets.code, fiat: assets.fiatCode, kind: assets.kind }).from(assets).where(eq(assets.enabled, true)).orderBy(asc(assets.code)),
  ]);
  const content = {
    assets: Object.fromEntries(assetRows.map((a) => [a.code, { fiat: a.fiat, kind: a.kind }])),
    rates: Object.fromEntries(rateRows.map((r) => [`${r.base}/${r.quote}`, { rate: r.rate, source: r.source, asOf: r.asOf.getTime() }])),
  };
  return { format: SNAPSHOT_FORMAT, version: await contentVersion(content), builtAt: Date.now(), ...content };
}

/** Rebuild from D1 and publish to KV and this isolate. Called after every write to rates or assets. */
export async function publishRatesSnapshot(env: Bindings): Promise<RatesSnapshot> {
  const snapshot = await buildSnapshotFromDb(env);
  await env.RATES_KV.put(SNAPSHOT_KEY, JSON.stringify(snapshot));
  memory = { snapshot, checkedAt: Date.now() };
  return snapshot;
}

/** Drop this isolate's copy (tests; and after writes that bypass publishRatesSnapshot). */
export function forgetRatesSnapshot(): void {
  memory = undefined;
}

async function refresh(env: Bindings): Promise<RatesSnapshot> {
  try {
    const stored = await env.RATES_KV.get<unknown>(SNAPSHOT_KEY, "json");
    if (isSnapshot(stored)) {
      // Keep the object we already hold when nothing changed (its identity keys derived caches), or
      // when ours is newer: this isolate published it and KV's edge cache may still serve the old one.
      const held = memory?.snapshot;
      const snapshot = held && (held.version === stored.version || held.builtAt > stored.builtAt) ? held : stored;
      memory = { snapshot, checkedAt: Date.now() };
      return snapshot;
    }
  } catch (error) {
    log.warn("rates snapshot: KV read failed", describeError(error));
    if (memory) {
      // Serve the last good copy and try KV again after another TTL rather than on every request.
      memory = { snapshot: memory.snapshot, checkedAt: Date.now() };
      return memory.snapshot;
    }
  }
  // Cold: nothing in KV (first request after a deploy or an eviction). D1 once, then fill both tiers.
  const snapshot = await buildSnapshotFromDb(env);
  memory = { snapshot, checkedAt: Date.now() };
  try {
    await env.RATES_KV.put(SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch (error) {
    log.warn("rates snapshot: KV write failed", describeError(error));
  }
  return snapshot;
}

/**
 * The current snapshot: memory when fresh, else KV, else D1. Concurrent cold requests are not merged
 * into one promise on purpose: workerd ties I/O to the request that started it, so a shared load
 * would strand every waiter if its originating request were cancelled. The cold path is rare anyway.
 */
export function getRatesSnapshot(env: Bindings): RatesSnapshot | Promise<RatesSnapshot> {
  const held = memory;
  if (held && Date.now() - held.checkedAt < intVar(env.RATE_CACHE_SECONDS, DEFAULT_MEMORY_SECONDS) * 1000) return held.snapshot;
  return refresh(env).catch((error: unknown) => {
    log.error("rates snapshot unavailable", describeError(error));
    throw new ApiError("SERVICE_UNAVAILABLE", { detail: "Exchange rates are temporarily unavailable", headers: { "Retry-After": "5" }, cause: error });
  });
}
