import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ecbHistoryZip, TRY_SHIFT_DAY } from "../../scripts/lib/ecb-history-fixture";
import { ECB_DAILY, ECB_90D, ecbFixture, fakeFetch, ingest, type RateBody } from "./helpers";
import { api } from "../helpers/http";

const FULL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";
const TODAY = "2026-11-27";
const NOW = Date.parse(`${TODAY}T16:30:00Z`);

/** eurofxref-daily.xml for the newest line of the fixture's CSV: what the ECB publishes that day. */
function dailyXmlOfNewestDay(csv: string): string {
  const [header, newest] = csv.split("\n");
  const codes = header!.split(",").slice(1, -1);
  const cells = newest!.split(",");
  const cubes = codes.map((c, i) => (cells[i + 1] === "N/A" ? "" : `<Cube currency='${c}' rate='${cells[i + 1]}'/>`)).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube><Cube time='${cells[0]}'>${cubes}</Cube></Cube></gesmes:Envelope>`;
}

/** Rates of the ECB source per day, from D1 (what the backfill stored). */
async function ecbRows(where = "1 = 1") {
  return env.DB.prepare(`SELECT count(*) AS n, min(date) AS first, max(date) AS last FROM exchange_rate_history WHERE source = 'ecb' AND ${where}`)
    .first<{ n: number; first: string; last: string }>();
}

describe("full ECB history backfill (eurofxref-hist.zip)", () => {
  it("loads every business day since 1999-01-04 through the ingestion path, once, and then catches up with the daily file", async () => {
    const fixture = await ecbHistoryZip(TODAY);
    expect(fixture.days).toBeGreaterThan(7_000);
    const { fetcher, calls } = fakeFetch({
      [FULL]: () => new Response(fixture.zip, { headers: { "Content-Type": "application/zip" } }),
      [ECB_DAILY]: () => new Response(dailyXmlOfNewestDay(fixture.csv)),
    });
    const started = Date.now();
    const report = await ingest({ RATE_SOURCES: "ecb", ECB_FULL_HISTORY_URL: FULL }, { fetcher, now: NOW });
    const seconds = (Date.now() - started) / 1000;
    console.log(`backfill: ${fixture.days} days, ${fixture.rates} rates in ${seconds.toFixed(1)} s`);
    expect(report.sources[0]).toMatchObject({ name: "ecb", status: "ok", accepted: fixture.rates, rejected: 0 });
    expect(calls).toEqual([FULL]);
    expect(seconds).toBeLessThan(60);

    // Every rate stored (the real 2017 excerpt of the seed was rewritten by the fixture's days), nothing else.
    expect(await ecbRows()).toEqual({ n: fixture.rates, first: "1999-01-04", last: TODAY });
    // A lasting 28 % fall from one fixing to the next is history, not an error: kept.
    expect((await ecbRows(`quote = 'TRY' AND date = '${TRY_SHIFT_DAY}'`))?.n).toBe(1);
    // Currencies before and after their windows (TRL until 2004, TRY from 2005, ISK suspended 2008–2018).
    expect(await ecbRows("quote = 'TRL'")).toMatchObject({ first: "1999-01-04", last: "2004-12-31" });
    expect(await ecbRows("quote = 'TRY'")).toMatchObject({ first: "2005-01-03" });
    expect((await ecbRows("quote = 'ISK' AND date BETWEEN '2009-01-01' AND '2017-12-31'"))?.n).toBe(0);
    const marked = await env.DB.prepare("SELECT history_backfilled_at AS at, last_error AS error FROM rate_sources WHERE name = 'ecb'").first<{ at: number; error: string | null }>();
    expect(marked).toEqual({ at: NOW, error: null });

    // The first fixing answers like any other day.
    const first = await api("/api/v1/rates/EUR/USD?date=1999-01-04");
    expect(first.status).toBe(200);
    const stored = await env.DB.prepare("SELECT rate FROM exchange_rate_history WHERE base = 'EUR' AND quote = 'USD' AND date = '1999-01-04'").first<{ rate: string }>();
    expect(await first.json<RateBody>()).toMatchObject({ date: "1999-01-04", rate: stored!.rate, source: "ecb" });

    // Once marked, the next runs fetch the daily file only, and re-running writes the same rows.
    const again = await ingest({ RATE_SOURCES: "ecb", ECB_FULL_HISTORY_URL: FULL }, { fetcher, now: NOW + 900_000 });
    expect(again.sources[0]).toMatchObject({ status: "ok", rejected: 0 });
    expect(calls).toEqual([FULL, ECB_DAILY]);
    expect(await ecbRows()).toEqual({ n: fixture.rates, first: "1999-01-04", last: TODAY });
  }, 120_000);

  it("does not mark a history it could not read, and keeps rates current from the recent files meanwhile", async () => {
    await env.DB.prepare("UPDATE rate_sources SET history_backfilled_at = NULL WHERE name = 'ecb'").run();
    const { zip } = await ecbHistoryZip("1999-03-31");
    const corrupt = zip.slice();
    corrupt[200] = corrupt[200]! ^ 0xff; // inside the deflated data: fails inflation or the CRC-32 check
    const { fetcher, calls } = fakeFetch({
      [FULL]: () => new Response(corrupt),
      [ECB_90D]: () => new Response(ecbFixture),
      [ECB_DAILY]: () => new Response(ecbFixture),
    });
    const report = await ingest({ RATE_SOURCES: "ecb", ECB_FULL_HISTORY_URL: FULL }, { fetcher, now: NOW });
    expect(report.sources[0]).toMatchObject({ status: "partial" });
    expect(report.sources[0]?.message).toContain("full history not loaded (eurofxref-hist.zip:");
    expect(calls[0]).toBe(FULL);
    const row = await env.DB.prepare("SELECT history_backfilled_at AS at FROM rate_sources WHERE name = 'ecb'").first<{ at: number | null }>();
    expect(row?.at).toBeNull();
  });
});
