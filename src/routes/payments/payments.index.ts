import { createRouter } from "../../lib/create-router";
import { createPaytoPaymentHandler, getPaytoPaymentHandler } from "./payto.handlers";
import * as payto from "./payto.routes";

/** The Payments section: one create + read pair per payment method (provider webhooks are in routes/webhooks). */
export const paymentsRouter = createRouter()
  .openapi(payto.createPaytoPayment, createPaytoPaymentHandler)
  .openapi(payto.getPaytoPayment, getPaytoPaymentHandler);
