import { and, eq } from "drizzle-orm";
import { requireAuth } from "../../auth/authenticate";
import { getDb } from "../../db/client";
import { payments, type Payment } from "../../db/schema";
import type { AppRouteHandler } from "../../lib/create-router";
import { keyset, toPage } from "../../lib/pagination";
import type { listPayments } from "./list.routes";

export function presentPaymentSummary(p: Payment) {
  return {
    id: p.id, method: p.method, status: p.status, asset: p.asset, amountExpected: p.amountExpected, amountReceived: p.amountReceived,
    settlementAsset: p.settlementAsset, settlementAmount: p.settlementAmount, rate: p.rate, fees: p.fees, quoteId: p.quoteId,
    merchantReference: p.merchantReference, metadata: p.metadata, needsReview: p.needsReview,
    expiresAt: p.expiresAt.toISOString(), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
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
