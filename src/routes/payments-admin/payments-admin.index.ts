import { createRouter } from "../../lib/create-router";
import { createSandboxOrderHandler, createSandboxPaymentHandler, inspectSubjectHandler } from "./payments-admin.handlers";
import * as routes from "./payments-admin.routes";

/** Operator tools of the payments core: sandbox subjects (non-production) and outbox inspection. */
export const paymentsAdminRouter = createRouter()
  .openapi(routes.createSandboxPayment, createSandboxPaymentHandler)
  .openapi(routes.createSandboxOrder, createSandboxOrderHandler)
  .openapi(routes.inspectSubject, inspectSubjectHandler);
