// The widget's pure logic (option checks, money display, polling schedule, statuses, which coins a
// payment can use). DOM behaviour is covered by the browser tests (npm run test:browser).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cancelUrlFor, payableAssets, paymentWindowSeconds, referrerFor, type Asset, type PaymentType } from "../../src/widget/api";
import { backoffDelay, POLL_BACKOFF, retryAfterMs } from "../../src/widget/backoff";
import { formatRemaining, groupDigits, money, precisionOf, spokenRemaining, trimZeros } from "../../src/widget/format";
import { validateOptions } from "../../src/widget/options";
import { describeStatus } from "../../src/widget/status";

const PK = "pk_test_0123456789abcdefghjkmnpqrstvwx";
const good = { publishableKey: PK, amount: "25.00", currency: "EUR", reference: "ORDER-1042" };
const page = "https://shop.example.com/checkout?step=2#pay";

describe("validateOptions", () => {
  it("normalises good options and defaults apiBase to the script's origin and returnUrl to the page", () => {
    const v = validateOptions({ ...good, currency: "eur" }, "https://api.coreport.net", page);
    expect(v).toMatchObject({ publishableKey: PK, amount: "25.00", currency: "EUR", reference: "ORDER-1042" });
    expect(v.apiBase).toBe("https://api.coreport.net");
    expect(v.returnUrl).toBe("https://shop.example.com/checkout?step=2");
  });

  it("reduces apiBase to an origin and prefers it over the script's origin", () => {
    expect(validateOptions({ ...good, apiBase: "http://localhost:8787/api/v1/" }, "https://x.test", page).apiBase).toBe("http://localhost:8787");
  });

  it("refuses a secret key with a warning that says why", () => {
    expect(() => validateOptions({ ...good, publishableKey: "sk_test_0123456789abcdefghjkmnpqrstvwx" }, undefined, page)).toThrow(/SECRET key/);
  });

  it.each([
    ["publishableKey", { publishableKey: "" }, /publishableKey/],
    ["publishableKey", { publishableKey: "pk_prod_0123456789abcdefgh" }, /publishableKey/],
    ["amount", { amount: "0" }, /amount/],
    ["amount", { amount: "0.000" }, /amount/],
    ["amount", { amount: "-5" }, /amount/],
    ["amount", { amount: "1e3" }, /amount/],
    ["amount", { amount: "25,00" }, /amount/],
    ["amount", { amount: "01.5" }, /amount/],
    ["amount", { amount: "Infinity" }, /amount/],
    ["amount", { amount: " " }, /amount/],
    ["currency", { currency: "€" }, /currency/],
    ["currency", { currency: "E" }, /currency/],
    ["currency", { currency: "<script>" }, /currency/],
    ["reference", { reference: "" }, /reference/],
    ["reference", { reference: "x".repeat(101) }, /reference/],
    ["reference", { reference: "a\u0000b" }, /reference/],
    ["apiBase", { apiBase: "javascript:alert(1)" }, /apiBase/],
    ["apiBase", { apiBase: "not a url" }, /apiBase/],
    ["returnUrl", { returnUrl: "javascript:alert(1)" }, /returnUrl/],
    ["methods", { methods: ["cash" as never] }, /method/],
  ])("refuses a bad %s", (_field, patch, message) => {
    expect(() => validateOptions({ ...good, ...patch }, "https://api.coreport.net", page)).toThrow(message);
  });

  it("needs an apiBase when the script origin is unknown", () => {
    expect(() => validateOptions(good, undefined, page)).toThrow(/apiBase/);
  });

  it("accepts any positive decimal string and keeps it verbatim (never a float)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }), fc.nat({ max: 18 }), (units, scale) => {
        const digits = units.toString().padStart(scale + 1, "0");
        const amount = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
        expect(validateOptions({ ...good, amount }, "https://a.test", page).amount).toBe(amount);
      }),
      { numRuns: 500 },
    );
  });
});

