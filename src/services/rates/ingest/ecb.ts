import { and, eq, max } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { exchangeRateHistory } from "../../../db/schema";
import { daysBetween, isIsoDate, utcDay } from "../../../lib/dates";
import { fixingInstant } from "../calendar/target";
import { outboundFetch } from "../../../lib/outbound";
import { assertPublicHttpsUrl } from "../../../lib/ssrf";
import { SourceError, type RateObservation, type RateSource, type SourceContext } from "./types";

/**
 * The ECB euro foreign exchange reference rates (eurofxref). The document is a gesmes Envelope whose
 * `<Cube>` holds one `<Cube time="YYYY-MM-DD">` per business day, each with one
 * `<Cube currency="USD" rate="1.0565"/>` per currency (1 EUR = rate currency). The daily file has one
 * day, the 90-day and full-history files many; TARGET holidays and weekends have no day at all.
 */
export const ECB_SOURCE = "ecb";
export const ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
export const ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml";
/** The 90-day file is ~75 KB; anything far larger is not what we asked for. */
const ECB_MAX_BYTES = 1_000_000;
/** Backfill from the 90-day file when our newest ECB day is older than this (first run, outages). */
const BACKFILL_AFTER_DAYS = 5;

export interface EcbDay {
  date: string;
  /** Currency → rate text exactly as published. */
  rates: Record<string, string>;
}

const CUBE_TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?Cube\b([^>]*?)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1]!] = m[2] ?? m[3] ?? "";
  return out;
}

/** Parse an eurofxref document (daily, 90-day or full history). Throws SourceError on anything else. */
export function parseEcbXml(xml: string): EcbDay[] {
  if (!/<(?:[A-Za-z_][\w.-]*:)?Envelope\b/.test(xml) || !xml.includes("eurofxref")) {
    throw new SourceError("not an ECB eurofxref document");
  }
  const days: EcbDay[] = [];
  const seen = new Set<string>();
  let current: EcbDay | null = null;
  let depth = 0;
  for (const m of xml.matchAll(CUBE_TAG)) {
    const closing = m[1] === "/";
    const selfClosing = m[3] === "/";
    if (closing) {
      depth--;
      if (current && depth < 2) current = null;
      continue;
    }
    const attrs = attributes(m[2] ?? "");
    if (attrs.time !== undefined) {
      if (!isIsoDate(attrs.time)) throw new SourceError(`invalid fixing date '${attrs.time.slice(0, 20)}'`);
      if (seen.has(attrs.time)) throw new SourceError(`fixing date ${attrs.time} appears twice`);
      seen.add(attrs.time);
      current = { date: attrs.time, rates: {} };
      days.push(current);
    } else if (attrs.currency !== undefined || attrs.rate !== undefined) {
      if (!current) throw new SourceError("rate outside a dated Cube");
      const currency = attrs.currency ?? "";
      if (!/^[A-Z]{3}$/.test(currency)) throw new SourceError(`invalid currency code '${currency.slice(0, 10)}'`);
      current.rates[currency] = (attrs.rate ?? "").trim();
    }
    if (!selfClosing) depth++;
  }
  if (days.length === 0) throw new SourceError("no dated <Cube time> elements");
  if (days.every((d) => Object.keys(d.rates).length === 0)) throw new SourceError("no rates in the document");
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function ecbObservations(days: EcbDay[]): RateObservation[] {
  return days.flatMap((d) => {
    // The ECB sets the rates at 14:15 Frankfurt time on the fixing day: that instant is each rate's asOf.
    const asOf = fixingInstant(d.date);
    return Object.entries(d.rates).map(([quote, rate]) => ({ base: "EUR", quote, rate, date: d.date, asOf }));
  });
}

async function newestEcbDay(ctx: SourceContext): Promise<string | null> {
  const [row] = await getDb(ctx.env.DB).select({ newest: max(exchangeRateHistory.date) }).from(exchangeRateHistory)
    .where(and(eq(exchangeRateHistory.source, ECB_SOURCE), eq(exchangeRateHistory.base, "EUR")));
  return row?.newest ?? null;
}

export function ecbSource(urls: { daily: string; history: string }): RateSource {
  return {
    name: ECB_SOURCE,
    history: "fixing",
    async fetch(ctx) {
      const newest = await newestEcbDay(ctx);
      const behind = !newest || daysBetween(newest, utcDay(ctx.now)) > BACKFILL_AFTER_DAYS;
      const url = assertPublicHttpsUrl(behind ? urls.history : urls.daily);
      const res = await outboundFetch(url, {
        timeoutMs: ctx.timeoutMs,
        maxBytes: ECB_MAX_BYTES,
        fetcher: ctx.fetcher,
        headers: { Accept: "application/xml, text/xml" },
      });
      if (res.status !== 200) throw new SourceError(`HTTP ${res.status} from the ECB`);
      return ecbObservations(parseEcbXml(res.text()));
    },
  };
}
