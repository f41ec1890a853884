/**
 * Wall-clock time in a named IANA time zone, through the runtime's `Intl` (ICU time-zone data), so
 * daylight-saving rules come from the tz database rather than from rules written here.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `instant` (ms since the epoch). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Europe/Berlin: +3,600,000 in winter, +7,200,000 in summer). */
export function utcOffsetMs(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `day` (YYYY-MM-DD) `hours`:`minutes`.
 * Meant for times away from a daylight-saving switch (the switch happens at night), where every
 * wall-clock time exists exactly once.
 */
export function zonedTimeToUtc(day: string, hours: number, minutes: number, timeZone: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, hours, minutes);
  // Two passes: the offset at the naive guess, then at the corrected instant (they differ only near a switch).
  const first = naive - utcOffsetMs(naive, timeZone);
  return naive - utcOffsetMs(first, timeZone);
}

/** The calendar day (YYYY-MM-DD) in `timeZone` at `instant`. */
export function zonedDay(instant: number, timeZone: string): string {
  const w = wallClockAt(instant, timeZone);
  return `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}
