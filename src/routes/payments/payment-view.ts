/** A payment as the Payments endpoints show it (D1 row or live Durable Object row, plus its timeline). */
import type { z } from "@hono/zod-openapi";
import type { Payment } from "../../db/schema";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import type { SubjectEvent } from "../../services/payments/subject";
import type { PaymentSchema, TimelineEventSchema } from "./payments.schemas";

type PaymentView = z.infer<typeof PaymentSchema>;
type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export function timelineView(events: SubjectEvent[]): TimelineEvent[] {
  return events.map((e) => ({
    id: e.id,
    seq: e.seq,
    type: e.type,
    source: e.source,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    accepted: e.accepted,
    reason: e.reason,
    data: e.data,
    occurredAt: new Date(e.occurredAt).toISOString(),
    recordedAt: new Date(e.createdAt).toISOString(),
  }));
}

export function paymentView(row: Payment, events: SubjectEvent[]): PaymentView {
  const remaining = dec(row.amountExpected).minus(row.amountReceived);
  return {
    id: row.id,
    object: "payment",
    method: row.method,
    status: row.status,
    asset: row.asset,
    amountExpected: row.amountExpected,
    amountReceived: row.amountReceived,
    // Written with the amount due's decimals (the asset's), like amountReceived.
    amountRemaining: formatDecimal(remaining.gt(0) ? remaining : dec(0), scaleOf(row.amountExpected), "down"),
    settlement: row.settlementAsset && row.settlementAmount ? { asset: row.settlementAsset, amount: row.settlementAmount } : null,
    rate: row.rate,
    fees: row.fees,
    quoteId: row.quoteId,
    referrerId: row.referrerId,
    merchantReference: row.merchantReference,
    metadata: row.metadata,
    needsReview: row.needsReview,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    timeline: timelineView(events),
  };
}
