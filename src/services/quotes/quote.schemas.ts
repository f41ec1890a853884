import { z } from "@hono/zod-openapi";

/** The public shape of a quote; every estimate endpoint that prices through the fee engine can reuse it. */

/** What `rateAgeSeconds` / `rate.ageSeconds` mean wherever an estimate reports them. */
export const RATE_AGE_DESCRIPTION =
  "Seconds from the rate's reference time (`asOf`: for an ECB fixing, 14:15 Frankfurt time of its day) to the moment it was priced. " +
  "It grows past a day over weekends and holidays while the rate is still current: whether a rate may price is decided by the TARGET " +
  "calendar (an ECB fixing is current until the next business day's publication plus RATE_PUBLICATION_GRACE_SECONDS), not by this age";

export const QuoteActionSchema = z.enum(["enter", "exit"]).openapi({
  description: "`enter`: the customer pays in (buys or pays with the asset). `exit`: the customer cashes the asset out.",
  example: "enter",
});

export const FeeLineSchema = z
  .object({
    type: z.enum(["percentage", "fixed", "minimum", "network", "referral"]).openapi({ example: "percentage" }),
    amount: z.string().openapi({ description: "Rounded up to the asset's decimals", example: "1.000000" }),
    asset: z.string().openapi({ example: "USDX" }),
    recipient: z.enum(["coreport", "network", "referrer"]).openapi({ example: "coreport" }),
  })
  .openapi("FeeLine");

/** A fee as a payment or order stores it (the locked quote's lines, without the recipient). */
export const AppliedFeeSchema = z
  .object({
    type: z.string().openapi({ example: "percentage" }),
    amount: z.string().openapi({ description: "Decimal string in `asset`, rounded up to the asset's decimals", example: "4.000000" }),
    asset: z.string().openapi({ example: "EURX" }),
  })
  .openapi("AppliedFee");

const Leg = z.object({
  asset: z.string().openapi({ example: "EUR" }),
  amount: z.string().openapi({ example: "92.18" }),
});

export const QuoteSchema = z
  .object({
    id: z.string().openapi({ description: "Pass as `quoteId` to a payment or order to lock this price until `expiresAt`", example: "quo_8f3k2m9q4r7t1v6w0x5y2z8a3b" }),
    object: z.literal("quote"),
    action: QuoteActionSchema,
    asset: z.string().openapi({ example: "USDX" }),
    currency: z.string().openapi({ description: "Counter currency the customer pays with (enter) or is paid in (exit)", example: "EUR" }),
    paymentType: z.string().nullable().openapi({ example: null }),
    side: z.enum(["send", "receive"]).openapi({ description: "Which amount the request fixed", example: "send" }),
    amount: z.string().openapi({ description: "Gross asset amount the fees are computed on (asset decimals)", example: "100.000000" }),
    send: Leg.openapi({
      description: "What the customer sends. enter: the charge in `currency`, rounded up to its decimals; exit: `amount` of the asset.",
      example: { asset: "EUR", amount: "92.18" },
    }),
    receive: Leg.openapi({
      description: "What the customer receives. enter: `amount − totalFee` of the asset (exact); exit: that net amount converted to `currency`, rounded down.",
      example: { asset: "USDX", amount: "98.650000" },
    }),
    fees: z.array(FeeLineSchema).openapi({ description: "Every fee line, in the asset; they sum to `totalFee`" }),
    totalFee: z.string().openapi({ description: "Sum of the fee lines; for enter, `totalFee + receive.amount = amount` exactly", example: "1.350000" }),
    split: z
      .object({
        coreport: z.string().openapi({ description: "percentage + fixed + minimum", example: "1.300000" }),
        network: z.string().openapi({ example: "0.050000" }),
        referrer: z.string().openapi({ example: "0.000000" }),
      })
      .openapi({ description: "Who receives the fees, in the asset" }),
    rate: z
      .object({
        base: z.string().openapi({ example: "USDX" }),
        quote: z.string().openapi({ example: "EUR" }),
        value: z.string().openapi({ description: "1 base = value quote (10 decimals, half-even)", example: "0.9216589862" }),
        resolvedBase: z.string().openapi({ example: "USD" }),
        resolvedQuote: z.string().openapi({ example: "EUR" }),
        asOf: z.string().datetime().openapi({ example: "2026-11-27T09:00:00.000Z" }),
        source: z.string().openapi({ example: "ecb" }),
      })
      .openapi({ description: "The rate this quote is priced at" }),
    referral: z
      .object({
        referrerId: z.string().openapi({ example: "ref_4x9a2b7c5d8e1f3g6h0j2k4m6n" }),
        icanAddress: z.string().openapi({ example: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b" }),
        site: z.string().nullable().openapi({ example: "shop.example.com" }),
        via: z.enum(["parameter", "referer"]).openapi({ example: "referer" }),
        declaredPercent: z.string().openapi({ description: "The site's FinTag defi:fee", example: "1.00" }),
        appliedPercent: z.string().openapi({ description: "Declared share capped by the fee schedule's maximum", example: "1.00" }),
        capped: z.boolean().openapi({ example: false }),
        amount: z.string().openapi({ example: "1.000000" }),
      })
      .nullable()
      .openapi({ description: "The referral share, when the request came from (or named) a FinTag site" }),
    feeSchedule: z
      .object({
        paymentType: z.string().nullable().openapi({ example: null }),
        percent: z.string().openapi({ example: "1.00" }),
        fixed: z.string().openapi({ example: "0.30" }),
        network: z.string().openapi({ example: "0.05" }),
        minimum: z.string().openapi({ example: "0.50" }),
        maxReferralPercent: z.string().openapi({ example: "4.00" }),
      })
      .openapi({ description: "The fee terms applied" }),
    limits: z
      .object({
        min: z.string().openapi({ example: "10.000000" }),
        max: z.string().nullable().openapi({ example: "50000.000000" }),
      })
      .openapi({ description: "The asset's per-transaction limits on `amount`" }),
    expiresAt: z.string().datetime().openapi({ example: "2026-11-27T10:20:30.000Z" }),
    createdAt: z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" }),
  })
  .openapi("Quote");

export type Quote = z.infer<typeof QuoteSchema>;
export type PricedQuote = Omit<Quote, "id" | "expiresAt" | "createdAt">;
