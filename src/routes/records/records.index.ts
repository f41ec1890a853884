import { createRouter } from "../../lib/create-router";
import { listOrdersHandler, listPaymentsHandler } from "./records.handlers";
import { listOrders, listPayments } from "./records.routes";

/** A merchant's own payments and ramp orders (secret key). */
export const recordsRouter = createRouter().openapi(listPayments, listPaymentsHandler).openapi(listOrders, listOrdersHandler);
