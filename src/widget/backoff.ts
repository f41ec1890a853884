/**
 * Polling schedule for following a payment: quick at first (a wallet usually pays within seconds
 * of showing the QR code), then slower, with jitter so many open checkouts do not poll in step.
 * A `Retry-After` from the server (429/503) always wins.
 */
export interface BackoffOptions {
  initialMs: number;
  factor: number;
  maxMs: number;
  /** 0..1: each delay is spread uniformly over ±jitter of itself. */
  jitter: number;
}

export const POLL_BACKOFF: BackoffOptions = { initialMs: 2000, factor: 1.5, maxMs: 15000, jitter: 0.2 };

/** Delay before attempt `n` (0-based). `random` is injectable for tests. */
export function backoffDelay(n: number, options: BackoffOptions = POLL_BACKOFF, random: () => number = Math.random): number {
  const base = Math.min(options.maxMs, options.initialMs * options.factor ** Math.max(0, n));
  const spread = base * options.jitter * (random() * 2 - 1);
  return Math.round(Math.min(options.maxMs * (1 + options.jitter), Math.max(0, base + spread)));
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), capped; undefined if absent/invalid. */
export function retryAfterMs(header: string | null, now = Date.now(), capMs = 60000): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(capMs, Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.min(capMs, Math.max(0, at - now));
}
