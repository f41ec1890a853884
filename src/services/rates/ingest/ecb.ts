import { and, eq, max } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { exchangeRateHistory, rateSources } from "../../../db/schema";
import { daysBetween, utcDay } from "../../../lib/dates";
import { outboundFetch } from "../../../lib/outbound";
import { assertPublicHttpsUrl } from "../../../lib/ssrf";
import { readZipEntry, ZipError } from "../../../lib/zip";
import { ecbObservations, parseEcbCsv, parseEcbXml } from "./ecb-formats";
import { SourceError, type RateSource, type SourceContext, type SourceResult } from "./types";

export { ecbObservations, parseEcbCsv, parseEcbXml, type EcbDay } from "./ecb-formats";

/**
 * The ECB's euro foreign exchange reference rates, kept complete from 1999-01-04 on:
 *
 *  1. once, the full history (eurofxref-hist.zip: one CSV, ~0.6 MB zipped), until a run has stored all of it;
 *  2. then the 90-day file whenever our newest fixing is more than BACKFILL_AFTER_DAYS old (outages);
 *  3. otherwise the daily file.
 *
 * Every file goes through the same validation and writes; rewriting a day already held is a no-op.
 */
export const ECB_SOURCE = "ecb";
export const ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
export const ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml";
export const ECB_FULL_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";
/** The 90-day file is ~75 KB; anything far larger is not what we asked for. */
const ECB_MAX_BYTES = 1_000_000;
/** eurofxref-hist.zip is ~0.6 MB and its CSV ~1.5 MB (2026); both limits leave room for decades more. */
const FULL_HISTORY_MAX_BYTES = 8_000_000;
const FULL_HISTORY_MAX_INFLATED_BYTES = 32_000_000;
/** Fetch the 90-day file when our newest ECB day is older than this (first run, outages). */
const BACKFILL_AFTER_DAYS = 5;

export interface EcbUrls {
  daily: string;
  history: string;
  /** Empty: never load the full history (tests, or a deployment that wants 90 days only). */
  fullHistory: string;
}

async function ecbState(ctx: SourceContext): Promise<{ newest: string | null; backfilled: boolean }> {
  const db = getDb(ctx.env.DB);
  const [newest, source] = await db.batch([
    db.select({ newest: max(exchangeRateHistory.date) }).from(exchangeRateHistory)
      .where(and(eq(exchangeRateHistory.source, ECB_SOURCE), eq(exchangeRateHistory.base, "EUR"))),
    db.select({ backfilledAt: rateSources.historyBackfilledAt }).from(rateSources).where(eq(rateSources.name, ECB_SOURCE)),
  ]);
  return { newest: newest[0]?.newest ?? null, backfilled: !!source[0]?.backfilledAt };
}

function checkedUrl(url: string, ctx: SourceContext): URL {
  // Development may serve ECB files from this machine (the bench's full-history fixture).
  return assertPublicHttpsUrl(url, { allowLocalhostHttp: ctx.env.ENVIRONMENT === "development" });
}

async function fetchFile(url: string, ctx: SourceContext, maxBytes: number, accept: string) {
  const res = await outboundFetch(checkedUrl(url, ctx), { timeoutMs: ctx.timeoutMs, maxBytes, fetcher: ctx.fetcher, headers: { Accept: accept } });
  if (res.status !== 200) throw new SourceError(`HTTP ${res.status} from the ECB`);
  return res;
}

/** The complete history: the CSV inside eurofxref-hist.zip. */
export async function fetchFullHistory(url: string, ctx: SourceContext): Promise<SourceResult> {
  const res = await fetchFile(url, ctx, FULL_HISTORY_MAX_BYTES, "application/zip");
  let csv: string;
  try {
    csv = new TextDecoder().decode(await readZipEntry(res.body, { maxBytes: FULL_HISTORY_MAX_INFLATED_BYTES }));
  } catch (error) {
    throw new SourceError(`eurofxref-hist.zip: ${error instanceof ZipError ? error.message : "unreadable archive"}`);
  }
  return { observations: ecbObservations(parseEcbCsv(csv)), completesHistory: true };
}

export function ecbSource(urls: EcbUrls): RateSource {
  return {
    name: ECB_SOURCE,
    history: "fixing",
    async fetch(ctx) {
      const state = await ecbState(ctx);
      const warnings: string[] = [];
      if (!state.backfilled && urls.fullHistory) {
        try {
          return await fetchFullHistory(urls.fullHistory, ctx);
        } catch (error) {
          // The full history is retried on the next run; meanwhile the recent files keep rates current.
          warnings.push(`full history not loaded (${error instanceof Error ? error.message : "failed"}); retried next run`);
        }
      }
      const behind = !state.newest || daysBetween(state.newest, utcDay(ctx.now)) > BACKFILL_AFTER_DAYS;
      const res = await fetchFile(behind ? urls.history : urls.daily, ctx, ECB_MAX_BYTES, "application/xml, text/xml");
      return { observations: ecbObservations(parseEcbXml(res.text())), warnings };
    },
  };
}
