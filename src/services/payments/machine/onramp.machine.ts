/**
 * On-ramp orders (fiat → stablecoin), by card (MyPOS checkout) or bank transfer (WallMoney & Partners).
 *
 *   awaiting_funds ──funds_received──▶ funds_confirmed ──coins_sent──▶ coins_sent ──completed──▶ completed
 *        │                 │ (short/over/late)                 │            │
 *        │                 ▼                                   └─coins_failed┴──▶ refund_pending ──refunded──▶ refunded
 *        │          awaiting_decision ──proceed (fresh quote)──▶ funds_confirmed
 *        │                 └──rejected──▶ refund_pending
 *        ├─rejected──▶ rejected (never funded)   ├─failed──▶ failed   └─expired (alarm)──▶ expired
 *   awaiting_decision/funds_confirmed ──reversed (card rollback)──▶ failed; after the coins left: flagged for review
 *
 * A wrong amount (several transfers add up) or money after the expiry waits for a decision: proceed
 * with what arrived at a fresh quote, or refund it. `completed` may arrive before `coins_sent` (out of
 * order) and then completes the order directly; a `coins_sent` after `completed` is refused and recorded.
 */
import { EmptyData, MoneyData, OutgoingData, ProceedData, ReasonData } from "./event-data";
import { defineMachine } from "./types";
import { proceedColumns, proceedEffect, proceedGuard } from "./proceed";

const FUNDING = { short: "awaiting_decision", exact: "funds_confirmed", over: "awaiting_decision" } as const;

export const onrampMachine = defineMachine({
  kind: "onramp",
  notificationPrefix: "onramp",
  initial: "awaiting_funds",
  states: {
    awaiting_funds: { description: "Waiting for the customer's card payment or bank transfer", expires: true },
    awaiting_decision: { description: "Funds arrived but not as agreed (short, over or after expiry): proceed or refund" },
    funds_confirmed: { description: "The fiat arrived as agreed; the coins are being sent" },
    coins_sent: { description: "The coin transfer was broadcast" },
    completed: { description: "The coins arrived in the customer's wallet (payoutTxHash)" },
    refund_pending: { description: "The fiat is being returned to the customer" },
    refunded: { description: "The fiat was returned" },
    rejected: { description: "Closed by the merchant before any money arrived" },
    failed: { description: "The payment failed (card declined, transfer rejected by the bank)" },
    expired: { description: "No funds arrived before the expiry" },
  },
  expiryEvent: "onramp.expired",
  events: {
    "onramp.funds_received": {
      description: "Fiat arrived (card capture or a bank transfer matched by its reference); several transfers add up",
      actors: ["provider"],
      data: MoneyData,
      money: "credit",
      columns: (data: { transactionId: string }) => ({ providerReference: data.transactionId }),
      from: {
        awaiting_funds: { settle: FUNDING },
        awaiting_decision: { settle: FUNDING },
        expired: { to: "awaiting_decision" },
        funds_confirmed: { review: true },
        coins_sent: { review: true },
        completed: { review: true },
        refund_pending: { review: true },
        refunded: { review: true },
        rejected: { review: true },
        failed: { review: true },
      },
    },
    "onramp.proceed": {
      description: "The merchant goes on with the amount that arrived, at a fresh quote",
      actors: ["merchant", "operator"],
      data: ProceedData,
      from: { awaiting_decision: { to: "funds_confirmed" } },
      guard: proceedGuard,
      columns: proceedColumns,
      effect: proceedEffect,
    },
    "onramp.rejected": {
      description: "The merchant rejects the order: closed if unfunded, refunded if money arrived",
      actors: ["merchant", "operator"],
      data: ReasonData,
      from: { awaiting_funds: { to: "rejected" }, awaiting_decision: { to: "refund_pending" } },
    },
    "onramp.coins_sent": {
      description: "The stablecoin transfer to the customer's wallet was broadcast",
      actors: ["provider", "system"],
      data: OutgoingData,
      columns: (data: { transactionId: string }) => ({ payoutTxHash: data.transactionId }),
      from: { funds_confirmed: { to: "coins_sent" } },
    },
    "onramp.completed": {
      description: "The coin transfer is final",
      actors: ["provider", "system"],
      data: OutgoingData,
      columns: (data: { transactionId: string }) => ({ payoutTxHash: data.transactionId }),
      from: { coins_sent: { to: "completed" }, funds_confirmed: { to: "completed" } },
    },
    "onramp.coins_failed": {
      description: "The coins could not be sent; the fiat is refunded",
      actors: ["provider", "system"],
      data: ReasonData,
      from: { funds_confirmed: { to: "refund_pending" }, coins_sent: { to: "refund_pending" } },
    },
    "onramp.refunded": {
      description: "The fiat refund went out",
      actors: ["provider", "operator"],
      data: OutgoingData,
      from: { refund_pending: { to: "refunded" } },
    },
    "onramp.reversed": {
      description: "The customer's payment was reversed after it arrived (card rollback, chargeback)",
      actors: ["provider", "operator"],
      data: ReasonData,
      from: {
        awaiting_decision: { to: "failed" },
        funds_confirmed: { to: "failed" },
        // The coins are already out: an operator has to recover them.
        coins_sent: { review: true },
        completed: { review: true },
      },
    },
    "onramp.failed": {
      description: "The customer's payment failed",
      actors: ["provider"],
      data: ReasonData,
      from: { awaiting_funds: { to: "failed" } },
    },
    "onramp.expired": {
      description: "The expiry passed without funds (Durable Object alarm)",
      actors: ["system"],
      data: EmptyData,
      from: { awaiting_funds: { to: "expired" } },
    },
  },
});

export type OnrampStatus = keyof typeof onrampMachine.states;
export type OnrampEventType = keyof typeof onrampMachine.events;
