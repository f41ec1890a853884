import { createRoute, z } from "@hono/zod-openapi";
import { StatusHistorySchema } from "../../services/ramps/order-history";
import { PositiveDecimalString } from "../../lib/money";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { WalletAddressSchema } from "../../lib/wallet-address";
import { idempotency } from "../../middleware/idempotency";
import { BankInstructionsSchema } from "../../providers/wallmoney/schemas";
import { AppliedFeeSchema, QuoteSchema, RATE_AGE_DESCRIPTION } from "../../services/quotes/quote.schemas";
import { MetadataSchema } from "../../lib/metadata";
import { AssetCode, Timestamp, QuoteId, MerchantReference, optionalIdempotencyHeaders } from "../ramp-fields";
import { CheckoutPageUrl } from "../payments/payments.schemas";


export const ForexEstimateBody = z
  .strictObject({
    asset: AssetCode.openapi({ description: "The stablecoin bought", example: "EURX" }),
    currency: AssetCode.optional().openapi({ description: "The fiat currency the customer pays in; default the asset's fiat", example: "GBP" }),
    receiveAmount: PositiveDecimalString.optional().openapi({ description: "Coins the customer receives (net of fees); give this or `amount`", example: "250.000000" }),
    amount: PositiveDecimalString.optional().openapi({ description: "Gross coin amount the fees are computed on; give this or `receiveAmount`", example: "253.500000" }),
    paymentType: z.enum(["bank", "mypos"]).optional().openapi({ description: "What the customer pays with: `bank` (the default) for POST /onramp/bank or `paymentMethod: bank`, `mypos` for a card order (its own fees and limits). An order of the other method refuses the quote", example: "bank" }),
  })
  .refine((b) => (b.receiveAmount === undefined) !== (b.amount === undefined), { message: "Give exactly one of `receiveAmount` and `amount`", path: ["receiveAmount"] })
  .openapi("ForexEstimateRequest");

const LiquiditySchema = z
  .object({
    status: z.enum(["available", "limited", "unavailable"]).openapi({ description: "`limited`: only `maxFillable` can be delivered now", example: "available" }),
    asset: z.string().openapi({ example: "EURX" }),
    available: z.string().openapi({ description: "Unreserved coins in the pool", example: "182500.000000" }),
    maxFillable: z.string().optional().openapi({ description: "The most an order can get now (when limited)", example: "120.000000" }),
  })
  .openapi("LiquidityStatus");

export const ForexEstimateSchema = QuoteSchema.extend({
  chargeAmount: z.string().openapi({ description: "What the customer pays, in `currency`, rounded up", example: "218.47" }),
  rateAgeSeconds: z.number().int().openapi({ description: RATE_AGE_DESCRIPTION, example: 3600 }),
  liquidity: LiquiditySchema,
}).openapi("ForexEstimate");

const bankFields = {
    asset: AssetCode.openapi({ description: "The stablecoin bought", example: "EURX" }),
    currency: AssetCode.optional().openapi({ description: "Fiat sent by bank transfer (EUR, GBP, CHF); default the asset's fiat", example: "EUR" }),
    receiveAmount: PositiveDecimalString.optional().openapi({ description: "Coins to receive; omit when `quoteId` is given", example: "250.000000" }),
    quoteId: QuoteId.optional().openapi({ description: "A quote from /onramp/forex-estimate to lock", example: "quo_3c7h1k5m9q2t6v0w4x8y1z5a7b" }),
    walletAddress: WalletAddressSchema,
    merchantReference: MerchantReference.optional().openapi({ example: "topup-8812" }),
    metadata: MetadataSchema.optional().openapi({ example: { customer: "cus_1042" } }),
};
const amountOrQuote = { message: "Give `receiveAmount` or `quoteId`", path: ["receiveAmount"] };

export const BankOnrampBody = z
  .strictObject(bankFields)
  .refine((b) => b.receiveAmount !== undefined || b.quoteId !== undefined, amountOrQuote)
  .openapi("BankOnrampRequest");

export const OnrampBody = z
  .strictObject({
    ...bankFields,
    paymentMethod: z.enum(["card", "bank"]).openapi({ description: "`card`: MyPOS hosted checkout; `bank`: transfer to WallMoney & Partners", example: "card" }),
    returnUrl: CheckoutPageUrl.optional().openapi({ description: "Card: where the checkout returns the customer (https)", example: "https://shop.example.com/topup/done" }),
  })
  .refine((b) => b.receiveAmount !== undefined || b.quoteId !== undefined, amountOrQuote)
  .refine((b) => b.paymentMethod !== "card" || b.returnUrl !== undefined, { message: "Required for card payments", path: ["returnUrl"] })
  .openapi("OnrampRequest");

const CheckoutSchema = z
  .object({
    action: z.string().openapi({ description: "POST the fields to this URL from the customer's browser", example: "https://www.mypos.com/vmp/checkout-test" }),
    fields: z.array(z.tuple([z.string(), z.string()])).openapi({ description: "The signed IPCPurchase form fields, in order", example: [["IPCmethod", "IPCPurchase"], ["OrderID", "ord_5d2k8m1q4r7t9v3w6x0y2z8a4b"]] }),
  })
  .openapi("CardCheckoutForm");

