/**
 * Display helpers for money. Amounts stay decimal strings end to end (the API rounds them): the
 * widget only groups digits for reading, it never does arithmetic on them.
 */

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

export function money(amount: string, code: string): string {
  return `${groupDigits(amount)} ${code}`;
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
