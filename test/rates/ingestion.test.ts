import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EUR_REFERENCE_RATES } from "../../src/db/seed/data";
import worker from "../../src/index";
import { dec } from "../../src/lib/money";
import { SNAPSHOT_KEY } from "../../src/services/rates/snapshot";
import { ECB_90D, ECB_DAILY, ecbFixture, fakeFetch, hangingFetch, ingest, restoreRatesAfterEach, type RateBody } from "./helpers";
import { api } from "../helpers/http";

const FEED_URL = "https://feed.coreport-rates.com/v1/latest.json";
const FEED = {
  RATE_SOURCES: "feed",
  RATE_JSON_SOURCES: JSON.stringify([{ name: "feed", url: FEED_URL, basePath: "base", ratesPath: "rates", asOfPath: "timestamp", asOfFormat: "unix" }]),
  RATE_SOURCE_TIMEOUT_MS: "50",
};

type Health = { status: string; checks: Record<string, { status: string; message?: string; details?: Record<string, unknown> }> };

async function latest(quote: string) {
  return env.DB.prepare("SELECT rate, source, as_of AS asOf FROM exchange_rates WHERE base = 'EUR' AND quote = ?").bind(quote).first<{ rate: string; source: string; asOf: number }>();
}

/** A feed document stamped (by default) just after the seed's latest rates, so it is newer. */
function feedBody(rates: Record<string, string>, at = Date.now() + 1000) {
  const entries = Object.entries(rates).map(([k, v]) => `"${k}":${v}`).join(",");
  return () => new Response(`{"base":"EUR","timestamp":${Math.floor(at / 1000)},"rates":{${entries}}}`, { headers: { "Content-Type": "application/json" } });
}

async function health(overrides: Partial<typeof env>): Promise<Health> {
  return (await api("/api/v1/health", { env: overrides })).json<Health>();
}

// What one test ingests, the next never sees: each starts from the seeded rates and no source history.
restoreRatesAfterEach();

