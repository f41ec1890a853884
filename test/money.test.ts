/**
 * Our money helpers (src/lib/money.ts): the decimal-string schemas, `formatDecimal` with its three
 * rounding modes, `normalizeDecimal` and `scaleOf`. big.js itself is not under test here: every
 * property compares our helper with an oracle written with BigInt on the digits, so it would catch a
 * wrong rounding mode, a lost digit or an exponent in the output, whatever big.js does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertEveryRun } from "./helpers/properties";
import { DecimalString, PositiveDecimalString, dec, formatDecimal, normalizeDecimal, scaleOf, type RoundingMode } from "../src/lib/money";

const RUNS = 2000;

/** A canonical decimal as its minor units and scale: 0 … 10^20 − 1 units, 0 … 18 decimals. */
const unitsAndScale = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }), fc.integer({ min: 0, max: 18 }));

function written(units: bigint, scale: number): string {
  const s = units.toString().padStart(scale + 1, "0");
  return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
}

const decimalArb = unitsAndScale.map(([units, scale]) => written(units, scale));

/**
 * A value and a number of places to round it to, where the dropped digits are as often as not a
 * tie or one unit either side of it (random digits almost never are, and ties are where modes differ).
 */
const roundingCase = fc
  .record({
    kept: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    places: fc.integer({ min: 0, max: 8 }),
    dropped: fc.integer({ min: 1, max: 10 }),
    rest: fc.oneof(fc.constant("half" as const), fc.constant("below" as const), fc.constant("above" as const), fc.bigInt({ min: 0n, max: 10n ** 10n })),
  })
  .map(({ kept, places, dropped, rest }) => {
    const divisor = 10n ** BigInt(dropped);
    const half = divisor / 2n;
    const r = rest === "half" ? half : rest === "below" ? half - 1n : rest === "above" ? half + 1n : rest % divisor;
    return { units: kept * divisor + r, scale: places + dropped, places };
  });

/** The oracle: `units / 10^scale` rounded to `places` with `mode`, as a string with exactly `places` decimals. */
function rounded(units: bigint, scale: number, places: number, mode: RoundingMode): string {
  if (places >= scale) return written(units * 10n ** BigInt(places - scale), places);
  const divisor = 10n ** BigInt(scale - places);
  let q = units / divisor;
  const r = units % divisor;
  if (mode === "up" && r > 0n) q += 1n;
  if (mode === "halfEven" && (2n * r > divisor || (2n * r === divisor && q % 2n === 1n))) q += 1n;
  return written(q, places);
}

describe("money", () => {
  it("DecimalString accepts canonical decimals and refuses floats' tricks", () => {
    for (const ok of ["0", "0.5", "100.50", "12345678901234567890.123456789012345678"]) expect(DecimalString.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["", " 1", "1 ", "-1", "+1", "01", "1.", ".5", "1e3", "0x10", "NaN", "Infinity", "1,5", "1.0000000000000000001", "１"]) {
      expect(DecimalString.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("DecimalString accepts every canonical decimal and refuses it with a sign, exponent, space, comma or leading zero (property)", () => {
    const spoilt = fc.constantFrom((s: string) => `-${s}`, (s: string) => `+${s}`, (s: string) => `${s}e0`, (s: string) => ` ${s}`, (s: string) => `${s} `, (s: string) => `0${s}`, (s: string) => (s.includes(".") ? s.replace(".", ",") : `${s},5`), (s: string) => `${s}.`);
    assertEveryRun(RUNS, (reached) =>
      fc.property(decimalArb, spoilt, (value, spoil) => {
        expect(DecimalString.safeParse(value).success).toBe(true);
        expect(DecimalString.safeParse(spoil(value)).success).toBe(false);
        reached();
      }),
    );
  });

  it("PositiveDecimalString refuses (never throws on) what big.js cannot parse, and every zero", () => {
    for (const bad of ["NaN", "Infinity", "abc", "", "0", "0.000", "-1", "1e3"]) expect(PositiveDecimalString.safeParse(bad).success, bad).toBe(false);
    expect(PositiveDecimalString.safeParse("0.01").success).toBe(true);
    assertEveryRun(RUNS, (reached) =>
      fc.property(unitsAndScale, ([units, scale]) => {
        expect(PositiveDecimalString.safeParse(written(units, scale)).success).toBe(units > 0n);
        reached();
      }),
    );
  });

  it("formatDecimal rounds down, up and half-even exactly as the digits say, with exactly `places` decimals (property)", () => {
    const anyPlaces = fc.tuple(unitsAndScale, fc.integer({ min: 0, max: 18 })).map(([[units, scale], places]) => ({ units, scale, places }));
    assertEveryRun(RUNS, (reached) =>
      fc.property(fc.oneof(roundingCase, anyPlaces), fc.constantFrom<RoundingMode>("down", "up", "halfEven"), ({ units, scale, places }, mode) => {
        const text = formatDecimal(dec(written(units, scale)), places, mode);
        expect(text).toBe(rounded(units, scale, places, mode));
        expect(scaleOf(text)).toBe(places);
        reached();
      }),
    );
  });

  it("formatDecimal brackets the value: down ≤ value ≤ up, at most one unit apart (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(decimalArb, fc.integer({ min: 0, max: 18 }), (value, places) => {
        const down = formatDecimal(dec(value), places, "down");
        const up = formatDecimal(dec(value), places, "up");
        expect(dec(down).lte(dec(value))).toBe(true);
        expect(dec(up).gte(dec(value))).toBe(true);
        expect(dec(up).minus(dec(down)).lte(dec(1).div(dec(10).pow(places)))).toBe(true);
        reached();
      }),
    );
  });

  it("normalizeDecimal drops trailing zeros only, never printing an exponent (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(decimalArb, (value) => {
        const expected = value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
        expect(normalizeDecimal(dec(value))).toBe(expected);
        reached();
      }),
    );
  });

  it("rounds half-even by default, and values far below a unit still round up to one", () => {
    expect(formatDecimal(dec("1.005"), 2)).toBe("1.00");
    expect(formatDecimal(dec("1.015"), 2)).toBe("1.02");
    expect(formatDecimal(dec("1e-30"), 2, "up")).toBe("0.01");
    expect(formatDecimal(dec("1e-30"), 2, "down")).toBe("0.00");
    expect(scaleOf("1.250")).toBe(3);
    expect(scaleOf("7")).toBe(0);
  });

  it("keeps 40 decimal places through a division until it is rounded explicitly", () => {
    expect(scaleOf(normalizeDecimal(dec(1).div(3)))).toBe(40);
    expect(formatDecimal(dec(2).div(3), 6, "down")).toBe("0.666666");
    expect(formatDecimal(dec(2).div(3), 6, "up")).toBe("0.666667");
  });
});