describe("money display", () => {
  it("groups thousands and keeps the scale", () => {
    expect(groupDigits("1234567.500000")).toBe("1,234,567.500000");
    expect(groupDigits("999")).toBe("999");
    expect(groupDigits("1000")).toBe("1,000");
    expect(groupDigits("-1000.5")).toBe("-1,000.5");
    expect(groupDigits("abc")).toBe("abc");
  });

  it("only inserts separators: removing them gives back the input", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}(\.\d{1,18})?$/), (amount) => {
        expect(groupDigits(amount).replaceAll(",", "")).toBe(amount);
      }),
    );
  });

  it("shows amounts at the asset's display precision: a fee up, a receipt down, an amount to pay exact", () => {
    const precision = precisionOf([{ code: "EURX", fiatCode: "EUR", displayDecimals: 2 }, { code: "JPYX", fiatCode: "JPY", displayDecimals: 0 }]);
    expect([...precision]).toEqual([["EURX", 2], ["EUR", 2], ["JPYX", 0], ["JPY", 0]]);
    expect(money("0.625000", "EURX", precision, "up")).toBe("0.63 EURX");
    expect(money("24.375000", "EURX", precision, "down")).toBe("24.37 EURX");
    expect(money("25.000000", "EURX", precision)).toBe("25.00 EURX");
    expect(money("27.123456", "EURX", precision)).toBe("27.123456 EURX"); // never rounded: it is what must be sent
    expect(money("1234.5", "EUR", precision)).toBe("1,234.50 EUR");
    expect(money("1500.400000", "JPYX", precision, "up")).toBe("1,501 JPYX");
    // Without a known precision (before the catalog is loaded) an amount is shown as the API wrote it.
    expect(money("0.625000", "GBPX")).toBe("0.625000 GBPX");
    expect(money("0.625000", "GBPX", precision, "up")).toBe("0.625000 GBPX");
  });

  it("drops trailing zeros of a rate as text", () => {
    expect(trimZeros("1.0000000000")).toBe("1");
    expect(trimZeros("0.9216500000")).toBe("0.92165");
    expect(trimZeros("100")).toBe("100");
    expect(trimZeros("10.50")).toBe("10.5");
  });

  it("formats countdowns", () => {
    expect(formatRemaining(299_001)).toBe("5:00");
    expect(formatRemaining(59_000)).toBe("0:59");
    expect(formatRemaining(-5)).toBe("0:00");
    expect(formatRemaining(3_600_000)).toBe("1:00:00");
    expect(spokenRemaining(61_000)).toBe("1 minute 1 second");
    expect(spokenRemaining(120_000)).toBe("2 minutes");
    expect(spokenRemaining(0)).toBe("0 seconds");
  });
});

