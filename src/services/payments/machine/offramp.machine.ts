/**
 * Off-ramp orders (stablecoin → bank account or another asset).
 *
 *   awaiting_deposit ──deposit_received──▶ payout_pending ──payout_completed──▶ completed
 *        │                  │ (short/over/late)       │                          │
 *        │                  ▼                         └─payout_failed─┐  payout_returned (bank)
 *        │          awaiting_decision ──proceed──▶ payout_pending     ▼          ▼
 *        │                  └──rejected──────────────────────▶ refund_pending ──refunded──▶ refunded
 *        ├─rejected──▶ rejected (never funded)        └─expired (alarm)──▶ expired
 *
 * A deposit that differs from the order (several deposits add up) or arrives after the expiry waits for
 * the merchant: `proceed` pays out what was deposited at a fresh quote, `rejected` refunds the deposit.
 * A failed or returned payout refunds the coins. Deposits after the payout started are recorded and
 * flag the order for review.
 */
import { EmptyData, MoneyData, OutgoingData, ProceedData, ReasonData } from "./event-data";
import { proceedColumns, proceedEffect, proceedGuard } from "./proceed";
import { defineMachine } from "./types";

const DEPOSIT = { short: "awaiting_decision", exact: "payout_pending", over: "awaiting_decision" } as const;

export const offrampMachine = defineMachine({
  kind: "offramp",
  notificationPrefix: "offramp",
  initial: "awaiting_deposit",
  states: {
    awaiting_deposit: { description: "Waiting for the customer's coin deposit", expires: true },
    awaiting_decision: { description: "The deposit differs from the order (short, over or late): proceed at a fresh quote or reject" },
    payout_pending: { description: "The deposit matches; the payout is being made" },
    completed: { description: "The payout was made (payoutTxHash holds its reference)" },
    refund_pending: { description: "The deposit is being returned to its sender, less the network fee" },
    refunded: { description: "The deposit was returned" },
    rejected: { description: "Closed before any deposit arrived" },
    expired: { description: "No deposit arrived before the expiry" },
  },
  expiryEvent: "offramp.expired",
  events: {
    "offramp.deposit_received": {
      description: "Coins arrived at the order's deposit address; several deposits add up",
      actors: ["provider"],
      data: MoneyData,
      money: "credit",
      columns: (data: { transactionId: string }) => ({ providerReference: data.transactionId }),
      from: {
        awaiting_deposit: { settle: DEPOSIT },
        awaiting_decision: { settle: DEPOSIT },
        expired: { to: "awaiting_decision" },
        payout_pending: { review: true },
        completed: { review: true },
        refund_pending: { review: true },
        refunded: { review: true },
        rejected: { review: true },
      },
    },
    "offramp.proceed": {
      description: "The merchant pays out what was deposited, at a fresh quote",
      actors: ["merchant", "operator"],
      data: ProceedData,
      from: { awaiting_decision: { to: "payout_pending" } },
      guard: proceedGuard,
      columns: proceedColumns,
      effect: proceedEffect,
    },
    "offramp.rejected": {
      description: "The merchant rejects the order: closed if unfunded, deposit refunded otherwise",
      actors: ["merchant", "operator"],
      data: ReasonData,
      from: { awaiting_deposit: { to: "rejected" }, awaiting_decision: { to: "refund_pending" } },
    },
    "offramp.payout_completed": {
      description: "The payout was made (bank transfer sent or coins delivered)",
      actors: ["provider", "system"],
      data: OutgoingData,
      columns: (data: { transactionId: string }) => ({ payoutTxHash: data.transactionId }),
      from: { payout_pending: { to: "completed" } },
    },
    "offramp.payout_failed": {
      description: "The payout could not be made; the deposit is refunded",
      actors: ["provider", "system"],
      data: ReasonData,
      from: { payout_pending: { to: "refund_pending" } },
    },
    "offramp.payout_returned": {
      description: "The bank returned the payout; the deposit is refunded",
      actors: ["provider"],
      data: ReasonData,
      from: { completed: { to: "refund_pending" } },
    },
    "offramp.refunded": {
      description: "The refund of the deposit went out",
      actors: ["provider", "operator"],
      data: OutgoingData,
      from: { refund_pending: { to: "refunded" } },
    },
    "offramp.expired": {
      description: "The expiry passed without a deposit (Durable Object alarm)",
      actors: ["system"],
      data: EmptyData,
      from: { awaiting_deposit: { to: "expired" } },
    },
  },
});

export type OfframpStatus = keyof typeof offrampMachine.states;
export type OfframpEventType = keyof typeof offrampMachine.events;
