import { createRoute, z } from "@hono/zod-openapi";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { idempotency } from "../../middleware/idempotency";
import {
  IdempotencyKeyHeaders,
  AmountField,
  AssetField,
  CreatedPaytoPaymentSchema,
  ExpiresInField,
  MerchantReferenceField,
  MetadataField,
  PaymentIdParam,
  PaytoPaymentSchema,
  QuoteIdField,
  ReferrerField,
} from "./payments.schemas";

const TAG = "Payments";

export const CreatePaytoPaymentSchema = z
  .strictObject({
    asset: AssetField,
    amount: AmountField.optional().openapi({ description: "Exact amount due (at most the asset's decimals). Optional with a quoteId, which fixes it.", example: "25.00" }),
    quoteId: QuoteIdField.optional(),
    merchantReference: MerchantReferenceField.optional(),
    metadata: MetadataField.optional(),
    referrer: ReferrerField.optional(),
    expiresInSeconds: ExpiresInField,
  })
  .openapi("CreatePaytoPayment");

export const createPaytoPayment = createRoute({
  method: "post",
  path: "/payments/payto",
  tags: [TAG],
  operationId: "createPaytoPayment",
  summary: "Create a PayTo payment (deposit address)",
  description:
    "Creates a payment the customer pays by sending exactly `amountExpected` of `asset` to `payto.depositAddress`, an ICAN address " +
    "unique to this payment (wallets can open `payto.paymentUri` or scan `payto.qrSvg`). Fees come from the fee schedule " +
    "(`enter`, payment type `payto`), or from the stored quote named by `quoteId`, which is locked to this payment. " +
    "Deposits add up: less than due → `partially_paid`, exact → `succeeded`, more → `overpaid`; deposits after `expiresAt` " +
    "are recorded and flagged (`needsReview`). Requires an `Idempotency-Key` header; a retry with the same key and body returns the same payment.",
  middleware: [idempotency()],
  request: { headers: IdempotencyKeyHeaders, body: jsonBody(CreatePaytoPaymentSchema) },
  responses: {
    201: jsonContent(CreatedPaytoPaymentSchema, "Created; `clientSecret` is shown only here"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "SERVICE_UNAVAILABLE"),
  },
});

export const getPaytoPayment = createRoute({
  method: "get",
  path: "/payments/payto/{id}",
  tags: [TAG],
  operationId: "getPaytoPayment",
  summary: "Get a PayTo payment",
  description:
    "Status, amounts expected / received / remaining, the deposit details and the timeline of events. Readable with the merchant's " +
    "secret key or the payment's client secret (`X-Client-Secret`); any other caller gets a 404.",
  request: { params: PaymentIdParam },
  responses: {
    200: jsonContent(PaytoPaymentSchema, "The payment"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});
