/**
 * What the widget tells the host page, through `onEvent` and as `coreport:<type>` DOM events on the
 * widget element (they bubble and cross the shadow boundary). Payment snapshots carry no secrets.
 */
import type { Payment } from "./api";
import type { PaymentMethod } from "./payment-method";

export interface PaymentSnapshot {
  id: string;
  method: PaymentMethod;
  status: string;
  amount: string;
  currency: string;
  asset: string;
  amountReceived: string;
  reference: string | null;
}

/** What the host page is told about a payment (never its client secret). `currency`: the price's. */
export function paymentSnapshot(p: Payment, currency: string): PaymentSnapshot {
  return { id: p.id, method: p.method, status: p.status, amount: p.amountExpected, currency, asset: p.asset, amountReceived: p.amountReceived, reference: p.merchantReference };
}

export interface QuoteSnapshot {
  id: string;
  asset: string;
  send: { asset: string; amount: string };
  receive: { asset: string; amount: string };
  totalFee: string;
  expiresAt: string;
}

export type CheckoutEvent =
  | { type: "ready"; methods: PaymentMethod[] }
  | { type: "quote"; quote: QuoteSnapshot }
  | { type: "payment_created"; payment: PaymentSnapshot }
  /** MyPOS: the customer is about to leave for the hosted card checkout. */
  | { type: "redirect"; payment: PaymentSnapshot; url: string }
  /** Every status change seen while following a payment. */
  | { type: "status"; payment: PaymentSnapshot }
  /** A final state: succeeded, overpaid, expired, failed, cancelled or reversed. */
  | { type: "completed"; payment: PaymentSnapshot; outcome: "succeeded" | "failed" }
  /** Something went wrong; `message` is what the customer is shown. */
  | { type: "error"; message: string; code?: string; status?: number; requestId?: string };

export type CheckoutEventType = CheckoutEvent["type"];
