import { easter } from "date-easter";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/lib/dates";
import { wallClockAt, zonedTimeToUtc } from "../../src/lib/time-zone";
import { expectedFixingDay, nextPublicationAfter, rateFreshness } from "../../src/services/rates/calendar/freshness";
import {
  closingReason, easterSunday, fixingInstant, isTargetBusinessDay, nextBusinessDay, previousBusinessDay, publicationInstant,
} from "../../src/services/rates/calendar/target";

const HOUR = 3_600_000;
const RULES = { publicationGraceMs: 2 * HOUR, continuousMaxAgeMs: 48 * HOUR };
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const at = (isoInstant: string) => Date.parse(isoInstant);

/** Days 1999-01-01 … 2100-12-31 as an arbitrary. */
const dayArb = fc.integer({ min: Date.UTC(1999, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

/** The EU summer-time rule (last Sunday of March to last Sunday of October, 01:00 UTC), as an oracle independent of Intl. */
function euOffsetHoursAt(instant: number): number {
  const y = new Date(instant).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month + 1, 0));
    return Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return instant >= lastSunday(2) && instant < lastSunday(9) ? 2 : 1;
}

describe("Easter (TARGET's moving closing days)", () => {
  it("agrees with the date-easter package for every year 1999–2100", () => {
    for (let year = 1999; year <= 2100; year++) {
      const e = easter(year);
      expect(easterSunday(year), String(year)).toBe(iso(e.year, e.month, e.day));
    }
  });

  it("matches published Easter Sundays, including the extremes of the range", () => {
    // Earliest and latest possible dates occur here: 2008-03-23 and 2038-04-25.
    const known: Record<number, string> = { 1999: "1999-04-04", 2000: "2000-04-23", 2008: "2008-03-23", 2011: "2011-04-24", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2038: "2038-04-25", 2100: "2100-03-28" };
    for (const [year, day] of Object.entries(known)) expect(easterSunday(Number(year)), year).toBe(day);
  });
});

describe("TARGET closing days", () => {
  it("closes exactly on the weekends and the six holidays of 2026 (256 business days)", () => {
    const holidays = { "2026-01-01": "new_year", "2026-04-03": "good_friday", "2026-04-06": "easter_monday", "2026-05-01": "labour_day", "2026-12-25": "christmas", "2026-12-26": "boxing_day" } as const;
    let business = 0;
    for (let day = "2026-01-01"; day <= "2026-12-31"; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const expected = day in holidays && !(day === "2026-12-26") ? holidays[day as keyof typeof holidays] : weekday === 0 || weekday === 6 ? "weekend" : null;
      // 26 December 2026 is a Saturday: a weekend and a holiday; either way closed.
      if (day === "2026-12-26") expect(closingReason(day)).not.toBeNull();
      else expect(closingReason(day), day).toBe(expected);
      if (isTargetBusinessDay(day)) business++;
    }
    expect(business).toBe(256);
  });

  it("matches an independent definition on every day 1999–2100 (property)", () => {
    let checked = 0;
    fc.assert(
      fc.property(dayArb, (day) => {
        const [y, m, d] = day.split("-").map(Number) as [number, number, number];
        const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        const e = easter(y);
        const easterMs = Date.UTC(e.year, e.month - 1, e.day);
        const ms = Date.UTC(y, m - 1, d);
        const holiday = (m === 1 && d === 1) || (m === 5 && d === 1) || (m === 12 && (d === 25 || d === 26)) || ms === easterMs - 2 * 86_400_000 || ms === easterMs + 86_400_000;
        expect(isTargetBusinessDay(day), day).toBe(!(weekday === 0 || weekday === 6 || holiday));
        checked++;
      }),
      { numRuns: 3000 },
    );
    expect(checked).toBe(3000);
  });

  it("steps over weekends, Easter and Christmas", () => {
    expect(nextBusinessDay("2026-12-04")).toBe("2026-12-07"); // Friday → Monday
    expect(nextBusinessDay("2026-04-02")).toBe("2026-04-07"); // Maundy Thursday → Tuesday after Easter Monday
    expect(nextBusinessDay("2026-12-24")).toBe("2026-12-28");
    expect(nextBusinessDay("2026-12-31")).toBe("2027-01-04"); // over New Year and a weekend
    expect(previousBusinessDay("2027-01-04")).toBe("2026-12-31");
    expect(previousBusinessDay("2026-05-04")).toBe("2026-04-30"); // over Labour Day (Friday) and the weekend
  });
});

describe("Frankfurt time (Intl, Europe/Berlin)", () => {
  it("puts the fixing at 14:15 and the publication at 16:00 CET/CEST, also on switch days", () => {
    expect(new Date(fixingInstant("2017-03-03")).toISOString()).toBe("2017-03-03T13:15:00.000Z");
    expect(new Date(fixingInstant("2017-07-03")).toISOString()).toBe("2017-07-03T12:15:00.000Z");
    expect(new Date(fixingInstant("2017-03-26")).toISOString()).toBe("2017-03-26T12:15:00.000Z"); // summer time began 01:00 UTC
    expect(new Date(fixingInstant("2017-10-29")).toISOString()).toBe("2017-10-29T13:15:00.000Z"); // and ended
    expect(new Date(publicationInstant("2026-12-04")).toISOString()).toBe("2026-12-04T15:00:00.000Z");
  });

  it("agrees with the EU summer-time rule for 14:15 on every day 1999–2100 (property)", () => {
    let checked = 0;
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 6, max: 22 }), fc.integer({ min: 0, max: 59 }), (day, h, min) => {
        const instant = zonedTimeToUtc(day, h, min, "Europe/Berlin");
        const offset = euOffsetHoursAt(instant);
        const [y, m, d] = day.split("-").map(Number) as [number, number, number];
        expect(instant).toBe(Date.UTC(y, m - 1, d, h - offset, min));
        expect(wallClockAt(instant, "Europe/Berlin")).toMatchObject({ year: y, month: m, day: d, hour: h, minute: min });
        checked++;
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBe(2000);
  });
});

