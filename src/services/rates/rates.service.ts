import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { freshnessRules, stampsFreshness } from "./freshness-policy";
import { crossRate, formatRate, PIVOT, RATE_SIGNIFICANT_DIGITS, type RateStamp } from "./rate-math";
import { getRatesSnapshot, type RatesSnapshot } from "./snapshot";

export { PIVOT, RATE_SIGNIFICANT_DIGITS };

export interface ResolvedRate {
  /** What the caller asked for (may be stablecoin tickers), upper-cased. */
  requested: { base: string; quote: string };
  /** The fiat currencies actually priced. */
  resolved: { base: string; quote: string };
  /** 1 base = rate quote: decimal string, RATE_SIGNIFICANT_DIGITS significant digits, half-even. */
  rate: string;
  /** Oldest timestamp of the stored rates this rate is computed from (snapshot time for parity). */
  asOf: Date;
  /** Source of each stored rate used, joined with "+" ("ecb", "ecb+sandbox"); "parity" for 1:1. */
  source: string;
  /** The pivot currency when computed as a cross rate through it, else null. */
  via: string | null;
  /** Not current any more (calendar-aware: see services/rates/calendar/freshness.ts). */
  stale: boolean;
  /** When it stops being current if nothing newer arrives; null for parity. */
  currentUntil: Date | null;
}

/** Fiat of an enabled asset code in the snapshot. Unknown → 404 problem naming it (and the field). */
export function resolveIn(snapshot: RatesSnapshot, code: string, field: string): string {
  const upper = code.toUpperCase();
  const asset = Object.hasOwn(snapshot.assets, upper) ? snapshot.assets[upper] : undefined;
  if (!asset) throw new ApiError("NOT_FOUND", { detail: `Unknown currency '${code}'`, extensions: { field } });
  return asset.fiat;
}

/** Map a fiat code or stablecoin ticker to its fiat, from the asset table (via the cached snapshot). */
export async function resolveCurrency(env: Bindings, code: string, field = "currency"): Promise<string> {
  return resolveIn(await getRatesSnapshot(env), code, field);
}

/** What a latest lookup computes, minus freshness (time-dependent): memoised per snapshot and pair. */
type PairResult = Omit<ResolvedRate, "stale" | "asOf" | "currentUntil"> & { asOfMs: number; stamps: RateStamp[] };
const pairMemo = new WeakMap<RatesSnapshot, Map<string, PairResult>>();

/** Latest pair rate from a snapshot; throws 404 problems for unknown currencies or a missing rate. */
export function pairFromSnapshot(snapshot: RatesSnapshot, base: string, quote: string): PairResult {
  const key = `${base}>${quote}`;
  let memo = pairMemo.get(snapshot);
  const hit = memo?.get(key);
  if (hit) return hit;
  const fiatBase = resolveIn(snapshot, base, "base");
  const fiatQuote = resolveIn(snapshot, quote, "target");
  const cross = crossRate(snapshot.rates, fiatBase, fiatQuote);
  if (!cross.ok) throw new ApiError("NOT_FOUND", { detail: `No exchange rate available for ${cross.missing}`, extensions: { currency: cross.missing } });
  const result: PairResult = {
    requested: { base: base.toUpperCase(), quote: quote.toUpperCase() },
    resolved: { base: fiatBase, quote: fiatQuote },
    rate: formatRate(cross.rate),
    asOfMs: cross.asOf ?? snapshot.builtAt,
    source: cross.sources.length ? cross.sources.join("+") : "parity",
    via: cross.via,
    stamps: cross.stamps,
  };
  // Only valid asset pairs reach here, so the memo is bounded by (number of assets)².
  if (!memo) pairMemo.set(snapshot, (memo = new Map()));
  memo.set(key, result);
  return result;
}

