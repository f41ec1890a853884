import { and, eq } from "drizzle-orm";
import { requireAuth } from "../../auth/authenticate";
import { getDb } from "../../db/client";
import { payments, rampOrders, type Payment, type RampOrder } from "../../db/schema";
import type { AppRouteHandler } from "../../lib/create-router";
import { keyset, toPage } from "../../lib/pagination";
import type { listOrders, listPayments } from "./records.routes";

export function presentPaymentSummary(p: Payment) {
  return {
    id: p.id, method: p.method, status: p.status, asset: p.asset, amountExpected: p.amountExpected, amountReceived: p.amountReceived,
    settlementAsset: p.settlementAsset, settlementAmount: p.settlementAmount, rate: p.rate, fees: p.fees, quoteId: p.quoteId,
    merchantReference: p.merchantReference, metadata: p.metadata, needsReview: p.needsReview,
    expiresAt: p.expiresAt.toISOString(), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentOrderSummary(o: RampOrder) {
  return {
    id: o.id, direction: o.direction, rail: o.rail, status: o.status, sourceAsset: o.sourceAsset, targetAsset: o.targetAsset,
    sourceAmount: o.sourceAmount, targetAmount: o.targetAmount, amountDeposited: o.amountDeposited, rate: o.rate, fees: o.fees,
    quoteId: o.quoteId, paymentReference: o.paymentReference, payoutTxHash: o.payoutTxHash, merchantReference: o.merchantReference,
    metadata: o.metadata, expiresAt: o.expiresAt.toISOString(), createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString(),
  };
}

export const listPaymentsHandler: AppRouteHandler<typeof listPayments> = async (c) => {
  const { merchantId } = requireAuth(c, "secret");
  const { limit, cursor, status, method } = c.req.valid("query");
  const page = keyset(payments.createdAt, payments.id, cursor);
  const rows = await getDb(c.env.DB).select().from(payments)
    .where(and(eq(payments.merchantId, merchantId), status ? eq(payments.status, status) : undefined, method ? eq(payments.method, method) : undefined, page.where))
    .orderBy(...page.orderBy)
    .limit(limit + 1);
  c.header("Cache-Control", "no-store");
  return c.json(toPage(rows, limit, presentPaymentSummary), 200);
};

export const listOrdersHandler: AppRouteHandler<typeof listOrders> = async (c) => {
  const { merchantId } = requireAuth(c, "secret");
  const { limit, cursor, status, direction } = c.req.valid("query");
  const page = keyset(rampOrders.createdAt, rampOrders.id, cursor);
  const rows = await getDb(c.env.DB).select().from(rampOrders)
    .where(and(eq(rampOrders.merchantId, merchantId), status ? eq(rampOrders.status, status) : undefined, direction ? eq(rampOrders.direction, direction) : undefined, page.where))
    .orderBy(...page.orderBy)
    .limit(limit + 1);
  c.header("Cache-Control", "no-store");
  return c.json(toPage(rows, limit, presentOrderSummary), 200);
};
