import { z } from "@hono/zod-openapi";

/** Public shapes of the payment-form config endpoints. Provider credentials never appear in any of them. */

export const AssetFormType = z.enum(["purchase", "unwrap"]).openapi({
  description: "`purchase`: assets customers can buy with fiat (on-ramp). `unwrap`: assets they can sell back (off-ramp).",
  example: "purchase",
});

/** Non-secret settings shown to widgets; keys that look like credentials are removed before serving. */
const PublicConfig = z.record(z.string(), z.unknown()).openapi({ example: { expiresInMinutes: 30, threeDSecure: true } });

export const FeeTermsSchema = z
  .object({
    paymentType: z.string().nullable().openapi({ description: "Payment type these fees apply to; null = every other type", example: null }),
    percent: z.string().openapi({ description: "Percentage of the amount (\"1.00\" = 1 %)", example: "1.00" }),
    fixed: z.string().openapi({ description: "Fixed fee per transaction, in units of the asset", example: "0.30" }),
    network: z.string().openapi({ description: "Blockchain network fee, in units of the asset", example: "0.05" }),
    minimum: z.string().openapi({ description: "Minimum of percentage + fixed, in units of the asset", example: "0.50" }),
    maxReferralPercent: z.string().openapi({ description: "Largest referral share (FinTag `defi:fee`) applied, percent", example: "4.00" }),
  })
  .openapi("FeeTerms");

export const RatePairSchema = z
  .object({
    base: z.string().openapi({ example: "USDX" }),
    quote: z.string().openapi({ example: "EUR" }),
    resolvedBase: z.string().openapi({ description: "Fiat the base is priced as", example: "USD" }),
    resolvedQuote: z.string().openapi({ example: "EUR" }),
    path: z.string().openapi({ description: "Rate endpoint for this pair", example: "/api/v1/rates/USDX/EUR" }),
  })
  .openapi("RatePair");

export const InfoAssetSchema = z
  .object({
    code: z.string().openapi({ description: "Ticker", example: "USDX" }),
    name: z.string().openapi({ example: "CorePort USD" }),
    kind: z.enum(["fiat", "stablecoin"]).openapi({ example: "stablecoin" }),
    symbol: z.string().nullable().openapi({ example: "USDX" }),
    decimals: z.number().int().openapi({ description: "Decimal places an amount may carry", example: 6 }),
    displayDecimals: z.number().int().openapi({
      description:
        "Decimal places to show amounts of this asset with: a fiat currency's minor unit; a stablecoin shows like the fiat it is pegged to " +
        "(EURX as EUR: `0.63 EURX`). Display only — amounts in the API keep `decimals`. Round a fee up, what is received down, and " +
        "never round an amount to pay (the widget's rule).",
      example: 2,
    }),
    fiatCode: z.string().openapi({ description: "Fiat currency the asset is priced as", example: "USD" }),
    network: z.string().nullable().openapi({
      description:
        "Network the asset lives on in this deployment, null for fiat: `core-mainnet` (ICAN `cb…`) in production, `core-testnet` (`ab…`) in the sandbox, " +
        "`core-enterprise` (`ce…`). Wallet addresses you send are validated for it.",
      example: "core-testnet",
    }),
    contractAddress: z.string().nullable().openapi({ description: "Token contract ICAN on the deployment's network (what payment URIs name the token by, CIP-10); null for fiat", example: "ab710000000000000000000000000000000055534458" }),
    limits: z
      .object({
        min: z.string().openapi({ example: "10.000000" }),
        max: z.string().nullable().openapi({ description: "null = no upper limit", example: "50000.000000" }),
      })
      .openapi({ description: "Per-transaction amount limits in units of the asset" }),
    fees: z.array(FeeTermsSchema).openapi({ description: "Fee terms of the form's action (purchase → enter, unwrap → exit)" }),
    ratePairs: z.array(RatePairSchema).openapi({ description: "Currencies this asset is priced against in this form" }),
  })
  .openapi("InfoAsset");

export const InfoAssetListSchema = z
  .object({ type: AssetFormType, data: z.array(InfoAssetSchema) })
  .openapi("InfoAssetList");

export const InfoPaymentTypeSchema = z
  .object({
    code: z.string().openapi({ example: "mypos" }),
    name: z.string().openapi({ example: "Card (myPOS)" }),
    description: z.string().openapi({ example: "Visa / Mastercard through the myPOS hosted checkout" }),
    flows: z.array(z.string()).openapi({ description: "payment, onramp and/or offramp", example: ["payment", "onramp"] }),
    assets: z.array(z.string()).openapi({ example: ["EUR", "USD", "GBP", "CHF"] }),
    config: PublicConfig,
  })
  .openapi("InfoPaymentType");

export const InfoPaymentTypeListSchema = z.object({ data: z.array(InfoPaymentTypeSchema) }).openapi("InfoPaymentTypeList");

export const InfoLocationSchema = z
  .object({
    code: z.string().openapi({ description: "ISO 3166-1 alpha-2", example: "DE" }),
    name: z.string().openapi({ example: "Germany" }),
    region: z.string().openapi({ example: "EEA" }),
    currencies: z.array(z.string()).openapi({ example: ["EUR"] }),
    paymentTypes: z.array(z.string()).openapi({ example: ["mypos", "payto", "corepay", "bank"] }),
    onramp: z.boolean().openapi({ description: "Buying stablecoins is offered here", example: true }),
    offramp: z.boolean().openapi({ description: "Selling stablecoins is offered here", example: true }),
  })
  .openapi("InfoLocation");

export const InfoLocationListSchema = z.object({ data: z.array(InfoLocationSchema) }).openapi("InfoLocationList");

export const InfoProviderSchema = z
  .object({
    code: z.string().openapi({ example: "wallmoney" }),
    name: z.string().openapi({ example: "WallMoney & Partners" }),
    kind: z.enum(["onramp", "offramp", "intrabank", "payment"]).openapi({ example: "onramp" }),
    mode: z.enum(["sandbox", "live"]).openapi({ example: "sandbox" }),
    assets: z.array(z.string()).openapi({ example: ["USDX", "EURX"] }),
    countries: z.array(z.string()).openapi({ example: ["DE", "FR"] }),
    paymentTypes: z.array(z.string()).openapi({ example: ["bank", "mypos"] }),
    config: PublicConfig,
  })
  .openapi("InfoProvider");

export const InfoProviderListSchema = z.object({ data: z.array(InfoProviderSchema) }).openapi("InfoProviderList");

export type InfoAsset = z.infer<typeof InfoAssetSchema>;
export type InfoAssetList = z.infer<typeof InfoAssetListSchema>;
export type InfoPaymentType = z.infer<typeof InfoPaymentTypeSchema>;
export type InfoLocation = z.infer<typeof InfoLocationSchema>;
export type InfoProvider = z.infer<typeof InfoProviderSchema>;
export type FeeTerms = z.infer<typeof FeeTermsSchema>;
