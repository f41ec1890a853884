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
  // Ramp orders: `<direction>.<status>` for every status their state machines can reach
  // (src/payments/machine/{onramp,offramp}.machine.ts; test/ramps/ramp-outcomes.test.ts keeps them in step).
  "onramp.created": "An on-ramp order was created and waits for the customer's card payment or bank transfer.",
  "onramp.awaiting_decision": "Fiat arrived but not as agreed (short, over or after expiry): proceed at a fresh quote or refund.",
  "onramp.funds_confirmed": "The fiat payment was confirmed; the coins are being sent.",
  "onramp.coins_sent": "The coin transfer was broadcast; the snapshot carries the transaction hash.",
  "onramp.completed": "The coins arrived in the customer's wallet; the snapshot carries the transaction hash.",
  "onramp.refund_pending": "The fiat is being returned to the customer (rejected, or the coins could not be sent).",
  "onramp.refunded": "The fiat was returned to the customer.",
  "onramp.rejected": "The merchant closed the order before any money arrived.",
  "onramp.failed": "The payment failed (card declined or reversed, transfer rejected by the bank).",
  "onramp.expired": "The order expired before the customer paid.",
  "onramp.needs_review": "Money arrived that the order could not take (late, extra, after the coins left); flagged for a person.",
  "offramp.created": "An off-ramp order was created and waits for the customer's deposit.",
  "offramp.awaiting_decision": "The deposit was short, over or late; proceed-partial or reject decides.",
  "offramp.payout_pending": "The expected deposit arrived; the payout is under way.",
  "offramp.completed": "The payout was sent (bank transfer or on-chain); the snapshot carries its reference.",
  "offramp.refund_pending": "The deposit is being returned to its sender less the network fee (rejected, payout failed or returned by the bank).",
  "offramp.refunded": "The deposit was refunded to its sender.",
  "offramp.rejected": "The order was closed before any deposit arrived.",
  "offramp.expired": "The order expired before a deposit arrived.",
  "offramp.needs_review": "A deposit arrived after the payout started or the order closed; flagged for a person.",
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
