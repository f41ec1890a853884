import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecimalString, PositiveDecimalString, dec, formatDecimal, scaleOf } from "../src/lib/money";

const decimalArb = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }), fc.integer({ min: 0, max: 18 }))
  .map(([units, scale]) => {
    const s = units.toString().padStart(scale + 1, "0");
    return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  });

describe("money", () => {
  it("DecimalString accepts canonical decimals and refuses floats' tricks", () => {
    for (const ok of ["0", "0.5", "100.50", "12345678901234567890.123456789012345678"]) expect(DecimalString.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["", " 1", "1 ", "-1", "+1", "01", "1.", ".5", "1e3", "0x10", "NaN", "Infinity", "1,5", "1.0000000000000000001", "１"]) {
      expect(DecimalString.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("PositiveDecimalString refuses (never throws on) what big.js cannot parse", () => {
    for (const bad of ["NaN", "Infinity", "abc", "", "0", "0.000", "-1", "1e3"]) expect(PositiveDecimalString.safeParse(bad).success, bad).toBe(false);
    expect(PositiveDecimalString.safeParse("0.01").success).toBe(true);
  });

  it("formatDecimal is exact and never goes through floats (property)", () => {
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 18 }), (value, places) => {
        const down = formatDecimal(dec(value), places, "down");
        const up = formatDecimal(dec(value), places, "up");
        expect(scaleOf(down)).toBe(places);
        expect(dec(down).lte(dec(value))).toBe(true);
        expect(dec(up).gte(dec(value))).toBe(true);
        expect(dec(up).minus(dec(down)).lte(dec(1).div(dec(10).pow(places)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps sums exact where floats fail", () => {
    expect(dec("0.1").plus("0.2").toString()).toBe("0.3");
    expect(formatDecimal(dec("1.005"), 2, "halfEven")).toBe("1.00");
    expect(formatDecimal(dec("1.015"), 2, "halfEven")).toBe("1.02");
    expect(formatDecimal(dec("1e-30"), 2, "up")).toBe("0.01");
  });
});
