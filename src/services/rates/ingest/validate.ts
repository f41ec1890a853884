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

interface Candidate {
  o: RateObservation;
  key: string;
  stored: { base: string; quote: string; inverted: boolean };
  value: Decimal;
}

/**
 * Checks every observation: a positive, plausible decimal, not in the future, and not moving more
 * than `maxJumpPercent` from the previous accepted value of the same pair (the stored reference,
 * then each accepted observation of the batch in time order) — unless the next observation of the
 * pair in the batch confirms the new level (within the limit of it, at most JUMP_REFERENCE_MAX_AGE_MS
 * later). So a history can move by any amount over the years, and even by more than the limit from
 * one fixing to the next when the move lasts (TRY on 21 Dec 2021, ISK in Oct 2008), while a one-day
 * spike that reverts — a unit or parsing error — is refused; the newest fixing of a batch has no
 * confirmation and must be within the limit. A rejected rate does not become the reference, so one
 * bad print cannot drag the next good one into rejection. Accepted rates come out in their stored
 * orientation, oldest first; `references` are keyed the same way.
 */
export function validateObservations(
  observations: RateObservation[],
  references: Map<string, Reference>,
  maxJumpPercent: number,
  now: number,
): { accepted: AcceptedRate[]; rejected: RejectedRate[] } {
  const accepted: AcceptedRate[] = [];
  const rejected: RejectedRate[] = [];
  const limit = dec(maxJumpPercent);
  const reject = (o: RateObservation, reason: string) => rejected.push({ base: o.base, quote: o.quote, date: o.date, rate: o.rate, reason });
  const byPair = new Map<string, Candidate[]>();
  for (const o of observations) {
    if (o.base === o.quote) {
      reject(o, "base and quote are the same currency");
      continue;
    }
    const value = parseRate(o.rate.trim());
    if (!value) {
      reject(o, "not a decimal number");
      continue;
    }
    if (value.lte(0)) {
      reject(o, "not greater than zero");
      continue;
    }
    if (value.lt(MIN_RATE) || value.gt(MAX_RATE)) {
      reject(o, "outside the plausible range 1e-9 … 1e9");
      continue;
    }
    if (o.asOf > now + FUTURE_SKEW_MS) {
      reject(o, "dated in the future");
      continue;
    }
    const stored = storedOrientation(o.base, o.quote);
    const key = pairKey(stored.base, stored.quote);
    const candidate = { o, key, stored, value: stored.inverted ? invertForStorage(value) : value };
    const list = byPair.get(key);
    if (list) list.push(candidate);
    else byPair.set(key, [candidate]);
  }
  const within = (from: Decimal, to: Decimal) => !percentMove(from, to).gt(limit);
  for (const [key, list] of byPair) {
    list.sort((a, b) => a.o.asOf - b.o.asOf);
    let ref = references.get(key);
    let refValue = ref ? dec(ref.rate) : null;
    list.forEach((c, i) => {
      const { o } = c;
      if (ref && refValue && ref.at <= o.asOf && o.asOf - ref.at <= JUMP_REFERENCE_MAX_AGE_MS && !within(refValue, c.value)) {
        const next = list[i + 1];
        const confirmed = next && next.o.asOf - o.asOf <= JUMP_REFERENCE_MAX_AGE_MS && within(c.value, next.value);
        if (!confirmed) {
          const move = percentMove(refValue, c.value);
          const pair = c.stored.inverted ? ` (as ${key})` : "";
          reject(o, `moves ${move.round(1).toFixed(1)}% from ${ref.rate}${pair} (limit ${maxJumpPercent}%)`);
          return;
        }
      }
      const rate = c.value.toString();
      accepted.push({ base: c.stored.base, quote: c.stored.quote, rate, date: o.date, asOf: o.asOf });
      ref = { rate, at: o.asOf };
      refValue = c.value;
    });
  }
  accepted.sort((a, b) => a.asOf - b.asOf);
  return { accepted, rejected };
}
