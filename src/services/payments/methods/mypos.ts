/**
 * MyPOS card payments. The customer is sent to a CorePort page (GET /pay/mypos/{id}?client_secret=…)
 * that makes the browser POST the signed IPCPurchase form to myPOS; myPOS reports the outcome to
 * POST /api/v1/payments/mypos/webhook (IPCPurchaseNotify → paid, IPCPurchaseRollback → reversed).
 * The browser's return to the merchant's page never marks a payment paid.
 *
 * Money: the customer is charged `amount` in a fiat currency, with that currency's ISO 4217 decimals
 * (JPY none, EUR 2, KWD 3 — the asset row's `decimals`, checked against ISO 4217 at config load),
 * written so in myPOS's Amount; the merchant is credited
 * the currency's stablecoin (EUR → EURX) net of the card fees ("enter" schedule, payment type mypos),
 * at the stablecoin's 1:1 peg — a currency whose stablecoin is not at parity is refused.
 */
import type { Asset, Payment } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { newId } from "../../../lib/ids";
import { dec, formatDecimal, scaleOf } from "../../../lib/money";
import { paymentAdapter } from "../../../providers/registry";
import { getConfigSnapshot } from "../../config/config-cache";
import { priceQuote } from "../../quotes/quotes.service";
import { createPayment } from "../payments.service";

export const MYPOS_NOTIFY_PATH = "/api/v1/payments/mypos/webhook";
export const MYPOS_PAY_PAGE = "/pay/mypos";

export interface MyposPaymentInput {
  merchantId: string;
  amount: string;
  currency: string;
  description?: string;
  returnUrl: string;
  cancelUrl?: string;
  merchantReference?: string;
  metadata?: Record<string, string>;
  expiresInSeconds: number;
}

/** The fiat currency and the stablecoin pegged to it. */
async function cardCurrency(env: Bindings, code: string): Promise<{ fiat: Asset; coin: Asset }> {
  const snapshot = await getConfigSnapshot(env);
  const upper = code.trim().toUpperCase();
  const fiat = snapshot.assets.find((a) => a.code === upper && a.kind === "fiat");
  const coin = snapshot.assets.find((a) => a.kind === "stablecoin" && a.fiatCode === upper);
  const provider = snapshot.providers.find((p) => p.code === "mypos");
  const supported = !!provider && provider.assetCodes.includes(upper);
  if (!fiat || !coin || !supported) throw ApiError.invalidField("currency", `myPOS card payments are not available in '${code}'`, "body", "unsupported_currency");
  return { fiat, coin };
}

export async function createMyposPayment(env: Bindings, input: MyposPaymentInput, origin: string) {
  const { fiat, coin } = await cardCurrency(env, input.currency);
  if (scaleOf(input.amount) > fiat.decimals) {
    const places = fiat.decimals === 0 ? "no decimals" : `at most ${fiat.decimals} decimals`;
    throw ApiError.invalidField("amount", `${fiat.code} card amounts have ${places}`, "body", "too_many_decimals");
  }
  const priced = await priceQuote(env, { asset: coin.code, action: "enter", amount: input.amount, side: "send", paymentType: "mypos" }, null, { where: "body" });
  if (!dec(priced.send.amount).eq(input.amount)) {
    throw new ApiError("UNPROCESSABLE", { detail: `${coin.code} is not at parity with ${fiat.code} right now (rate ${priced.rate.value}); card payments in ${fiat.code} are paused` });
  }
  const id = newId("pay");
  const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
  // Signs once now, so a misconfigured key or URL is a 4xx/503 at creation, not a broken page for the customer.
  await myposCheckoutForm(env, { id, amountExpected: formatDecimal(dec(input.amount), fiat.decimals), asset: fiat.code, returnUrl: input.returnUrl, cancelUrl: input.cancelUrl ?? null, merchantReference: input.merchantReference ?? null }, origin);
  const created = await createPayment(env, {
    id,
    merchantId: input.merchantId,
    method: "mypos",
    asset: fiat.code,
    amountExpected: formatDecimal(dec(input.amount), fiat.decimals),
    settlementAsset: coin.code,
    settlementAmount: priced.receive.amount,
    rate: priced.rate.value,
    fees: priced.fees.map(({ type, amount, asset }) => ({ type, amount, asset })),
    quoteId: null,
    referrerId: null,
    merchantReference: input.merchantReference ?? null,
    providerReference: id,
    returnUrl: input.returnUrl,
    cancelUrl: input.cancelUrl ?? null,
    metadata: input.metadata ?? {},
    expiresAt,
  });
  return created;
}

/** The signed IPCPurchase form of a payment (OrderID = payment id; URL_Notify = this worker's MyPOS webhook). */
export async function myposCheckoutForm(env: Bindings, payment: Pick<Payment, "id" | "amountExpected" | "asset" | "returnUrl" | "cancelUrl" | "merchantReference">, origin: string) {
  if (!payment.returnUrl) throw new ApiError("CONFLICT", { detail: `Payment '${payment.id}' has no return URL` });
  const session = await paymentAdapter(env, "mypos").createSession({
    paymentId: payment.id,
    amount: payment.amountExpected,
    currency: payment.asset,
    description: payment.merchantReference ? `Order ${payment.merchantReference}` : `Payment ${payment.id}`,
    urls: { ok: payment.returnUrl, cancel: payment.cancelUrl ?? payment.returnUrl, notify: `${origin}${MYPOS_NOTIFY_PATH}` },
  });
  return session.form;
}
