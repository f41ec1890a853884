/** Request fields and the response shape shared by every payment method's endpoints. */
import { z } from "@hono/zod-openapi";
import { idPattern } from "../../lib/ids";
import { MetadataSchema } from "../../lib/metadata";
import { PositiveDecimalString } from "../../lib/money";
import { paymentMachine } from "../../services/payments/machine/payment.machine";
import { CORE_NETWORKS, type CoreNetworkId } from "../../providers/network";

export const EXAMPLE_PAYMENT_ID = "pay_01hx7k3m9q2r5t8v0w4y6z1a3c";
export const EXAMPLE_DEPOSIT_ADDRESS = "ab7421f5b7c1d0e2f3a4b5c6d7e8f901122334455667";
/** The sandbox USDX token contract (src/db/seed/data.ts sandboxContractAddress): payment URIs name tokens by contract (CIP-10). */
export const EXAMPLE_USDX_CONTRACT = "ab710000000000000000000000000000000055534458";
/** The deployment's Core network (CORE_NETWORK), in the same words as an asset's `network` in /info/assets. */
const CoreNetworkField = z.enum(Object.values(CORE_NETWORKS).map((n) => n.id) as [CoreNetworkId, ...CoreNetworkId[]]).openapi({
  description: "Core Blockchain network of this deployment, as `network` in `GET /api/v1/info/assets`: `core-mainnet` (ICAN `cb…`) in production, `core-testnet` (`ab…`) in the sandbox, `core-enterprise` (`ce…`)",
  example: "core-testnet",
});
const Timestamp = (example: string) => z.string().datetime().openapi({ example });

export const PaymentIdParam = z.object({
  id: z.string().regex(idPattern("pay"), "Expected a payment id (pay_…)").openapi({ param: { name: "id", in: "path" }, example: EXAMPLE_PAYMENT_ID }),
});

export const AssetField = z.string().regex(/^[A-Za-z0-9]{2,12}$/, "Expected an asset code such as USDX").openapi({
  description: "Stablecoin the customer pays in (see GET /api/v1/info/assets/purchase)",
  example: "USDX",
});
export const AmountField = PositiveDecimalString.openapi({
  description: "Exact amount due, as a decimal string with at most the asset's decimals (USDX: 6). More decimals are refused, never rounded.",
  example: "25.00",
});
export const QuoteIdField = z.string().regex(idPattern("quo"), "Expected a quote id (quo_…)").openapi({
  description: "A stored, unexpired quote of this merchant to lock rate and fees (expired → 422, used by another payment → 409, unknown → 404)",
  example: "quo_8f3k2m9q4r7t1v6w0x5y2z8a3b",
});
export const MerchantReferenceField = z.string().min(1).max(120).regex(/^[\x20-\x7E]+$/, "Printable ASCII only").openapi({
  description: "Your order number; shown on the timeline and in notifications",
  example: "order-10472",
});
export const MetadataField = MetadataSchema.openapi({ description: "Up to 20 string key/values, returned as given", example: { cartId: "c_5521", customer: "cus_1042" } });
export const ReferrerField = z.string().min(3).max(253).openapi({
  description: "Referral: the ICAN address or site (FinTag) of the referrer; ignored when a quoteId fixes the fees",
  example: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b",
});
/**
 * The Idempotency-Key every payment create call requires (enforced by src/middleware/idempotency.ts,
 * which answers a missing or malformed key with a 400 naming it); documented here so clients see it.
 */
export const IdempotencyKeyHeaders = z.object({
  "idempotency-key": z.string().min(1).max(255).regex(/^[\x20-\x7e]+$/, "Printable ASCII").openapi({
    description: "Required. A unique key per payment, e.g. a UUID: a retry with the same key and body within 24 h returns the first payment; another body with the same key is a 422.",
    example: "5f0c7a2e-8d4b-4e61-9a3f-2b7c1d9e6a40",
  }),
});

