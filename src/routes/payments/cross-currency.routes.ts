import { createRoute, z } from "@hono/zod-openapi";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { PositiveDecimalString } from "../../lib/money";
import { idempotency } from "../../middleware/idempotency";
import { RATE_AGE_DESCRIPTION } from "../../services/quotes/quote.schemas";
import { IdempotencyKeyHeaders, CreatedPaytoPaymentSchema, ExpiresInField, MerchantReferenceField, MetadataField, QuoteIdField, ReferrerField } from "./payments.schemas";

const TAG = "Payments";
const Code = z.string().regex(/^[A-Za-z0-9]{2,12}$/, "Expected an asset or currency code");

export const CrossCurrencyEstimateRequestSchema = z
  .strictObject({
    senderCurrency: Code.openapi({ description: "Stablecoin the customer sends", example: "EURX" }),
    receiverCurrency: Code.openapi({ description: "Asset or currency the merchant is credited in", example: "USDX" }),
    amount: PositiveDecimalString.openapi({ description: "The fixed side's amount: in senderCurrency (side=send) or receiverCurrency (side=receive)", example: "100.00" }),
    side: z.enum(["send", "receive"]).default("send").openapi({ description: "Which amount is fixed", example: "send" }),
    referrer: ReferrerField.optional(),
  })
  .openapi("CrossCurrencyEstimateRequest");

const Leg = z.object({ currency: z.string().openapi({ example: "EURX" }), amount: z.string().openapi({ example: "100.000000" }) });

export const CrossCurrencyEstimateSchema = z
  .object({
    quoteId: z.string().openapi({ description: "Pass to POST /payments/payto/cross-currency before expiresAt", example: "quo_8f3k2m9q4r7t1v6w0x5y2z8a3b" }),
    send: Leg.openapi({ description: "What the customer sends (sender currency's decimals; rounded up when derived from side=receive)", example: { currency: "EURX", amount: "100.000000" } }),
    receive: Leg.openapi({ description: "What the merchant is credited: (send − fees) × rate, rounded down to the receiver currency's decimals", example: { currency: "USDX", amount: "107.590000" } }),
    rate: z.object({
      value: z.string().openapi({ description: "1 senderCurrency = value receiverCurrency", example: "1.0850000000" }),
      asOf: z.string().datetime().openapi({ example: "2026-11-26T16:00:00.000Z" }),
      ageSeconds: z.number().int().openapi({ description: RATE_AGE_DESCRIPTION, example: 3600 }),
      source: z.string().openapi({ example: "ecb" }),
    }),
    fees: z.array(z.object({ type: z.string().openapi({ example: "percentage" }), amount: z.string().openapi({ example: "0.800000" }), asset: z.string().openapi({ example: "EURX" }) })).openapi({ description: "Every fee, in the sender currency (rounded up)" }),
    totalFee: z.string().openapi({ example: "1.800000" }),
    expiresAt: z.string().datetime().openapi({ example: "2026-11-27T10:20:30.000Z" }),
  })
  .openapi("CrossCurrencyEstimate");

export const crossCurrencyEstimate = createRoute({
  method: "post",
  path: "/payments/payto/cross-currency-estimate",
  tags: [TAG],
  operationId: "estimateCrossCurrencyPaytoPayment",
  summary: "Estimate a cross-currency PayTo payment",
  description:
    "Prices a PayTo payment where the customer sends one stablecoin and you are credited another currency: amount to send, amount " +
    "received, the rate and its age, every fee (the sender asset's `exit` schedule) and a stored quote valid until `expiresAt` " +
    "(QUOTE_TTL_SECONDS). Fix either side with `side`.",
  request: { body: jsonBody(CrossCurrencyEstimateRequestSchema) },
  responses: {
    200: jsonContent(CrossCurrencyEstimateSchema, "The estimate and its quote"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "UNPROCESSABLE", "SERVICE_UNAVAILABLE"),
  },
});

export const CreateCrossCurrencyPaymentSchema = z
  .strictObject({
    quoteId: QuoteIdField.openapi({ description: "The quoteId of a cross-currency estimate (unexpired, unused, yours)", example: "quo_8f3k2m9q4r7t1v6w0x5y2z8a3b" }),
    merchantReference: MerchantReferenceField.optional(),
    metadata: MetadataField.optional(),
    expiresInSeconds: ExpiresInField,
  })
  .openapi("CreateCrossCurrencyPaytoPayment");

export const createCrossCurrencyPayment = createRoute({
  method: "post",
  path: "/payments/payto/cross-currency",
  tags: [TAG],
  operationId: "createCrossCurrencyPaytoPayment",
  summary: "Create a cross-currency PayTo payment at an estimate's quote",
  description:
    "Creates a PayTo payment for exactly the estimate's send amount in the sender currency; `settlement` is the estimate's receive " +
    "amount, and rate and fees are the quote's (locked to this payment; expired → 422, already used → 409). Requires an `Idempotency-Key`.",
  middleware: [idempotency()],
  request: { headers: IdempotencyKeyHeaders, body: jsonBody(CreateCrossCurrencyPaymentSchema) },
  responses: {
    201: jsonContent(CreatedPaytoPaymentSchema, "Created; `clientSecret` is shown only here"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "SERVICE_UNAVAILABLE"),
  },
});
