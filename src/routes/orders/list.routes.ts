import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "../../lib/openapi";
import { pageSchema, PaginationQuerySchema, statusFilter } from "../../lib/pagination";
import { statusesOf } from "../../services/payments/machine";
import { AppliedFeeSchema } from "../../services/quotes/quote.schemas";

const Timestamp = z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" });
const OrderStatusFilter = statusFilter([...statusesOf("onramp"), ...statusesOf("offramp")], "completed");

export const OrderSummarySchema = z.object({
  id: z.string().openapi({ example: "ord_8c4abcdefghjkmnpqrstvwxyz0" }),
  direction: z.enum(["onramp", "offramp"]).openapi({ example: "onramp" }),
  rail: z.enum(["card", "bank", "crypto"]).openapi({ example: "bank" }),
  status: z.string().openapi({ example: "completed" }),
  sourceAsset: z.string().openapi({ example: "EUR" }),
  targetAsset: z.string().openapi({ example: "EURX" }),
  sourceAmount: z.string().openapi({ example: "100.00" }),
  targetAmount: z.string().openapi({ example: "98.650000", description: "Rounded down (paid out)" }),
  amountDeposited: z.string().openapi({ example: "100.00" }),
  rate: z.string().nullable().openapi({ example: "1" }),
  fees: z.array(AppliedFeeSchema),
  quoteId: z.string().nullable().openapi({ example: "quo_1d7abcdefghjkmnpqrstvwxyz0" }),
  paymentReference: z.string().nullable().openapi({ example: "RF18539007547034" }),
  payoutTxHash: z.string().nullable().openapi({ example: null }),
  merchantReference: z.string().nullable().openapi({ example: "customer-77" }),
  metadata: z.record(z.string(), z.string()).openapi({ example: {} }),
  expiresAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).openapi("OrderSummary");

export const listOrders = createRoute({
  method: "get", path: "/orders", tags: ["Orders"], operationId: "listOrders",
  summary: "List your on-ramp and off-ramp orders",
  description: "Secret key. The calling merchant's ramp orders, newest first, cursor pagination; filter by `status` and `direction`.",
  request: {
    query: PaginationQuerySchema.extend({
      status: OrderStatusFilter,
      direction: z.enum(["onramp", "offramp"]).optional().openapi({ param: { name: "direction", in: "query" }, example: "onramp" }),
    }),
  },
  responses: {
    200: jsonContent(pageSchema(OrderSummarySchema, "OrderList"), "A page of orders"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "RATE_LIMITED"),
  },
});
