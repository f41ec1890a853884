import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate } from "../../src/lib/dates";
import { strongEtag } from "../../src/lib/http-cache";
import { dec } from "../../src/lib/money";
import { mapJsonDocument, parseJsonExact, parseJsonSourceConfigs, JsonSourceConfigSchema } from "../../src/services/rates/ingest/json-source";
import { SourceError } from "../../src/services/rates/ingest/types";
import { validateObservations } from "../../src/services/rates/ingest/validate";
import { crossRate, formatRate, pairKey, ROUND_TRIP_TOLERANCE, storedOrientation, type RateTable } from "../../src/services/rates/rate-math";

const T0 = Date.parse("2026-11-27T12:00:00Z");
const table: RateTable = {
  "EUR/USD": { rate: "1.0565", source: "ecb", asOf: T0 },
  "EUR/JPY": { rate: "120.83", source: "ecb", asOf: T0 - 1000 },
  "USD/CAD": { rate: "1.3400", source: "feed", asOf: T0 },
};

describe("crossRate", () => {
  it("uses a stored rate, its inverse, or the EUR pivot, and says which", () => {
    expect(crossRate(table, "EUR", "USD")).toMatchObject({ ok: true, via: null, sources: ["ecb"], asOf: T0 });
    const inverse = crossRate(table, "USD", "EUR");
    expect(inverse.ok && formatRate(inverse.rate)).toBe("0.946521533365");
    const cross = crossRate(table, "USD", "JPY");
    expect(cross).toMatchObject({ ok: true, via: "EUR", sources: ["ecb"], asOf: T0 - 1000 });
    // 120.83 / 1.0565 = 114.368196876478...
    expect(cross.ok && formatRate(cross.rate)).toBe("114.368196876");
    expect(crossRate(table, "CAD", "USD")).toMatchObject({ ok: true, via: null, sources: ["feed"] });
    expect(crossRate(table, "USD", "USD")).toMatchObject({ ok: true, via: null, sources: [], asOf: null });
  });

  it("names the currency that has no rate", () => {
    expect(crossRate(table, "GBP", "USD")).toEqual({ ok: false, missing: "GBP" });
    expect(crossRate(table, "USD", "GBP")).toEqual({ ok: false, missing: "GBP" });
  });

  it("formats to 12 significant digits, half-even, never exponent notation", () => {
    expect(formatRate(dec("1.0565"))).toBe("1.0565");
    expect(formatRate(dec(1).div("14138.61"))).toBe("0.0000707283106331");
    expect(formatRate(dec("0.12345678901250"))).toBe("0.123456789012");
    expect(formatRate(dec("0.12345678901350"))).toBe("0.123456789014");
    expect(formatRate(dec("123456789012345"))).toBe("123456789012000");
  });

  const rateArb = fc
    .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -4, max: 5 }))
    .map(([digits, exp]) => dec(digits).times(dec(10).pow(exp)).div(1000).toString());

  it("property: rate(A→B) × rate(B→A) is 1 within the documented precision, for any EUR rates", () => {
    const codes = ["USD", "GBP", "JPY", "IDR", "CHF"];
    fc.assert(
      fc.property(fc.tuple(...codes.map(() => rateArb)), fc.constantFrom(...codes, "EUR"), fc.constantFrom(...codes, "EUR"), (rates, a, b) => {
        const t: RateTable = Object.fromEntries(codes.map((c, i) => [pairKey("EUR", c), { rate: rates[i]!, source: "x", asOf: T0 }]));
        const ab = crossRate(t, a, b);
        const ba = crossRate(t, b, a);
        if (!ab.ok || !ba.ok) return false;
        const product = dec(formatRate(ab.rate)).times(formatRate(ba.rate));
        return product.minus(1).abs().lte(ROUND_TRIP_TOLERANCE);
      }),
      { numRuns: 500 },
    );
  });
});