describe("a JSON feed: success, garbage, timeout, recovery", () => {
  it("writes latest + daily rows, updates the snapshot, and reports ok", async () => {
    const usd = dec((await latest("USD"))!.rate).times("1.002").toFixed(4);
    const today = new Date().toISOString().slice(0, 10);
    const dailyRow = () => env.DB.prepare("SELECT rate, source FROM exchange_rate_history WHERE base='EUR' AND quote='GBP' AND date=?").bind(today).first<{ rate: string; source: string }>();
    const seedFixing = await dailyRow();
    const { fetcher, calls } = fakeFetch({ [FEED_URL]: feedBody({ USD: usd, GBP: "0.84300" }) });
    const versionBefore = (await env.RATES_KV.get<{ version: string }>(SNAPSHOT_KEY, "json"))?.version;
    const report = await ingest(FEED, { fetcher });
    expect(calls).toEqual([FEED_URL]);
    expect(report.sources).toEqual([expect.objectContaining({ name: "feed", status: "ok", accepted: 2, rejected: 0 })]);
    expect(report.snapshotVersion).not.toBe(versionBefore);
    expect(await latest("USD")).toMatchObject({ rate: dec(usd).toString(), source: "feed" });
    // A "fill" feed writes today's daily row only when no other source has fixed the day (the seed, on weekdays).
    expect(await dailyRow()).toEqual(seedFixing ?? { rate: "0.843", source: "feed" });
    const body = await (await api("/api/v1/rates/EUR/GBP")).json<RateBody>();
    expect(body).toMatchObject({ rate: "0.843", source: "feed" });
    const h = await health(FEED);
    expect(h.checks.rateSources).toMatchObject({ status: "ok", details: { "feed.status": "ok", "feed.consecutiveFailures": 0 } });
  });

  it("keeps the last good rates when the feed returns garbage, and health says degraded", async () => {
    const before = await latest("USD");
    const { fetcher } = fakeFetch({ [FEED_URL]: () => new Response("<html>502 Bad Gateway</html>", { status: 200 }) });
    const report = await ingest(FEED, { fetcher });
    expect(report.sources[0]).toMatchObject({ status: "failed", message: "the response is not valid JSON" });
    expect(await latest("USD")).toEqual(before);
    expect((await (await api("/api/v1/rates/EUR/USD")).json<RateBody>()).rate).toBe(dec(before!.rate).toString());
    const h = await health(FEED);
    expect(h.status).toBe("degraded");
    expect(h.checks.rateSources).toMatchObject({
      status: "degraded",
      details: { "feed.status": "failing", "feed.consecutiveFailures": 1, "feed.lastError": "the response is not valid JSON" },
    });
    expect(h.checks.rateSources?.message).toContain("feed failing");
    expect(JSON.stringify(h)).not.toContain("coreport-rates.com");
  });

  it("keeps the last good rates when the feed times out, and counts consecutive failures", async () => {
    const before = await latest("GBP");
    for (const failures of [1, 2]) {
      const report = await ingest(FEED, { fetcher: hangingFetch });
      expect(report.sources[0]).toMatchObject({ status: "failed", message: "timeout: No response within 50 ms" });
      expect(await latest("GBP")).toEqual(before);
      const h = await health(FEED);
      expect(h.checks.rateSources?.details).toMatchObject({ "feed.status": "failing", "feed.consecutiveFailures": failures });
    }
  });

  it.each([
    ["an HTTP error", () => new Response("{}", { status: 503 }), "HTTP 503 from the source"],
    ["an empty rates object", () => new Response('{"base":"EUR","timestamp":1764238530,"rates":{}}'), "no usable rates"],
    ["a missing timestamp", () => new Response('{"base":"EUR","rates":{"USD":1.08}}'), "no valid timestamp"],
    ["a body over the size cap", () => new Response(`{"pad":"${"x".repeat(300_000)}"}`), "too_large"],
    ["a redirect", () => new Response(null, { status: 302, headers: { Location: "https://elsewhere.example.org/" } }), "HTTP 302"],
  ])("fails without writing on %s", async (_name, respond, message) => {
    const before = await latest("USD");
    const report = await ingest(FEED, { fetcher: fakeFetch({ [FEED_URL]: respond }).fetcher });
    expect(report.sources[0]!.status).toBe("failed");
    expect(report.sources[0]!.message).toContain(message);
    expect(await latest("USD")).toEqual(before);
  });

  it("shows network failures without the runtime's error text", async () => {
    const refused = (() => Promise.reject(new TypeError("connect ECONNREFUSED 10.1.2.3:443 (db-internal.corp)"))) as typeof fetch;
    const report = await ingest(FEED, { fetcher: refused });
    expect(report.sources[0]!.message).toBe("network: the source could not be reached");
    expect(JSON.stringify(await health(FEED))).not.toContain("10.1.2.3");
  });

  it("recovers: the next good run resets the failure count and health is ok again", async () => {
    await ingest(FEED, { fetcher: hangingFetch });
    expect((await health(FEED)).checks.rateSources?.details).toMatchObject({ "feed.status": "failing", "feed.consecutiveFailures": 1, "feed.lastError": expect.any(String) });
    const usd = (await latest("USD"))!.rate;
    const report = await ingest(FEED, { fetcher: fakeFetch({ [FEED_URL]: feedBody({ USD: usd }) }).fetcher });
    expect(report.sources[0]!.status).toBe("ok");
    const h = await health(FEED);
    expect(h.checks.rateSources).toMatchObject({ status: "ok", details: { "feed.status": "ok", "feed.consecutiveFailures": 0 } });
    expect(h.checks.rateSources?.details).not.toHaveProperty("feed.lastError");
  });
});