describe("polling backoff", () => {
  it("starts at 2 s, grows by 1.5× and never exceeds the cap plus jitter", () => {
    const mid = () => 0.5;
    expect(backoffDelay(0, POLL_BACKOFF, mid)).toBe(2000);
    expect(backoffDelay(1, POLL_BACKOFF, mid)).toBe(3000);
    expect(backoffDelay(50, POLL_BACKOFF, mid)).toBe(15000);
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (n, r) => {
        const d = backoffDelay(n, POLL_BACKOFF, () => r);
        expect(d).toBeGreaterThanOrEqual(2000 * 0.8 - 1);
        expect(d).toBeLessThanOrEqual(15000 * 1.2);
      }),
    );
  });

  it("honours Retry-After in seconds or as a date, capped at a minute", () => {
    const now = Date.parse("2026-11-27T10:00:00Z");
    expect(retryAfterMs("5", now)).toBe(5000);
    expect(retryAfterMs("3600", now)).toBe(60000);
    expect(retryAfterMs("Fri, 27 Nov 2026 10:00:30 GMT", now)).toBe(30000);
    expect(retryAfterMs("yesterday", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe("payment statuses", () => {
  const p = (status: string) => describeStatus({ status, amount: "25.000000", asset: "EURX", amountReceived: "10.000000" });

  it("ends the checkout only on final states", () => {
    for (const s of ["succeeded", "overpaid"]) expect(p(s)).toMatchObject({ final: true, outcome: "succeeded" });
    for (const s of ["expired", "failed", "cancelled", "reversed"]) expect(p(s)).toMatchObject({ final: true, outcome: "failed" });
    for (const s of ["requires_payment", "processing", "partially_paid", "some_future_status"]) expect(p(s)).toMatchObject({ final: false, outcome: "pending" });
  });

  it("tells a partly paid customer how much arrived", () => {
    expect(p("partially_paid").message).toContain("10.000000 EURX of 25.000000 EURX");
    // At display precision what arrived rounds down, the amount due is exact.
    const shown = describeStatus({ status: "partially_paid", amount: "25.000000", asset: "EURX", amountReceived: "10.009999" }, precisionOf([{ code: "EURX", fiatCode: "EUR", displayDecimals: 2 }]));
    expect(shown.message).toContain("We received 10.00 EURX of 25.00 EURX.");
  });
});

describe("payableAssets", () => {
  const coin = (code: string, fiatCode: string): Asset => ({
    code, name: code, kind: "stablecoin", symbol: code, decimals: 6, displayDecimals: 2, fiatCode, network: "core-testnet", contractAddress: null,
    limits: { min: "10.000000", max: "50000.000000" }, fees: [], ratePairs: [],
  });
  const assets = new Map(["USDX:USD", "EURX:EUR", "GBPX:GBP"].map((s) => s.split(":") as [string, string]).map(([c, f]) => [c, coin(c, f)]));
  const type = (code: string, list: string[]): PaymentType => ({ code, name: code, description: "", flows: ["payment"], assets: list, config: {} });

  it("card: the fiat itself must be accepted; settles in the stablecoin of that fiat; never for a price in a coin", () => {
    expect(payableAssets(type("mypos", ["EUR", "USD"]), "EUR", assets)).toEqual(["EURX"]);
    expect(payableAssets(type("mypos", ["EUR", "USD"]), "GBP", assets)).toEqual([]);
    expect(payableAssets(type("mypos", ["EUR", "USD"]), "USDX", assets)).toEqual([]);
  });

  it("deposits: a coin of the price's fiat (so the amount is the price), only ones the type takes", () => {
    expect(payableAssets(type("payto", ["USDX", "EURX", "GBPX"]), "EUR", assets)).toEqual(["EURX"]);
    expect(payableAssets(type("payto", ["USDX", "EURX", "GBPX"]), "USDX", assets)).toEqual(["USDX"]);
    expect(payableAssets(type("corepay", ["USDX"]), "EUR", assets)).toEqual([]);
    expect(payableAssets(type("payto", ["EUR"]), "EUR", assets)).toEqual([]);
  });
});

describe("payment requests", () => {
  it("names the page as referrer only from https (the API refuses other referrers)", () => {
    expect(referrerFor({ protocol: "https:", origin: "https://shop.example" })).toBe("https://shop.example");
    expect(referrerFor({ protocol: "http:", origin: "http://localhost:8788" })).toBeUndefined();
    expect(referrerFor({ protocol: "file:", origin: "null" })).toBeUndefined();
  });

  it("marks the card checkout's cancel return on the shop's own URL", () => {
    expect(cancelUrlFor("https://shop.example/order?id=7#top")).toBe("https://shop.example/order?id=7&coreport_result=cancel#top");
    expect(cancelUrlFor("http://localhost:8788/demo?order=DEMO-1&coreport_result=ok")).toBe("http://localhost:8788/demo?order=DEMO-1&coreport_result=cancel");
  });

  it("gives the customer the payment type's window, within the API's bounds", () => {
    const type = (config: Record<string, unknown>): PaymentType => ({ code: "payto", name: "", description: "", flows: ["payment"], assets: [], config });
    expect(paymentWindowSeconds(type({ expiresInMinutes: 60 }))).toBe(3600);
    expect(paymentWindowSeconds(type({}))).toBe(1800);
    expect(paymentWindowSeconds(type({ expiresInMinutes: 4320 }))).toBe(1800);
    expect(paymentWindowSeconds(type({ expiresInMinutes: "30" }))).toBe(1800);
    expect(paymentWindowSeconds(type({ expiresInMinutes: 0.5 }))).toBe(1800);
  });
});
