/**
 * When a failed delivery is tried again. Delay after the n-th failed scheduled attempt:
 * 1 min, 5 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, 16 h, 24 h (±10 % jitter, so a recovering
 * receiver is not hit by every retry at once): 11 attempts over about 2.8 days, then the delivery
 * is failed and the endpoint marked failing.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 1 * HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 12 * HOUR, 16 * HOUR, 24 * HOUR] as const;
export const MAX_SCHEDULED_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const RETRY_JITTER = 0.1;

/** An endpoint failing without a single success for this long is disabled (the merchant can re-enable it). */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * HOUR;

/** Delay before the next attempt after `failedAttempts` scheduled attempts failed; undefined when exhausted. */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number | undefined {
  const base = RETRY_DELAYS_MS[failedAttempts - 1];
  if (base === undefined) return undefined;
  return Math.round(base * (1 + RETRY_JITTER * (2 * random() - 1)));
}
