/**
 * Payments (MyPOS card checkout, PayTo deposits incl. cross-currency, CorePay on-chain): one status set
 * for every method. Provider adapters translate their callbacks into these events.
 *
 *   requires_payment ──processing──▶ processing ──funds_received──▶ succeeded | partially_paid | overpaid
 *        │   ▲                          │  └─dropped──▶ requires_payment | partially_paid (a tx vanished)
 *        │   └──────────────────────────┘
 *        ├─funds_received──▶ partially_paid | succeeded | overpaid   (several deposits add up, exactly)
 *        ├─failed──▶ failed          ├─cancelled──▶ cancelled        ├─expired (alarm)──▶ expired
 *   succeeded/overpaid/partially_paid ──reversed──▶ reversed (card rollback, chargeback; also from
 *   requires_payment/processing when a rollback overtakes its notify)
 *
 * Money that arrives after a final status (expired, failed, cancelled, reversed) is recorded, counted in
 * `amountReceived` and flags the payment for review: it is never lost, and never silently makes an
 * expired payment succeed at a stale rate. Lateness is judged on CorePort's clock when the event
 * arrives (the expiry is CorePort's promise; `occurredAt` is the provider's claim).
 *
 * A payment in `processing` does not expire (money is in flight; a scheduled status check reconciles
 * it); if it falls back to a status that expires after the expiry passed, it expires at once.
 *
 * Events that arrive out of order are judged in arrival order: a `processing` after `succeeded`
 * (paid before pending) is refused and recorded, and the payment stays succeeded.
 */
import { ConfirmationsData, EmptyData, HoldData, MoneyData, ReasonData, ReleaseData } from "./event-data";
import { defineMachine } from "./types";

const UNPAID = { pending: "processing", short: "partially_paid", exact: "succeeded", over: "overpaid" } as const;

export const paymentMachine = defineMachine({
  kind: "payment",
  notificationPrefix: "payment",
  initial: "requires_payment",
  states: {
    requires_payment: { description: "Waiting for the customer to pay", expires: true },
    processing: { description: "A payment is in flight (card authorising, transaction seen but not confirmed)" },
    partially_paid: { description: "Less than the amount due has arrived; more may follow until expiry", expires: true },
    succeeded: { description: "Exactly the amount due has arrived" },
    overpaid: { description: "More than the amount due has arrived; the merchant decides about the excess" },
    expired: { description: "Not (fully) paid before the expiry; late money is recorded and flagged for review" },
    failed: { description: "The payment failed (declined card, 3-D Secure failure, provider error)" },
    cancelled: { description: "Cancelled before any money arrived" },
    reversed: { description: "Money was returned to the customer (card rollback or chargeback)" },
  },
  expiryEvent: "payment.expired",
  events: {
    "payment.processing": {
      description: "The provider started processing a payment (authorisation running, transaction seen on-chain)",
      actors: ["provider", "system"],
      data: HoldData,
      money: "hold",
      from: { requires_payment: { to: "processing" }, partially_paid: { to: "processing" }, processing: { to: "processing" } },
    },
    "payment.confirmations": {
      description: "New confirmation count of a pending on-chain transaction",
      actors: ["provider"],
      data: ConfirmationsData,
      from: { processing: { to: "processing" } },
      guard: (state, data: { transactionId: string }) =>
        state.pending[data.transactionId] === undefined ? `transaction '${data.transactionId}' is not pending` : undefined,
      effect: (next, data: { transactionId: string; confirmations: number; required?: number }) => {
        next.confirmations[data.transactionId] = { seen: data.confirmations, required: data.required };
      },
    },
    "payment.funds_received": {
      description: "Money arrived and is final (deposit confirmed, card payment captured)",
      actors: ["provider"],
      data: MoneyData,
      money: "credit",
      columns: (data: { transactionId: string }) => ({ providerReference: data.transactionId }),
      from: {
        requires_payment: { settle: UNPAID },
        processing: { settle: UNPAID },
        partially_paid: { settle: UNPAID },
        succeeded: { settle: { over: "overpaid" } },
        overpaid: { settle: { over: "overpaid" } },
        expired: { review: true },
        failed: { review: true },
        cancelled: { review: true },
        reversed: { review: true },
      },
    },
    "payment.dropped": {
      description: "A pending transaction disappeared (dropped or replaced) before it was final",
      actors: ["provider"],
      data: ReleaseData,
      money: "release",
      from: { processing: { settle: { pending: "processing", none: "requires_payment", short: "partially_paid" } } },
    },
    "payment.failed": {
      description: "The payment attempt failed for good",
      actors: ["provider", "system"],
      data: ReasonData,
      from: { requires_payment: { to: "failed" }, processing: { to: "failed" } },
    },
    "payment.cancelled": {
      description: "Cancelled by the merchant, the customer or an operator before any money arrived",
      actors: ["merchant", "operator", "provider"],
      data: ReasonData,
      from: { requires_payment: { to: "cancelled" } },
    },
    "payment.reversed": {
      description: "The money was returned (MyPOS IPCPurchaseRollback, chargeback)",
      actors: ["provider", "operator"],
      data: ReasonData,
      // Also before the money is recorded: a MyPOS rollback can overtake its notify (myPOS reverses when
      // our answer to the notify failed). The payment ends reversed; the notify arriving after it is
      // late money on a final status — counted and flagged for review, never a silent success.
      from: { succeeded: { to: "reversed" }, overpaid: { to: "reversed" }, partially_paid: { to: "reversed" }, requires_payment: { to: "reversed" }, processing: { to: "reversed" } },
    },
    "payment.expired": {
      description: "The expiry passed (Durable Object alarm); a partially paid payment is flagged for review",
      actors: ["system"],
      data: EmptyData,
      from: { requires_payment: { to: "expired" }, partially_paid: { to: "expired", review: true } },
    },
  },
});

export type PaymentStatus = keyof typeof paymentMachine.states;
export type PaymentEventType = keyof typeof paymentMachine.events;
