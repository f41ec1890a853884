import type { PaymentEvent, RampOrder, RampPayout } from "../../db/schema";
import { requireAuth } from "../../auth/authenticate";
import type { Bindings } from "../../env";
import { findPayout } from "../../providers/payouts-store";
import { readRampOrder } from "../../services/payments/payments.service";
import { offrampNextAction, statusHistory } from "../../services/ramps/order-history";
import { loadOrderForCaller } from "../../auth/ownership";
import { ApiError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/create-router";
import { createOfframpOrder, estimateOfframp as estimate, proceedPartial, rejectOfframp as reject } from "../../services/ramps/offramp.service";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import * as routes from "./offramp.routes";

/** The payout record of an off-ramp order (bank transfer or crypto payout), once one was started. */
export function offrampPayoutRecord(env: Bindings, row: RampOrder): Promise<RampPayout | undefined> {
  return findPayout(env, row.id, row.rail === "crypto" ? "crypto_payout" : "bank_payout");
}

/**
 * The public view of an off-ramp order row (its history from `events` when given, else the creation;
 * the payout's own id, status and failure from its record when given).
 */
export function offrampOrderView(row: RampOrder, events?: readonly PaymentEvent[], payoutRecord?: RampPayout) {
  return {
    id: row.id,
    object: "order" as const,
    direction: "offramp" as const,
    rail: row.rail === "crypto" ? ("crypto" as const) : ("bank" as const),
    status: row.status,
    deposit: { asset: row.sourceAsset, amount: row.sourceAmount, address: row.depositAddress, received: row.amountDeposited },
    payout: {
      asset: row.targetAsset,
      amount: row.targetAmount,
      destination: row.destination,
      reference: row.payoutTxHash,
      id: payoutRecord?.id ?? null,
      status: payoutRecord?.status ?? null,
      failure: payoutRecord?.failureCode || payoutRecord?.failureMessage ? { code: payoutRecord.failureCode, message: payoutRecord.failureMessage } : null,
    },
    nextAction: offrampNextAction(row),
    rate: row.rate,
    fees: row.fees,
    quoteId: row.quoteId,
    needsReview: row.needsReview,
    merchantReference: row.merchantReference,
    metadata: row.metadata,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    statusHistory: statusHistory(row, events),
  };
}

/** The view after a decision, with the history the decision added. */
async function decidedView(c: Context<AppEnv>, row: RampOrder) {
  const read = await readRampOrder(c.env, row.id, { events: true });
  const current = read?.row ?? row;
  return offrampOrderView(current, read?.events, await offrampPayoutRecord(c.env, current));
}

export const estimateOfframp: AppRouteHandler<typeof routes.estimateOfframp> = async (c) => {
  const body = c.req.valid("json");
  const quote = await estimate(c.env, { asset: body.asset, currency: body.currency, rail: body.rail, side: "send", amount: body.amount, merchantId: requireAuth(c).merchantId });
  return c.json(quote, 200);
};

export const reverseEstimateOfframp: AppRouteHandler<typeof routes.reverseEstimateOfframp> = async (c) => {
  const body = c.req.valid("json");
  const quote = await estimate(c.env, { asset: body.asset, currency: body.currency, rail: body.rail, side: "receive", amount: body.receiveAmount, merchantId: requireAuth(c).merchantId });
  return c.json(quote, 200);
};

export const createBankOfframp: AppRouteHandler<typeof routes.createBankOfframp> = async (c) => {
  const body = c.req.valid("json");
  const created = await createOfframpOrder(c.env, {
    merchantId: requireAuth(c).merchantId, asset: body.asset, currency: body.currency, amount: body.amount, quoteId: body.quoteId,
    destination: { kind: "bank", account: body.bankAccount }, merchantReference: body.merchantReference, metadata: body.metadata,
  });
  c.get("log").info("offramp order created", { orderId: created.row.id, rail: "bank" });
  return c.json({ ...offrampOrderView(created.row), clientSecret: created.clientSecret }, 201);
};

export const createOfframp: AppRouteHandler<typeof routes.createOfframp> = async (c) => {
  const body = c.req.valid("json");
  const created = await createOfframpOrder(c.env, {
    merchantId: requireAuth(c).merchantId, asset: body.asset, amount: body.amount, quoteId: body.quoteId,
    destination: { kind: "crypto", asset: body.targetAsset, walletAddress: body.walletAddress }, merchantReference: body.merchantReference, metadata: body.metadata,
  });
  c.get("log").info("offramp order created", { orderId: created.row.id, rail: "crypto" });
  return c.json({ ...offrampOrderView(created.row), clientSecret: created.clientSecret }, 201);
};

async function loadOfframp(c: Context<AppEnv>, id: string): Promise<RampOrder> {
  const order = await loadOrderForCaller(c, id);
  if (order.direction !== "offramp") throw ApiError.notFound("Order", id);
  return order;
}

export const proceedPartialOfframp: AppRouteHandler<typeof routes.proceedPartialOfframp> = async (c) => {
  const { orderId, quoteId } = c.req.valid("json");
  const order = await loadOfframp(c, orderId);
  return c.json(await decidedView(c, await proceedPartial(c.env, order, quoteId)), 200);
};

export const rejectOfframp: AppRouteHandler<typeof routes.rejectOfframp> = async (c) => {
  const { id } = c.req.valid("param");
  const { reason } = c.req.valid("json");
  const order = await loadOfframp(c, id);
  return c.json(await decidedView(c, await reject(c.env, order, reason)), 200);
};
