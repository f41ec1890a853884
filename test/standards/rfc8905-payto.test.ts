/**
 * payto:// URIs: RFC 8905 (§2 syntax and option rules, §5 the amount) and Core's CIP-10 (target types
 * xcb/xab/xce, ICAN paths, tokens by contract address or well-known ticker, native CORE without a
 * currency). Vectors: RFC 8905's own examples (`payto://iban/DE75512108001245126199?amount=EUR:200.0
 * &message=hello`, `EUR:1,000.50` as an amount with commas) and CIP-10's (`amount=1.25`,
 * `amount=ctn:1.14`, `amount=ctn:`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeIcan } from "../../src/lib/ican";
import { buildPaytoUri, parsePaytoAmount, parsePaytoUri, paytoAmount, PaytoUriError, type PaytoRequest } from "../../src/lib/payto-uri";

const testnet = makeIcan("ab", "792215c43fc213c02182c8389f2bc32408e2c509");
const mainnet = makeIcan("cb", "792215c43fc213c02182c8389f2bc32408e2c509");
const contract = makeIcan("ab", "0000000000000000000000000000000055534458");

describe("RFC 8905 examples", () => {
  it("reads the RFC's IBAN example", () => {
    expect(parsePaytoUri("payto://iban/DE75512108001245126199?amount=EUR:200.0&message=hello")).toEqual({
      target: "iban", address: "DE75512108001245126199", amount: { currency: "EUR", value: "200" }, message: "hello", otherOptions: [],
    });
    // With the optional BIC segment, and an option CorePort gives no meaning to.
    expect(parsePaytoUri("payto://iban/SOGEDEFFXXX/DE75512108001245126199?instruction=x&foo=1&foo=2")).toMatchObject({
      address: "SOGEDEFFXXX/DE75512108001245126199", otherOptions: [["foo", "1"], ["foo", "2"]],
    });
  });

  it("ignores commas in amounts (§5: 'The use of commas is optional … and they MUST be ignored')", () => {
    expect(parsePaytoAmount("iban", "EUR:1,000.50")).toEqual({ currency: "EUR", value: "1000.5" });
    expect(parsePaytoAmount("iban", "EUR:1,000,000")).toEqual({ currency: "EUR", value: "1000000" });
    expect(parsePaytoAmount("xcb", "ctn:1,5.0,1")).toEqual({ currency: "CTN", value: "15.01" });
  });

  it("refuses a second amount (§2: 'The amount option MUST NOT occur more than once')", () => {
    expect(() => parsePaytoUri("payto://iban/DE75512108001245126199?amount=EUR:1&amount=EUR:2")).toThrow(/occurs more than once/);
    expect(() => parsePaytoUri(`payto://xab/${testnet}?amount=1&AMOUNT=2`)).toThrow(/occurs more than once/);
    expect(() => parsePaytoUri(`payto://xab/${testnet}?message=a&message=b`)).toThrow(/occurs more than once/);
  });

  it("treats the literals case-insensitively (RFC 5234 §2.3) and answers lower case", () => {
    expect(parsePaytoUri(`PAYTO://XAB/${testnet.toUpperCase()}?Amount=CTN:1&MESSAGE=hi`)).toMatchObject({ target: "xab", address: testnet, amount: { currency: "CTN", value: "1" }, message: "hi" });
  });

  it.each([
    ["EUR:", "no value"],
    ["200", "requires currency"],
    ["EUR:1.123456789", "8 fraction digits"],
    [`EUR:${2n ** 53n}`, "2^53"],
    ["EUR:-1", "Invalid amount value"],
    ["EUR:1.", "Invalid amount value"],
    ["EUR:1.,", "Invalid amount value"],
    ["EUR:,", "Invalid amount value"],
    ["EUR:1e3", "Invalid amount value"],
    ["EU1:1", "letters only"],
    ["XYZ:1", "ISO 4217"],
  ])("refuses the amount %j (%s)", (text, message) => {
    expect(() => parsePaytoAmount("iban", text)).toThrow(new RegExp(message.replace(/\^/g, "\\^")));
  });

  it("refuses what is not a payto URI", () => {
    for (const bad of ["https://example.com/", "payto://", "payto://xcb", "payto://1x/abc", `payto://xcb/${testnet}`, `payto://xab/${testnet}?amount`, `payto://xab/${testnet}?=1`, `payto://xab/${testnet}?message=%E0%A4%A`, "payto://iban//DE75"]) {
      expect(() => parsePaytoUri(bad), bad).toThrow(PaytoUriError);
    }
  });
});

describe("CIP-10 (Core targets)", () => {
  it("reads CIP-10's examples: native CORE, a ticker in lower case, a token with the amount left open", () => {
    expect(parsePaytoUri(`payto://xcb/${mainnet}?amount=1.25`).amount).toEqual({ value: "1.25" });
    expect(parsePaytoUri(`payto://xcb/${mainnet}?amount=ctn:1.14`).amount).toEqual({ currency: "CTN", value: "1.14" });
    expect(parsePaytoUri(`payto://xcb/${mainnet}?amount=ctn:`).amount).toEqual({ currency: "CTN" });
  });

  it("writes them: lower-case tickers as given, contracts as canonical ICANs, native CORE without a currency", () => {
    expect(paytoAmount("xcb", { currency: "ctn", value: "1.14" })).toBe("ctn:1.14");
    expect(paytoAmount("xcb", { value: "1.250" })).toBe("1.25");
    expect(paytoAmount("xcb", { currency: "ctn" })).toBe("ctn:");
    expect(paytoAmount("xab", { currency: contract.toUpperCase(), value: "10.500000" })).toBe(`${contract}:10.5`);
    expect(buildPaytoUri({ target: "xab", address: testnet, amount: { currency: contract, value: "10.500000" }, message: "pay_x & co/?", deadline: new Date("2026-11-27T11:00:00Z") }))
      .toBe(`payto://xab/${testnet}?amount=${contract}:10.5&message=pay_x%20%26%20co%2F%3F&dl=1795777200`);
  });

  it("keeps networks apart: the path and a token contract must be ICANs of the target's network", () => {
    expect(() => buildPaytoUri({ target: "xcb", address: testnet })).toThrow(/testnet address/);
    expect(() => paytoAmount("xcb", { currency: contract, value: "1" })).toThrow(/not on the xcb network/);
    expect(() => parsePaytoUri(`payto://xab/${testnet}?amount=${contract.slice(0, -1)}0:1`)).toThrow(PaytoUriError);
    expect(() => buildPaytoUri({ target: "xab", address: "ab/../x" })).toThrow(PaytoUriError);
    expect(() => buildPaytoUri({ target: "X CB", address: testnet })).toThrow(PaytoUriError);
    expect(() => paytoAmount("iban", { value: "1" })).toThrow(/requires a currency/);
  });
});

describe("round trip (property)", () => {
  const value = fc
    .tuple(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), fc.integer({ min: 0, max: 8 }), fc.bigInt({ min: 0n, max: 99_999_999n }))
    .map(([unit, places, seed]) => (places === 0 ? `${unit}` : `${unit}.${(seed % 10n ** BigInt(places)).toString().padStart(places, "0")}`));
  const currency = fc.oneof(
    fc.constant(undefined),
    fc.stringMatching(/^[A-Za-z]{1,12}$/),
    fc.constant(contract),
    fc.constant(contract.toUpperCase()),
  );
  const text = fc.string({ unit: "grapheme", maxLength: 40 }).filter((s) => s.length > 0);

  it("parse(build(request)) gives the request back, canonicalised", () => {
    let reached = 0;
    fc.assert(
      fc.property(currency, fc.option(value, { nil: undefined }), fc.option(text, { nil: undefined }), fc.option(fc.integer({ min: 0, max: 2 ** 40 }), { nil: undefined }), (cur, val, message, seconds) => {
        fc.pre(cur !== undefined || val !== undefined);
        const request: PaytoRequest = { target: "xab", address: testnet.toUpperCase(), amount: { currency: cur, value: val }, message, deadline: seconds === undefined ? undefined : new Date(seconds * 1000) };
        const parsed = parsePaytoUri(buildPaytoUri(request));
        const expected: Record<string, unknown> = { target: "xab", address: testnet, otherOptions: [] };
        expected.amount = {
          ...(cur === undefined ? {} : { currency: cur.toLowerCase() === contract ? contract : cur.toUpperCase() }),
          ...(val === undefined ? {} : { value: val.includes(".") ? val.replace(/\.?0+$/, "") : val }),
        };
        if (message) expected.message = message;
        if (seconds !== undefined) expected.deadline = new Date(seconds * 1000);
        expect(parsed).toEqual(expected);
        reached++;
      }),
      { numRuns: 1000 },
    );
    // fc.pre discards a few runs; most must have reached the assertion.
    expect(reached).toBeGreaterThan(900);
  });

  it("commas anywhere in the digits never change the value read (property)", () => {
    let reached = 0;
    fc.assert(
      fc.property(value, fc.array(fc.nat(), { maxLength: 4 }), (val, positions) => {
        let withCommas = val;
        for (const p of positions) {
          const at = p % (withCommas.length + 1);
          // Never next to the decimal point's sides in a way that empties a part: insert inside digit runs only.
          if (/\d/.test(withCommas[at - 1] ?? "") || /\d/.test(withCommas[at] ?? "")) withCommas = `${withCommas.slice(0, at)},${withCommas.slice(at)}`;
        }
        expect(parsePaytoAmount("iban", `EUR:${withCommas}`)).toEqual({ currency: "EUR", value: parsePaytoAmount("iban", `EUR:${val}`).value });
        reached++;
      }),
      { numRuns: 1000 },
    );
    expect(reached).toBe(1000);
  });
});
