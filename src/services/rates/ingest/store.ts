import { and, between, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { getDb } from "../../../db/client";
import { exchangeRateHistory, exchangeRates, rateSources } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { addDays, utcDay } from "../../../lib/dates";
import { pairKey, storedOrientation } from "../rate-math";
import type { HistoryPolicy } from "./types";
import { JUMP_REFERENCE_MAX_AGE_MS, type AcceptedRate, type Reference } from "./validate";

/** Latest rows per INSERT: D1 allows 100 bound parameters per statement; each row binds 5. */
const ROWS_PER_STATEMENT = 20;
const NOW_SQL = sql`(unixepoch('subsec') * 1000)`;
/** Longest error text kept for /health. */
const MAX_ERROR_LENGTH = 300;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** D1 binds at most 100 parameters per statement. */
const MAX_BOUND_PARAMETERS = 100;

/**
 * The value each pair had just before the batch, to judge jumps by: the stored latest rate if it is
 * older than the batch, or the last daily row in the days before it, whichever is more recent.
 * One D1 batch: per stored base currency, its latest rows and its daily rows of the window.
 */
export async function loadReferences(env: Bindings, rates: Array<{ base: string; quote: string; date: string; asOf: number }>): Promise<Map<string, Reference>> {
  const refs = new Map<string, Reference>();
  if (rates.length === 0) return refs;
  const quotesOf = new Map<string, Set<string>>();
  let firstAsOf = Infinity;
  for (const r of rates) {
    const stored = storedOrientation(r.base, r.quote);
    let quotes = quotesOf.get(stored.base);
    if (!quotes) quotesOf.set(stored.base, (quotes = new Set()));
    quotes.add(stored.quote);
    if (r.asOf < firstAsOf) firstAsOf = r.asOf;
  }
  const firstDay = utcDay(firstAsOf);
  const from = addDays(firstDay, -Math.ceil(JUMP_REFERENCE_MAX_AGE_MS / 86_400_000));
  const db = getDb(env.DB);
  const statements: BatchItem<"sqlite">[] = [];
  for (const [base, quotes] of quotesOf) {
    for (const part of chunks([...quotes], MAX_BOUND_PARAMETERS - 4)) {
      statements.push(db.select().from(exchangeRates).where(and(eq(exchangeRates.base, base), inArray(exchangeRates.quote, part))));
      statements.push(db.select().from(exchangeRateHistory).where(and(
        eq(exchangeRateHistory.base, base), inArray(exchangeRateHistory.quote, part), between(exchangeRateHistory.date, from, addDays(firstDay, -1)),
      )));
    }
  }
  const results = (await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]])) as unknown as Array<Array<Record<string, unknown>>>;
  const consider = (key: string, ref: Reference) => {
    if (ref.at > firstAsOf) return;
    const held = refs.get(key);
    if (!held || held.at < ref.at) refs.set(key, ref);
  };
  results.forEach((rows, i) => {
    for (const row of rows) {
      const key = pairKey(row.base as string, row.quote as string);
      // A daily row counts from the end of its day: it was the value on that day.
      if (i % 2 === 1) consider(key, { rate: row.rate as string, at: Date.parse(`${row.date as string}T23:59:59Z`) });
      else consider(key, { rate: row.rate as string, at: (row.asOf as Date).getTime() });
    }
  });
  return refs;
}

export interface WriteSummary {
  dailyRows: number;
  latestPairs: number;
  /** D1 batches (transactions) used: 1 unless the history was too large for one. */
  batches: number;
}

/** Daily rows per INSERT: bound as ONE JSON parameter (json_each), not 5 parameters a row. */
const HISTORY_ROWS_PER_STATEMENT = 2_000;
/** History statements per D1 batch (one transaction), so a full-history load stays within D1's limits. */
const HISTORY_STATEMENTS_PER_BATCH = 10;

function historyUpsert(d1: D1Database, rows: AcceptedRate[], source: string, policy: HistoryPolicy): D1PreparedStatement {
  // "fill" sources (intraday feeds) never replace another source's fixing of the same day.
  const keep = policy === "fill" ? ` WHERE "exchange_rate_history"."source" = excluded."source"` : "";
  return d1.prepare(`INSERT INTO "exchange_rate_history" ("base", "quote", "date", "rate", "source")
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, ?2 FROM json_each(?1) WHERE true
    ON CONFLICT ("base", "quote", "date") DO UPDATE SET "rate" = excluded."rate", "source" = excluded."source"${keep}`)
    .bind(JSON.stringify(rows.map((r) => [r.base, r.quote, r.date, r.rate])), source);
}

