// The display rule (src/lib/display-amount.ts): amounts at the asset's display precision, fees never
// shown smaller, receipts never larger, amounts to pay never rounded. big.js is the oracle.
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayAmount } from "../../src/lib/display-amount";
import { assertEveryRun } from "../helpers/properties";

describe("displayAmount", () => {
  it("shows the issue's fee line as 0.63 EURX beside 25.00 EUR", () => {
    expect(displayAmount("0.625000", 2, "up")).toBe("0.63");
    expect(displayAmount("25.000000", 2, "exact")).toBe("25.00");
    expect(displayAmount("24.375000", 2, "down")).toBe("24.37");
  });

  it("rounds fees up, receipts down, and never rounds an amount to pay", () => {
    expect(displayAmount("0.620001", 2, "up")).toBe("0.63");
    expect(displayAmount("0.620000", 2, "up")).toBe("0.62");
    expect(displayAmount("9.999", 2, "up")).toBe("10.00");
    expect(displayAmount("99.9999", 0, "up")).toBe("100");
    expect(displayAmount("0.000001", 2, "up")).toBe("0.01");
    expect(displayAmount("24.379999", 2, "down")).toBe("24.37");
    expect(displayAmount("27.123456", 2, "exact")).toBe("27.123456");
    expect(displayAmount("27.120000", 2, "exact")).toBe("27.12");
    expect(displayAmount("27.123400", 2, "exact")).toBe("27.1234");
    expect(displayAmount("1500", 0, "exact")).toBe("1500");
    expect(displayAmount("1500.5", 0, "exact")).toBe("1500.5");
    expect(displayAmount("12", 3, "exact")).toBe("12.000");
    expect(displayAmount("0", 2, "down")).toBe("0.00");
    expect(displayAmount("007.5", 2, "exact")).toBe("7.50");
  });

  it("leaves what is not a non-negative decimal string as it is", () => {
    for (const value of ["-1.5", "1e3", "", "abc", "1.", ".5", "1,5"]) expect(displayAmount(value, 2, "up")).toBe(value);
    expect(displayAmount("1.5", -1, "up")).toBe("1.5");
  });

  const amount = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
    .map(([units, scale]) => {
      const digits = units.toString().padStart(scale + 1, "0");
      return scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
    });

  it("up is the least display value ≥ the amount, down the greatest ≤ it, exact the amount itself", () =>
    assertEveryRun(3000, (reached) =>
      fc.property(amount, fc.integer({ min: 0, max: 6 }), (value, places) => {
        const exact = new Big(value);
        const unit = new Big(1).div(new Big(10).pow(places));
        const up = displayAmount(value, places, "up");
        const down = displayAmount(value, places, "down");
        const shown = displayAmount(value, places, "exact");
        // Each has at least the display decimals, and up/down exactly those.
        for (const text of [up, down]) expect(text.split(".")[1]?.length ?? 0).toBe(places);
        expect(shown.split(".")[1]?.length ?? 0).toBeGreaterThanOrEqual(places);
        expect(new Big(up).gte(exact) && new Big(up).minus(exact).lt(unit)).toBe(true);
        expect(new Big(down).lte(exact) && exact.minus(new Big(down)).lt(unit)).toBe(true);
        expect(new Big(up).eq(new Big(down))).toBe(exact.eq(new Big(down)));
        expect(new Big(shown).eq(exact)).toBe(true);
        // Big's own rounding agrees (0 = down, 3 = up).
        expect(up).toBe(exact.round(places, Big.roundUp).toFixed(places));
        expect(down).toBe(exact.round(places, Big.roundDown).toFixed(places));
        reached();
      }),
    ));

  it("a price split into fee (up) and remainder (down) still adds up at display precision", () =>
    assertEveryRun(2000, (reached) =>
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), (priceCents, feeMicros) => {
        const price = new Big(priceCents.toString()).div(100); // a price at 2 places, written with 6
        const asked = new Big(feeMicros.toString()).div(1_000_000);
        const fee = asked.gt(price) ? price : asked;
        const rest = price.minus(fee);
        const shownFee = new Big(displayAmount(fee.toFixed(6), 2, "up"));
        const shownRest = new Big(displayAmount(rest.toFixed(6), 2, "down"));
        expect(shownFee.plus(shownRest).eq(price)).toBe(true);
        reached();
      }),
    ));
});