export const OnrampOrderSchema = z
  .object({
    id: z.string().openapi({ example: "ord_5d2k8m1q4r7t9v3w6x0y2z8a4b" }),
    object: z.literal("order").openapi({ example: "order" }),
    direction: z.literal("onramp").openapi({ example: "onramp" }),
    rail: z.enum(["bank", "card"]).openapi({ example: "bank" }),
    status: z.string().openapi({ description: "awaiting_funds, awaiting_decision, funds_confirmed, coins_sent, completed, refund_pending, refunded, rejected, failed, expired", example: "awaiting_funds" }),
    charge: z.object({
      currency: z.string().openapi({ example: "EUR" }),
      amount: z.string().openapi({ description: "Exact amount to transfer", example: "253.85" }),
      received: z.string().openapi({ example: "0" }),
    }),
    receive: z.object({
      asset: z.string().openapi({ example: "EURX" }),
      amount: z.string().openapi({ example: "250.000000" }),
      walletAddress: z.string().openapi({ example: "ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8" }),
      txHash: z.string().nullable().openapi({ example: null }),
    }),
    bankInstructions: BankInstructionsSchema.nullable().openapi({ description: "Bank orders: where and how to transfer" }),
    checkout: CheckoutSchema.nullable().openapi({ description: "Card orders: the signed MyPOS checkout form" }),
    nextAction: z.object({
      type: z.enum(["bank_transfer", "redirect_to_checkout"]).openapi({ example: "bank_transfer" }),
      description: z.string().openapi({ example: "Transfer exactly 253.85 EUR to the IBAN with reference RF55 4605 8913 2657 2084 before the expiry" }),
    }).nullable().openapi({ description: "What the customer must do while the order awaits their money; null afterwards" }),
    rate: z.string().nullable().openapi({ example: "1" }),
    fees: z.array(AppliedFeeSchema),
    quoteId: z.string().nullable().openapi({ example: "quo_3c7h1k5m9q2t6v0w4x8y1z5a7b" }),
    merchantReference: z.string().nullable().openapi({ example: "topup-8812" }),
    metadata: z.record(z.string(), z.string()).openapi({ example: { customer: "cus_1042" } }),
    expiresAt: Timestamp,
    createdAt: Timestamp,
    statusHistory: StatusHistorySchema,
    clientSecret: z.string().openapi({ description: "Returned once", example: "ord_5d2k8m1q4r7t9v3w6x0y2z8a4b_secret_q2m9f4k8c1x7w3q2m9f4k8c1x7w3ab" }),
  })
  .openapi("OnrampOrder");

export const forexEstimate = createRoute({
  method: "post", path: "/onramp/forex-estimate", tags: ["Orders"], operationId: "forexEstimateOnramp",
  summary: "Estimate a cross-currency on-ramp (e.g. GBP → EURX)",
  description: "Charge amount (rounded up), the exchange rate and its age, every fee, the coins received, the quote's expiry and id (lockable by an order), and the liquidity status of the asset's pool for this amount.",
  request: { body: jsonBody(ForexEstimateBody) },
  responses: { 200: jsonContent(ForexEstimateSchema, "The estimate, stored as a quote"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "UNPROCESSABLE", "RATE_LIMITED", "SERVICE_UNAVAILABLE") },
});

export const createBankOnramp = createRoute({
  method: "post", path: "/onramp/bank", tags: ["Orders"], operationId: "createBankOnramp",
  summary: "Create a bank transfer on-ramp with WallMoney & Partners",
  description: "Returns bank instructions: beneficiary, IBAN and BIC, the exact amount and currency, and an ISO 11649 reference the transfer must carry. The coins are reserved in the pool until the expiry (422 `limit: liquidity` when the pool cannot fill them). A transfer matched by its reference confirms the order and the coins are sent; a different amount waits for a decision (`awaiting_decision`).",
  middleware: [idempotency({ required: false })] as const,
  request: {
    headers: optionalIdempotencyHeaders("onramp-bank-5e2f7a90-31c4-4b8d"),
    body: jsonBody(BankOnrampBody),
  },
  responses: { 201: jsonContent(OnrampOrderSchema, "The order, awaiting the transfer"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "RATE_LIMITED", "BAD_GATEWAY", "SERVICE_UNAVAILABLE") },
});

export const createOnramp = createRoute({
  method: "post", path: "/onramp", tags: ["Orders"], operationId: "createOnramp",
  summary: "Create an on-ramp order",
  description: "Buy `receiveAmount` of a stablecoin (or lock `quoteId`) for `walletAddress` (validated for the deployment's Core network, the asset's `network` in `GET /api/v1/info/assets/purchase`: a wallet of another network is a 400), paid by card through the MyPOS hosted checkout or by bank transfer. Returns the order, its quote, what the customer must do next (`nextAction`), its expiry and `clientSecret`. The coins are reserved in the pool until the expiry.",
  middleware: [idempotency({ required: false })] as const,
  request: {
    headers: optionalIdempotencyHeaders("onramp-9b41c2d7-6e0f-4a35"),
    body: jsonBody(OnrampBody),
  },
  responses: { 201: jsonContent(OnrampOrderSchema, "The order, awaiting the customer's payment"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "RATE_LIMITED", "BAD_GATEWAY", "SERVICE_UNAVAILABLE") },
});
