import { createRoute, z } from "@hono/zod-openapi";
import { OrderId } from "../ramp-fields";
import { jsonContent, problemResponses } from "../../lib/openapi";
import { OfframpOrderSchema } from "../offramp/offramp.routes";
import { OnrampOrderSchema } from "../onramp/onramp.routes";

export const OrderSchema = z
  .discriminatedUnion("direction", [OnrampOrderSchema.omit({ clientSecret: true }).openapi("OnrampOrderView"), OfframpOrderSchema])
  .openapi("Order");

export const getOrder = createRoute({
  method: "get", path: "/orders/{id}", tags: ["Orders"], operationId: "getOrder",
  summary: "Retrieve an on-ramp or off-ramp order",
  description:
    "The merchant's secret key, or the order's client secret (`X-Client-Secret`) from the customer's browser. The order now: amounts on both sides, " +
    "each fee, the rate, the expiry, what to do next (`nextAction`: a bank on-ramp still awaiting its transfer repeats its bank instructions; an " +
    "off-ramp the deposit to send or the decision to take) and `statusHistory`, every status it went through with when and why.",
  request: {
    params: z.object({ id: OrderId.openapi({ param: { name: "id", in: "path" }, example: "ord_5d2k8m1q4r7t9v3w6x0y2z8a4b" }) }),
  },
  responses: {
    200: jsonContent(OrderSchema, "The order"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED", "BAD_GATEWAY", "SERVICE_UNAVAILABLE"),
  },
});