/** A URL without credentials (`user:pass@`), whitespace or control characters: it is shown to the customer and signed into the checkout form. */
const cleanPageUrl = (u: string) => {
  if (/[\s\p{Cc}\p{Cf}]/u.test(u)) return false;
  try {
    const url = new URL(u);
    return !url.username && !url.password;
  } catch {
    return false;
  }
};
/** A page of the merchant a card checkout returns the customer to (MyPOS payments and card on-ramps). */
export const CheckoutPageUrl = z.string().url().max(2048)
  .refine((u) => /^https:\/\//.test(u) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(u), "Must be an https URL")
  .refine(cleanPageUrl, "Must not contain credentials, spaces or control characters");

export const ExpiresInField = z.number().int().min(60).max(86_400).default(1800).openapi({
  description: "Seconds until the payment expires (60 … 86400, default 1800). Money arriving later is recorded and flagged for review.",
  example: 1800,
});

export const PaymentStatusSchema = z.enum(Object.keys(paymentMachine.states) as [string, ...string[]]).openapi({
  description: Object.entries(paymentMachine.states).map(([s, d]) => `\`${s}\`: ${d.description}`).join("; "),
  example: "requires_payment",
});

const FeeLine = z.object({
  type: z.string().openapi({ example: "percentage" }),
  amount: z.string().openapi({ description: "Rounded up to the asset's decimals", example: "0.250000" }),
  asset: z.string().openapi({ example: "USDX" }),
});

export const TimelineEventSchema = z
  .object({
    id: z.string().openapi({ example: "evt_9c2k7m1q4x8v3b6n5z0w2e4r7t" }),
    seq: z.number().int().openapi({ description: "Order of recording (1 = creation)", example: 2 }),
    type: z.string().openapi({ example: "payment.funds_received" }),
    source: z.string().openapi({ description: "Who reported it: merchant, system (expiry), or the provider", example: "payto" }),
    fromStatus: z.string().openapi({ example: "requires_payment" }),
    toStatus: z.string().openapi({ example: "succeeded" }),
    accepted: z.boolean().openapi({ description: "false: recorded but refused (out of order, after a final status)", example: true }),
    reason: z.string().nullable().openapi({ example: null }),
    data: z.record(z.string(), z.unknown()).openapi({ example: { transactionId: "0x8f2a6c1e9b3d47f0", amount: "25.000000", asset: "USDX" } }),
    occurredAt: Timestamp("2026-11-27T10:15:30.000Z").openapi({ description: "When the provider says it happened" }),
    recordedAt: Timestamp("2026-11-27T10:15:31.000Z"),
  })
  .openapi("PaymentTimelineEvent");

export const WalletDetailsSchema = z
  .object({
    depositAddress: z.string().openapi({ description: "ICAN address unique to this payment (mod-97 valid)", example: EXAMPLE_DEPOSIT_ADDRESS }),
    network: CoreNetworkField,
    paymentUri: z.string().openapi({ description: "payto:// URI (RFC 8905 / CIP-10) wallets open", example: `payto://xab/${EXAMPLE_DEPOSIT_ADDRESS}?amount=${EXAMPLE_USDX_CONTRACT}:25&message=${EXAMPLE_PAYMENT_ID}` }),
    qrSvg: z.string().openapi({ description: "The payment URI as a QR code (SVG document)", example: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 41 41\">…</svg>" }),
  })
  .openapi("PaymentWalletDetails");

export const PaymentSchema = z
  .object({
    id: z.string().openapi({ example: EXAMPLE_PAYMENT_ID }),
    object: z.literal("payment").openapi({ example: "payment" }),
    method: z.enum(["mypos", "payto", "corepay"]).openapi({ example: "payto" }),
    status: PaymentStatusSchema,
    asset: z.string().openapi({ example: "USDX" }),
    amountExpected: z.string().openapi({ description: "Exact amount due, in `asset`", example: "25.000000" }),
    amountReceived: z.string().openapi({ description: "Exact sum of the final (confirmed) deposits", example: "0" }),
    amountRemaining: z.string().openapi({ description: "amountExpected − amountReceived, never below 0", example: "25.000000" }),
    settlement: z
      .object({
        asset: z.string().openapi({ example: "USDX" }),
        amount: z.string().openapi({ description: "What the merchant is credited when paid in full: amount due minus fees (converted for cross-currency payments, rounded down)", example: "24.450000" }),
      })
      .nullable(),
    rate: z.string().nullable().openapi({ description: "Rate locked at creation (1 for same-asset payments)", example: "1" }),
    fees: z.array(FeeLine).openapi({ description: "Fee lines, in `asset`" }),
    quoteId: z.string().nullable().openapi({ example: null }),
    referrerId: z.string().nullable().openapi({ example: null }),
    merchantReference: z.string().nullable().openapi({ example: "order-10472" }),
    metadata: z.record(z.string(), z.string()).openapi({ example: { cartId: "c_5521" } }),
    needsReview: z.boolean().openapi({ description: "Money arrived after a final status (e.g. a late deposit after expiry): an operator decides", example: false }),
    expiresAt: Timestamp("2026-11-27T10:45:30.000Z"),
    createdAt: Timestamp("2026-11-27T10:15:30.000Z"),
    updatedAt: Timestamp("2026-11-27T10:15:30.000Z"),
    timeline: z.array(TimelineEventSchema).openapi({ description: "Every event recorded for the payment, in order" }),
  })
  .openapi("Payment");

export const PaytoPaymentSchema = PaymentSchema.extend({ payto: WalletDetailsSchema }).openapi("PaytoPayment");

const ClientSecretField = z.string().openapi({
  description: "For the customer's browser: read this payment with `X-Client-Secret`. Returned only once, here.",
  example: `${EXAMPLE_PAYMENT_ID}_secret_4k8m2q6t0w3y7a1c5e9g2j6n0r`,
});

export const CreatedPaytoPaymentSchema = PaytoPaymentSchema.extend({ clientSecret: ClientSecretField }).openapi("CreatedPaytoPayment");

export const CorepayDetailsSchema = z
  .object({
    address: z.string().openapi({ description: "The merchant's ICAN address the customer pays to (fixed at creation)", example: "ab3455c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f41" }),
    network: CoreNetworkField,
    paymentUri: z.string().openapi({ example: `payto://xab/ab3455c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f41?amount=${EXAMPLE_USDX_CONTRACT}:49.99&message=${EXAMPLE_PAYMENT_ID}` }),
    qrSvg: z.string().openapi({ example: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 41 41\">…</svg>" }),
    confirmationsRequired: z.number().int().openapi({ description: "Confirmations before the transaction counts (COREPAY_CONFIRMATIONS, per asset)", example: 3 }),
  })
  .openapi("CorepayDetails");

export const CorepayPaymentSchema = PaymentSchema.extend({ corepay: CorepayDetailsSchema }).openapi("CorepayPayment");
export const CreatedCorepayPaymentSchema = CorepayPaymentSchema.extend({ clientSecret: ClientSecretField }).openapi("CreatedCorepayPayment");

export const CorepayTransactionSchema = z
  .object({
    hash: z.string().openapi({ example: "0x8f2a6c1e9b3d47f0" }),
    state: z.enum(["pending", "confirmed", "dropped"]).openapi({ description: "pending: seen, not final; confirmed: counted; dropped: vanished or replaced (not counted)", example: "pending" }),
    amount: z.string().nullable().openapi({ example: "49.990000" }),
    blockNumber: z.number().int().nullable().openapi({ example: 18234771 }),
    confirmations: z.number().int().openapi({ description: "Confirmations seen so far", example: 2 }),
    confirmationsRequired: z.number().int().openapi({ example: 3 }),
    firstSeenAt: Timestamp("2026-11-27T10:16:02.000Z"),
    lastUpdateAt: Timestamp("2026-11-27T10:16:40.000Z"),
  })
  .openapi("CorepayTransaction");

export const CorepayStatusSchema = z
  .object({
    paymentId: z.string().openapi({ example: EXAMPLE_PAYMENT_ID }),
    status: PaymentStatusSchema,
    asset: z.string().openapi({ example: "USDX" }),
    address: z.string().openapi({ example: "ab3455c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f41" }),
    network: CoreNetworkField,
    amountExpected: z.string().openapi({ example: "49.990000" }),
    amountSeen: z.string().openapi({ description: "Confirmed plus pending (not dropped) amounts", example: "49.990000" }),
    amountReceived: z.string().openapi({ description: "Confirmed amounts only", example: "0" }),
    confirmationsRequired: z.number().int().openapi({ example: 3 }),
    transactions: z.array(CorepayTransactionSchema),
    events: z.array(TimelineEventSchema).openapi({ description: "Every event with its time, in order" }),
    expiresAt: Timestamp("2026-11-27T10:45:30.000Z"),
  })
  .openapi("CorepayStatus");

export const CreatedMyposPaymentSchema = PaymentSchema.extend({
  redirectUrl: z.string().url().openapi({
    description: "Send the customer here: a CorePort page that posts the signed myPOS checkout form. It carries the client secret: give it only to this customer.",
    example: `https://api.coreport.example/pay/mypos/${EXAMPLE_PAYMENT_ID}?client_secret=${EXAMPLE_PAYMENT_ID}_secret_4k8m2q6t0w3y7a1c5e9g2j6n0r`,
  }),
  clientSecret: ClientSecretField,
}).openapi("CreatedMyposPayment");