describe("dates", () => {
  it("accepts only real calendar days", () => {
    for (const ok of ["2017-03-03", "2016-02-29", "2026-12-31"]) expect(isIsoDate(ok), ok).toBe(true);
    for (const bad of ["2017-02-29", "2017-13-01", "2017-00-10", "2017-3-3", "20170303", "2017-03-03T00:00:00Z", "1899-12-31", ""]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(addDays("2017-03-01", -1)).toBe("2017-02-28");
    expect(daysBetween("2016-12-31", "2017-03-01")).toBe(60);
  });
});

describe("ETag matching", () => {
  it("is strong and content-derived (If-None-Match → 304 is hono/etag's, tested over HTTP in lookups.test.ts)", () => {
    const a = strongEtag('{"rate":"1.1"}');
    expect(a).toMatch(/^"[0-9a-f]{16}"$/);
    expect(strongEtag('{"rate":"1.1"}')).toBe(a);
    expect(strongEtag('{"rate":"1.2"}')).not.toBe(a);
  });
});

describe("validateObservations", () => {
  const obs = (quote: string, rate: string, asOf = T0) => ({ base: "EUR", quote, rate, date: "2026-11-27", asOf });

  it("rejects zero, negative, non-numeric, implausible and future rates, and accepts exponent notation", () => {
    const { accepted, rejected } = validateObservations(
      [obs("A1", "0"), obs("A2", "-1.2"), obs("A3", "abc"), obs("A4", "1e12"), obs("A5", "1.1", T0 + 3_600_000), obs("A6", "7.07e-5"), obs("A7", " 1.50 ")],
      new Map(),
      20,
      T0,
    );
    expect(rejected.map((r) => [r.quote, r.reason])).toEqual([
      ["A1", "not greater than zero"],
      ["A2", "not a decimal number"],
      ["A3", "not a decimal number"],
      ["A4", "outside the plausible range 1e-9 … 1e9"],
      ["A5", "dated in the future"],
    ]);
    expect(accepted.map((a) => [a.quote, a.rate])).toEqual([["A6", "0.0000707"], ["A7", "1.5"]]);
  });

  it("rejects a jump beyond the bound against the previous accepted value, and a bad print does not become the reference", () => {
    const refs = new Map([[pairKey("EUR", "USD"), { rate: "1.00", at: T0 - 86_400_000 }]]);
    const { accepted, rejected } = validateObservations(
      [obs("USD", "1.10", T0 - 3000), obs("USD", "2.50", T0 - 2000), obs("USD", "1.15", T0 - 1000)],
      refs,
      20,
      T0,
    );
    expect(accepted.map((a) => a.rate)).toEqual(["1.1", "1.15"]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBe("moves 127.3% from 1.1 (limit 20%)");
  });

  it("accepts a move beyond the bound that the next fixing confirms, and refuses a one-day spike and an unconfirmed last move", () => {
    const day = 86_400_000;
    const series = (rates: string[]) => rates.map((rate, i) => ({ base: "EUR", quote: "TRY", rate, date: `2021-12-${String(16 + i).padStart(2, "0")}`, asOf: T0 - (rates.length - i) * day }));
    // A lasting fall (as TRY on 21 December 2021): -28 % and the next fixings stay there.
    const shift = validateObservations(series(["20.9", "20.7", "14.9", "15.1", "15.4"]), new Map(), 20, T0);
    expect(shift.rejected).toEqual([]);
    expect(shift.accepted.map((a) => a.rate)).toEqual(["20.9", "20.7", "14.9", "15.1", "15.4"]);
    // A spike that reverts (a unit error): refused, and the day after is judged against the last good value.
    const spike = validateObservations(series(["20.9", "20.7", "207", "20.8"]), new Map(), 20, T0);
    expect(spike.rejected.map((r) => [r.rate, r.reason])).toEqual([["207", "moves 900.0% from 20.7 (limit 20%)"]]);
    expect(spike.accepted.map((a) => a.rate)).toEqual(["20.9", "20.7", "20.8"]);
    // The newest fixing has no confirmation yet: the bound applies (a feed's bad print is never published).
    const tip = validateObservations(series(["20.9", "20.7", "14.9"]), new Map(), 20, T0);
    expect(tip.rejected.map((r) => r.rate)).toEqual(["14.9"]);
    // Decades of drift in small daily steps are no jump at all.
    const drift = Array.from({ length: 3000 }, (_, i) => ({ base: "EUR", quote: "TRY", rate: (1.5 * 1.0012 ** i).toFixed(4), date: "2000-01-01", asOf: T0 - (3000 - i) * day }));
    const long = validateObservations(drift, new Map(), 20, T0);
    expect(long.rejected).toEqual([]);
    expect(Number(long.accepted.at(-1)!.rate)).toBeGreaterThan(50);
  });

  it("stores every pair in one orientation (pivot first, else alphabetical), inverting exactly", () => {
    expect(storedOrientation("USD", "EUR")).toEqual({ base: "EUR", quote: "USD", inverted: true });
    expect(storedOrientation("EUR", "USD")).toEqual({ base: "EUR", quote: "USD", inverted: false });
    expect(storedOrientation("USD", "CAD")).toEqual({ base: "CAD", quote: "USD", inverted: true });
    const refs = new Map([[pairKey("EUR", "USD"), { rate: "1.0851", at: T0 - 1000 }]]);
    const { accepted, rejected } = validateObservations(
      [{ base: "USD", quote: "EUR", rate: "0.92", date: "2026-11-27", asOf: T0 }, { base: "USD", quote: "EUR", rate: "0.5", date: "2026-11-27", asOf: T0 + 1 }],
      refs,
      20,
      T0 + 10,
    );
    expect(accepted).toEqual([{ base: "EUR", quote: "USD", rate: "1.0869565217391304348", date: "2026-11-27", asOf: T0 }]);
    expect(rejected[0]).toMatchObject({ base: "USD", quote: "EUR", reason: "moves 84.0% from 1.0869565217391304348 (as EUR/USD) (limit 20%)" });
  });

  it("ignores references newer than the observation or too old to judge by", () => {
    const newer = new Map([[pairKey("EUR", "JPY"), { rate: "163.2", at: T0 + 1 }]]);
    expect(validateObservations([obs("JPY", "120.83")], newer, 20, T0 + 10).accepted).toHaveLength(1);
    const ancient = new Map([[pairKey("EUR", "JPY"), { rate: "163.2", at: T0 - 30 * 86_400_000 }]]);
    expect(validateObservations([obs("JPY", "120.83")], ancient, 20, T0).accepted).toHaveLength(1);
  });
});

describe("generic JSON source mapping", () => {
  const config = (extra: Record<string, unknown>) => JsonSourceConfigSchema.parse({ name: "feed", url: "https://feed.coreport-rates.com/x", ...extra });

  it("keeps JSON numbers exactly as written", () => {
    expect(parseJsonExact('{"a":1.08625000000000000001,"b":[1e-7,"2.5"]}')).toEqual({ a: "1.08625000000000000001", b: ["1e-7", "2.5"] });
  });

  it("maps a {base, timestamp, rates} document", () => {
    const doc = parseJsonExact('{"base":"EUR","timestamp":1764238530,"rates":{"USD":1.0862,"usdx":"1.0001"}}');
    const out = mapJsonDocument(doc, config({ basePath: "base", ratesPath: "rates", asOfPath: "timestamp", asOfFormat: "unix" }), T0);
    expect(out).toEqual([
      { base: "EUR", quote: "USD", rate: "1.0862", date: "2025-11-27", asOf: 1764238530000 },
      { base: "EUR", quote: "USDX", rate: "1.0001", date: "2025-11-27", asOf: 1764238530000 },
    ]);
  });

  it("maps a list of quotes with per-entry fields and nested paths", () => {
    const doc = parseJsonExact('{"data":{"quotes":[{"from":"USDX","to":"EUR","price":"0.9211","ts":"2026-11-27T10:00:00Z"},{"from":"GBP","to":"EUR","price":1.18}]}}');
    const out = mapJsonDocument(doc, config({ ratesPath: "data.quotes", baseField: "from", quoteField: "to", rateField: "price", asOfField: "ts" }), T0);
    expect(out).toEqual([
      { base: "USDX", quote: "EUR", rate: "0.9211", date: "2026-11-27", asOf: Date.parse("2026-11-27T10:00:00Z") },
      { base: "GBP", quote: "EUR", rate: "1.18", date: "2026-11-27", asOf: T0 },
    ]);
  });

  it("refuses documents and configs it cannot use, with short reasons", () => {
    const c = config({ base: "EUR", ratesPath: "rates" });
    expect(() => mapJsonDocument({ rates: "oops" }, c, T0)).toThrow(SourceError);
    expect(() => mapJsonDocument({ rates: {} }, c, T0)).toThrow("no usable rates");
    expect(() => mapJsonDocument({ data: [] }, config({ base: "EUR", ratesPath: "data" }), T0)).toThrow("quoteField");
    expect(() => mapJsonDocument({ rates: { USD: "1" } }, config({ ratesPath: "rates" }), T0)).toThrow("no base currency");
    expect(() => mapJsonDocument({ rates: { USD: "1" } }, config({ base: "EUR", ratesPath: "rates", asOfPath: "t" }), T0)).toThrow("timestamp");
    expect(() => parseJsonSourceConfigs("not json")).toThrow("not valid JSON");
    expect(() => parseJsonSourceConfigs('[{"name":"Bad Name","url":"x","ratesPath":"r"}]')).toThrow("RATE_JSON_SOURCES is invalid at 0.name");
    expect(() => parseJsonSourceConfigs('[{"name":"a","url":"x","ratesPath":"r","extra":1}]')).toThrow(SourceError);
    expect(parseJsonSourceConfigs(undefined).size).toBe(0);
  });
});