describe("validation during ingestion", () => {
  it("rejects absurd jumps, zero and negative rates, writes the rest, and reports partial", async () => {
    const usd = (await latest("USD"))!;
    const chf = (await latest("CHF"))!;
    const jumped = dec(usd.rate).times("1.5").toFixed(4);
    const { fetcher } = fakeFetch({ [FEED_URL]: feedBody({ USD: jumped, CHF: "0", SEK: "-11.2", PLN: "4.2900" }) });
    const report = await ingest(FEED, { fetcher });
    expect(report.sources[0]).toMatchObject({ status: "partial", accepted: 1, rejected: 3 });
    expect(report.sources[0]!.message).toContain("EUR/USD");
    expect(report.sources[0]!.message).toContain("moves 50.0%");
    expect(await latest("USD")).toEqual(usd);
    expect(await latest("CHF")).toEqual(chf);
    expect((await latest("PLN"))?.rate).toBe("4.29");
    const h = await health(FEED);
    expect(h.checks.rateSources).toMatchObject({ status: "degraded", details: { "feed.status": "partial", "feed.consecutiveFailures": 0 } });
  });

  it("honours RATE_MAX_JUMP_PERCENT", async () => {
    const usd = (await latest("USD"))!;
    const moved = dec(usd.rate).times("1.5").toFixed(4);
    const report = await ingest({ ...FEED, RATE_MAX_JUMP_PERCENT: "60" }, { fetcher: fakeFetch({ [FEED_URL]: feedBody({ USD: moved }) }).fetcher });
    expect(report.sources[0]!.status).toBe("ok");
    expect((await latest("USD"))?.rate).toBe(dec(moved).toString());
  });

  it("fails (writing nothing) when every rate is rejected", async () => {
    const report = await ingest(FEED, { fetcher: fakeFetch({ [FEED_URL]: feedBody({ USD: "0", GBP: "0" }) }).fetcher });
    expect(report.sources[0]).toMatchObject({ status: "failed" });
    expect(report.sources[0]!.message).toContain("not greater than zero");
  });

  it("resolves stablecoin tickers in a list-shaped feed and stores pairs in one orientation", async () => {
    const cfg = JSON.stringify([{ name: "otc", url: "https://otc.coreport-rates.com/q", ratesPath: "quotes", baseField: "from", quoteField: "to", rateField: "price" }]);
    const body = JSON.stringify({ quotes: [{ from: "USDX", to: "EURX", price: "0.9210" }, { from: "USDX", to: "USD", price: "0.9998" }, { from: "CADX", to: "EUR", price: "0.66" }] });
    const { fetcher } = fakeFetch({ "https://otc.coreport-rates.com/q": () => new Response(body) });
    // No timestamps in this feed: its rates are as of the fetch (here a little later than the seed's).
    const report = await ingest({ RATE_SOURCES: "otc", RATE_JSON_SOURCES: cfg, RATE_MAX_JUMP_PERCENT: "100" }, { fetcher, now: Date.now() + 5000 });
    // USDX→USD is parity (skipped); CADX is not an asset → rejected, named.
    expect(report.sources[0]).toMatchObject({ status: "partial", accepted: 1, rejected: 1 });
    expect(report.sources[0]!.message).toContain("unknown currency CADX");
    // USD→EUR 0.9210 is stored as EUR/USD = 1/0.9210 (20 significant digits).
    expect(await latest("USD")).toMatchObject({ rate: "1.0857763300760043431", source: "otc" });
    const eurusd = await (await api("/api/v1/rates/EUR/USD")).json<RateBody>();
    const usdeur = await (await api("/api/v1/rates/USD/EUR")).json<RateBody>();
    expect(usdeur.rate).toBe("0.921");
    expect(dec(eurusd.rate).times(usdeur.rate).minus(1).abs().lte("1e-11")).toBe(true);
  });

  it("fails clearly on a misconfigured or undefined source", async () => {
    const bad = await ingest({ RATE_SOURCES: "x", RATE_JSON_SOURCES: "{oops" }, {});
    expect(bad.sources[0]).toMatchObject({ name: "x", status: "failed", message: "RATE_JSON_SOURCES is not valid JSON" });
    const missing = await ingest({ RATE_SOURCES: "nope", RATE_JSON_SOURCES: "[]" }, {});
    expect(missing.sources[0]!.message).toBe("source 'nope' is not defined in RATE_JSON_SOURCES");
    const http = await ingest({ RATE_SOURCES: "h", RATE_JSON_SOURCES: '[{"name":"h","url":"http://rates.coreport-rates.com/x","base":"EUR","ratesPath":"r"}]', ENVIRONMENT: "production" }, {});
    expect(http.sources[0]!.message).toBe("the configured URL is not a public https URL");
  });
});

