/**
 * Display helpers for money. Amounts stay decimal strings end to end (the API computes them): the
 * widget shows them at each asset's display precision (`displayDecimals` of /info/assets) with the
 * one rounding rule of src/lib/display-amount.ts — an amount to pay exact, a fee rounded up, what is
 * received rounded down — and groups digits for reading. It never changes an amount it sends.
 */
import { displayAmount, type DisplayRounding } from "../lib/display-amount";

/** Display decimals by asset code (stablecoins and the fiat they are pegged to), from the catalog. */
export type Precision = ReadonlyMap<string, number>;

/** An empty table: amounts are shown as the API wrote them. */
export const AS_GIVEN: Precision = new Map();

/** The display precision of every asset of the catalog and of the fiat each stablecoin is pegged to. */
export function precisionOf(assets: Iterable<{ code: string; fiatCode: string; displayDecimals: number }>): Precision {
  const table = new Map<string, number>();
  for (const a of assets) {
    table.set(a.code, a.displayDecimals);
    if (!table.has(a.fiatCode)) table.set(a.fiatCode, a.displayDecimals);
  }
  return table;
}

/** "1234567.5" → "1,234,567.5" (scale kept as given). Non-decimal input is returned unchanged. */
export function groupDigits(amount: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
  if (!match) return amount;
  const [, sign, whole, fraction = ""] = match;
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction}`;
}

/** "1.0000000000" → "1", "0.9216500000" → "0.92165": drops trailing zeros as text (no arithmetic). */
export function trimZeros(decimal: string): string {
  return /^-?\d+\.\d+$/.test(decimal) ? decimal.replace(/\.?0+$/, "") : decimal;
}

/**
 * "0.625000" EURX as a fee → "0.63 EURX". `rounding`: "exact" (default) for an amount to pay, "up" for
 * a fee, "down" for what is received. An asset without a known precision is shown as given.
 */
export function money(amount: string, code: string, precision: Precision = AS_GIVEN, rounding: DisplayRounding = "exact"): string {
  const places = precision.get(code);
  return `${groupDigits(places === undefined ? amount : displayAmount(amount, places, rounding))} ${code}`;
}

/** Remaining time as m:ss (or h:mm:ss); never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Spoken form for screen readers: "4 minutes 5 seconds". */
export function spokenRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (m) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s || !m) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}