/** A Drizzle query as a plain D1 statement, so it can share a D1 batch with raw ones. */
function prepared(d1: D1Database, query: { toSQL(): { sql: string; params: unknown[] } }): D1PreparedStatement {
  const { sql: text, params } = query.toSQL();
  return d1.prepare(text).bind(...params);
}

/**
 * Writes one source's accepted rates: the daily rows, the latest rows (only moving forward in time:
 * an older observation never replaces a newer latest rate) and the source's health row. Usually ONE
 * D1 batch (a transaction): all of it lands or none. A history too large for one (the ECB's complete
 * history, ~200,000 rows) goes in several, newest days first, with the latest rows, the health row
 * and `completesHistory`'s mark in the last: a run that fails midway leaves the source unmarked, so
 * the next run loads it all again (every write is an idempotent upsert).
 */
export async function writeAcceptedRates(
  env: Bindings,
  source: string,
  policy: HistoryPolicy,
  accepted: AcceptedRate[],
  outcome: { now: number; warning: string | null; completesHistory?: boolean },
): Promise<WriteSummary> {
  const db = getDb(env.DB);
  const daily = new Map<string, AcceptedRate>();
  const newest = new Map<string, AcceptedRate>();
  for (const r of accepted) {
    const day = `${pairKey(r.base, r.quote)}@${r.date}`;
    const d = daily.get(day);
    if (!d || d.asOf <= r.asOf) daily.set(day, r);
    const key = pairKey(r.base, r.quote);
    const n = newest.get(key);
    if (!n || n.asOf <= r.asOf) newest.set(key, r);
  }
  const days = [...daily.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const historyStatements = chunks(days, HISTORY_ROWS_PER_STATEMENT).map((rows) => historyUpsert(env.DB, rows, source, policy));
  const final: D1PreparedStatement[] = [];
  for (const rows of chunks([...newest.values()], ROWS_PER_STATEMENT)) {
    final.push(prepared(env.DB,
      db.insert(exchangeRates)
        .values(rows.map((r) => ({ base: r.base, quote: r.quote, rate: r.rate, source, asOf: new Date(r.asOf) })))
        .onConflictDoUpdate({
          target: [exchangeRates.base, exchangeRates.quote],
          set: { rate: sql`excluded.rate`, source: sql`excluded.source`, asOf: sql`excluded.as_of`, updatedAt: NOW_SQL },
          setWhere: sql`excluded.as_of >= "exchange_rates"."as_of"`,
        })));
  }
  const health = { lastSuccessAt: new Date(outcome.now), lastAttemptAt: new Date(outcome.now), lastError: truncate(outcome.warning), consecutiveFailures: 0 };
  const backfilled = outcome.completesHistory ? { historyBackfilledAt: new Date(outcome.now) } : {};
  final.push(prepared(env.DB,
    db.insert(rateSources)
      .values({ name: source, ...health, ...backfilled })
      .onConflictDoUpdate({ target: rateSources.name, set: { ...health, ...backfilled, updatedAt: NOW_SQL } })));
  const batches = chunks(historyStatements, HISTORY_STATEMENTS_PER_BATCH);
  const last = batches.pop() ?? [];
  for (const batch of batches) await env.DB.batch(batch);
  await env.DB.batch([...last, ...final]);
  return { dailyRows: daily.size, latestPairs: newest.size, batches: batches.length + 1 };
}

/** A failed run: the rates stay as they were; only the source's health row records the failure. */
export async function recordSourceFailure(env: Bindings, source: string, message: string, now: number): Promise<void> {
  await getDb(env.DB)
    .insert(rateSources)
    .values({ name: source, lastAttemptAt: new Date(now), lastError: truncate(message), consecutiveFailures: 1 })
    .onConflictDoUpdate({
      target: rateSources.name,
      set: { lastAttemptAt: new Date(now), lastError: truncate(message), consecutiveFailures: sql`${rateSources.consecutiveFailures} + 1`, updatedAt: NOW_SQL },
    });
}

function truncate(message: string | null): string | null {
  return message === null ? null : message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
