import { and, between, inArray, min } from "drizzle-orm";
import { getDb } from "../../db/client";
import { exchangeRateHistory } from "../../db/schema";
import type { Bindings } from "../../env";
import { addDays, daysBetween, utcDay } from "../../lib/dates";
import { ApiError } from "../../lib/errors";
import { crossRate, formatRate, pairKey, PIVOT, type RateTable } from "./rate-math";
import { ratesAgainst, resolveIn, type AllRates } from "./rates.service";
import { getRatesSnapshot } from "./snapshot";

/** A day without a fixing (weekend, TARGET holiday) falls back to at most this many days earlier. */
export const DATE_FALLBACK_DAYS = 7;
/** `?type=daily` without bounds: the 30 calendar days ending today (UTC). */
export const DAILY_DEFAULT_DAYS = 30;
/** Longest `?type=daily` window, in calendar days (from and to included). */
export const DAILY_MAX_DAYS = 366;

export interface HistoricalPair {
  requested: { base: string; quote: string };
  resolved: { base: string; quote: string };
  rate: string;
  source: string;
  via: string | null;
  /** The fixing day used. */
  date: string;
  requestedDate: string;
}

export interface DailyPoint {
  date: string;
  rate: string;
  source: string;
}

/** History rows in [from, to] among `codes`, grouped into one rate table per day (newest first). */
async function tablesByDay(env: Bindings, from: string, to: string, codes: string[]): Promise<Array<[string, RateTable]>> {
  const rows = await getDb(env.DB)
    .select()
    .from(exchangeRateHistory)
    .where(and(between(exchangeRateHistory.date, from, to), inArray(exchangeRateHistory.base, codes), inArray(exchangeRateHistory.quote, codes)));
  const byDay = new Map<string, RateTable>();
  for (const r of rows) {
    let table = byDay.get(r.date);
    if (!table) byDay.set(r.date, (table = {}));
    table[pairKey(r.base, r.quote)] = { rate: r.rate, source: r.source, asOf: Date.parse(`${r.date}T00:00:00Z`) };
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? 1 : -1));
}

/** The first day any rate among `codes` was recorded, or null. */
async function historyStart(env: Bindings, codes: string[]): Promise<string | null> {
  const [row] = await getDb(env.DB)
    .select({ first: min(exchangeRateHistory.date) })
    .from(exchangeRateHistory)
    .where(and(inArray(exchangeRateHistory.base, codes), inArray(exchangeRateHistory.quote, codes)));
  return row?.first ?? null;
}

/** A date in the future is a client error; today is allowed (it falls back until today's fixing exists). */
export function assertNotFuture(date: string, field: string, today = utcDay(Date.now())): void {
  if (date > today) throw ApiError.invalidField(field, `${date} is in the future (today is ${today} UTC)`, "query", "future_date");
}

async function noFixing(env: Bindings, codes: string[], date: string, what: string): Promise<never> {
  const start = await historyStart(env, codes);
  if (!start || date < start) {
    throw new ApiError("NOT_FOUND", {
      detail: start ? `No ${what} rate before ${start}, where the rate history starts` : `No rate history for ${what}`,
      extensions: { historyStart: start },
    });
  }
  throw new ApiError("NOT_FOUND", { detail: `No ${what} fixing on ${date} or in the ${DATE_FALLBACK_DAYS} days before it` });
}

/** The rate on `date`, or on the nearest earlier day with a fixing (at most DATE_FALLBACK_DAYS back). */
export async function getRateOnDate(env: Bindings, base: string, quote: string, date: string): Promise<HistoricalPair> {
  assertNotFuture(date, "date");
  const snapshot = await getRatesSnapshot(env);
  const fiatBase = resolveIn(snapshot, base, "base");
  const fiatQuote = resolveIn(snapshot, quote, "target");
  const requested = { base: base.toUpperCase(), quote: quote.toUpperCase() };
  const resolved = { base: fiatBase, quote: fiatQuote };
  if (fiatBase === fiatQuote) return { requested, resolved, rate: "1", source: "parity", via: null, date, requestedDate: date };
  const codes = [...new Set([fiatBase, fiatQuote, PIVOT])];
  for (const [day, table] of await tablesByDay(env, addDays(date, -DATE_FALLBACK_DAYS), date, codes)) {
    const cross = crossRate(table, fiatBase, fiatQuote);
    if (cross.ok) return { requested, resolved, rate: formatRate(cross.rate), source: cross.sources.join("+"), via: cross.via, date: day, requestedDate: date };
  }
  return noFixing(env, codes, date, `${fiatBase}/${fiatQuote}`);
}

/** Every rate for `base` on `date` (same fallback rule): the day used is the newest that prices the base. */
export async function getAllRatesOnDate(env: Bindings, base: string, date: string): Promise<AllRates & { date: string; requestedDate: string }> {
  assertNotFuture(date, "date");
  const snapshot = await getRatesSnapshot(env);
  const fiatBase = resolveIn(snapshot, base, "base");
  const requested = base.toUpperCase();
  const codes = [...new Set([PIVOT, ...Object.values(snapshot.assets).map((a) => a.fiat)])];
  for (const [day, table] of await tablesByDay(env, addDays(date, -DATE_FALLBACK_DAYS), date, codes)) {
    try {
      const all = ratesAgainst(table, snapshot.assets, requested, fiatBase, Date.parse(`${day}T00:00:00Z`));
      return { ...all, date: day, requestedDate: date };
    } catch (error) {
      if (error instanceof ApiError && error.code === "NOT_FOUND") continue; // that day does not price the base
      throw error;
    }
  }
  return noFixing(env, codes, date, fiatBase);
}

export interface DailyWindow {
  from: string;
  to: string;
}

/** Apply the documented defaults and bounds to `?from`/`?to`. Violations are 400 problems naming the field. */
export function dailyWindow(from: string | undefined, to: string | undefined, today = utcDay(Date.now())): DailyWindow {
  const end = to ?? today;
  const start = from ?? addDays(end, -(DAILY_DEFAULT_DAYS - 1));
  assertNotFuture(end, "to", today);
  assertNotFuture(start, "from", today);
  if (start > end) throw ApiError.invalidField("from", `from (${start}) is after to (${end})`, "query", "range_inverted");
  const span = daysBetween(start, end) + 1;
  if (span > DAILY_MAX_DAYS) {
    throw ApiError.invalidField("from", `The window ${start}..${end} spans ${span} days; at most ${DAILY_MAX_DAYS} are allowed`, "query", "range_too_long");
  }
  return { from: start, to: end };
}

/** The daily series for a pair: one point per day with a fixing in the window, oldest first. */
export async function getDailySeries(
  env: Bindings,
  base: string,
  quote: string,
  window: DailyWindow,
): Promise<{ requested: HistoricalPair["requested"]; resolved: HistoricalPair["resolved"]; points: DailyPoint[] }> {
  const snapshot = await getRatesSnapshot(env);
  const fiatBase = resolveIn(snapshot, base, "base");
  const fiatQuote = resolveIn(snapshot, quote, "target");
  const requested = { base: base.toUpperCase(), quote: quote.toUpperCase() };
  const resolved = { base: fiatBase, quote: fiatQuote };
  const codes = [...new Set([fiatBase, fiatQuote, PIVOT])];
  const points: DailyPoint[] = [];
  for (const [day, table] of (await tablesByDay(env, window.from, window.to, codes)).reverse()) {
    const cross = crossRate(table, fiatBase, fiatQuote);
    if (cross.ok) points.push({ date: day, rate: formatRate(cross.rate), source: cross.sources.join("+") || "parity" });
  }
  return { requested, resolved, points };
}

