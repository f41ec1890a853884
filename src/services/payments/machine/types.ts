/**
 * The vocabulary of the payment/order state machines. A machine is plain data: its states, the events
 * it understands, and for each event the statuses it may arrive in and what it leads to. The reducer
 * (../reducer.ts) is the only code that interprets it, so the table below each machine IS the
 * documentation of what can happen to money.
 */
import type { z } from "@hono/zod-openapi";
import type { Payment, RampOrder } from "../../../db/schema";

export type SubjectKind = "payment" | "onramp" | "offramp";

/**
 * Who may send an event. `provider` = a verified webhook (source = the provider's code), `system` =
 * CorePort itself (expiry alarm, reconciliation), `merchant` = the merchant's API call (decisions on an
 * order), `operator` = an admin action.
 */
export type Actor = "provider" | "system" | "merchant" | "operator";

/** The pseudo-status a subject has before its creation event. */
export const NEW_STATUS = "new";

/**
 * How the money stands after an event's amount effect, used by `settle` rules:
 * `none` nothing received yet, `short` less than expected, `exact`, `over` more than expected;
 * `pending` takes precedence when some transaction is still unconfirmed and the rule names it.
 */
export type Settlement = "none" | "pending" | "short" | "exact" | "over";

/** What an event does in one status. */
export type Rule<S extends string> =
  /** Go to `to`; `review` also flags the subject for an operator (e.g. expired with money in it). */
  | { to: S; review?: boolean }
  /** Pick the target from how the money stands after the event (several deposits add up). */
  | { settle: Partial<Record<Settlement, S>> }
  /** Keep the status, record the money and flag for review: money that came after the fact (late, extra). */
  | { review: true };

/**
 * The amount effect of an event: `credit` counts `data.amount` of transaction `data.transactionId` as
 * received (once per transaction), `hold` notes it as seen but unconfirmed, `release` forgets a held
 * transaction (dropped/replaced).
 */
export type MoneyEffect = "credit" | "hold" | "release";

/** D1 columns an accepted event may set, besides status/amounts/version (see ../subject.ts). */
export type PaymentColumns = Partial<Pick<Payment, "providerReference">>;
export type RampColumns = Partial<Pick<RampOrder, "providerReference" | "payoutTxHash" | "sourceAmount" | "targetAmount" | "rate" | "fees" | "quoteId">>;
export type SubjectColumns = PaymentColumns & RampColumns;

/** The state the reducer works on; the Durable Object persists it as one JSON document. */
export interface SubjectState {
  kind: SubjectKind;
  status: string;
  /** Asset/currency the customer pays in (payment asset, on-ramp fiat, off-ramp coin). */
  asset: string;
  /** What must arrive for the subject to be settled (decimal string). A decision may change it. */
  amountExpected: string;
  /** Sum of credited transactions (decimal string, exact). */
  amountReceived: string;
  /** Seen but not final transactions: id → amount. */
  pending: Record<string, string>;
  /** Transactions already credited: a second credit for one of them is refused. */
  credited: string[];
  /** Latest confirmation count per on-chain transaction. */
  confirmations: Record<string, { seen: number; required?: number }>;
  needsReview: boolean;
  /** Epoch ms after which the subject expires (if its status expires). */
  expiresAt: number;
  /** Columns set by accepted events (provider reference, payout hash, re-quoted amounts…). */
  columns: SubjectColumns;
  /** Reason of the last failure/rejection, for display. */
  lastReason?: string;
}

export interface EventDef<S extends string> {
  description: string;
  actors: readonly Actor[];
  /** Schema of `event.data`; the reducer refuses (does not record) data that does not parse. */
  data: z.ZodType;
  money?: MoneyEffect;
  from: Partial<Record<S, Rule<S>>>;
  /** Extra precondition; returns the refusal reason, or undefined when the event may apply. */
  guard?: (state: Readonly<SubjectState>, data: any) => string | undefined;
  /** D1 columns the accepted event sets. */
  columns?: (data: any) => SubjectColumns;
  /** Other bookkeeping on the next state (e.g. confirmation counts). */
  effect?: (next: SubjectState, data: any) => void;
}

export interface StateDef {
  description: string;
  /** The expiry alarm applies `expiryEvent` while the subject is in this status past its expiry. */
  expires?: boolean;
}

export interface Machine<S extends string = string, E extends string = string> {
  kind: SubjectKind;
  /** Prefix of merchant notification types (`payment.succeeded`, `offramp.completed`). */
  notificationPrefix: string;
  initial: S;
  states: Record<S, StateDef>;
  /** The system event the alarm applies at expiry. */
  expiryEvent: NoInfer<E>;
  events: Record<E, EventDef<S>>;
}

/** Build a machine with its status and event names checked by the compiler. */
export function defineMachine<const S extends string, const E extends string>(machine: Machine<S, E>): Machine<S, E> {
  return machine;
}
