/**
 * WallMoney & Partners callbacks (schemas.ts) → the core events of the ramp machines. The one place
 * that knows what WallMoney's events mean for an order; the webhook adapters of the on-ramp and
 * off-ramp endpoints only route WallMoney's event types here.
 *
 *   transfer.credited  → onramp.funds_received on the order whose ISO 11649 reference the transfer
 *                        carries (structured field, else found in the remittance text); no reference
 *                        we issued, or one no order carries → recorded in unmatched_transfers (202)
 *   coins.delivered    → the coin delivery's transaction hash is recorded → onramp.coins_sent
 *   payout.sent        → the bank payout record is `sent` → offramp.payout_completed
 *   payout.failed      → `failed` → offramp.payout_failed (refund path; no money moved)
 *   payout.returned    → `returned` → offramp.payout_returned (refund path)
 *
 * Idempotency: the event's `id` (= `webhook-id`, checked) is the provider event id, so a redelivery
 * returns the first outcome; a transfer is credited at most once by its `transferId` (the machine
 * refuses a second credit of one transaction), and the payout records move only forwards.
 */
import { and, eq, gte, lt } from "drizzle-orm";
import { getDb } from "../../db/client";
import { rampOrders } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import type { MappedEvent, VerifiedDelivery } from "../../services/payments/webhooks/adapter";
import { UnmatchedDelivery } from "../../services/payments/webhooks/adapter";
import { recordUnmatchedTransfer } from "../../services/ramps/unmatched-transfers";
import { applyCoinsDelivered } from "../coins/coin-transfers";
import { WALLMONEY_ONRAMP, WALLMONEY_PAYOUT } from "./config";
import { REFERENCE_RAILS, type ReferenceMatch } from "../../lib/creditor-reference";
import { transferReference } from "./matching";
import { applyPayoutCallback } from "./payouts";
import { PAYOUT_REASON_CODES, type CoinsDelivered, type TransferCredited, type WallMoneyOfframpEvent } from "./schemas";

export const WALLMONEY_ONRAMP_EVENTS = ["transfer.credited", "coins.delivered"] as const;
export const WALLMONEY_OFFRAMP_EVENTS = ["payout.sent", "payout.failed", "payout.returned"] as const;

/**
 * The event's `id` is its `webhook-id`: a body signed under another id is refused (400). Shared with the
 * OTC desk, which speaks the same coin-transfer contract.
 */
export function eventBase(event: { id: string; createdAt: string }, delivery: VerifiedDelivery) {
  if (delivery.deliveryId !== undefined && delivery.deliveryId !== event.id) {
    throw ApiError.invalidField("id", `The event id '${event.id}' is not the delivery's webhook-id`, "body", "event_id_mismatch");
  }
  return { providerEventId: event.id, occurredAt: Date.parse(event.createdAt) };
}

async function orderByReference(env: Bindings, reference: string): Promise<string | undefined> {
  const row = await getDb(env.DB).select({ id: rampOrders.id }).from(rampOrders).where(eq(rampOrders.paymentReference, reference)).get();
  return row?.id;
}

/**
 * The one bank on-ramp order in `currency` whose reference begins with `prefix` (a reference a bank
 * cut off). A range over the unique index: references are `RF` + digits, and ':' sorts right after
 * '9'. Two candidates are as good as none: the transfer then waits for an operator.
 */
async function orderByReferencePrefix(env: Bindings, prefix: string, currency: string): Promise<string | undefined> {
  const rows = await getDb(env.DB)
    .select({ id: rampOrders.id })
    .from(rampOrders)
    .where(and(gte(rampOrders.paymentReference, prefix), lt(rampOrders.paymentReference, `${prefix}:`), eq(rampOrders.direction, "onramp"), eq(rampOrders.sourceAsset, currency)))
    .limit(2);
  return rows.length === 1 ? rows[0]!.id : undefined;
}

/** The order a transfer's reference names: whole (or whole by chance after a cut) first, else by its beginning. */
async function orderForTransfer(env: Bindings, match: ReferenceMatch, currency: string): Promise<string | undefined> {
  if (match.kind === "exact") {
    const exact = await orderByReference(env, match.reference);
    if (exact || match.reference.length >= REFERENCE_RAILS.sepa.issuedLength) return exact;
    return orderByReferencePrefix(env, match.reference, currency);
  }
  return orderByReferencePrefix(env, match.prefix, currency);
}

async function creditedTransfer(env: Bindings, event: TransferCredited, delivery: VerifiedDelivery): Promise<MappedEvent> {
  const base = eventBase(event, delivery);
  const { transferId, amount, currency } = event.data;
  const match = transferReference(event.data);
  const orderId = match ? await orderForTransfer(env, match, currency) : undefined;
  if (!orderId) {
    // Keep what the sender wrote when it is not ours, so the operator returning the money can see it.
    const written = (match?.kind === "exact" ? match.reference : match?.prefix) ?? event.data.creditorReference ?? undefined;
    const { transfer, duplicate } = await recordUnmatchedTransfer(env, { provider: WALLMONEY_ONRAMP, transactionId: transferId, amount, currency, reference: written, payload: event });
    throw new UnmatchedDelivery({ unmatchedTransferId: transfer.id, reason: transfer.reason, duplicate });
  }
  return { subjectId: orderId, source: WALLMONEY_ONRAMP, event: { ...base, type: "onramp.funds_received", data: { transactionId: transferId, amount, asset: currency } } };
}

async function deliveredCoins(env: Bindings, event: CoinsDelivered, delivery: VerifiedDelivery): Promise<MappedEvent> {
  const base = eventBase(event, delivery);
  const { payout } = await applyCoinsDelivered(env, event, "coin_delivery");
  return { subjectId: payout.orderId, source: WALLMONEY_ONRAMP, event: { ...base, type: "onramp.coins_sent", data: { transactionId: event.data.txHash, amount: payout.amount } } };
}

/** An on-ramp callback (transfer.credited, coins.delivered) as the order's core event. */
export async function mapWallMoneyOnramp(env: Bindings, event: TransferCredited | CoinsDelivered, delivery: VerifiedDelivery): Promise<MappedEvent> {
  return event.type === "transfer.credited" ? creditedTransfer(env, event, delivery) : deliveredCoins(env, event, delivery);
}

/** An off-ramp bank payout callback: the payout record follows the provider, then the order's core event. */
export async function mapWallMoneyOfframp(env: Bindings, event: WallMoneyOfframpEvent, delivery: VerifiedDelivery): Promise<MappedEvent> {
  const base = eventBase(event, delivery);
  // The payout record mirrors WallMoney's fact even when the order refuses the event (e.g. out of order).
  const { payout } = await applyPayoutCallback(env, event);
  const common = { subjectId: payout.orderId, source: WALLMONEY_PAYOUT };
  switch (event.type) {
    case "payout.sent":
      return { ...common, event: { ...base, type: "offramp.payout_completed", data: { transactionId: event.data.endToEndId, amount: payout.amount } } };
    case "payout.failed":
      return { ...common, event: { ...base, type: "offramp.payout_failed", data: { reason: PAYOUT_REASON_CODES[event.data.reasonCode], code: event.data.reasonCode } } };
    case "payout.returned":
      return { ...common, event: { ...base, type: "offramp.payout_returned", data: { reason: PAYOUT_REASON_CODES[event.data.reasonCode], code: event.data.reasonCode } } };
  }
}
