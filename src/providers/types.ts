/**
 * The provider adapter interface: what keeps payment methods apart from the payments core.
 *
 *   createSession   — what the customer needs to pay (a signed checkout form, a deposit address …)
 *   verifyCallback  — authenticate a provider callback from its raw bytes (writes nothing; throws a
 *                     401 problem for a missing/bad signature and a 400 for a malformed payload)
 *   mapCallback     — pure translation of a verified callback into events for the payment's Durable
 *                     Object; [] when the callback changes nothing (a browser return, "still pending")
 *
 * Events use the payments core's vocabulary (src/services/payments/machine/payment.machine.ts, issue 5):
 * each names its type, the provider (`source`), a `providerEventId` that is the same for every
 * delivery of the same fact (so redeliveries, and the same fact learnt twice — a notify and a status
 * check — are recognised), and `data` in the shape the core's schema for that type expects.
 */
import type { ProviderMode } from "./mode";

export type PaymentMethod = "mypos" | "payto" | "corepay";

/** `data` of `payment.funds_received`: money that arrived and is final (counted once per transactionId). */
export interface FundsReceivedData {
  transactionId: string;
  amount: string;
  asset?: string;
  /** On-chain transfers: the block it is in (shown by the CorePay status endpoint). */
  blockNumber?: number;
}
/** `data` of `payment.processing`: a payment in flight (a transaction seen, not final). */
export interface ProcessingData {
  transactionId?: string;
  amount?: string;
  asset?: string;
  blockNumber?: number;
}
/** `data` of `payment.confirmations`. */
export interface ConfirmationsData {
  transactionId: string;
  confirmations: number;
  required?: number;
}
/** `data` of `payment.dropped`: a pending transaction vanished (dropped, replaced, reorganised away). */
export interface DroppedData {
  transactionId: string;
  reason?: string;
}
/** `data` of `payment.failed` / `payment.cancelled` / `payment.reversed`. */
export interface ReasonData {
  reason?: string;
  code?: string;
}

/**
 * Which payment an event is for: named by the provider, or only by the deposit address the money went
 * to (PayTo providers may not know our ids; the endpoint then finds the payment in D1 by its address).
 */
export type EventSubject = { paymentId: string; depositAddress?: string } | { paymentId?: undefined; depositAddress: string };
// `paymentId` may also name a card on-ramp order (`ord_…`): myPOS checkouts serve both; the payments
// core maps the event to the order's vocabulary (src/services/payments/webhooks/provider-events.ts).

export type ProviderEvent = EventSubject & {
  source: PaymentMethod;
  /** Stable identity of the fact (≤ 200 printable characters). */
  providerEventId: string;
  /** When the provider says it happened (ISO 8601); lateness is judged on CorePort's clock, not this. */
  occurredAt: string;
  /** Provider facts worth keeping on the timeline but not part of the core's data (block, card brand…). */
  details?: Record<string, string | number | null>;
} & (
  | { type: "payment.funds_received"; data: FundsReceivedData }
  | { type: "payment.processing"; data: ProcessingData }
  | { type: "payment.confirmations"; data: ConfirmationsData }
  | { type: "payment.dropped"; data: DroppedData }
  | { type: "payment.failed" | "payment.cancelled" | "payment.reversed"; data: ReasonData }
);

export type ProviderEventType = ProviderEvent["type"];

/** A provider callback exactly as received: signatures cover the raw bytes. */
export interface RawCallback {
  headers: Headers;
  body: Uint8Array;
}

export interface MapContext {
  /** When CorePort received the callback. */
  receivedAt: Date;
}

export interface ProviderAdapter<SessionInput, Session, Callback> {
  readonly method: PaymentMethod;
  readonly mode: ProviderMode;
  createSession(input: SessionInput): Promise<Session>;
  verifyCallback(callback: RawCallback): Promise<Callback>;
  mapCallback(callback: Callback, context: MapContext): ProviderEvent[];
}
