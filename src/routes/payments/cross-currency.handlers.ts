import type { AppRouteHandler } from "../../lib/create-router";
import { requireAuth } from "../../auth/authenticate";
import { createPaytoPayment, CROSS_CURRENCY_QUOTE_KIND, crossCurrencyTerms } from "../../services/payments/methods/payto";
import { readPayment } from "../../services/payments/payments.service";
import { storeQuote } from "../../services/quotes/quote.store";
import { priceQuote, quoteTtlSeconds } from "../../services/quotes/quotes.service";
import { paymentView } from "./payment-view";
import { referralOf } from "./payto.handlers";
import type * as routes from "./cross-currency.routes";

export const crossCurrencyEstimateHandler: AppRouteHandler<typeof routes.crossCurrencyEstimate> = async (c) => {
  const body = c.req.valid("json");
  const merchantId = requireAuth(c).merchantId;
  const referral = await referralOf(c, body.referrer);
  // "exit" of the sender's stablecoin into the receiver currency: send = the asset amount, receive = converted net.
  const priced = await priceQuote(
    c.env,
    { asset: body.senderCurrency, action: "exit", amount: body.amount, side: body.side, currency: body.receiverCurrency },
    referral,
    { where: "body", fields: { asset: "senderCurrency", currency: "receiverCurrency", amount: "amount" } },
  );
  const quote = await storeQuote(c.env, priced, { kind: CROSS_CURRENCY_QUOTE_KIND, merchantId, ttlSeconds: quoteTtlSeconds(c.env) });
  return c.json(
    {
      quoteId: quote.id,
      send: { currency: quote.send.asset, amount: quote.send.amount },
      receive: { currency: quote.receive.asset, amount: quote.receive.amount },
      rate: { value: quote.rate.value, asOf: quote.rate.asOf, ageSeconds: Math.max(0, Math.floor((Date.parse(quote.createdAt) - Date.parse(quote.rate.asOf)) / 1000)), source: quote.rate.source },
      fees: quote.fees.map(({ type, amount, asset }) => ({ type, amount, asset })),
      totalFee: quote.totalFee,
      expiresAt: quote.expiresAt,
    },
    200,
  );
};

export const createCrossCurrencyPaymentHandler: AppRouteHandler<typeof routes.createCrossCurrencyPayment> = async (c) => {
  const body = c.req.valid("json");
  const merchantId = requireAuth(c).merchantId;
  const created = await createPaytoPayment(
    c.env,
    // The quote fixes asset and amount (crossCurrencyTerms); `asset` is only read when pricing without one.
    { asset: "", merchantId, merchantReference: body.merchantReference, metadata: body.metadata, expiresInSeconds: body.expiresInSeconds },
    null,
    crossCurrencyTerms(c.env, body.quoteId, merchantId),
  );
  const { row, events } = created;
  c.get("log").info("cross-currency payto payment created", { paymentId: row.id, merchantId, quoteId: row.quoteId });
  return c.json({ ...paymentView(row, events), payto: created.wallet, clientSecret: created.clientSecret }, 201);
};
