import { createRoute, z } from "@hono/zod-openapi";
import { BankAccountSchema } from "../../lib/bank-details";
import { PositiveDecimalString } from "../../lib/money";
import { idempotency } from "../../middleware/idempotency";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { WalletAddressSchema } from "../../lib/wallet-address";
import { AppliedFeeSchema, QuoteSchema } from "../../services/quotes/quote.schemas";
import { OfframpNextActionSchema, StatusHistorySchema } from "../../services/ramps/order-history";
import { MetadataSchema } from "../../lib/metadata";
import { AssetCode, Timestamp, QuoteId, OrderId, MerchantReference, optionalIdempotencyHeaders } from "../ramp-fields";


export const OfframpEstimateBody = z
  .strictObject({
    asset: AssetCode.openapi({ description: "The stablecoin the customer sends", example: "EURX" }),
    amount: PositiveDecimalString.openapi({ description: "Amount of `asset` the customer sends (at most the asset's decimals)", example: "500.00" }),
    currency: AssetCode.optional().openapi({ description: "What the customer receives: a fiat currency (bank payout) or another asset (crypto payout). Default: the asset's fiat.", example: "EUR" }),
    rail: z.enum(["bank", "crypto"]).default("bank").openapi({ description: "Payout rail; decides the order limits", example: "bank" }),
  })
  .openapi("OfframpEstimateRequest");

export const OfframpReverseEstimateBody = z
  .strictObject({
    asset: AssetCode.openapi({ description: "The stablecoin the customer sends", example: "EURX" }),
    receiveAmount: PositiveDecimalString.openapi({ description: "Amount of `currency` the customer must receive (at most its decimals)", example: "450.00" }),
    currency: AssetCode.optional().openapi({ description: "Fiat currency or asset received. Default: the asset's fiat.", example: "EUR" }),
    rail: z.enum(["bank", "crypto"]).default("bank").openapi({ example: "bank" }),
  })
  .openapi("OfframpReverseEstimateRequest");

export const OfframpEstimateSchema = QuoteSchema.extend({
  rail: z.enum(["bank", "crypto"]).openapi({ example: "bank" }),
  rampLimits: z
    .object({
      minPerOrder: z.string().openapi({ example: "20.00" }),
      maxPerOrder: z.string().nullable().openapi({ example: "50000.00" }),
      maxPerDestinationPerDay: z.string().nullable().openapi({ example: "100000.00" }),
    })
    .openapi({ description: "Off-ramp limits for this asset and rail, in the asset (on `amount`)" }),
}).openapi("OfframpEstimate");

const Common = {
  amount: PositiveDecimalString.optional().openapi({ description: "Amount of `asset` to send; omit when `quoteId` is given", example: "500.000000" }),
  quoteId: QuoteId.optional().openapi({ description: "A quote from /offramp/estimate or /offramp/reverse-estimate to lock (one order per quote)", example: "quo_8f3k2m9q4r7t1v6w0x5y2z8a3b" }),
  merchantReference: MerchantReference.optional().openapi({ description: "Your reference for the order", example: "withdrawal-2291" }),
  metadata: MetadataSchema.optional().openapi({ description: "Up to 20 string key/values, returned as given", example: { customer: "cus_1042" } }),
};
const amountOrQuote = { message: "Give `amount` or `quoteId`", path: ["amount"] };

export const OfframpBankBody = z
  .strictObject({
    asset: AssetCode.openapi({ description: "The stablecoin the customer deposits", example: "EURX" }),
    currency: AssetCode.optional().openapi({ description: "Payout currency; default the asset's fiat", example: "EUR" }),
    ...Common,
    bankAccount: BankAccountSchema,
  })
  .refine((b) => b.amount !== undefined || b.quoteId !== undefined, amountOrQuote)
  .openapi("OfframpBankRequest");

export const OfframpCryptoBody = z
  .strictObject({
    asset: AssetCode.openapi({ description: "The stablecoin the customer deposits", example: "USDX" }),
    targetAsset: AssetCode.openapi({ description: "The asset paid out", example: "EURX" }),
    walletAddress: WalletAddressSchema,
    ...Common,
  })
  .refine((b) => b.amount !== undefined || b.quoteId !== undefined, amountOrQuote)
  .openapi("OfframpCryptoRequest");

