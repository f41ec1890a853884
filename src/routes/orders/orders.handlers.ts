import { loadOrderForCaller } from "../../auth/ownership";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { readRampOrder } from "../../services/payments/payments.service";
import { createBankInstructions } from "../../providers/wallmoney/bank-onramp";
import { offrampOrderView, offrampPayoutRecord } from "../offramp/offramp.handlers";
import { onrampOrderView } from "../onramp/onramp.handlers";
import type * as routes from "./orders.routes";

export const getOrder: AppRouteHandler<typeof routes.getOrder> = async (c) => {
  const { id } = c.req.valid("param");
  const owned = await loadOrderForCaller(c, id); // 404 for another merchant's order or a wrong client secret
  const read = await readRampOrder(c.env, id, { events: true, stored: owned });
  if (!read) throw ApiError.notFound("Order", id);
  const { row, events } = read;
  c.header("Cache-Control", "no-store");
  if (row.direction === "offramp") return c.json(offrampOrderView(row, events, await offrampPayoutRecord(c.env, row)), 200);
  // The instructions are only worth repeating while the transfer is awaited (same account and reference:
  // sandbox computes them, live mode asks WallMoney again with the order id as idempotency key).
  const awaitingTransfer = row.rail === "bank" && row.status === "awaiting_funds" && row.paymentReference;
  const bankInstructions = awaitingTransfer
    ? await createBankInstructions(c.env, { orderId: row.id, currency: row.sourceAsset, amount: row.sourceAmount, reference: row.paymentReference!, expiresAt: row.expiresAt })
    : null;
  return c.json(onrampOrderView({ row, bankInstructions, checkout: null }, events), 200);
};
