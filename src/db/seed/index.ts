import * as schema from "../schema";
import { dec, formatDecimal } from "../../lib/money";
import { EUR_REFERENCE_RATES, seedAssets, seedFeeSchedules, seedLocations, seedPaymentTypes, seedProviders, seedRampLimits } from "./data";
import { upsertSql } from "./sql";

export const SEED_HISTORY_DAYS = 45;
export const SEED_RATE_SOURCE = "seed";

/** Deterministic move in basis points, -60…60, per (currency, day): same input, same rate, so reseeding is a no-op. */
function basisPointMove(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 121) - 60;
}

/** The synthetic EUR→ccy fixing of a day: a reference rate moved by at most ±0.6 %. */
export function seedRate(currency: string, day: string): string {
  const ref = EUR_REFERENCE_RATES[currency];
  if (!ref) throw new Error(`No reference rate for ${currency}`);
  const basisPoints = basisPointMove(`${currency}:${day}`);
  return formatDecimal(dec(ref.rate).times(10000 + basisPoints).div(10000), ref.places);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Business days (Mon–Fri) in the `days` calendar days up to and including `now`. */
export function seedBusinessDays(now: Date, days = SEED_HISTORY_DAYS): string[] {
  const out: string[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - i));
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(isoDay(d));
  }
  return out;
}

/** Where the real ECB excerpt the seed loads lives (see its README: source and terms). */
export const ECB_EXCERPT_PATH = "src/db/seed/ecb/eurofxref-hist-90d-2017-03-03.xml";

export interface SeedOptions {
  /** Real ECB fixings (ECB_EXCERPT_PATH, parsed by the ECB source's parser), loaded into the history as source "ecb". */
  ecbHistory?: Array<{ base: string; quote: string; date: string; rate: string }>;
}

/**
 * Every seed statement, idempotent: config rows are upserted, history rows inserted once, and the
 * latest rates set to the newest business day's fixing stamped `now` (the sandbox rate feed). With
 * `ecbHistory`, that real ECB history too (never replacing rows already there).
 */
export function buildSeedStatements(now = new Date(), options: SeedOptions = {}): string[] {
  const days = seedBusinessDays(now);
  const currencies = Object.keys(EUR_REFERENCE_RATES);
  const history = days.flatMap((date) =>
    currencies.map((quote) => ({ base: "EUR", quote, date, rate: seedRate(quote, date), source: SEED_RATE_SOURCE })),
  );
  const ecb = (options.ecbHistory ?? []).map((o) => ({ base: o.base, quote: o.quote, date: o.date, rate: o.rate, source: "ecb" }));
  const lastDay = days[days.length - 1]!;
  const latest = currencies.map((quote) => ({ base: "EUR", quote, rate: seedRate(quote, lastDay), source: SEED_RATE_SOURCE, asOf: now, updatedAt: now }));
  return [
    ...upsertSql(schema.assets, seedAssets, "update"),
    ...upsertSql(schema.feeSchedules, seedFeeSchedules, "update"),
    ...upsertSql(schema.paymentTypes, seedPaymentTypes, "update"),
    ...upsertSql(schema.locations, seedLocations, "update"),
    ...upsertSql(schema.providers, seedProviders, "update"),
    ...upsertSql(schema.rampLimits, seedRampLimits, "update"),
    ...upsertSql(schema.exchangeRateHistory, history, "ignore", undefined, 200),
    ...upsertSql(schema.exchangeRateHistory, ecb, "ignore", undefined, 200),
    // Only rows still from the seed are refreshed: rates ingested from a real source are kept.
    ...upsertSql(schema.exchangeRates, latest, "update", `"exchange_rates"."source" = '${SEED_RATE_SOURCE}'`),
  ];
}