describe("the ECB source", () => {
  it("fails on garbage and HTTP errors without touching rates", async () => {
    const before = await latest("JPY");
    for (const respond of [() => new Response("<html>Maintenance</html>"), () => new Response("", { status: 500 })]) {
      const report = await ingest({ RATE_SOURCES: "ecb" }, { fetcher: fakeFetch({ [ECB_90D]: respond }).fetcher });
      expect(report.sources[0]!.status).toBe("failed");
    }
    expect(await latest("JPY")).toEqual(before);
    const h = await health({ RATE_SOURCES: "ecb" });
    expect(h.checks.rateSources?.details).toMatchObject({ "ecb.status": "failing", "ecb.lastError": "HTTP 500 from the ECB" });
  });

  it("backfills from the 90-day file, then fetches the daily file while current", async () => {
    const first = fakeFetch({ [ECB_90D]: () => new Response(ecbFixture) });
    expect((await ingest({ RATE_SOURCES: "ecb" }, { fetcher: first.fetcher })).sources[0]!.status).toBe("ok");
    expect(first.calls).toEqual([ECB_90D]);
    const daily = `<gesmes:Envelope xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube><Cube time="2017-03-06"><Cube currency="USD" rate="1.0592"/></Cube></Cube></gesmes:Envelope>`;
    const second = fakeFetch({ [ECB_DAILY]: () => new Response(daily) });
    const report = await ingest({ RATE_SOURCES: "ecb" }, { fetcher: second.fetcher, now: Date.parse("2017-03-06T16:00:00Z") });
    expect(second.calls).toEqual([ECB_DAILY]);
    expect(report.sources[0]).toMatchObject({ status: "ok", accepted: 1 });
    const row = await env.DB.prepare("SELECT rate FROM exchange_rate_history WHERE base='EUR' AND quote='USD' AND date='2017-03-06'").first<{ rate: string }>();
    expect(row?.rate).toBe("1.0592");
  });
});

describe("scheduled()", () => {
  it("runs the configured sources: the development sandbox feed served by the worker itself", async () => {
    // Make every stored rate an hour old, so the sandbox feed's rates are newer.
    await env.DB.prepare("UPDATE exchange_rates SET as_of = ?").bind(Date.now() - 3_600_000).run();
    const ctx = createExecutionContext();
    const sandbox = { ...env, RATE_SOURCES: "sandbox", RATE_MAX_JUMP_PERCENT: "100" } as typeof env;
    await worker.scheduled(createScheduledController({ cron: "*/15 * * * *", scheduledTime: Date.now() }), sandbox, ctx);
    await waitOnExecutionContext(ctx);
    const row = await env.DB.prepare("SELECT count(*) AS n, max(as_of) AS newest FROM exchange_rates WHERE source = 'sandbox'").first<{ n: number; newest: number }>();
    // One rate per currency of the sandbox feed (the seed's reference levels, KWD included).
    expect(row?.n).toBe(Object.keys(EUR_REFERENCE_RATES).length);
    expect(Date.now() - row!.newest).toBeLessThan(11 * 60_000);
    const h = await health({ RATE_SOURCES: "sandbox" });
    expect(h.checks.rateSources).toMatchObject({ status: "ok", details: { "sandbox.status": "ok" } });
    expect((await (await api("/api/v1/rates/USDX/GBPX")).json<RateBody>()).source).toBe("sandbox");
  });

  it("does not serve the sandbox feed outside development", async () => {
    expect((await api("/__sandbox/rates-feed.json")).status).toBe(200);
    expect((await api("/__sandbox/rates-feed.json", { env: { ENVIRONMENT: "production" } })).status).toBe(404);
    const report = await ingest({ RATE_SOURCES: "sandbox", ENVIRONMENT: "production" }, { selfFetch: async () => new Response("{}") });
    expect(report.sources[0]!.message).toBe("relative source URLs are for development only");
  });
});
