import type { Context } from "hono";
import { requireAuth } from "../../auth/authenticate";
import type { AppEnv } from "../../env";
import { loadPaymentForCaller } from "../../auth/ownership";
import { CLIENT_SECRET_QUERY } from "../../auth/client-secret";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { idPattern } from "../../lib/ids";
import { createMyposPayment, MYPOS_PAY_PAGE, myposCheckoutForm } from "../../services/payments/methods/mypos";
import { readPayment } from "../../services/payments/payments.service";
import { renderMyposClosed, renderMyposRedirect } from "../../providers/mypos/redirect-page";
import { paymentView } from "./payment-view";
import type * as routes from "./mypos.routes";

export const createMyposPaymentHandler: AppRouteHandler<typeof routes.createMyposPayment> = async (c) => {
  const body = c.req.valid("json");
  const merchantId = requireAuth(c).merchantId;
  const origin = new URL(c.req.url).origin;
  const created = await createMyposPayment(c.env, { ...body, merchantId }, origin);
  const { row, events } = created;
  const redirectUrl = `${origin}${MYPOS_PAY_PAGE}/${row.id}?${CLIENT_SECRET_QUERY}=${encodeURIComponent(created.clientSecret)}`;
  c.get("log").info("mypos payment created", { paymentId: row.id, merchantId, amount: row.amountExpected, currency: row.asset });
  return c.json({ ...paymentView(row, events), redirectUrl, clientSecret: created.clientSecret }, 201);
};

export const getMyposPaymentHandler: AppRouteHandler<typeof routes.getMyposPayment> = async (c) => {
  const { id } = c.req.valid("param");
  const owned = await loadPaymentForCaller(c, id);
  if (owned.method !== "mypos") throw ApiError.notFound("Payment", id);
  const read = await readPayment(c.env, id, { events: true, stored: owned });
  return c.json(paymentView(read?.row ?? owned, read?.events ?? []), 200);
};

const PAYMENT_ID = idPattern("pay");

/**
 * GET /pay/mypos/{id}?client_secret=…: the customer's page. Only the payment's client secret opens it
 * (ids cannot be enumerated: anything else is the same 404); it signs the checkout form afresh and
 * makes the browser post it to myPOS. A payment that can no longer be paid is a 409.
 */
export async function myposPayPage(c: Context<AppEnv>): Promise<Response> {
  const id = c.req.param("id") ?? "";
  if (!PAYMENT_ID.test(id)) throw ApiError.notFound("Payment", id);
  const owned = await loadPaymentForCaller(c, id);
  if (owned.method !== "mypos") throw ApiError.notFound("Payment", id);
  const row = (await readPayment(c.env, id, { stored: owned }))?.row ?? owned;
  // A customer's browser lands here (a second tab, the back button): a readable page, not a JSON problem.
  if (row.status !== "requires_payment" || row.expiresAt.getTime() <= Date.now()) {
    return renderMyposClosed(row.status === "requires_payment" ? "expired" : row.status, { returnUrl: row.returnUrl, cancelUrl: row.cancelUrl });
  }
  const response = renderMyposRedirect(await myposCheckoutForm(c.env, row, new URL(c.req.url).origin));
  response.headers.set("Referrer-Policy", "no-referrer"); // the URL carries the client secret
  return response;
}
