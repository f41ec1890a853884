/**
 * The catalogue of events CorePort sends to merchants. Every accepted state change of a payment or
 * ramp order emits one, with a stable id (`evt_…`, the `webhook-id` header) and a snapshot of the
 * object after the change. Endpoints subscribe to a list of these types, or to "*".
 * Statuses follow the payments core (issue 5) and the methods (issues 8, 9).
 */
export const EVENT_CATALOGUE = {
  "payment.created": "A payment was created and waits for the customer (status requires_payment).",
  "payment.processing": "Funds were seen or a card was authorised; the payment awaits confirmation.",
  "payment.succeeded": "The payment received the expected amount and is final.",
  "payment.partially_paid": "Less than the expected amount arrived before expiry; the merchant decides how to settle.",
  "payment.overpaid": "More than the expected amount arrived; the excess awaits a refund decision.",
  "payment.expired": "The payment expired without (enough) funds.",
  "payment.failed": "The payment failed (declined card, 3-D Secure failure, dropped transaction).",
  "payment.cancelled": "The customer or the merchant cancelled the payment.",
  "payment.reversed": "A completed payment was reversed by the provider (e.g. MyPOS rollback).",
  "payment.needs_review": "Funds arrived after expiry or did not match; flagged for a person to review.",
  "onramp.created": "An on-ramp order was created and waits for the customer's fiat payment.",
  "onramp.processing": "The fiat payment was confirmed; the coins are being sent.",
  "onramp.completed": "The coins were sent; the snapshot carries the transaction hash.",
  "onramp.failed": "The order failed (payment declined, wrong amount or reference, payout failed).",
  "onramp.expired": "The order expired before the customer paid.",
  "offramp.created": "An off-ramp order was created and waits for the customer's deposit.",
  "offramp.deposit_received": "The expected deposit arrived; the payout is under way.",
  "offramp.action_required": "The deposit was short or over; proceed-partial or reject decides.",
  "offramp.completed": "The payout was sent (bank transfer or on-chain).",
  "offramp.failed": "The payout failed or was returned by the bank; a refund follows.",
  "offramp.rejected": "The order was rejected; a funded deposit is refunded less the network fee.",
  "offramp.refunded": "The deposit was refunded to its sender.",
  "offramp.expired": "The order expired before a deposit arrived.",
} as const satisfies Record<string, string>;

export type MerchantEventType = keyof typeof EVENT_CATALOGUE;
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as MerchantEventType[];
/** Subscribes an endpoint to every type, including types added later. */
export const ALL_EVENTS = "*";

export function isCatalogued(type: string): type is MerchantEventType {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}

/** Does an endpoint subscribed to `subscribed` want events of `type`? */
export function subscribes(subscribed: readonly string[], type: string): boolean {
  return subscribed.includes(ALL_EVENTS) || subscribed.includes(type);
}