/** The latest rate between two currencies or stablecoins, through the pivot when needed. No D1 when warm. */
export async function getLatestRate(env: Bindings, base: string, quote: string, now = Date.now()): Promise<ResolvedRate> {
  const snapshot = await getRatesSnapshot(env);
  const { asOfMs, stamps, ...pair } = pairFromSnapshot(snapshot, base, quote);
  const freshness = stampsFreshness(stamps, freshnessRules(env), now);
  return { ...pair, asOf: new Date(asOfMs), stale: !freshness.current, currentUntil: freshness.currentUntil === null ? null : new Date(freshness.currentUntil) };
}

export interface AllRates {
  requested: string;
  resolved: string;
  /** Target code → rate, for every enabled asset (fiat and stablecoin) with a rate, sorted by code. */
  rates: Record<string, string>;
  /** Stablecoin targets → the fiat they were priced as. */
  resolvedTargets: Record<string, string>;
  /** Enabled assets for which no rate is available. */
  unavailable: string[];
  sources: string[];
  /** Oldest asOf among the rates returned. */
  asOfMs: number;
  /** Source and asOf of every stored rate used (distinct). */
  stamps: RateStamp[];
}

const allMemo = new WeakMap<RatesSnapshot, Map<string, AllRates>>();

/** Every rate for `base` against every other enabled asset, from the snapshot. */
export function allFromSnapshot(snapshot: RatesSnapshot, base: string): AllRates {
  const requested = base.toUpperCase();
  let memo = allMemo.get(snapshot);
  const hit = memo?.get(requested);
  if (hit) return hit;
  const fiatBase = resolveIn(snapshot, base, "base");
  const result = ratesAgainst(snapshot.rates, snapshot.assets, requested, fiatBase, snapshot.builtAt);
  if (!memo) allMemo.set(snapshot, (memo = new Map()));
  memo.set(requested, result);
  return result;
}

/** Rates from one base to every asset, over any rate table (latest snapshot or one day of history). */
export function ratesAgainst(
  table: RatesSnapshot["rates"],
  assetMap: RatesSnapshot["assets"],
  requested: string,
  fiatBase: string,
  parityAsOf: number,
): AllRates {
  const rates: Record<string, string> = {};
  const resolvedTargets: Record<string, string> = {};
  const unavailable: string[] = [];
  const sources = new Set<string>();
  const stamps = new Map<string, RateStamp>();
  let oldest: number | null = null;
  let priced = 0;
  for (const code of Object.keys(assetMap).sort()) {
    if (code === requested) continue;
    const asset = assetMap[code]!;
    const cross = crossRate(table, fiatBase, asset.fiat);
    if (!cross.ok) {
      unavailable.push(code);
      continue;
    }
    rates[code] = formatRate(cross.rate);
    if (asset.fiat !== fiatBase) priced++;
    if (asset.fiat !== code) resolvedTargets[code] = asset.fiat;
    for (const s of cross.sources) sources.add(s);
    for (const st of cross.stamps) stamps.set(`${st.source}@${st.asOf}`, st);
    if (cross.asOf !== null) oldest = oldest === null ? cross.asOf : Math.min(oldest, cross.asOf);
  }
  // Only parities (USD → USDX) and nothing else: the base itself has no rate.
  if (priced === 0 && unavailable.length > 0) {
    throw new ApiError("NOT_FOUND", { detail: `No exchange rate available for ${fiatBase}`, extensions: { currency: fiatBase } });
  }
  return { requested, resolved: fiatBase, rates, resolvedTargets, unavailable, sources: [...sources].sort(), asOfMs: oldest ?? parityAsOf, stamps: [...stamps.values()] };
}

/** Memoised all-rates for the latest snapshot, with their freshness at `now`. */
export async function getAllLatestRates(env: Bindings, base: string, now = Date.now()): Promise<AllRates & { stale: boolean; currentUntil: number | null }> {
  const all = allFromSnapshot(await getRatesSnapshot(env), base);
  const freshness = stampsFreshness(all.stamps, freshnessRules(env), now);
  return { ...all, stale: !freshness.current, currentUntil: freshness.currentUntil };
}
