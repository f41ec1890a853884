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

/** Last Sunday of a month (1-based month), as a UTC day-of-month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Central European wall-clock time → UTC instant. EU summer time runs from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October (CEST = UTC+2, otherwise CET = UTC+1).
 */
export function centralEuropeanTimeToUtc(day: string, hours: number, minutes: number): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const summerStart = Date.UTC(y, 2, lastSunday(y, 3), 1);
  const summerEnd = Date.UTC(y, 9, lastSunday(y, 10), 1);
  const asCet = Date.UTC(y, m - 1, d, hours - 1, minutes);
  const summer = asCet >= summerStart && asCet < summerEnd;
  return summer ? asCet - 3_600_000 : asCet;
}