export const OfframpOrderSchema = z
  .object({
    id: z.string().openapi({ example: "ord_8c4k2m9q4r7t1v6w0x5y2z8a3b" }),
    object: z.literal("order").openapi({ example: "order" }),
    direction: z.literal("offramp").openapi({ example: "offramp" }),
    rail: z.enum(["bank", "crypto"]).openapi({ example: "bank" }),
    status: z.string().openapi({ description: "awaiting_deposit, awaiting_decision, payout_pending, completed, refund_pending, refunded, rejected, expired", example: "awaiting_deposit" }),
    deposit: z
      .object({
        asset: z.string().openapi({ example: "EURX" }),
        amount: z.string().openapi({ description: "Exact amount to send (asset decimals)", example: "500.000000" }),
        address: z.string().nullable().openapi({ description: "One-time deposit address (ICAN) of this order", example: "ab3912c6a3d1e8f4b2a9c7d5e3f1a2b4c6d8e0f2a4b6" }),
        received: z.string().openapi({ description: "Sum of the deposits seen so far", example: "0" }),
      })
      .openapi({ description: "What the customer sends, and where" }),
    payout: z
      .object({
        asset: z.string().openapi({ example: "EUR" }),
        amount: z.string().openapi({ description: "What the destination receives, rounded down", example: "495.00" }),
        destination: z.record(z.string(), z.string()).openapi({ example: { type: "bank_account", iban: "DE89370400440532013000", accountHolderName: "Anna Müller", country: "DE", bic: "COBADEFFXXX" } }),
        reference: z.string().nullable().openapi({ description: "Bank payout reference or transaction hash, once paid", example: null }),
        id: z.string().nullable().openapi({ description: "The payout's own id (`pyo_…`, the provider's idempotency key and the id its callbacks name), once the payout started", example: null }),
        status: z.enum(["submitted", "sent", "failed", "returned"]).nullable().openapi({ description: "The payout with its provider: submitted → sent, or failed / returned by the bank (→ refund); null before it started", example: null }),
        failure: z
          .object({
            code: z.string().nullable().openapi({ description: "The provider's reason code (ISO 20022 for bank payouts, e.g. AC04 account closed)", example: "AC04" }),
            message: z.string().nullable().openapi({ example: "Account closed" }),
          })
          .nullable()
          .openapi({ description: "Why a payout failed or was returned", example: null }),
      })
      .openapi({ description: "What is paid out" }),
    nextAction: OfframpNextActionSchema,
    rate: z.string().nullable().openapi({ example: "1" }),
    fees: z.array(AppliedFeeSchema).openapi({ description: "Fee lines of the locked quote" }),
    quoteId: z.string().nullable().openapi({ example: "quo_8f3k2m9q4r7t1v6w0x5y2z8a3b" }),
    needsReview: z.boolean().openapi({ example: false }),
    merchantReference: z.string().nullable().openapi({ example: "withdrawal-2291" }),
    metadata: z.record(z.string(), z.string()).openapi({ example: { customer: "cus_1042" } }),
    expiresAt: Timestamp.openapi({ description: "Deposit deadline; a later deposit waits for a decision" }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    statusHistory: StatusHistorySchema,
  })
  .openapi("OfframpOrder");

export const CreatedOfframpOrderSchema = OfframpOrderSchema.extend({
  clientSecret: z.string().openapi({ description: "Returned once: lets the customer's browser read and reject this order", example: "ord_8c4k2m9q4r7t1v6w0x5y2z8a3b_secret_q2m9f4k8c1x7w3" }),
}).openapi("CreatedOfframpOrder");

const CREATE_PROBLEMS = problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "RATE_LIMITED", "SERVICE_UNAVAILABLE");

export const estimateOfframp = createRoute({
  method: "post", path: "/offramp/estimate", tags: ["Orders"], operationId: "estimateOfframp",
  summary: "Estimate an off-ramp (amount sent → amount received)",
  description: "Prices cashing out `amount` of a stablecoin: every fee, the rate and its time, the amount received (rounded down), the asset's and rail's limits, and a quote id that an off-ramp order can lock until `expiresAt`.",
  request: { body: jsonBody(OfframpEstimateBody) },
  responses: { 200: jsonContent(OfframpEstimateSchema, "The estimate, stored as a quote"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "UNPROCESSABLE", "RATE_LIMITED", "SERVICE_UNAVAILABLE") },
});

export const reverseEstimateOfframp = createRoute({
  method: "post", path: "/offramp/reverse-estimate", tags: ["Orders"], operationId: "reverseEstimateOfframp",
  summary: "Reverse off-ramp estimate (amount to receive → amount to send)",
  description: "The smallest amount of the stablecoin to send so that the destination receives at least `receiveAmount` of `currency`, with the same fees, limits and quote as /offramp/estimate.",
  request: { body: jsonBody(OfframpReverseEstimateBody) },
  responses: { 200: jsonContent(OfframpEstimateSchema, "The estimate, stored as a quote"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "UNPROCESSABLE", "RATE_LIMITED", "SERVICE_UNAVAILABLE") },
});

