import { and, eq } from "drizzle-orm";
import { requireAuth } from "../../auth/authenticate";
import { getDb } from "../../db/client";
import { rampOrders, type RampOrder } from "../../db/schema";
import type { AppRouteHandler } from "../../lib/create-router";
import { keyset, toPage } from "../../lib/pagination";
import type { listOrders } from "./list.routes";

export function presentOrderSummary(o: RampOrder) {
  return {
    id: o.id, direction: o.direction, rail: o.rail, status: o.status, sourceAsset: o.sourceAsset, targetAsset: o.targetAsset,
    sourceAmount: o.sourceAmount, targetAmount: o.targetAmount, amountDeposited: o.amountDeposited, rate: o.rate, fees: o.fees,
    quoteId: o.quoteId, paymentReference: o.paymentReference, payoutTxHash: o.payoutTxHash, merchantReference: o.merchantReference,
    metadata: o.metadata, expiresAt: o.expiresAt.toISOString(), createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString(),
  };
}

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
