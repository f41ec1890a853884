import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertEveryRun } from "../helpers/properties";
import { dec } from "../../src/lib/money";
import { FeeEngineError, priceForAmount, priceForReceive, sendAndReceive, type Pricing, type PricingTerms } from "../../src/services/quotes/fee-engine";

const PLAIN = /^\d+(\.\d+)?$/;
const unit = (places: number) => dec(1).div(dec(10).pow(places));

/** A decimal string with at most `places` decimals, from an integer number of minor units. */
function fromUnits(units: bigint, places: number): string {
  const s = units.toString().padStart(places + 1, "0");
  return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
}

const decimalArb = (maxUnits: bigint, places: number, min = 0n) => fc.bigInt({ min, max: maxUnits }).map((u) => fromUnits(u, places));

const termsArb: fc.Arbitrary<PricingTerms> = fc
  .record({
    action: fc.constantFrom("enter" as const, "exit" as const),
    assetDecimals: fc.constantFrom(0, 2, 6, 8),
    counterDecimals: fc.constantFrom(0, 2, 3, 6),
    percentFee: decimalArb(1000n, 2), // 0.00 … 10.00 %
    fixedFee: decimalArb(50_000n, 4), // 0 … 5
    networkFee: decimalArb(20_000n, 4),
    minFee: decimalArb(50_000n, 4),
    maxReferralPercent: decimalArb(400n, 2),
    referralPercent: fc.option(decimalArb(400n, 2), { nil: undefined }),
    rate: decimalArb(2_000_000_000_000n, 10, 1_000_000n), // 0.0001 … 200
  })
  .map((r) => ({
    action: r.action,
    assetDecimals: r.assetDecimals,
    counterDecimals: r.counterDecimals,
    rate: r.rate,
    referralPercent: r.referralPercent,
    fees: { percentFee: r.percentFee, fixedFee: r.fixedFee, networkFee: r.networkFee, minFee: r.minFee, maxReferralPercent: r.maxReferralPercent },
  }));

/** Terms with an amount on the asset's grid (1 minor unit … 10^9 whole units). */
const forwardCase = termsArb.chain((terms) =>
  fc.record({ terms: fc.constant(terms), amount: decimalArb(10n ** BigInt(9 + terms.assetDecimals), terms.assetDecimals, 1n) }),
);

/**
 * Enter terms with an amount the fees cannot swallow: fees are at most 10 % + 4 % referral of the
 * amount, plus the fixed, network and minimum fees, plus one minor unit of rounding per fee line.
 */
const payableEnterCase = termsArb.chain((t) => {
  const terms = { ...t, action: "enter" as const };
  const u = unit(terms.assetDecimals);
  const flat = dec(terms.fees.fixedFee).plus(terms.fees.networkFee).plus(terms.fees.minFee).plus(u.times(5));
  const least = flat.div("0.86").plus(u).div(u).round(0, 3); // in minor units, rounded up
  return fc.record({ terms: fc.constant(terms), amount: decimalArb(10n ** BigInt(9 + terms.assetDecimals), terms.assetDecimals, BigInt(least.toFixed(0))) });
});

function assertWellFormed(p: Pricing, terms: PricingTerms) {
  const assetStrings = [p.amount, p.totalFee, p.net, p.serviceFee, ...Object.values(p.fees)];
  for (const s of [...assetStrings, p.counterAmount]) expect(s).toMatch(PLAIN); // no NaN, sign or exponent
  for (const s of assetStrings) expect(s.split(".")[1]?.length ?? 0).toBe(terms.assetDecimals);
  expect(p.counterAmount.split(".")[1]?.length ?? 0).toBe(terms.counterDecimals);
  expect(dec(p.net).gt(0)).toBe(true);
  expect(dec(p.counterAmount).gt(0)).toBe(true);
}

