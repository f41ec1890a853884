import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIcan } from "../../src/lib/ican";
import { newId } from "../../src/lib/ids";
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
