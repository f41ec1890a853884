import { createRoute, z } from "@hono/zod-openapi";
import { idPattern } from "../../lib/ids";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { idempotency } from "../../middleware/idempotency";
import {
  IdempotencyKeyHeaders,
  AmountField,
  AssetField,
  CorepayPaymentSchema,
  CorepayStatusSchema,
  CreatedCorepayPaymentSchema,
  EXAMPLE_PAYMENT_ID,
  ExpiresInField,
  MerchantReferenceField,
  MetadataField,
  PaymentIdParam,
  ReferrerField,
} from "./payments.schemas";

const TAG = "Payments";

export const CreateCorepayPaymentSchema = z
  .strictObject({
    asset: AssetField,
    amount: AmountField.openapi({ example: "49.99" }),
    merchantReference: MerchantReferenceField.optional(),
    metadata: MetadataField.optional(),
    referrer: ReferrerField.optional(),
    expiresInSeconds: ExpiresInField,
  })
  .openapi("CreateCorepayPayment");

export const createCorepayPayment = createRoute({
  method: "post",
  path: "/payments/corepay",
  tags: [TAG],
  operationId: "createCorepayPayment",
  summary: "Create a CorePay payment (on-chain, to your address)",
  description:
    "The customer pays `amountExpected` of `asset` on Core Blockchain straight to your payout ICAN address (`corepay.address`; " +
    "`cb…` mainnet / `ab…` testnet by configuration). Refused (422) when your account has no payout address. The chain watcher " +
    "reports the transaction: seen → `processing`, confirmations counted, confirmed with ≥ `confirmationsRequired` → `succeeded` " +
    "(or partially_paid / overpaid); a dropped or replaced transaction puts the payment back to waiting, never to paid. " +
    "Requires an `Idempotency-Key` header.",
  middleware: [idempotency()],
  request: { headers: IdempotencyKeyHeaders, body: jsonBody(CreateCorepayPaymentSchema) },
  responses: {
    201: jsonContent(CreatedCorepayPaymentSchema, "Created; `clientSecret` is shown only here"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "UNPROCESSABLE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "SERVICE_UNAVAILABLE"),
  },
});

export const getCorepayPayment = createRoute({
  method: "get",
  path: "/payments/corepay/{id}",
  tags: [TAG],
  operationId: "getCorepayPayment",
  summary: "Get a CorePay payment",
  description: "Summary: status, amounts, fees, the address to pay and the timeline. Merchant secret key or the payment's client secret.",
  request: { params: PaymentIdParam },
  responses: {
    200: jsonContent(CorepayPaymentSchema, "The payment"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});

export const getCorepayStatus = createRoute({
  method: "get",
  path: "/payments/corepay/status/{paymentId}",
  tags: [TAG],
  operationId: "getCorepayPaymentStatus",
  summary: "Detailed on-chain status of a CorePay payment",
  description:
    "Each transaction (hash, block, amount, confirmations seen / required, pending | confirmed | dropped), the amount seen vs " +
    "expected, and every event with its time. Merchant secret key or the payment's client secret.",
  request: {
    params: z.object({
      paymentId: z.string().regex(idPattern("pay"), "Expected a payment id (pay_…)").openapi({ param: { name: "paymentId", in: "path" }, example: EXAMPLE_PAYMENT_ID }),
    }),
  },
  responses: {
    200: jsonContent(CorepayStatusSchema, "The detailed status"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});