export const createBankOfframp = createRoute({
  method: "post", path: "/offramp/bank", tags: ["Orders"], operationId: "createBankOfframp", middleware: [idempotency({ required: false })] as const,
  summary: "Create a bank withdrawal off-ramp",
  description: "The customer deposits the stablecoin to a one-time address; once it arrives, WallMoney & Partners pay the bank account (IBAN/BIC validated, holder's and account's country served). Limits per order and per account per 24 h apply (422 naming the limit and what remains).",
  request: { headers: optionalIdempotencyHeaders("offramp-bank-7d1c2f0e-5c1b-4c55"), body: jsonBody(OfframpBankBody) },
  responses: { 201: jsonContent(CreatedOfframpOrderSchema, "The order, awaiting the deposit"), ...CREATE_PROBLEMS },
});

export const createOfframp = createRoute({
  method: "post", path: "/offramp", tags: ["Orders"], operationId: "createOfframp", middleware: [idempotency({ required: false })] as const,
  summary: "Create an off-ramp order (payout to another asset)",
  description: "The customer deposits `asset` to a one-time address; once it arrives, `targetAsset` is sent to `walletAddress` (validated for the deployment's Core network, the asset's `network` in `GET /api/v1/info/assets/unwrap`: a wallet of another network is a 400). The deposit address is on that network too. Limits per order and per address per 24 h apply.",
  request: { headers: optionalIdempotencyHeaders("offramp-crypto-2a9e4b71-0d3c-4f8a"), body: jsonBody(OfframpCryptoBody) },
  responses: { 201: jsonContent(CreatedOfframpOrderSchema, "The order, awaiting the deposit"), ...CREATE_PROBLEMS },
});

export const proceedPartialOfframp = createRoute({
  method: "post", path: "/offramp/proceed-partial", tags: ["Orders"], operationId: "proceedPartialOfframp",
  summary: "Pay out what was deposited, at a fresh quote",
  description: "For an order in `awaiting_decision` (short, over or late deposit): `quoteId` must be an /offramp/estimate for exactly the deposited amount. Other statuses → 409 naming the current one. Repeating an accepted call returns the order.",
  request: {
    body: jsonBody(z.strictObject({
      orderId: OrderId.openapi({ example: "ord_8c4k2m9q4r7t1v6w0x5y2z8a3b" }),
      quoteId: QuoteId.openapi({ description: "Fresh estimate for the deposited amount", example: "quo_2b6h9k3m7q1t5v8w0x4y2z6a9c" }),
    }).openapi("OfframpProceedRequest")),
  },
  responses: { 200: jsonContent(OfframpOrderSchema, "The order, now paying out"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "RATE_LIMITED") },
});

export const rejectOfframp = createRoute({
  method: "post", path: "/offramp/reject/{id}", tags: ["Orders"], operationId: "rejectOfframp",
  summary: "Reject an off-ramp order",
  description: "Merchant secret key or the order's client secret. Closes an order that was never funded (`rejected`), or refunds the deposit less the network fee (`refund_pending` → `refunded`). Allowed while `awaiting_deposit` or `awaiting_decision` (409 otherwise); repeating it returns the order.",
  request: {
    params: z.object({ id: OrderId.openapi({ param: { name: "id", in: "path" }, example: "ord_8c4k2m9q4r7t1v6w0x5y2z8a3b" }) }),
    body: jsonBody(z.strictObject({
      // Shown in dashboards and notifications: line breaks and tabs, but no other control or invisible
      // format characters (NUL, bidi overrides, zero-width).
      // A refine, not a pattern: \p{…} needs the regex `u` flag, which OpenAPI tools do not apply to patterns.
      reason: z.string().trim().min(1).max(500).refine((v) => /^(?:[^\p{Cc}\p{Cf}]|[\n\t])+$/u.test(v), "No control or invisible formatting characters").openapi({ description: "Why, shown to the merchant and support (no control or invisible formatting characters; line breaks and tabs allowed)", example: "Customer cancelled the withdrawal" }),
    }).openapi("OfframpRejectRequest")),
  },
  responses: { 200: jsonContent(OfframpOrderSchema, "The order after the rejection"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "CONFLICT", "RATE_LIMITED") },
});
