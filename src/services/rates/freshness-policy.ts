import type { Bindings } from "../../env";
import { intVar } from "../../lib/config";
import { rateFreshness, type FreshnessRules, type PublicationSchedule } from "./calendar/freshness";
import { ECB_SOURCE } from "./ingest/ecb";
import type { RateStamp } from "./rate-math";

/** Default of RATE_STALE_AFTER_SECONDS: the age limit of rates from sources without a publication calendar. */
export const DEFAULT_STALE_AFTER_SECONDS = 172_800;
/** Default of RATE_PUBLICATION_GRACE_SECONDS: how late after 16:00 Frankfurt time the ECB's fixing may arrive. */
export const DEFAULT_PUBLICATION_GRACE_SECONDS = 7_200;

/** The freshness rules this deployment runs with. */
export function freshnessRules(env: Bindings): FreshnessRules {
  return {
    publicationGraceMs: intVar(env.RATE_PUBLICATION_GRACE_SECONDS, DEFAULT_PUBLICATION_GRACE_SECONDS) * 1000,
    continuousMaxAgeMs: intVar(env.RATE_STALE_AFTER_SECONDS, DEFAULT_STALE_AFTER_SECONDS) * 1000,
  };
}

/**
 * How a source publishes: the ECB on the TARGET calendar; JSON feeds, operator pushes and the seed
 * have no calendar and are judged by age.
 */
export function scheduleOf(source: string): PublicationSchedule {
  return source === ECB_SOURCE ? "target" : "continuous";
}

export interface StampsFreshness {
  /** Every stored rate used is current. */
  current: boolean;
  /** The earliest moment one of them stops being current; null when no stored rate is involved (parity). */
  currentUntil: number | null;
}

/** Freshness of an answer computed from these stored rates: current while every one of them is. */
export function stampsFreshness(stamps: readonly RateStamp[], rules: FreshnessRules, now: number): StampsFreshness {
  let until: number | null = null;
  for (const s of stamps) {
    const f = rateFreshness(s.asOf, scheduleOf(s.source), rules, now);
    if (until === null || f.currentUntil < until) until = f.currentUntil;
  }
  return { current: until === null || now < until, currentUntil: until };
}
