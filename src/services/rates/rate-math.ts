import Big from "big.js";
import { dec, type Decimal } from "../../lib/money";

/**
 * Every rate the API returns is computed exactly (big.js, 40 decimal places in divisions) and then
 * rounded half-even to this many significant digits. Relative precision is therefore 5·10⁻¹² for
 * every pair whatever its magnitude (1 IDR in EUR as much as 1 EUR in IDR), so
 * |rate(A→B) × rate(B→A) − 1| ≤ 1.00000000001·10⁻¹¹.
 */
export const RATE_SIGNIFICANT_DIGITS = 12;
/** Bound on |rate(A→B) × rate(B→A) − 1| implied by RATE_SIGNIFICANT_DIGITS (two roundings). */
export const ROUND_TRIP_TOLERANCE = "0.0000000000100000000001";
/** Sources quote against this currency (the ECB publishes EUR reference rates); cross rates go through it. */
export const PIVOT = "EUR";

/** One stored rate: 1 base = `rate` quote, as of `asOf` (ms since epoch). */
export interface StoredRate {
  rate: string;
  source: string;
  asOf: number;
}

/** Stored rates keyed by `pairKey(base, quote)`. Fiat codes only: stablecoins resolve before lookup. */
export type RateTable = Record<string, StoredRate>;

export const pairKey = (base: string, quote: string) => `${base}/${quote}`;

export type CrossRate =
  | {
      ok: true;
      /** Exact (unrounded) 1 base = rate quote. */
      rate: Decimal;
      /** The pivot when computed through it, null for parity, a direct or an inverted stored rate. */
      via: string | null;
      sources: string[];
      /** Oldest `asOf` of the stored rates used; null for parity (no stored rate involved). */
      asOf: number | null;
      /** Source and asOf of each stored rate used (one or two; none for parity): freshness is judged per leg. */
      stamps: RateStamp[];
    }
  | { ok: false; missing: string };

/** Where a stored rate came from and when it held. */
export interface RateStamp {
  source: string;
  asOf: number;
}

interface Leg {
  rate: Decimal;
  source?: string;
  asOf?: number;
}

function leg(table: RateTable, from: string, to: string): Leg | undefined {
  if (from === to) return { rate: dec(1) };
  const direct = table[pairKey(from, to)];
  if (direct) return { rate: dec(direct.rate), source: direct.source, asOf: direct.asOf };
  const inverse = table[pairKey(to, from)];
  if (inverse) return { rate: dec(1).div(inverse.rate), source: inverse.source, asOf: inverse.asOf };
  return undefined;
}

function combine(legs: Leg[]): { sources: string[]; asOf: number | null; stamps: RateStamp[] } {
  const stamps = legs.filter((l) => l.source !== undefined && l.asOf !== undefined).map((l) => ({ source: l.source!, asOf: l.asOf! }));
  const sources = [...new Set(stamps.map((l) => l.source))];
  return { sources, asOf: stamps.length ? Math.min(...stamps.map((l) => l.asOf)) : null, stamps };
}

/** 1 `base` = ? `quote`: parity, a stored rate (direct or inverted), else through the pivot. */
export function crossRate(table: RateTable, base: string, quote: string, pivot = PIVOT): CrossRate {
  if (base === quote) return { ok: true, rate: dec(1), via: null, sources: [], asOf: null, stamps: [] };
  const direct = leg(table, base, quote);
  if (direct) return { ok: true, rate: direct.rate, via: null, ...combine([direct]) };
  const toBase = leg(table, pivot, base);
  if (!toBase) return { ok: false, missing: base };
  const toQuote = leg(table, pivot, quote);
  if (!toQuote) return { ok: false, missing: quote };
  return { ok: true, rate: toQuote.rate.div(toBase.rate), via: pivot, ...combine([toBase, toQuote]) };
}

/** The published form of a rate: RATE_SIGNIFICANT_DIGITS significant digits, half-even, no exponent. */
export function formatRate(rate: Decimal): string {
  return dec(rate).prec(RATE_SIGNIFICANT_DIGITS, Big.roundHalfEven).toString();
}

/**
 * Each pair is stored in ONE orientation, so rate(A→B) and rate(B→A) always come from the same row
 * (one direct, one inverted) and agree to RATE_SIGNIFICANT_DIGITS: the pivot first (EUR/USD, never
 * USD/EUR), otherwise alphabetical (CAD/USD). A rate received the other way round is inverted.
 */
export function storedOrientation(base: string, quote: string, pivot = PIVOT): { base: string; quote: string; inverted: boolean } {
  const inverted = quote === pivot || (base !== pivot && base > quote);
  return inverted ? { base: quote, quote: base, inverted } : { base, quote, inverted };
}

/** Significant digits kept when a received rate is inverted for storage (well beyond what is published). */
export const STORED_INVERSE_DIGITS = 20;

export function invertForStorage(rate: Decimal): Decimal {
  return dec(1).div(rate).prec(STORED_INVERSE_DIGITS, Big.roundHalfEven);
}
