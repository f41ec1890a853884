import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIcan } from "../../src/lib/ican";
import { newId } from "../../src/lib/ids";
import { buildPaytoUri, parsePaytoUri, paytoAmount, PaytoUriError } from "../../src/lib/payto-uri";
import { qrMatrix, qrSvg } from "../../src/lib/qr";
import { deriveDepositAddress } from "../../src/providers/payto/deposit-address";

const SECRET = "test-deposit-secret-0123456789abcdefghijklmnop";

describe("deposit addresses", () => {
  it("are valid ICANs on the requested network, deterministic per payment and secret", async () => {
    const paymentId = newId("pay");
    const a = await deriveDepositAddress(SECRET, paymentId, "ab");
    expect(checkIcan(a)).toMatchObject({ valid: true, prefix: "ab", network: "testnet" });
    expect(await deriveDepositAddress(SECRET, paymentId, "ab")).toBe(a);
    expect(await deriveDepositAddress(SECRET, newId("pay"), "ab")).not.toBe(a);
    expect(await deriveDepositAddress(`${SECRET}x`, paymentId, "ab")).not.toBe(a);
    const mainnet = await deriveDepositAddress(SECRET, paymentId, "cb");
    expect(mainnet.slice(4)).toBe(a.slice(4)); // same key material, other network prefix and check digits
    expect(checkIcan(mainnet)).toMatchObject({ valid: true, network: "mainnet" });
  });

  it("property: every payment id gets a valid, distinct ICAN", async () => {
    const inputOf = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom("cb", "ab", "ce" as const), async (id, prefix) => {
        const address = await deriveDepositAddress(SECRET, id, prefix);
        expect(checkIcan(address).valid).toBe(true);
        expect(address.startsWith(prefix)).toBe(true);
        const input = `${prefix}|${id}`;
        expect(inputOf.get(address) ?? input).toBe(input); // no two inputs share an address
        inputOf.set(address, input);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a short secret", async () => {
    await expect(deriveDepositAddress("short", newId("pay"), "cb")).rejects.toThrow(/at least 32/);
  });
});

describe("payto:// URIs", () => {
  const address = "ab792215c43fc213c02182c8389f2bc32408e2c50922";

  it("writes target, ICAN, exact amount, message and deadline", () => {
    const uri = buildPaytoUri({ target: "xab", address, amount: { currency: "USDX", value: "10.500000" }, message: "pay_x & co/?", deadline: new Date("2026-11-27T11:00:00Z") });
    expect(uri).toBe(`payto://xab/${address}?amount=USDX:10.5&message=pay_x%20%26%20co%2F%3F&dl=1795777200`);
    expect(parsePaytoUri(uri)).toMatchObject({ target: "xab", address, amount: { currency: "USDX", value: "10.5" }, message: "pay_x & co/?", deadline: new Date("2026-11-27T11:00:00Z") });
    const contract = "ab123456789012345678901234567890123456789012";
    expect(paytoAmount(contract, "1")).toBe(`${contract}:1`);
  });

  it("property: any amount with at most 8 decimals survives the round trip exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), fc.integer({ min: 0, max: 8 }), fc.bigInt({ min: 0n, max: 99_999_999n }), (unit, places, fractionSeed) => {
        const fraction = places === 0 ? "" : `.${(fractionSeed % 10n ** BigInt(places)).toString().padStart(places, "0")}`;
        const value = `${unit}${fraction}`;
        const uri = buildPaytoUri({ target: "xcb", address: address.replace(/^ab/, "cb"), amount: { currency: "EURX", value } });
        const parsed = parsePaytoUri(uri).amount!;
        expect(parsed.currency).toBe("EURX");
        // Same number, written without trailing zeros.
        expect(parsed.value).toBe(value.includes(".") ? value.replace(/\.?0+$/, "") : value);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses what RFC 8905 cannot carry", () => {
    expect(() => paytoAmount("USDX", "0.000000001")).toThrow(PaytoUriError);
    expect(() => paytoAmount("USDX", String(2n ** 53n))).toThrow(PaytoUriError);
    expect(() => paytoAmount("usdx", "1")).toThrow(PaytoUriError);
    expect(() => buildPaytoUri({ target: "xcb", address: "cb/../x" })).toThrow(PaytoUriError);
    expect(() => buildPaytoUri({ target: "X CB", address })).toThrow(PaytoUriError);
    expect(() => parsePaytoUri("https://example.com/")).toThrow(PaytoUriError);
    expect(() => parsePaytoUri(`payto://xcb/${address}?amount=10`)).toThrow(PaytoUriError);
  });
});

describe("QR codes", () => {
  it("renders exactly the encoded module matrix, with a 4-module quiet zone", () => {
    const text = "payto://xab/ab792215c43fc213c02182c8389f2bc32408e2c50922?amount=USDX:125.5&message=pay_4x9kq2m7c1v8b3n6t0w5z2r8yd&dl=1795777200";
    const { svg, size, version } = qrSvg(text, { title: `Pay <125.5> "USDX"` });
    const { matrix } = qrMatrix(text);
    expect(size).toBe(matrix.length);
    expect(size).toBe(17 + 4 * version);
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(svg).toContain("<title>Pay &lt;125.5&gt; &quot;USDX&quot;</title>");
    // Paint the path back into a matrix and compare module by module.
    const painted = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    const d = /<path fill="#000" d="([^"]*)"/.exec(svg)![1]!;
    for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(run); i++) painted[Number(y) - 4]![Number(x) - 4 + i] = true;
    }
    expect(painted).toEqual(matrix);
    expect(svg.length).toBeLessThan(20_000);
  });
});
