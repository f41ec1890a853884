import Big from "big.js";
import { z } from "@hono/zod-openapi";

/**
 * Exact decimal money. Amounts travel and are stored as decimal strings ("100.50") and computed
 * with big.js; never through JS numbers. `Decimal` is a private big.js constructor so that our
 * settings (plain notation, 40 significant decimal places for divisions) cannot leak elsewhere.
 */
export const Decimal = Big();
Decimal.DP = 40; // decimal places kept by div(); results are rounded explicitly afterwards
Decimal.RM = Big.roundHalfEven;
Decimal.NE = -50; // never print exponential notation
Decimal.PE = 50;
export type Decimal = Big.Big;

export const Rounding = {
  /** Toward zero: amounts we pay out (receive amounts) so we never give more than the money allows. */
  down: Big.roundDown,
  /** Away from zero: fees we charge, so a fee is never under-collected. */
  up: Big.roundUp,
  /** Banker's rounding: rates and display values. */
  halfEven: Big.roundHalfEven,
} as const;
export type RoundingMode = keyof typeof Rounding;

/** A non-negative decimal string: no sign, exponent, spaces or leading zeros; at most 18 decimals. */
export const DECIMAL_PATTERN = /^(0|[1-9]\d{0,19})(\.\d{1,18})?$/;

export const DecimalString = z
  .string()
  .regex(DECIMAL_PATTERN, 'Expected a non-negative decimal string such as "100.50"')
  .openapi({ type: "string", pattern: DECIMAL_PATTERN.source, example: "100.50" });

// zod runs refinements even after the regex check failed: leave malformed input to the regex's error
// (big.js would throw on "NaN"), and only judge the sign of well-formed decimals.
export const PositiveDecimalString = DecimalString.refine((s) => !DECIMAL_PATTERN.test(s) || new Decimal(s).gt(0), "Must be greater than zero").openapi({
  example: "100.50",
});

export function dec(value: string | number | Big.Big): Decimal {
  return new Decimal(value);
}

/** Number of decimal places written in a decimal string ("1.250" → 3). */
export function scaleOf(value: string): number {
  const dot = value.indexOf(".");
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** Round to `places` with an explicit mode and print with exactly that many decimals. */
export function formatDecimal(value: Big.Big, places: number, mode: RoundingMode = "halfEven"): string {
  // big.js toFixed is exact decimal formatting (not Number.prototype.toFixed).
  return value.round(places, Rounding[mode]).toFixed(places);
}

/** Shortest exact form, no trailing zeros ("1.2300" → "1.23"). */
export function normalizeDecimal(value: Big.Big): string {
  return new Decimal(value).toString();
}
