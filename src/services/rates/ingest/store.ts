import { and, between, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { getDb } from "../../../db/client";
import { exchangeRateHistory, exchangeRates, rateSources } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { addDays, utcDay } from "../../../lib/dates";
import { pairKey } from "../rate-math";
import type { HistoryPolicy } from "./types";
import { JUMP_REFERENCE_MAX_AGE_MS, type AcceptedRate, type Reference } from "./validate";

/** D1 allows 100 bound parameters per statement; each row here binds 5. */
const ROWS_PER_STATEMENT = 20;
const NOW_SQL = sql`(unixepoch('subsec') * 1000)`;
/** Longest error text kept for /health. */
const MAX_ERROR_LENGTH = 300;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The value each pair had just before the batch, to judge jumps by: the stored latest rate if it is
 * older than the batch, or the last daily row in the days before it, whichever is more recent.
 */
export async function loadReferences(env: Bindings, rates: Array<{ base: string; quote: string; date: string; asOf: number }>): Promise<Map<string, Reference>> {
  const refs = new Map<string, Reference>();
  if (rates.length === 0) return refs;
  // Either orientation may be stored, so both columns are matched against every code in the batch.
  const codes = [...new Set(rates.flatMap((r) => [r.base, r.quote]))];
  if (codes.length > 45) return loadReferencesInGroups(env, rates);
  const firstAsOf = Math.min(...rates.map((r) => r.asOf));
  const firstDay = utcDay(firstAsOf);
  const db = getDb(env.DB);
  const [latest, history] = await db.batch([
    db.select().from(exchangeRates).where(and(inArray(exchangeRates.base, codes), inArray(exchangeRates.quote, codes))),
    db.select().from(exchangeRateHistory).where(and(
      inArray(exchangeRateHistory.base, codes),
      inArray(exchangeRateHistory.quote, codes),
      between(exchangeRateHistory.date, addDays(firstDay, -Math.ceil(JUMP_REFERENCE_MAX_AGE_MS / 86_400_000)), addDays(firstDay, -1)),
    )),
  ]);
  const consider = (key: string, ref: Reference) => {
    if (ref.at > firstAsOf) return;
    const held = refs.get(key);
    if (!held || held.at < ref.at) refs.set(key, ref);
  };
  // A daily row counts from the end of its day: it was the value on that day.
  for (const h of history) consider(pairKey(h.base, h.quote), { rate: h.rate, at: Date.parse(`${h.date}T23:59:59Z`) });
  for (const l of latest) consider(pairKey(l.base, l.quote), { rate: l.rate, at: l.asOf.getTime() });
  return refs;
}

/** More codes than one statement may bind (D1: 100 parameters): look references up per base currency. */
async function loadReferencesInGroups(env: Bindings, rates: Parameters<typeof loadReferences>[1]): Promise<Map<string, Reference>> {
  const byBase = new Map<string, typeof rates>();
  for (const r of rates) byBase.set(r.base, [...(byBase.get(r.base) ?? []), r]);
  const merged = new Map<string, Reference>();
  for (const group of byBase.values()) {
    for (const part of chunks(group, 40)) for (const [k, v] of await loadReferences(env, part)) merged.set(k, v);
  }
  return merged;
}

export interface WriteSummary {
  dailyRows: number;
  latestPairs: number;
}

/**
 * Writes one source's accepted rates in ONE D1 batch (a transaction): the daily rows, the latest rows
 * (only moving forward in time: an older observation never replaces a newer latest rate) and the
 * source's health row. Either all of it lands or none.
 */
export async function writeAcceptedRates(
  env: Bindings,
  source: string,
  policy: HistoryPolicy,
  accepted: AcceptedRate[],
  outcome: { now: number; warning: string | null },
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
  const statements: BatchItem<"sqlite">[] = [];
  for (const rows of chunks([...daily.values()], ROWS_PER_STATEMENT)) {
    statements.push(
      db.insert(exchangeRateHistory)
        .values(rows.map((r) => ({ base: r.base, quote: r.quote, date: r.date, rate: r.rate, source })))
        .onConflictDoUpdate({
          target: [exchangeRateHistory.base, exchangeRateHistory.quote, exchangeRateHistory.date],
          set: { rate: sql`excluded.rate`, source: sql`excluded.source` },
          ...(policy === "fill" ? { setWhere: sql`"exchange_rate_history"."source" = excluded.source` } : {}),
        }),
    );
  }
  for (const rows of chunks([...newest.values()], ROWS_PER_STATEMENT)) {
    statements.push(
      db.insert(exchangeRates)
        .values(rows.map((r) => ({ base: r.base, quote: r.quote, rate: r.rate, source, asOf: new Date(r.asOf) })))
        .onConflictDoUpdate({
          target: [exchangeRates.base, exchangeRates.quote],
          set: { rate: sql`excluded.rate`, source: sql`excluded.source`, asOf: sql`excluded.as_of`, updatedAt: NOW_SQL },
          setWhere: sql`excluded.as_of >= "exchange_rates"."as_of"`,
        }),
    );
  }
  statements.push(
    db.insert(rateSources)
      .values({ name: source, lastSuccessAt: new Date(outcome.now), lastAttemptAt: new Date(outcome.now), lastError: truncate(outcome.warning), consecutiveFailures: 0 })
      .onConflictDoUpdate({
        target: rateSources.name,
        set: { lastSuccessAt: new Date(outcome.now), lastAttemptAt: new Date(outcome.now), lastError: truncate(outcome.warning), consecutiveFailures: 0, updatedAt: NOW_SQL },
      }),
  );
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return { dailyRows: daily.size, latestPairs: newest.size };
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