describe("freshness of a fixing", () => {
  const friday = fixingInstant("2026-11-27");

  it("keeps Friday's fixing current over the weekend until Monday's publication plus the grace", () => {
    expect(rateFreshness(friday, "target", RULES, at("2026-11-29T12:00:00Z")).current).toBe(true); // Sunday
    const until = rateFreshness(friday, "target", RULES, at("2026-11-29T12:00:00Z")).currentUntil;
    expect(new Date(until).toISOString()).toBe("2026-11-30T17:00:00.000Z"); // Monday 16:00 CET + 2 h
    expect(rateFreshness(friday, "target", RULES, until - 1).current).toBe(true);
    expect(rateFreshness(friday, "target", RULES, until).current).toBe(false);
    // The age rule would have refused it since Sunday 14:15 CET.
    expect(rateFreshness(friday, "continuous", RULES, at("2026-11-29T14:00:00Z")).current).toBe(false);
  });

  it("carries Maundy Thursday's fixing over Easter and 24 December's over Christmas", () => {
    expect(new Date(rateFreshness(fixingInstant("2026-04-02"), "target", RULES, 0).currentUntil).toISOString()).toBe("2026-04-07T16:00:00.000Z"); // CEST
    expect(new Date(rateFreshness(fixingInstant("2026-12-24"), "target", RULES, 0).currentUntil).toISOString()).toBe("2026-12-28T17:00:00.000Z");
    expect(new Date(nextPublicationAfter(fixingInstant("2026-12-24"))).toISOString()).toBe("2026-12-28T15:00:00.000Z");
  });

  it("expects the fixing of the latest business day whose publication plus grace has passed", () => {
    expect(expectedFixingDay(at("2026-11-30T16:59:59Z"), RULES.publicationGraceMs)).toBe("2026-11-27"); // Monday, within the grace
    expect(expectedFixingDay(at("2026-11-30T17:00:00Z"), RULES.publicationGraceMs)).toBe("2026-11-30");
    expect(expectedFixingDay(at("2026-04-06T12:00:00Z"), RULES.publicationGraceMs)).toBe("2026-04-02"); // Easter Monday
    expect(expectedFixingDay(at("2027-01-01T10:00:00Z"), 0)).toBe("2026-12-31");
  });

  it("is current exactly from the expected day on, at any instant 1999–2100 (property)", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1999, 0, 10), max: Date.UTC(2100, 11, 31) }), fc.integer({ min: 0, max: 6 * HOUR }), (now, grace) => {
        const rules = { ...RULES, publicationGraceMs: grace };
        const expected = expectedFixingDay(now, grace);
        expect(isTargetBusinessDay(expected)).toBe(true);
        expect(publicationInstant(expected) + grace).toBeLessThanOrEqual(now);
        expect(publicationInstant(nextBusinessDay(expected)) + grace).toBeGreaterThan(now);
        expect(rateFreshness(fixingInstant(expected), "target", rules, now).current).toBe(true);
        expect(rateFreshness(fixingInstant(previousBusinessDay(expected)), "target", rules, now).current).toBe(false);
        checked++;
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBe(2000);
  });
});
