import type { Context } from "hono";
import { requireAuth } from "../../auth/authenticate";
import type { AppEnv } from "../../env";
import { loadPaymentForCaller } from "../../auth/ownership";
import { backgroundTasks } from "../../lib/background";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { createPaytoPayment, paytoWalletDetails } from "../../services/payments/methods/payto";
import { loadPaymentAsset } from "../../services/payments/methods/terms";
import { readPayment } from "../../services/payments/payments.service";
import { resolveReferral, type Referral } from "../../services/referrals/referrals.service";
import { paymentView } from "./payment-view";
import type * as routes from "./payto.routes";

/** An explicit referrer in the body (never the Referer header: create calls come from the merchant's server). */
export async function referralOf(c: Context<AppEnv>, referrer: string | undefined): Promise<Referral | null> {
  if (referrer === undefined) return null;
  return resolveReferral(c.env, {
    explicit: referrer,
    selfHost: new URL(c.req.url).hostname,
    field: "referrer",
    where: "body",
    fintag: { fetcher: c.get("outboundFetcher"), cache: c.env.CACHE_KV, defer: backgroundTasks(c), log: c.get("log") },
  });
}

export const createPaytoPaymentHandler: AppRouteHandler<typeof routes.createPaytoPayment> = async (c) => {
  const body = c.req.valid("json");
  const merchantId = requireAuth(c).merchantId;
  const referral = body.quoteId === undefined ? await referralOf(c, body.referrer) : null;
  const created = await createPaytoPayment(c.env, { ...body, merchantId }, referral);
  const { row, events } = created;
  c.get("log").info("payto payment created", { paymentId: row.id, merchantId, asset: row.asset, amount: row.amountExpected, quoteId: row.quoteId });
  return c.json({ ...paymentView(row, events), payto: created.wallet, clientSecret: created.clientSecret }, 201);
};

export const getPaytoPaymentHandler: AppRouteHandler<typeof routes.getPaytoPayment> = async (c) => {
  const { id } = c.req.valid("param");
  const owned = await loadPaymentForCaller(c, id);
  if (owned.method !== "payto") throw ApiError.notFound("Payment", id);
  // The ownership check's row is the D1 read; the object adds what D1 may lack yet, with the events, in one call.
  const read = await readPayment(c.env, id, { events: true, stored: owned });
  const row = read?.row ?? owned;
  const asset = await loadPaymentAsset(c.env, row.asset);
  return c.json({ ...paymentView(row, read?.events ?? []), payto: await paytoWalletDetails(c.env, row, asset) }, 200);
};
