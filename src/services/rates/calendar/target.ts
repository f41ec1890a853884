import { addDays } from "../../../lib/dates";
import { zonedDay, zonedTimeToUtc } from "../../../lib/time-zone";

/**
 * The TARGET2 calendar, on which the ECB sets its euro reference rates. TARGET is closed on
 * Saturdays and Sundays, 1 January, Good Friday, Easter Monday, 1 May (Labour Day), 25 and 26
 * December; every other day is a business day with one fixing. Times are Frankfurt wall-clock
 * (Europe/Berlin: CET, CEST in summer).
 */
export const TARGET_TIME_ZONE = "Europe/Berlin";
/** The ECB's concertation sets the rates at 14:15 Frankfurt time: the instant a fixing refers to (its asOf). */
export const FIXING_TIME = { hours: 14, minutes: 15 } as const;
/** The ECB publishes them around 16:00 Frankfurt time: from then on the day's fixing is expected. */
export const PUBLICATION_TIME = { hours: 16, minutes: 0 } as const;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm: Meeus/Jones/Butcher), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type ClosingReason = "weekend" | "new_year" | "good_friday" | "easter_monday" | "labour_day" | "christmas" | "boxing_day";

const holidayMemo = new Map<number, Map<string, ClosingReason>>();

/** The weekday closing days of a year (fixed ones and the two around Easter), by date. */
function holidaysOf(year: number): Map<string, ClosingReason> {
  let days = holidayMemo.get(year);
  if (!days) {
    const y = String(year).padStart(4, "0");
    const easter = easterSunday(year);
    days = new Map<string, ClosingReason>([
      [`${y}-01-01`, "new_year"],
      [addDays(easter, -2), "good_friday"],
      [addDays(easter, 1), "easter_monday"],
      [`${y}-05-01`, "labour_day"],
      [`${y}-12-25`, "christmas"],
      [`${y}-12-26`, "boxing_day"],
    ]);
    holidayMemo.set(year, days);
  }
  return days;
}

/** Why TARGET is closed on `day` (YYYY-MM-DD), or null on a business day. */
export function closingReason(day: string): ClosingReason | null {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return "weekend";
  return holidaysOf(Number(day.slice(0, 4))).get(day) ?? null;
}

export function isTargetBusinessDay(day: string): boolean {
  return closingReason(day) === null;
}

/** The nearest business day strictly before `day`. */
export function previousBusinessDay(day: string): string {
  let d = addDays(day, -1);
  while (!isTargetBusinessDay(d)) d = addDays(d, -1);
  return d;
}

/** The nearest business day strictly after `day`. */
export function nextBusinessDay(day: string): string {
  let d = addDays(day, 1);
  while (!isTargetBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The business day on or before `day`. */
export function businessDayOnOrBefore(day: string): string {
  return isTargetBusinessDay(day) ? day : previousBusinessDay(day);
}

/** When the rates of business day `day` refer to (14:15 Frankfurt time), ms since the epoch. */
export function fixingInstant(day: string): number {
  return zonedTimeToUtc(day, FIXING_TIME.hours, FIXING_TIME.minutes, TARGET_TIME_ZONE);
}

/** When the rates of business day `day` are published (16:00 Frankfurt time), ms since the epoch. */
export function publicationInstant(day: string): number {
  return zonedTimeToUtc(day, PUBLICATION_TIME.hours, PUBLICATION_TIME.minutes, TARGET_TIME_ZONE);
}

/** The Frankfurt calendar day at `instant`. */
export function frankfurtDay(instant: number): string {
  return zonedDay(instant, TARGET_TIME_ZONE);
}
