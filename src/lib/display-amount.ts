/**
 * How an amount is SHOWN to a person (widget, checkout pages, guides): at its asset's display precision
 * (`displayDecimals` of /info/assets: a fiat currency's minor unit; a stablecoin shows like the fiat it
 * is pegged to, so `0.63 EURX` stands beside `25.00 EUR`). The API's amounts are never changed by this:
 * they keep the asset's full `decimals` and the exact values the fee engine computed.
 *
 * The rounding is chosen so that no one is misled by what they read:
 * - "exact": an amount someone must pay or send (the price, a deposit to make, an amount due). Never
 *   rounded: padded to the display decimals, and longer only where the exact value has more digits
 *   that are not zero (paying a rounded amount would underpay or overpay).
 * - "up": a fee. Never shown smaller than it is (0.625000 → 0.63).
 * - "down": what someone receives or has received. Never shown larger than it is (24.375000 → 24.37).
 * For a price p = fee + rest at display precision the shown fee (up) and rest (down) still add up to p.
 * Fee lines are each rounded up too, so their shown sum may pass the shown total by a cent: every line
 * is at least what it costs, none is understated.
 *
 * Pure text arithmetic on decimal strings (no floats, no big.js): the widget bundles this module.
 */

export type DisplayRounding = "exact" | "up" | "down";

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** The digits of `whole`+`fraction` plus one unit in the last place ("0.62" → "0.63", "9.99" → "10.00"). */
function incrementLastDigit(whole: string, fraction: string): [string, string] {
  const digits = (whole + fraction).split("").map(Number);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) digits[i--] = 0;
  if (i < 0) digits.unshift(1);
  else digits[i]! += 1;
  const text = digits.join("");
  return [text.slice(0, text.length - fraction.length), text.slice(text.length - fraction.length)];
}

/**
 * `amount` (a non-negative decimal string, as the API writes them) at `displayDecimals` places.
 * Anything else (a negative or malformed value) is returned unchanged: this only formats.
 */
export function displayAmount(amount: string, displayDecimals: number, rounding: DisplayRounding): string {
  const match = DECIMAL.exec(amount);
  if (!match || !Number.isInteger(displayDecimals) || displayDecimals < 0) return amount;
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  const fraction = match[2] ?? "";
  const kept = fraction.slice(0, displayDecimals).padEnd(displayDecimals, "0");
  const rest = fraction.slice(displayDecimals);
  const restIsZero = !/[1-9]/.test(rest);
  let [w, f] = [whole, kept];
  if (!restIsZero) {
    if (rounding === "exact") f = kept + rest.replace(/0+$/, "");
    else if (rounding === "up") [w, f] = incrementLastDigit(whole, kept);
  }
  return f ? `${w}.${f}` : w;
}
