import { asc } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, feeSchedules, locations, paymentTypes, providers } from "../../db/schema";
import type { Asset, FeeSchedule, Location, PaymentType, Provider } from "../../db/schema";
import type { Bindings } from "../../env";
import { iso4217Problem } from "../../lib/iso4217";
import { DECIMAL_PATTERN, dec } from "../../lib/money";
import { bindingKey, countCacheHit } from "../../lib/round-trips";

/**
 * The configuration that payment forms and the fee engine read on every request (assets, fee
 * schedules, payment types, locations, providers), held in the isolate so the hot path does not
 * query D1.
 *
 * Freshness: a cached snapshot is served as is for VERSION_CHECK_MS; after that the config version
 * in KV is read (a cheap, edge-cached KV read) and the snapshot reloaded from D1 only when the version
 * moved. Whatever writes config bumps the version (`invalidateConfig`: the admin endpoint, the seed
 * script), so a change is visible at once in the writing isolate and within KV's propagation delay
 * (≈ 60 s) everywhere else. MAX_AGE_MS bounds the age of a snapshot even if a writer forgot to bump.
 */
export const CONFIG_VERSION_KEY = "config:version";
const VERSION_CHECK_MS = 10_000;
const MAX_AGE_MS = 300_000;

export interface ConfigSnapshot {
  /** Config version (from KV) this snapshot was loaded under; "0" before anything bumped it. */
  version: string;
  loadedAt: number;
  /** Enabled rows only, in display order. */
  assets: Asset[];
  feeSchedules: FeeSchedule[];
  paymentTypes: PaymentType[];
  locations: Location[];
  providers: Provider[];
  /** Rows left out because their values are unusable (e.g. a fee that is not a decimal); shown in /health. */
  problems: string[];
}

const isDecimal = (value: string | null) => value === null || DECIMAL_PATTERN.test(value);

/** Why an asset row cannot be used, or undefined. The fee engine and limits rely on these invariants. */
function assetProblem(a: Asset): string | undefined {
  if (!Number.isInteger(a.decimals) || a.decimals < 0 || a.decimals > 18) return `decimals ${a.decimals} is not 0…18`;
  // A fiat amount is written with its currency's ISO 4217 minor unit everywhere (quotes, card amounts, payouts).
  if (a.kind === "fiat") {
    const problem = iso4217Problem(a.code, a.decimals);
    if (problem) return problem;
  }
  if (!isDecimal(a.minAmount) || !isDecimal(a.maxAmount)) return "minAmount/maxAmount is not a decimal string";
  if (a.maxAmount !== null && dec(a.maxAmount).lt(a.minAmount)) return "maxAmount is below minAmount";
  return undefined;
}

function feeScheduleProblem(f: FeeSchedule): string | undefined {
  const values = [f.percentFee, f.fixedFee, f.networkFee, f.minFee, f.maxReferralPercent];
  if (!values.every(isDecimal)) return "a fee is not a decimal string";
  if (dec(f.percentFee).gte(100) || dec(f.maxReferralPercent).gt(100)) return "percentages must be below 100";
  return undefined;
}

function usable<T>(rows: T[], check: (row: T) => string | undefined, label: (row: T) => string, problems: string[]): T[] {
  return rows.filter((row) => {
    const problem = check(row);
    if (problem) problems.push(`${label(row)}: ${problem}`);
    return !problem;
  });
}

interface CacheEntry {
  snapshot: ConfigSnapshot;
  checkedAt: number;
}

// Keyed by the D1 binding: tests (and a worker with several databases) must never share a snapshot.
const cache = new WeakMap<object, CacheEntry>();
const inflight = new WeakMap<object, Promise<ConfigSnapshot>>();

async function readVersion(env: Bindings): Promise<string> {
  return (await env.CACHE_KV.get(CONFIG_VERSION_KEY)) ?? "0";
}

/** One round trip: every config table in a single D1 batch. */
export async function loadConfigSnapshot(env: Bindings, version: string): Promise<ConfigSnapshot> {
  const db = getDb(env.DB);
  const [assetRows, feeRows, typeRows, locationRows, providerRows] = await db.batch([
    db.select().from(assets).orderBy(asc(assets.sortOrder), asc(assets.code)),
    db.select().from(feeSchedules).orderBy(asc(feeSchedules.id)),
    db.select().from(paymentTypes).orderBy(asc(paymentTypes.sortOrder), asc(paymentTypes.code)),
    db.select().from(locations).orderBy(asc(locations.code)),
    db.select().from(providers).orderBy(asc(providers.kind), asc(providers.sortOrder), asc(providers.code)),
  ]);
  const problems: string[] = [];
  return {
    version,
    loadedAt: Date.now(),
    assets: usable(assetRows.filter((r) => r.enabled), assetProblem, (a) => `assets.${a.code}`, problems),
    feeSchedules: usable(feeRows.filter((r) => r.enabled), feeScheduleProblem, (f) => `fee_schedules.${f.id}`, problems),
    paymentTypes: typeRows.filter((r) => r.enabled),
    locations: locationRows.filter((r) => r.enabled),
    providers: providerRows.filter((r) => r.enabled),
    problems,
  };
}

/** The current config snapshot (see the module comment for how fresh it is). */
export async function getConfigSnapshot(env: Bindings): Promise<ConfigSnapshot> {
  const key = bindingKey(env.DB as object);
  const now = Date.now();
  const entry = cache.get(key);
  if (entry && now - entry.checkedAt < VERSION_CHECK_MS) {
    countCacheHit();
    return entry.snapshot;
  }
  const pending = inflight.get(key);
  if (pending) return pending;
  const refresh = (async () => {
    try {
      const version = await readVersion(env);
      if (entry && entry.snapshot.version === version && now - entry.snapshot.loadedAt < MAX_AGE_MS) {
        entry.checkedAt = now;
        return entry.snapshot;
      }
      const snapshot = await loadConfigSnapshot(env, version);
      cache.set(key, { snapshot, checkedAt: Date.now() });
      return snapshot;
    } catch (error) {
      // Stale-if-error: with KV or D1 failing, the last good config keeps forms working; retry after the check interval.
      if (!entry) throw error;
      entry.checkedAt = now;
      return entry.snapshot;
    }
  })();
  inflight.set(key, refresh);
  try {
    return await refresh;
  } finally {
    inflight.delete(key);
  }
}

/**
 * Call after any change to config tables: bumps the version in KV (other isolates reload on their next
 * check) and drops this isolate's snapshot. Returns the new version.
 */
export async function invalidateConfig(env: Bindings): Promise<string> {
  const version = `${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
  await env.CACHE_KV.put(CONFIG_VERSION_KEY, version);
  cache.delete(bindingKey(env.DB as object));
  return version;
}
