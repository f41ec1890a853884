import { createRouter } from "../../lib/create-router";
import { createCorepayPaymentHandler, getCorepayPaymentHandler, getCorepayStatusHandler } from "./corepay.handlers";
import * as corepay from "./corepay.routes";
import { createCrossCurrencyPaymentHandler, crossCurrencyEstimateHandler } from "./cross-currency.handlers";
import * as crossCurrency from "./cross-currency.routes";
import { listPaymentsHandler } from "./list.handlers";
import { listPayments } from "./list.routes";
import { createMyposPaymentHandler, getMyposPaymentHandler } from "./mypos.handlers";
import * as mypos from "./mypos.routes";
import { createPaytoPaymentHandler, getPaytoPaymentHandler } from "./payto.handlers";
import * as payto from "./payto.routes";

/** The Payments section: the merchant's list, one create + read pair per payment method (provider webhooks are in routes/webhooks). */
export const paymentsRouter = createRouter()
  .openapi(listPayments, listPaymentsHandler)
  .openapi(payto.createPaytoPayment, createPaytoPaymentHandler)
  .openapi(payto.getPaytoPayment, getPaytoPaymentHandler)
  .openapi(crossCurrency.crossCurrencyEstimate, crossCurrencyEstimateHandler)
  .openapi(crossCurrency.createCrossCurrencyPayment, createCrossCurrencyPaymentHandler)
  .openapi(mypos.createMyposPayment, createMyposPaymentHandler)
  .openapi(mypos.getMyposPayment, getMyposPaymentHandler)
  .openapi(corepay.createCorepayPayment, createCorepayPaymentHandler)
  // The literal /status/{paymentId} before /{id}: "status" is no payment id, but keep the intent explicit.
  .openapi(corepay.getCorepayStatus, getCorepayStatusHandler)
  .openapi(corepay.getCorepayPayment, getCorepayPaymentHandler);
