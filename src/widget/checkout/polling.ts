/**
 * Following a payment to a final state: read it with its client secret, quickly while it changes and
 * with backoff while it does not; a server's Retry-After wins. Blips are ridden out; a 404, 401 or
 * 403 will not heal, so it ends the polling.
 */
import type { ApiProblemError } from "../../client";
import type { Payment, WidgetApi } from "../api";
import { backoffDelay, retryAfterMs } from "../backoff";
import type { PaymentMethod } from "../payment-method";
import type { Timers } from "./timers";

/** Stop following a payment this long after it expired if the API never reports a final state. */
export const FOLLOW_GRACE_MS = 10 * 60 * 1000;

export interface FollowTarget {
  method: PaymentMethod;
  id: string;
  clientSecret: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface FollowHandlers {
  /** Every answer, `changed` when its status differs from the last one; true when it is final (polling ends). */
  onAnswer(payment: Payment, changed: boolean): boolean;
  /** A failure that will not heal; polling ends. */
  onFatal(error: unknown): void;
}

export function followPayment(
  api: WidgetApi,
  timers: Timers,
  target: FollowTarget,
  lastStatus: string,
  handlers: FollowHandlers,
  attempt = 0,
  waitMs?: number,
): void {
  if (Date.now() > target.expiresAt + FOLLOW_GRACE_MS) return;
  timers.later(waitMs ?? backoffDelay(attempt), async () => {
    try {
      const { payment, retryAfter } = await api.readPayment(target.method, target.id, target.clientSecret);
      if (timers.disposed) return;
      const changed = payment.status !== lastStatus;
      if (handlers.onAnswer(payment, changed)) return;
      // A change means things are moving: look again soon.
      followPayment(api, timers, target, payment.status, handlers, changed ? 0 : attempt + 1, retryAfterMs(retryAfter));
    } catch (error) {
      if (timers.disposed) return;
      const e = error as Partial<ApiProblemError>;
      if (e.status === 404 || e.status === 401 || e.status === 403) return handlers.onFatal(error);
      followPayment(api, timers, target, lastStatus, handlers, attempt + 1, retryAfterMs(e.retryAfter ?? null));
    }
  });
}
