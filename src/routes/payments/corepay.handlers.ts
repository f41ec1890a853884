import type { Context } from "hono";
import { requireAuth } from "../../auth/authenticate";
import type { AppEnv } from "../../env";
import { loadPaymentForCaller } from "../../auth/ownership";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { corepayWalletDetails, createCorepayPayment } from "../../services/payments/methods/corepay";
import { loadPaymentAsset } from "../../services/payments/methods/terms";
import { readPayment } from "../../services/payments/payments.service";
import { amountSeen, corepayTransactions } from "./corepay-status";
import { paymentView } from "./payment-view";
import { referralOf } from "./payto.handlers";
import type * as routes from "./corepay.routes";

export const createCorepayPaymentHandler: AppRouteHandler<typeof routes.createCorepayPayment> = async (c) => {
  const body = c.req.valid("json");
  const merchantId = requireAuth(c).merchantId;
  const created = await createCorepayPayment(c.env, { ...body, merchantId }, await referralOf(c, body.referrer));
  const { row, events } = created;
  c.get("log").info("corepay payment created", { paymentId: row.id, merchantId, asset: row.asset, amount: row.amountExpected });
  return c.json({ ...paymentView(row, events), corepay: created.wallet, clientSecret: created.clientSecret }, 201);
};

/** A CorePay payment the caller may read, live, with its events and wallet details. */
async function loadCorepay(c: Context<AppEnv>, id: string) {
  const owned = await loadPaymentForCaller(c, id);
  if (owned.method !== "corepay" || !owned.payToAddress) throw ApiError.notFound("Payment", id);
  const read = await readPayment(c.env, id, { events: true, stored: owned });
  const row = read?.row ?? owned;
  const asset = await loadPaymentAsset(c.env, row.asset);
  const wallet = await corepayWalletDetails(c.env, row, asset, owned.payToAddress);
  return { row, events: read?.events ?? [], wallet };
}

export const getCorepayPaymentHandler: AppRouteHandler<typeof routes.getCorepayPayment> = async (c) => {
  const { row, events, wallet } = await loadCorepay(c, c.req.valid("param").id);
  return c.json({ ...paymentView(row, events), corepay: wallet }, 200);
};

export const getCorepayStatusHandler: AppRouteHandler<typeof routes.getCorepayStatus> = async (c) => {
  const { row, events, wallet } = await loadCorepay(c, c.req.valid("param").paymentId);
  const view = paymentView(row, events);
  const transactions = corepayTransactions(events, wallet.confirmationsRequired);
  return c.json(
    {
      paymentId: row.id,
      status: row.status,
      asset: row.asset,
      address: wallet.address,
      network: wallet.network,
      amountExpected: row.amountExpected,
      amountSeen: amountSeen(row, transactions),
      amountReceived: row.amountReceived,
      confirmationsRequired: wallet.confirmationsRequired,
      transactions,
      events: view.timeline,
      expiresAt: view.expiresAt,
    },
    200,
  );
};
