/**
 * Calendar days as ISO strings ("2017-03-03"), always in UTC. Rate history is keyed by these, so
 * they are compared as strings (ISO dates sort lexicographically) and shifted with UTC arithmetic.
 */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day in YYYY-MM-DD form (rejects 2017-02-30, 2017-13-01, 0000-01-01). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && value >= "1900-01-01" && new Date(ms).toISOString().slice(0, 10) === value;
}

/** The UTC calendar day of an instant. */
export function utcDay(instant: number | Date): string {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** Whole days from `from` to `to` (to − from); 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
