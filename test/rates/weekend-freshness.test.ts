import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetRatesSnapshot, publishRatesSnapshot } from "../../src/services/rates/snapshot";
import { api, expectProblem } from "../helpers/http";
import { ECB_90D, ECB_DAILY, fakeFetch, ingest, type RateBody } from "./helpers";

/** An eurofxref-daily document of the real shape for one fixing day. */
function ecbDaily(day: string, rates: Record<string, string>): string {
  const cubes = Object.entries(rates).map(([c, r]) => `<Cube currency='${c}' rate='${r}'/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">` +
    `<gesmes:subject>Reference rates</gesmes:subject><gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>` +
    `<Cube><Cube time='${day}'>${cubes}</Cube></Cube></gesmes:Envelope>`;
}

interface Row { base: string; quote: string; rate: string; source: string; as_of: number; updated_at: number }

/**
 * A production-like world: the ECB is the only source. Friday 27 November 2026's fixing is loaded
 * just after its publication; then the clock moves through the weekend to Monday evening.
 */
describe("an ECB-only deployment over a weekend", () => {
  let saved: Row[] = [];

  beforeEach(async () => {
    saved = (await env.DB.prepare("SELECT * FROM exchange_rates").all<Row>()).results;
    await env.DB.prepare("DELETE FROM exchange_rates").run();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.parse("2026-11-27T15:20:00Z")); // Friday 16:20 CET
    const doc = ecbDaily("2026-11-27", { USD: "1.0850", GBP: "0.8420", CHF: "0.9380", JPY: "163.20" });
    // Whichever file the source asks for (it catches up from the history file when far behind), the same day.
    const { fetcher } = fakeFetch({ [ECB_DAILY]: () => new Response(doc), [ECB_90D]: () => new Response(doc) });
    const report = await ingest({ RATE_SOURCES: "ecb" }, { fetcher, now: Date.now() });
    expect(report.sources[0]).toMatchObject({ name: "ecb", status: "ok", accepted: 4 });
  });

  afterEach(async () => {
    vi.useRealTimers();
    await env.DB.prepare("DELETE FROM exchange_rates").run();
    await env.DB.batch(saved.map((r) =>
      env.DB.prepare("INSERT INTO exchange_rates (base, quote, rate, source, as_of, updated_at) VALUES (?, ?, ?, ?, ?, ?)").bind(r.base, r.quote, r.rate, r.source, r.as_of, r.updated_at)));
    await env.DB.prepare("DELETE FROM exchange_rate_history WHERE date = '2026-11-27' AND source = 'ecb'").run();
    forgetRatesSnapshot();
    await publishRatesSnapshot(env);
  });

  const quote = () => api("/api/v1/info/quote?asset=USDX&amount=100&action=enter&currency=EUR");

  it("quotes on Sunday with Friday's fixing; the rate is not stale and health is ok", async () => {
    vi.setSystemTime(Date.parse("2026-11-29T12:00:00Z")); // Sunday: 46 h after the fixing
    const res = await quote();
    expect(res.status, await res.clone().text()).toBe(200);
    const q = await res.json<{ rate: { value: string; asOf: string; source: string } }>();
    expect(q.rate).toMatchObject({ asOf: "2026-11-27T13:15:00.000Z", source: "ecb" });
    expect(q.rate.value).toBe("0.921658986175"); // 1 / 1.0850, 12 significant digits

    const rate = await (await api("/api/v1/rates/USDX/EUR")).json<RateBody>();
    expect(rate).toMatchObject({ source: "ecb", asOf: "2026-11-27T13:15:00.000Z", stale: false });
    const health = await (await api("/api/v1/health")).json<{ checks: Record<string, { status: string; details: Record<string, unknown> }> }>();
    expect(health.checks.rates).toMatchObject({ status: "ok", details: { stalePairs: 0, newestFixingDay: "2026-11-27", expectedFixingDay: "2026-11-27", currentUntil: "2026-11-30T17:00:00.000Z" } });
  });

  it("still quotes on Monday until 16:00 CET + the grace, and refuses once Monday's fixing is overdue", async () => {
    vi.setSystemTime(Date.parse("2026-11-30T16:59:59Z")); // Monday 17:59:59 CET: within the 2 h grace
    expect((await quote()).status).toBe(200);

    vi.setSystemTime(Date.parse("2026-11-30T17:00:00Z"));
    const res = await quote();
    expect(res.headers.get("retry-after")).toBe("60");
    const problem = await expectProblem(res, 503);
    expect(problem).toMatchObject({ rateAsOf: "2026-11-27T13:15:00.000Z", rateCurrentUntil: "2026-11-30T17:00:00.000Z" });
    expect(problem.detail).toContain("USDX/EUR");
    expect((await (await api("/api/v1/rates/USDX/EUR")).json<RateBody>()).stale).toBe(true);
    const health = await (await api("/api/v1/health")).json<{ checks: Record<string, { status: string; details: Record<string, unknown> }> }>();
    expect(health.checks.rates).toMatchObject({ status: "degraded", details: { stalePairs: 4, expectedFixingDay: "2026-11-30" } });
  });

  it("honours a configured grace", async () => {
    vi.setSystemTime(Date.parse("2026-11-30T15:30:00Z")); // Monday 16:30 CET
    expect((await (await api("/api/v1/rates/EUR/USD")).json<RateBody>()).stale).toBe(false);
    expect((await (await api("/api/v1/rates/EUR/USD", { env: { RATE_PUBLICATION_GRACE_SECONDS: "0" } })).json<RateBody>()).stale).toBe(true);
  });
});
