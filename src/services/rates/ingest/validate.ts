import { dec, type Decimal } from "../../../lib/money";
import { invertForStorage, pairKey, storedOrientation } from "../rate-math";
import type { RateObservation } from "./types";

/** Rates outside [1e-9, 1e9] are not exchange rates between real currencies: a unit or parsing error. */
const MIN_RATE = dec("0.000000001");
const MAX_RATE = dec("1000000000");
/** An observation may be at most this far in the future (clock skew between us and the source). */
const FUTURE_SKEW_MS = 5 * 60_000;
/** A reference older than this is too far away to judge a jump by (first rate after a long gap). */
export const JUMP_REFERENCE_MAX_AGE_MS = 10 * 86_400_000;

/** A plain or exponent decimal as sources write them ("1.0565", "120.83", "7.07e-5"). */
const RATE_TEXT = /^\d{1,20}(\.\d{1,30})?([eE][-+]?\d{1,2})?$/;

/** A validated rate in its stored orientation (see storedOrientation). */
export interface AcceptedRate {
  base: string;
  quote: string;
  /** Normalised plain decimal string (no exponent, no trailing zeros); inverted if the pair was flipped. */
  rate: string;
  date: string;
  asOf: number;
}

export interface RejectedRate {
  base: string;
  quote: string;
  date: string;
  rate: string;
  reason: string;
}

/** The last accepted value of a pair before a batch: `at` is when it held. */
export interface Reference {
  rate: string;
  at: number;
}

export function parseRate(text: string): Decimal | null {
  if (!RATE_TEXT.test(text)) return null;
  return dec(text);
}

function percentMove(from: Decimal, to: Decimal): Decimal {
  return to.minus(from).abs().div(from).times(100);
}

/**
 * Checks every observation: a positive, plausible decimal, not in the future, and not moving more
 * than `maxJumpPercent` from the previous accepted value of the same pair (the stored reference,
 * then each accepted observation of the batch in time order). A rejected rate does not become the
 * reference, so one bad print cannot drag the next good one into rejection. Accepted rates come
 * out in their stored orientation; `references` are keyed the same way.
 */
export function validateObservations(
  observations: RateObservation[],
  references: Map<string, Reference>,
  maxJumpPercent: number,
  now: number,
): { accepted: AcceptedRate[]; rejected: RejectedRate[] } {
  const accepted: AcceptedRate[] = [];
  const rejected: RejectedRate[] = [];
  const last = new Map(references);
  const limit = dec(maxJumpPercent);
  const sorted = [...observations].sort((a, b) => a.asOf - b.asOf);
  for (const o of sorted) {
    const reject = (reason: string) => rejected.push({ base: o.base, quote: o.quote, date: o.date, rate: o.rate, reason });
    if (o.base === o.quote) {
      reject("base and quote are the same currency");
      continue;
    }
    const value = parseRate(o.rate.trim());
    if (!value) {
      reject("not a decimal number");
      continue;
    }
    if (value.lte(0)) {
      reject("not greater than zero");
      continue;
    }
    if (value.lt(MIN_RATE) || value.gt(MAX_RATE)) {
      reject("outside the plausible range 1e-9 … 1e9");
      continue;
    }
    if (o.asOf > now + FUTURE_SKEW_MS) {
      reject("dated in the future");
      continue;
    }
    const stored = storedOrientation(o.base, o.quote);
    const storedValue = stored.inverted ? invertForStorage(value) : value;
    const key = pairKey(stored.base, stored.quote);
    const ref = last.get(key);
    if (ref && ref.at <= o.asOf && o.asOf - ref.at <= JUMP_REFERENCE_MAX_AGE_MS) {
      const move = percentMove(dec(ref.rate), storedValue);
      if (move.gt(limit)) {
        const pair = stored.inverted ? ` (as ${key})` : "";
        reject(`moves ${move.round(1).toFixed(1)}% from ${ref.rate}${pair} (limit ${maxJumpPercent}%)`);
        continue;
      }
    }
    const rate = storedValue.toString();
    accepted.push({ base: stored.base, quote: stored.quote, rate, date: o.date, asOf: o.asOf });
    last.set(key, { rate, at: o.asOf });
  }
  return { accepted, rejected };
}
