import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../../src/lib/money";
import { ROUND_TRIP_TOLERANCE } from "../../src/services/rates/rate-math";
import { publishRatesSnapshot } from "../../src/services/rates/snapshot";
import { api, expectProblem, postJson } from "../helpers/http";
import { ADMIN, restoreRatesAfterEach, type RateBody } from "./helpers";

async function eurRate(code: string): Promise<string> {
  const row = await env.DB.prepare("SELECT rate FROM exchange_rates WHERE base = 'EUR' AND quote = ?").bind(code).first<{ rate: string }>();
  return row!.rate;
}

/** Independent expectation: exact quotient rounded to 12 significant digits, half-even. */
function expected12(numerator: string, denominator: string): string {
  return dec(numerator).div(denominator).prec(12, 2).toString();
}

const CODES = ["EUR", "USD", "GBP", "CHF", "AUD", "CAD", "JPY", "SEK", "PLN", "KWD", "USDX", "EURX", "GBPX", "CHFX", "AUDX"];

type AllBody = { base: string; resolved: { base: string }; rates: Record<string, string>; resolvedTargets: Record<string, string>; unavailable: string[]; sources: string[]; asOf: string; stale: boolean };

describe("GET /api/v1/rates/{base}/{target} (latest)", () => {
  it("returns a stored EUR rate as stored, with source, asOf and stale", async () => {
    const res = await api("/api/v1/rates/EUR/USD");
    expect(res.status).toBe(200);
    const body = await res.json<RateBody>();
    expect(body).toMatchObject({ base: "EUR", target: "USD", resolved: { base: "EUR", target: "USD" }, rate: dec(await eurRate("USD")).toString(), via: null, source: "seed", stale: false });
    expect(Date.now() - Date.parse(body.asOf!)).toBeLessThan(3_600_000);
  });

  it("resolves a stablecoin base to its fiat and says both", async () => {
    const body = await (await api("/api/v1/rates/USDX/EUR")).json<RateBody>();
    expect(body).toMatchObject({ base: "USDX", target: "EUR", resolved: { base: "USD", target: "EUR" }, via: null });
    expect(body.rate).toBe(expected12("1", await eurRate("USD")));
  });

  it("resolves a stablecoin target, case-insensitively", async () => {
    const body = await (await api("/api/v1/rates/eur/usdx")).json<RateBody>();
    expect(body).toMatchObject({ base: "EUR", target: "USDX", resolved: { base: "EUR", target: "USD" }, rate: dec(await eurRate("USD")).toString() });
  });

  it("computes a cross rate through EUR with exact decimal arithmetic (stablecoins both sides)", async () => {
    const body = await (await api("/api/v1/rates/GBPX/JPY")).json<RateBody>();
    expect(body).toMatchObject({ resolved: { base: "GBP", target: "JPY" }, via: "EUR", source: "seed" });
    expect(body.rate).toBe(expected12(await eurRate("JPY"), await eurRate("GBP")));
    const chf = await (await api("/api/v1/rates/USDX/CHFX")).json<RateBody>();
    expect(chf.rate).toBe(expected12(await eurRate("CHF"), await eurRate("USD")));
  });

  it("prices a stablecoin against its own fiat at parity", async () => {
    const body = await (await api("/api/v1/rates/USDX/USD")).json<RateBody>();
    expect(body).toMatchObject({ resolved: { base: "USD", target: "USD" }, rate: "1", via: null, source: "parity", stale: false });
  });

  it("property: rate(A→B) × rate(B→A) ≈ 1 within the documented precision, for any two assets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CODES), fc.constantFrom(...CODES), async (a, b) => {
        const ab = await (await api(`/api/v1/rates/${a}/${b}`)).json<RateBody>();
        const ba = await (await api(`/api/v1/rates/${b}/${a}`)).json<RateBody>();
        return dec(ab.rate).times(ba.rate).minus(1).abs().lte(ROUND_TRIP_TOLERANCE);
      }),
      { numRuns: 60 },
    );
  });

  it("is a 404 problem naming an unknown currency on either side", async () => {
    const base = await expectProblem(await api("/api/v1/rates/XYZ/EUR"), 404);
    expect(base).toMatchObject({ code: "NOT_FOUND", detail: "Unknown currency 'XYZ'", field: "base" });
    const target = await expectProblem(await api("/api/v1/rates/EUR/DOGE"), 404);
    expect(target).toMatchObject({ detail: "Unknown currency 'DOGE'", field: "target" });
  });

  it.each(["U$D", "A", "ABCDEFGHIJKLMN", "US%20D", "%00USD", "USD.EUR"])("is a 400 problem for the malformed code %j", async (code) => {
    const problem = await expectProblem(await api(`/api/v1/rates/${code}/EUR`), 400);
    expect(problem.errors?.[0]).toMatchObject({ in: "path", field: "base" });
  });

  it("refuses writes with 405", async () => {
    const res = await api("/api/v1/rates/EUR/USD", { method: "DELETE" });
    await expectProblem(res, 405);
  });
});