describe("fee engine: forward", () => {
  it("fees + net = amount exactly, every fee rounded up and never negative (property)", () => {
    fc.assert(
      fc.property(forwardCase, ({ terms, amount }) => {
        let p: Pricing;
        try {
          p = priceForAmount(amount, terms);
        } catch (error) {
          // Only legitimate refusal: the fees take everything.
          expect(error).toBeInstanceOf(FeeEngineError);
          expect((error as FeeEngineError).reason).toBe("fees_exceed_amount");
          return;
        }
        assertWellFormed(p, terms);
        const sum = Object.values(p.fees).reduce((acc, f) => acc.plus(f), dec(0));
        expect(sum.eq(p.totalFee)).toBe(true);
        expect(dec(p.totalFee).plus(p.net).eq(amount)).toBe(true);
        expect(dec(p.serviceFee).eq(dec(p.fees.percentage).plus(p.fees.fixed).plus(p.fees.minimum))).toBe(true);
        const u = unit(terms.assetDecimals);
        const exactPct = dec(amount).times(terms.fees.percentFee).div(100);
        expect(dec(p.fees.percentage).gte(exactPct) && dec(p.fees.percentage).lt(exactPct.plus(u))).toBe(true);
        // The minimum tops the service fee up to minFee (rounded up), never beyond.
        expect(dec(p.serviceFee).gte(dec(terms.fees.minFee))).toBe(true);
        if (dec(p.fees.minimum).gt(0)) expect(dec(p.serviceFee).minus(dec(terms.fees.minFee)).lt(u)).toBe(true);
        // Referral share: the declared share capped at the schedule's maximum.
        const applied = dec(p.referral.appliedPercent);
        expect(applied.lte(terms.fees.maxReferralPercent) && applied.lte(terms.referralPercent ?? "0")).toBe(true);
        // Counter side: the charge rounds up (enter), the payout rounds down (exit).
        const cu = unit(terms.counterDecimals);
        if (terms.action === "enter") {
          const worth = dec(amount).times(terms.rate);
          expect(dec(p.counterAmount).gte(worth) && dec(p.counterAmount).lt(worth.plus(cu))).toBe(true);
          expect(sendAndReceive(p)).toEqual({ send: p.counterAmount, receive: p.net });
        } else {
          const worth = dec(p.net).times(terms.rate);
          expect(dec(p.counterAmount).lte(worth) && dec(p.counterAmount).gt(worth.minus(cu))).toBe(true);
          expect(sendAndReceive(p)).toEqual({ send: p.amount, receive: p.counterAmount });
        }
      }),
      { numRuns: 5000 },
    );
  }, 120_000);

  it("prices the seeded schedules as documented", () => {
    const usdx = { percentFee: "1.00", fixedFee: "0.30", networkFee: "0.05", minFee: "0.50", maxReferralPercent: "4.00" };
    const enter = priceForAmount("100", { action: "enter", assetDecimals: 6, counterDecimals: 2, rate: "0.9216589862", fees: usdx });
    expect(enter).toMatchObject({
      amount: "100.000000",
      fees: { percentage: "1.000000", fixed: "0.300000", minimum: "0.000000", network: "0.050000", referral: "0.000000" },
      totalFee: "1.350000",
      net: "98.650000",
      counterAmount: "92.17", // 92.16589862 rounded up
    });
    const small = priceForAmount("10", { action: "enter", assetDecimals: 6, counterDecimals: 2, rate: "1", fees: usdx, referralPercent: "1.5" });
    expect(small.fees).toEqual({ percentage: "0.100000", fixed: "0.300000", minimum: "0.100000", network: "0.050000", referral: "0.150000" });
    expect(small.net).toBe("9.300000");
    const capped = priceForAmount("100", { action: "enter", assetDecimals: 6, counterDecimals: 2, rate: "1", fees: { ...usdx, maxReferralPercent: "2.00" }, referralPercent: "3.50" });
    expect(capped.referral).toEqual({ declaredPercent: "3.50", appliedPercent: "2.00", capped: true });
    expect(capped.fees.referral).toBe("2.000000");
    const exit = priceForAmount("100", {
      action: "exit", assetDecimals: 6, counterDecimals: 2, rate: "1.0000000000",
      fees: { percentFee: "0.80", fixedFee: "0.00", networkFee: "1.00", minFee: "1.00", maxReferralPercent: "4.00" },
    });
    expect(exit).toMatchObject({ totalFee: "2.000000", net: "98.000000", counterAmount: "98.00", fees: { minimum: "0.200000" } });
  });

  it("refuses amounts with too many decimals, zero, and fees that take everything", () => {
    const terms: PricingTerms = { action: "enter", assetDecimals: 2, counterDecimals: 2, rate: "1", fees: { percentFee: "1", fixedFee: "1", networkFee: "0", minFee: "0", maxReferralPercent: "4" } };
    expect(() => priceForAmount("1.001", terms)).toThrow(expect.objectContaining({ reason: "invalid_amount" }));
    expect(() => priceForAmount("0", terms)).toThrow(expect.objectContaining({ reason: "invalid_amount" }));
    expect(() => priceForAmount("1.02", terms)).toThrow(expect.objectContaining({ reason: "fees_exceed_amount" })); // 0.02 (1 % of 1.02, rounded up) + 1.00
    expect(priceForAmount("1.03", terms).net).toBe("0.01");
  });
});

