import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "../../lib/openapi";
import { pageSchema, PaginationQuerySchema, statusFilter } from "../../lib/pagination";
import { statusesOf } from "../../services/payments/machine";
import { AppliedFeeSchema } from "../../services/quotes/quote.schemas";

const Timestamp = z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" });
const PaymentStatusFilter = statusFilter(statusesOf("payment"), "succeeded");

export const PaymentSummarySchema = z.object({
  id: z.string().openapi({ example: "pay_5b0abcdefghjkmnpqrstvwxyz0" }),
  method: z.enum(["mypos", "payto", "corepay"]).openapi({ example: "payto" }),
  status: z.string().openapi({ example: "succeeded" }),
  asset: z.string().openapi({ example: "EURX" }),
  amountExpected: z.string().openapi({ example: "25.000000", description: "Decimal string in `asset`" }),
  amountReceived: z.string().openapi({ example: "25.000000", description: "Decimal string in `asset`" }),
  settlementAsset: z.string().nullable().openapi({ example: null }),
  settlementAmount: z.string().nullable().openapi({ example: null, description: "Rounded down to the settlement asset's decimals" }),
  rate: z.string().nullable().openapi({ example: null }),
  fees: z.array(AppliedFeeSchema),
  quoteId: z.string().nullable().openapi({ example: null }),
  merchantReference: z.string().nullable().openapi({ example: "order-1042" }),
  metadata: z.record(z.string(), z.string()).openapi({ example: { cart: "1042" } }),
  needsReview: z.boolean().openapi({ example: false }),
  expiresAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).openapi("PaymentSummary");

export const listPayments = createRoute({
  method: "get", path: "/payments", tags: ["Payments"], operationId: "listPayments",
  summary: "List your payments",
  description: "Secret key. The calling merchant's payments of every method, newest first, cursor pagination; filter by `status` and `method`.",
  request: {
    query: PaginationQuerySchema.extend({
      status: PaymentStatusFilter,
      method: z.enum(["mypos", "payto", "corepay"]).optional().openapi({ param: { name: "method", in: "query" }, example: "payto" }),
    }),
  },
  responses: {
    200: jsonContent(pageSchema(PaymentSummarySchema, "PaymentList"), "A page of payments"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "RATE_LIMITED"),
  },
});
