/**
 * A synthetic ECB full history shaped exactly like the real eurofxref-hist.zip: one entry,
 * eurofxref-hist.csv, header `Date,USD,JPY,…,` with the 41 currencies the ECB has published since
 * 1999 (in its column order), one line per TARGET business day from `to` back to 1999-01-04 (newest
 * first, each ending with a comma), `N/A` outside a currency's publication window. The VALUES are
 * synthetic (deterministic random walks around real-looking levels), including the kinds of moves a
 * real history has: decades of drift, a lasting one-day level shift (TRY on 2021-12-21, -28 %), a
 * currency suspended and resumed (ISK 2008-12-10 … 2018-02-01), redenominations (TRL → TRY, ROL → RON).
 * Web APIs only (CompressionStream, TextEncoder): runs in workerd tests and in Node scripts alike.
 */
import { crc32 } from "../../src/lib/zip";
import { addDays } from "../../src/lib/dates";
import { isTargetBusinessDay } from "../../src/services/rates/calendar/target";

type Column = [code: string, level: number, places: number, from?: string, until?: string];

/** The real file's columns (eurofxref-hist.csv, 2026), with a level and the publication window of each. */
export const ECB_HISTORY_COLUMNS: Column[] = [
  ["USD", 1.1, 4], ["JPY", 130, 2], ["BGN", 1.9558, 4, "2000-07-19"], ["CYP", 0.58, 5, undefined, "2007-12-31"],
  ["CZK", 27, 3], ["DKK", 7.45, 4], ["EEK", 15.6466, 4, undefined, "2010-12-31"], ["GBP", 0.78, 5],
  ["HUF", 300, 2], ["LTL", 3.4528, 4, undefined, "2014-12-31"], ["LVL", 0.7, 4, undefined, "2013-12-31"],
  ["MTL", 0.4293, 4, undefined, "2007-12-31"], ["PLN", 4.2, 4], ["ROL", 30000, 0, undefined, "2005-06-30"],
  ["RON", 4.6, 4, "2005-07-01"], ["SEK", 10, 4], ["SIT", 239.64, 2, undefined, "2006-12-29"],
  ["SKK", 30.126, 3, undefined, "2008-12-31"], ["CHF", 1.3, 4], ["ISK", 140, 2, undefined, undefined],
  ["NOK", 9.5, 4], ["HRK", 7.5, 4, undefined, "2022-12-30"], ["RUB", 70, 4, undefined, "2022-03-01"],
  ["TRL", 1_700_000, 0, undefined, "2004-12-31"], ["TRY", 2.5, 4, "2005-01-03"], ["AUD", 1.6, 4],
  ["BRL", 4, 4], ["CAD", 1.5, 4], ["CNY", 8, 4], ["HKD", 8.8, 4], ["IDR", 15000, 2], ["ILS", 4, 4],
  ["INR", 80, 4], ["KRW", 1350, 2], ["MXN", 20, 4], ["MYR", 4.8, 4], ["NZD", 1.8, 4], ["PHP", 60, 3],
  ["SGD", 1.5, 4], ["THB", 38, 3], ["ZAR", 16, 4],
];

export const ECB_HISTORY_START = "1999-01-04";
/** ISK's suspension in the synthetic history (as in the real one, the ECB stopped and resumed it). */
const ISK_GAP = ["2008-12-10", "2018-02-01"] as const;
/** TRY's lasting one-day fall (as on 20/21 December 2021). */
export const TRY_SHIFT_DAY = "2021-12-21";

/** Deterministic PRNG (mulberry32): the same fixture on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The business days from ECB_HISTORY_START to `to`, oldest first. */
export function historyDays(to: string, from = ECB_HISTORY_START): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isTargetBusinessDay(d)) days.push(d);
  return days;
}

/** The CSV text (newest day first, like the ECB's) and how many rates it holds. */
export function ecbHistoryCsv(to: string, options: { from?: string; columns?: Column[] } = {}): { csv: string; days: number; rates: number } {
  const columns = options.columns ?? ECB_HISTORY_COLUMNS;
  const days = historyDays(to, options.from);
  const next = random(20260101);
  const level = columns.map((c) => c[1]);
  const lines: string[] = [];
  let rates = 0;
  for (const day of days) {
    const cells = columns.map(([code, , places, from, until], i) => {
      // ±0.4 % a day at most, with a slight drift: legitimate years-long moves, no one-day jump.
      level[i] = level[i]! * (1 + (next() - 0.497) * 0.008);
      if (code === "TRY" && day === TRY_SHIFT_DAY) level[i] = level[i]! * 0.72;
      const closed = (from && day < from) || (until && day > until) || (code === "ISK" && day >= ISK_GAP[0] && day < ISK_GAP[1]);
      if (closed) return "N/A";
      rates++;
      return level[i]!.toFixed(places);
    });
    lines.push(`${day},${cells.join(",")},`);
  }
  lines.reverse();
  return { csv: `Date,${columns.map((c) => c[0]).join(",")},\n${lines.join("\n")}\n`, days: days.length, rates };
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A one-entry ZIP archive (deflate), as written by ordinary zip tools. */
export async function zipOne(name: string, content: Uint8Array): Promise<Uint8Array> {
  const data = await deflateRaw(content);
  const nameBytes = new TextEncoder().encode(name);
  const crc = crc32(content);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, content.length, true);
  local.setUint16(26, nameBytes.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, content.length, true);
  central.setUint16(28, nameBytes.length, true);
  const centralOffset = 30 + nameBytes.length + data.length;
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, 1, true);
  eocd.setUint16(10, 1, true);
  eocd.setUint32(12, 46 + nameBytes.length, true);
  eocd.setUint32(16, centralOffset, true);
  const parts = [new Uint8Array(local.buffer), nameBytes, data, new Uint8Array(central.buffer), nameBytes, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** eurofxref-hist.zip up to `to`. */
export async function ecbHistoryZip(to: string, options: Parameters<typeof ecbHistoryCsv>[1] = {}) {
  const { csv, days, rates } = ecbHistoryCsv(to, options);
  return { zip: await zipOne("eurofxref-hist.csv", new TextEncoder().encode(csv)), days, rates, csv };
}