/** Receive targets: asset units for enter, counter units for exit. */
const reverseCase = termsArb.chain((terms) => {
  const places = terms.action === "enter" ? terms.assetDecimals : terms.counterDecimals;
  return fc.record({ terms: fc.constant(terms), receive: decimalArb(10n ** BigInt(8 + places), places, 1n) });
});

describe("fee engine: reverse (amount to receive → amount to send)", () => {
  it("finds the smallest amount that delivers the target; enter is exact, exit within one minor unit (property)", () => {
    fc.assert(
      fc.property(reverseCase, ({ terms, receive }) => {
        let p: Pricing;
        try {
          p = priceForReceive(receive, terms);
        } catch (error) {
          expect(error).toBeInstanceOf(FeeEngineError);
          // Percentages are ≤ 14 % here, so a receive target is always reachable.
          throw error;
        }
        assertWellFormed(p, terms);
        const u = unit(terms.assetDecimals);
        const got = sendAndReceive(p).receive;
        if (terms.action === "enter") {
          expect(got).toBe(dec(receive).toFixed(terms.assetDecimals));
        } else {
          const cu = unit(terms.counterDecimals);
          expect(dec(got).gte(receive)).toBe(true);
          // One asset unit is worth less than one counter unit for every real asset (6-decimal
          // stablecoins against 0–3 decimal fiat); then the overshoot is under one counter minor unit.
          const bound = u.times(terms.rate).lte(cu) ? cu : u.times(terms.rate).plus(cu);
          expect(dec(got).minus(receive).lt(bound)).toBe(true);
        }
        // Minimal: one minor unit less does not deliver the target.
        const less = dec(p.amount).minus(u);
        if (less.gt(0)) {
          try {
            const smaller = sendAndReceive(priceForAmount(less.toFixed(terms.assetDecimals), terms)).receive;
            expect(dec(smaller).lt(receive)).toBe(true);
          } catch (error) {
            expect((error as FeeEngineError).reason).toBe("fees_exceed_amount");
          }
        }
      }),
      { numRuns: 4000 },
    );
  }, 120_000);

  it("round-trips forward → reverse to an amount no larger, with the same net (property)", () => {
    assertEveryRun(3000, (reached) =>
      fc.property(payableEnterCase, ({ terms, amount }) => {
        const forward = priceForAmount(amount, terms);
        const back = priceForReceive(forward.net, terms);
        expect(back.net).toBe(forward.net);
        expect(dec(back.amount).lte(forward.amount)).toBe(true);
        reached();
      }),
    );
  }, 120_000);

  it("is infeasible when percentage fees reach 100 %", () => {
    const terms: PricingTerms = { action: "enter", assetDecimals: 2, counterDecimals: 2, rate: "1", fees: { percentFee: "98", fixedFee: "0", networkFee: "0", minFee: "0", maxReferralPercent: "4" }, referralPercent: "2" };
    expect(() => priceForReceive("10", terms)).toThrow(expect.objectContaining({ reason: "infeasible" }));
  });
});
