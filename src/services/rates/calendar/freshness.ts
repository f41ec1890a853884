import { frankfurtDay, isTargetBusinessDay, nextBusinessDay, previousBusinessDay, publicationInstant } from "./target";

/**
 * When is a rate current? Two rules, one per kind of source:
 *
 *  - a fixing published on the TARGET calendar (the ECB) is current while its day is the latest
 *    business day whose publication (16:00 Frankfurt time) plus a grace period has passed — so
 *    Friday's fixing stays current over the weekend until Monday 16:00 + grace, Maundy Thursday's
 *    over Easter until Tuesday, 24 December's over Christmas until the 27th; its age says nothing;
 *  - a feed that publishes around the clock is current while it is younger than its maximum age.
 */
export type PublicationSchedule = "target" | "continuous";

export interface FreshnessRules {
  /** How long after the expected publication time a missing fixing is tolerated (ECB delays, cron interval). */
  publicationGraceMs: number;
  /** Maximum age of a rate from a continuous feed (and of anything without a schedule). */
  continuousMaxAgeMs: number;
}

/** The business day whose fixing must be held at `now`: the latest one whose publication + grace has passed. */
export function expectedFixingDay(now: number, graceMs: number): string {
  let day = frankfurtDay(now);
  if (!isTargetBusinessDay(day)) day = previousBusinessDay(day);
  while (publicationInstant(day) + graceMs > now) day = previousBusinessDay(day);
  return day;
}

/** The fixing day of a rate stamped with a fixing instant (14:15 Frankfurt time of that day). */
export function fixingDayOf(asOf: number): string {
  return frankfurtDay(asOf);
}

export interface RateFreshness {
  current: boolean;
  /** The first instant at which the rate no longer counts as current, if nothing newer arrives (ms since the epoch). */
  currentUntil: number;
}

const nextPublicationMemo = new Map<number, number>();

/**
 * When the next fixing after the one of `asOf` is expected to be published (TARGET schedule): caches
 * of answers built from it may be kept until then, since nothing newer can exist before.
 */
export function nextPublicationAfter(asOf: number): number {
  let at = nextPublicationMemo.get(asOf);
  if (at === undefined) {
    at = publicationInstant(nextBusinessDay(fixingDayOf(asOf)));
    if (nextPublicationMemo.size > 4096) nextPublicationMemo.clear(); // a few distinct stamps per day in practice
    nextPublicationMemo.set(asOf, at);
  }
  return at;
}

/** Is a rate with this `asOf`, from a source publishing on `schedule`, current at `now`? */
export function rateFreshness(asOf: number, schedule: PublicationSchedule, rules: FreshnessRules, now: number): RateFreshness {
  // A continuous feed's rate is current up to and including its maximum age.
  // A fixing stops being current once the next business day's publication + grace has passed.
  const currentUntil = schedule === "continuous" ? asOf + rules.continuousMaxAgeMs + 1 : nextPublicationAfter(asOf) + rules.publicationGraceMs;
  return { current: now < currentUntil, currentUntil };
}
