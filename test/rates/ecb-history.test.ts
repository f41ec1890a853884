import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { parseEcbXml, ecbObservations } from "../../src/services/rates/ingest/ecb";
import { SourceError } from "../../src/services/rates/ingest/types";
import { api, expectProblem } from "../helpers/http";
import { ecbFixture, ingestEcbFixture, type RateBody } from "./helpers";

describe("ECB eurofxref XML parser", () => {
  it("parses the 90-day fixture: 64 fixing days × 31 currencies, exact rate text, oldest first", () => {
    const days = parseEcbXml(ecbFixture);
    expect(days).toHaveLength(64);
    expect(days[0]!.date).toBe("2016-12-05");
    expect(days.at(-1)!.date).toBe("2017-03-03");
    expect(days.every((d) => Object.keys(d.rates).length === 31)).toBe(true);
    expect(days.at(-1)!.rates).toMatchObject({ USD: "1.0565", JPY: "120.83", GBP: "0.86355", IDR: "14138.61" });
    // No fixing on weekends or on the TARGET holidays 26 Dec and 1 Jan.
    const dates = new Set(days.map((d) => d.date));
    for (const closed of ["2016-12-24", "2016-12-25", "2016-12-26", "2017-01-01", "2017-03-04"]) expect(dates.has(closed), closed).toBe(false);
  });

  it("stamps each fixing at 14:15 CET", () => {
    const obs = ecbObservations(parseEcbXml(ecbFixture));
    expect(obs).toHaveLength(64 * 31);
    expect(obs.find((o) => o.date === "2017-03-03" && o.quote === "USD")).toEqual({
      base: "EUR", quote: "USD", rate: "1.0565", date: "2017-03-03", asOf: Date.parse("2017-03-03T13:15:00Z"),
    });
  });

  it("reads the daily file format (single quotes, line breaks, prefixes)", () => {
    const daily = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube>
    <Cube time='2026-11-27'>
      <Cube currency='USD' rate='1.0850'/>
      <Cube rate = '163.20'  currency = 'JPY' />
    </Cube>
  </Cube>
</gesmes:Envelope>`;
    expect(parseEcbXml(daily)).toEqual([{ date: "2026-11-27", rates: { USD: "1.0850", JPY: "163.20" } }]);
  });

  it("is a real XML reader: comments, CDATA and entities are not data", () => {
    const xml = `<?xml version="1.0"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
      <!-- <Cube time="2017-03-02"><Cube currency="USD" rate="9"/></Cube> -->
      <gesmes:subject><![CDATA[<Cube currency="JPY" rate="1"/>]]> &amp; more</gesmes:subject>
      <Cube><Cube time="2017-03-03"><Cube currency="USD" rate="1.0565"/></Cube></Cube></gesmes:Envelope>`;
    expect(parseEcbXml(xml)).toEqual([{ date: "2017-03-03", rates: { USD: "1.0565" } }]);
  });

  it.each([
    ["an HTML error page", "<html><body>Service Unavailable</body></html>", "not an ECB eurofxref document"],
    ["an empty body", "", "not an ECB eurofxref document"],
    ["JSON", '{"rates":{"USD":1.08}}', "not an ECB eurofxref document"],
    ["an envelope without days", '<gesmes:Envelope xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube></Cube></gesmes:Envelope>', "no dated"],
    ["days without rates", '<gesmes:Envelope xmlns="eurofxref"><Cube><Cube time="2017-03-03"></Cube></Cube></gesmes:Envelope>', "no rates"],
    ["an impossible date", '<gesmes:Envelope xmlns="eurofxref"><Cube><Cube time="2017-02-30"><Cube currency="USD" rate="1"/></Cube></Cube></gesmes:Envelope>', "invalid fixing date"],
    ["a repeated day", '<gesmes:Envelope xmlns="eurofxref"><Cube><Cube time="2017-03-03"><Cube currency="USD" rate="1"/></Cube><Cube time="2017-03-03"></Cube></Cube></gesmes:Envelope>', "appears twice"],
    ["a bad currency", '<gesmes:Envelope xmlns="eurofxref"><Cube><Cube time="2017-03-03"><Cube currency="usd;drop" rate="1"/></Cube></Cube></gesmes:Envelope>', "invalid currency"],
    ["a truncated download", ecbFixture.slice(0, 40_000), "is not closed (truncated document?)"],
    ["mismatched tags", '<gesmes:Envelope xmlns="eurofxref"><Cube><Cube time="2017-03-03"><Cube currency="USD" rate="1"/></Cube></gesmes:Envelope>', "malformed XML"],
    ["a rate outside a day", '<gesmes:Envelope xmlns="eurofxref"><Cube><Cube currency="USD" rate="1"/></Cube></gesmes:Envelope>', "outside a dated Cube"],
  ])("refuses %s", (_name, xml, message) => {
    expect(() => parseEcbXml(xml)).toThrow(SourceError);
    expect(() => parseEcbXml(xml)).toThrow(message);
  });
});

describe("the seed's real ECB excerpt (offline, before any ingestion)", () => {
  it("answers the documented real dates: 2017-03-03 and the Christmas fallback 2016-12-25 → 2016-12-23", async () => {
    const day = await (await api("/api/v1/rates/EUR/USD?date=2017-03-03")).json<RateBody>();
    expect(day).toMatchObject({ rate: "1.0565", source: "ecb", date: "2017-03-03" });
    const christmas = await (await api("/api/v1/rates/USDX/EUR?date=2016-12-25")).json<RateBody>();
    expect(christmas).toMatchObject({ source: "ecb", date: "2016-12-23", requestedDate: "2016-12-25" });
    const rows = await env.DB.prepare("SELECT count(*) AS n, count(DISTINCT quote) AS currencies FROM exchange_rate_history WHERE source = 'ecb'").first<{ n: number; currencies: number }>();
    expect(rows).toEqual({ n: 64 * 31, currencies: 31 });
  });
});

describe("history from the ECB fixture", () => {
  beforeAll(async () => {
    const { report, calls } = await ingestEcbFixture();
    // No ECB history yet → the 90-day file is fetched to backfill.
    expect(calls).toEqual(["https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml"]);
    expect(report.sources).toEqual([expect.objectContaining({ name: "ecb", status: "ok", accepted: 1984, rejected: 0 })]);
  });

  it("stored every fixing as a daily row, and kept the newer latest rates", async () => {
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM exchange_rate_history WHERE source = 'ecb'").first<{ n: number }>())!;
    expect(n).toBe(1984);
    const latest = await env.DB.prepare("SELECT rate, source FROM exchange_rates WHERE base = 'EUR' AND quote = 'USD'").first<{ source: string }>();
    expect(latest?.source).toBe("seed"); // 2017 fixings never replace a newer latest rate
    const res = await api("/api/v1/rates/EUR/USD");
    expect((await res.json<RateBody>()).source).toBe("seed");
  });

  it("returns the fixing of a business day", async () => {
    const res = await api("/api/v1/rates/EUR/USD?date=2017-03-03");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      base: "EUR", target: "USD", resolved: { base: "EUR", target: "USD" }, rate: "1.0565", via: null, source: "ecb", date: "2017-03-03", requestedDate: "2017-03-03",
    });
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]{16}"$/);
  });

  it.each([
    ["2016-12-24", "2016-12-23"], // Saturday
    ["2016-12-25", "2016-12-23"], // Sunday (Christmas)
    ["2016-12-26", "2016-12-23"], // Monday, TARGET holiday
    ["2016-12-27", "2016-12-27"],
    ["2017-01-01", "2016-12-30"], // New Year, Sunday
    ["2017-03-05", "2017-03-03"], // Sunday after the last fixing
  ])("falls back from %s to the nearest earlier fixing %s and says so", async (asked, used) => {
    const body = await (await api(`/api/v1/rates/USDX/GBP?date=${asked}`)).json<RateBody>();
    expect(body).toMatchObject({ base: "USDX", target: "GBP", resolved: { base: "USD", target: "GBP" }, date: used, requestedDate: asked, via: "EUR", source: "ecb" });
  });

  it("computes historical cross rates from the same day's fixings", async () => {
    // 2016-12-23: EUR/USD 1.0446, EUR/GBP 0.85278 → GBP/USD = 1.0446 / 0.85278
    const body = await (await api("/api/v1/rates/GBPX/USD?date=2016-12-25")).json<RateBody>();
    expect(body.rate).toBe("1.22493491874");
    expect(body.resolved).toEqual({ base: "GBP", target: "USD" });
  });

  it("gives all rates of a day, with the day used", async () => {
    const res = await api("/api/v1/rates/EUR?date=2016-12-26");
    expect(res.status).toBe(200);
    const body = await res.json<{ date: string; requestedDate: string; rates: Record<string, string>; resolvedTargets: Record<string, string>; asOf?: string }>();
    expect(body.date).toBe("2016-12-23");
    expect(body.requestedDate).toBe("2016-12-26");
    expect(body.rates).toMatchObject({ USD: "1.0446", USDX: "1.0446", GBP: "0.85278", JPY: "122.6", EURX: "1" });
    expect(body.resolvedTargets).toMatchObject({ USDX: "USD", EURX: "EUR" });
    expect(body.asOf).toBeUndefined();
  });

  it("is a 404 problem before the history starts, and names the start", async () => {
    const problem = await expectProblem(await api("/api/v1/rates/EUR/USD?date=2016-12-04"), 404);
    expect(problem.detail).toContain("2016-12-05");
    expect(problem.historyStart).toBe("2016-12-05");
    await expectProblem(await api("/api/v1/rates/USD?date=2010-01-04"), 404);
  });

  it("is a 404 problem in a gap longer than the fallback window", async () => {
    const problem = await expectProblem(await api("/api/v1/rates/EUR/USD?date=2019-06-14"), 404);
    expect(problem.detail).toContain("7 days before");
  });

  it.each(["2017-13-01", "2017-02-30", "20170303", "2017-3-3", "yesterday", "2017-03-03T00:00:00Z", "", "1899-12-31"])(
    "rejects the malformed date %j with a 400 naming the parameter",
    async (date) => {
      const problem = await expectProblem(await api(`/api/v1/rates/EUR/USD?date=${encodeURIComponent(date)}`), 400);
      expect(problem.errors?.[0]).toMatchObject({ in: "query", field: "date" });
    },
  );

  it("rejects a future date with a 400", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const problem = await expectProblem(await api(`/api/v1/rates/EUR/USD?date=${tomorrow}`), 400);
    expect(problem.errors?.[0]).toMatchObject({ in: "query", field: "date", code: "future_date" });
    await expectProblem(await api(`/api/v1/rates/EUR?date=${tomorrow}`), 400);
  });
});

describe("daily series", () => {
  beforeAll(async () => {
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM exchange_rate_history WHERE source = 'ecb'").first<{ n: number }>())!;
    if (n === 0) await ingestEcbFixture();
  });

  type Series = { type: string; from: string; to: string; base: string; target: string; resolved: { base: string; target: string }; rates: Array<{ date: string; rate: string; source: string }> };

  it("returns one point per fixing day in [from, to], oldest first, for stablecoin pairs too", async () => {
    const res = await api("/api/v1/rates/EURX/USDX?type=daily&from=2017-02-01&to=2017-03-03");
    expect(res.status).toBe(200);
    const body = await res.json<Series>();
    expect(body).toMatchObject({ type: "daily", from: "2017-02-01", to: "2017-03-03", base: "EURX", target: "USDX", resolved: { base: "EUR", target: "USD" } });
    expect(body.rates).toHaveLength(23);
    expect(body.rates[0]).toEqual({ date: "2017-02-01", rate: "1.079", source: "ecb" });
    expect(body.rates.at(-1)).toEqual({ date: "2017-03-03", rate: "1.0565", source: "ecb" });
    const dates = body.rates.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates).not.toContain("2017-02-04");
  });

  it("defaults to the 30 days ending today", async () => {
    const body = await (await api("/api/v1/rates/EUR/USD?type=daily")).json<Series>();
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    expect([body.from, body.to]).toEqual([from, today]);
    expect(body.rates.length).toBeGreaterThan(15); // the seed's business days
    expect(body.rates.every((p) => p.date >= from && p.date <= today && p.source === "seed")).toBe(true);
  });

  it("returns an empty series for a window without fixings", async () => {
    const body = await (await api("/api/v1/rates/EUR/USD?type=daily&from=2016-01-01&to=2016-01-31")).json<Series>();
    expect(body.rates).toEqual([]);
  });

  it.each([
    ["from after to", "from=2017-03-03&to=2017-02-01", "from", "range_inverted"],
    ["a window over 366 days", "from=2016-01-01&to=2017-03-03", "from", "range_too_long"],
    ["a future end", `to=${new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)}`, "to", "future_date"],
    ["a malformed bound", "from=2017-02-31", "from", undefined],
    ["date with type=daily", "date=2017-03-03", "date", "conflict"],
    ["an unknown type", "type=weekly", "type", undefined],
  ])("rejects %s with a 400 naming the field", async (_name, qs, field, code) => {
    const type = qs.includes("type=") ? "" : "type=daily&";
    const problem = await expectProblem(await api(`/api/v1/rates/EUR/USD?${type}${qs}`), 400);
    expect(problem.errors?.[0]).toMatchObject({ in: "query", field, ...(code ? { code } : {}) });
  });

  it("accepts exactly 366 days, and refuses from/to without type=daily", async () => {
    expect((await api("/api/v1/rates/EUR/USD?type=daily&from=2016-03-03&to=2017-03-03")).status).toBe(200);
    const problem = await expectProblem(await api("/api/v1/rates/EUR/USD?from=2017-02-01"), 400);
    expect(problem.errors?.[0]).toMatchObject({ field: "from", code: "conflict" });
  });
});
