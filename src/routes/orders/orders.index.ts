import { createRouter } from "../../lib/create-router";
import * as handlers from "./orders.handlers";
import * as routes from "./orders.routes";

/** One ramp order, for its merchant or its customer (client secret). */
export const ordersRouter = createRouter().openapi(routes.getOrder, handlers.getOrder);
