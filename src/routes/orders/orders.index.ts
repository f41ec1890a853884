import { createRouter } from "../../lib/create-router";
import { listOrdersHandler } from "./list.handlers";
import { listOrders } from "./list.routes";
import * as handlers from "./orders.handlers";
import * as routes from "./orders.routes";

/** The merchant's ramp orders (secret key), and one order for its merchant or its customer (client secret). */
export const ordersRouter = createRouter().openapi(listOrders, listOrdersHandler).openapi(routes.getOrder, handlers.getOrder);