describe("GET /api/v1/rates/{base} (latest)", () => {
  it("lists every other enabled asset, stablecoins included, with their resolution", async () => {
    const res = await api("/api/v1/rates/USD");
    expect(res.status).toBe(200);
    const body = await res.json<AllBody>();
    expect(body.base).toBe("USD");
    expect(body.resolved).toEqual({ base: "USD" });
    expect(Object.keys(body.rates)).toEqual(CODES.filter((c) => c !== "USD").sort());
    expect(body.rates.USDX).toBe("1");
    expect(body.rates.EUR).toBe(expected12("1", await eurRate("USD")));
    expect(body.rates.EURX).toBe(body.rates.EUR);
    expect(body.rates.JPY).toBe(expected12(await eurRate("JPY"), await eurRate("USD")));
    expect(body.resolvedTargets).toEqual({ AUDX: "AUD", CHFX: "CHF", EURX: "EUR", GBPX: "GBP", USDX: "USD" });
    expect(body).toMatchObject({ unavailable: [], sources: ["seed"], stale: false });
  });

  it("resolves a stablecoin base and includes its own fiat at parity", async () => {
    const body = await (await api("/api/v1/rates/usdx")).json<AllBody>();
    expect(body.base).toBe("USDX");
    expect(body.resolved).toEqual({ base: "USD" });
    expect(body.rates.USD).toBe("1");
    expect(body.rates).not.toHaveProperty("USDX");
  });

  it("is a 404 for an unknown base and a 400 for a malformed one", async () => {
    expect((await expectProblem(await api("/api/v1/rates/ZZZ"), 404)).detail).toBe("Unknown currency 'ZZZ'");
    await expectProblem(await api("/api/v1/rates/Z!Z"), 400);
  });

  it("reports enabled currencies without a rate, and 404s when the base itself has none", async () => {
    await env.DB.prepare("INSERT INTO assets (code, name, kind, decimals, fiat_code) VALUES ('NOK', 'Norwegian Krone', 'fiat', 2, 'NOK')").run();
    await publishRatesSnapshot(env); // config changes reach the cache through a republish
    const body = await (await api("/api/v1/rates/EUR")).json<AllBody>();
    expect(body.unavailable).toEqual(["NOK"]);
    expect(body.rates).not.toHaveProperty("NOK");
    const pair = await expectProblem(await api("/api/v1/rates/NOK/EUR"), 404);
    expect(pair).toMatchObject({ detail: "No exchange rate available for NOK", currency: "NOK" });
    await expectProblem(await api("/api/v1/rates/NOK"), 404);
    await env.DB.prepare("DELETE FROM assets WHERE code = 'NOK'").run();
    await publishRatesSnapshot(env);
  });
});

describe("stale", () => {
  it("is true once the rate is older than RATE_STALE_AFTER_SECONDS, and changes the ETag", async () => {
    const fresh = await api("/api/v1/rates/EUR/GBP");
    const stale = await api("/api/v1/rates/EUR/GBP", { env: { RATE_STALE_AFTER_SECONDS: "0" } });
    await new Promise((r) => setTimeout(r, 5));
    expect((await fresh.json<RateBody>()).stale).toBe(false);
    expect((await stale.json<RateBody>()).stale).toBe(true);
    expect(stale.headers.get("etag")).not.toBe(fresh.headers.get("etag"));
    const all = await (await api("/api/v1/rates/GBP", { env: { RATE_STALE_AFTER_SECONDS: "0" } })).json<AllBody>();
    expect(all.stale).toBe(true);
  });
});

describe("HTTP caching", () => {
  restoreRatesAfterEach();

  it("sends Cache-Control and a strong ETag, and 304 for a matching If-None-Match", async () => {
    const first = await api("/api/v1/rates/USDX/EUR");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=30");
    const again = await api("/api/v1/rates/USDX/EUR");
    expect(again.headers.get("etag")).toBe(etag);

    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, "*"]) {
      const res = await api("/api/v1/rates/USDX/EUR", { headers: { "If-None-Match": header } });
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe("");
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("cache-control")).toContain("max-age=30");
    }
    const miss = await api("/api/v1/rates/USDX/EUR", { headers: { "If-None-Match": '"0000000000000000"' } });
    expect(miss.status).toBe(200);
    // Different representations have different ETags.
    expect((await api("/api/v1/rates/USD/EUR")).headers.get("etag")).not.toBe(etag);
  });

  it("304s the all-rates, dated and daily responses too, and exposes ETag to browsers", async () => {
    for (const path of ["/api/v1/rates/EUR", "/api/v1/rates/EUR/USD?type=daily", `/api/v1/rates/EUR/USD?date=${new Date().toISOString().slice(0, 10)}`]) {
      const res = await api(path, { headers: { Origin: "http://localhost:8787" } });
      expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
      const etag = res.headers.get("etag")!;
      expect((await api(path, { headers: { "If-None-Match": etag } })).status, path).toBe(304);
    }
  });

  it("changes the ETag when the rate changes (admin push), and the old one no longer 304s", async () => {
    const before = await api("/api/v1/rates/EUR/CHF");
    const etag = before.headers.get("etag")!;
    const current = dec(await eurRate("CHF"));
    const pushed = await postJson("/api/v1/admin/rates", { base: "EUR", rates: { CHF: current.times("1.01").toFixed(4) } }, ADMIN);
    expect(pushed.status).toBe(200);
    const after = await api("/api/v1/rates/EUR/CHF", { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((await after.json<RateBody>()).rate).toBe(current.times("1.01").round(4, 1).toString());
  });

  it("never caches problems", async () => {
    const res = await api("/api/v1/rates/XYZ/EUR");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
  });
});
