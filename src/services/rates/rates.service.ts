import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, exchangeRates } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { dec, formatDecimal } from "../../lib/money";

/** Cross rates are computed exactly and reported rounded half-even to this many decimal places. */
export const RATE_DECIMALS = 10;
/** Rates are stored against this pivot (the ECB publishes EUR reference rates). */
export const PIVOT = "EUR";

export interface ResolvedRate {
  /** What the caller asked for (may be stablecoin tickers). */
  requested: { base: string; quote: string };
  /** The fiat currencies actually priced. */
  resolved: { base: string; quote: string };
  /** 1 base = rate quote, decimal string. */
  rate: string;
  /** Oldest timestamp of the stored rates this rate is computed from. */
  asOf: Date;
  source: string;
}

/** Map a fiat code or stablecoin ticker to its fiat, from the asset table. Unknown → 404 naming it. */
export async function resolveCurrency(env: Bindings, code: string, field = "currency"): Promise<string> {
  const upper = code.toUpperCase();
  const [row] = await getDb(env.DB).select({ fiat: assets.fiatCode }).from(assets).where(and(eq(assets.code, upper), eq(assets.enabled, true)));
  if (!row) throw new ApiError("NOT_FOUND", { detail: `Unknown currency '${code}'`, extensions: { field } });
  return row.fiat;
}

/**
 * The latest rate between two currencies or stablecoins, through the pivot when needed.
 * (Issue 3 puts KV and an in-isolate cache in front of this D1 path.)
 */
export async function getLatestRate(env: Bindings, base: string, quote: string): Promise<ResolvedRate> {
  const [fiatBase, fiatQuote] = await Promise.all([resolveCurrency(env, base, "base"), resolveCurrency(env, quote, "target")]);
  const requested = { base: base.toUpperCase(), quote: quote.toUpperCase() };
  const resolved = { base: fiatBase, quote: fiatQuote };
  if (fiatBase === fiatQuote) return { requested, resolved, rate: formatDecimal(dec(1), RATE_DECIMALS), asOf: new Date(), source: "parity" };
  const needed = [fiatBase, fiatQuote].filter((c) => c !== PIVOT);
  const rows = await getDb(env.DB).select().from(exchangeRates).where(and(eq(exchangeRates.base, PIVOT), inArray(exchangeRates.quote, needed)));
  const pivotRate = (code: string) => {
    if (code === PIVOT) return { rate: dec(1), asOf: undefined, source: undefined };
    const row = rows.find((r) => r.quote === code);
    if (!row) throw new ApiError("NOT_FOUND", { detail: `No exchange rate available for ${code}` });
    return { rate: dec(row.rate), asOf: row.asOf, source: row.source };
  };
  const b = pivotRate(fiatBase);
  const q = pivotRate(fiatQuote);
  const dates = [b.asOf, q.asOf].filter((d): d is Date => !!d);
  return {
    requested,
    resolved,
    rate: formatDecimal(q.rate.div(b.rate), RATE_DECIMALS),
    asOf: new Date(Math.min(...dates.map((d) => d.getTime()))),
    source: [...new Set([b.source, q.source].filter(Boolean))].join("+"),
  };
}
