import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "../../lib/openapi";
import { PositiveDecimalString } from "../../lib/money";
import {
  AssetFormType,
  InfoAssetListSchema,
  InfoLocationListSchema,
  InfoPaymentTypeListSchema,
  InfoProviderListSchema,
} from "../../services/info/info.schemas";
import { QuoteActionSchema, QuoteSchema } from "../../services/quotes/quote.schemas";

const TAG = "Info";

/** Config changes reach clients within a minute; a stale copy may be shown while revalidating. */
export const INFO_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

const cacheHeaders = z.object({
  ETag: z.string().openapi({ description: "Version of the body; send it back in If-None-Match", example: "\"6d3f08360dc2d83c1343b213f55213741d4d5a27\"" }),
  "Cache-Control": z.string().openapi({ example: INFO_CACHE_CONTROL }),
});

const IfNoneMatch = z.object({
  "if-none-match": z
    .string()
    .optional()
    .openapi({ description: "ETag from an earlier response: 304 when unchanged", example: "\"6d3f08360dc2d83c1343b213f55213741d4d5a27\"" }),
});

function cachedList<T extends z.ZodType>(schema: T, description: string) {
  return {
    200: { ...jsonContent(schema, description), headers: cacheHeaders },
    304: { description: "Not modified: the ETag in If-None-Match is current", headers: cacheHeaders },
  };
}

export const listAssets = createRoute({
  method: "get",
  path: "/info/assets/{type}",
  tags: [TAG],
  operationId: "listInfoAssets",
  summary: "Assets for a payment form",
  description:
    "Assets a customer can buy (`purchase`, on-ramp) or sell back (`unwrap`, off-ramp): tickers, names, decimals, network, " +
    "per-transaction limits, the form's fee terms and the currency pairs they are priced against (see `/rates`). " +
    "Cached: use the `ETag` with `If-None-Match`.",
  request: {
    params: z.object({ type: AssetFormType.openapi({ param: { name: "type", in: "path" }, example: "purchase" }) }),
    headers: IfNoneMatch,
  },
  responses: { ...cachedList(InfoAssetListSchema, "The assets"), ...problemResponses("VALIDATION_FAILED") },
});

export const listPaymentTypes = createRoute({
  method: "get",
  path: "/info/payment-types",
  tags: [TAG],
  operationId: "listInfoPaymentTypes",
  summary: "Payment types",
  description: "Payment methods, the flows they serve (payment, onramp, offramp), the currencies they take and their public settings.",
  request: { headers: IfNoneMatch },
  responses: { ...cachedList(InfoPaymentTypeListSchema, "The payment types"), ...problemResponses() },
});

export const listLocations = createRoute({
  method: "get",
  path: "/info/locations",
  tags: [TAG],
  operationId: "listInfoLocations",
  summary: "Locations",
  description: "Countries CorePort serves, their currencies, payment types and whether on-ramp and off-ramp are offered.",
  request: { headers: IfNoneMatch },
  responses: { ...cachedList(InfoLocationListSchema, "The locations"), ...problemResponses() },
});

function providerRoute(path: string, operationId: string, summary: string, description: string) {
  return createRoute({
    method: "get",
    path,
    tags: [TAG],
    operationId,
    summary,
    description: `${description} Only public settings are returned: credentials never leave the server.`,
    request: { headers: IfNoneMatch },
    responses: { ...cachedList(InfoProviderListSchema, "The providers"), ...problemResponses() },
  });
}

export const listOnrampProviders = providerRoute("/info/onramp", "listInfoOnrampProviders", "On-ramp providers", "Partners that sell stablecoins for fiat.");
export const listOfframpProviders = providerRoute("/info/offramp", "listInfoOfframpProviders", "Off-ramp providers", "Partners that buy stablecoins back and pay out fiat or crypto.");
export const listIntraProviders = providerRoute("/info/intra-providers", "listInfoIntraProviders", "Intrabank transfer providers", "Rails for transfers within a provider's network.");

const Code = (example: string, description: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9]{2,12}$/, "Expected a currency or asset code such as USDX")
    .openapi({ description, example });

export const QuoteQuerySchema = z.object({
  asset: Code("USDX", "Asset (stablecoin ticker) the fees are charged in").openapi({ param: { name: "asset", in: "query" } }),
  amount: PositiveDecimalString.openapi({
    param: { name: "amount", in: "query" },
    description: "Decimal string: the gross asset amount (`side=send`) or the amount the customer wants to receive (`side=receive`)",
    example: "100.00",
  }),
  action: QuoteActionSchema.openapi({ param: { name: "action", in: "query" } }),
  side: z
    .enum(["send", "receive"])
    .default("send")
    .openapi({
      param: { name: "side", in: "query" },
      description: "`receive` computes backwards: the smallest amount to send so the customer receives `amount` (enter: of the asset; exit: of `currency`)",
      example: "send",
    }),
  currency: Code("EUR", "Fiat (or asset) the customer pays with (enter) or is paid in (exit); default: the asset's fiat")
    .optional()
    .openapi({ param: { name: "currency", in: "query" } }),
  paymentType: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/, "Expected a payment type code such as mypos")
    .optional()
    .openapi({ param: { name: "paymentType", in: "query" }, description: "Payment type whose fee schedule applies, if it has its own", example: "mypos" }),
  referrer: z
    .string()
    .min(1)
    .max(2048)
    .optional()
    .openapi({
      param: { name: "referrer", in: "query" },
      description: "Referring site (hostname) or ICAN address; without it the Referer header is used",
      example: "shop.example.com",
    }),
});

export const getQuote = createRoute({
  method: "get",
  path: "/info/quote",
  tags: [TAG],
  operationId: "getQuote",
  summary: "Fee breakdown and receive amount",
  description:
    "Prices a transaction with the asset's fee schedule for the action (and payment type): percentage, fixed, minimum top-up, " +
    "network fee and the referral share of a FinTag site (from `referrer`, else the Referer header), with the rate used and its `asOf`. " +
    "Rounding: every fee rounds up to the asset's decimals; for enter `totalFee + receive.amount = amount` exactly and the charge in " +
    "`currency` rounds up; for exit the payout rounds down — the customer never receives more than the money allows. " +
    "The quote is stored: pass its `id` as `quoteId` to a payment or order before `expiresAt` to lock the price. " +
    "Amounts beyond the asset's decimals are 400; outside its limits 422 naming `minAmount`/`maxAmount`.",
  request: { query: QuoteQuerySchema },
  responses: {
    200: jsonContent(QuoteSchema, "The quote"),
    ...problemResponses("VALIDATION_FAILED", "UNPROCESSABLE", "SERVICE_UNAVAILABLE", "BAD_GATEWAY", "GATEWAY_TIMEOUT"),
  },
});

export const ConfigVersionSchema = z
  .object({ version: z.string().openapi({ description: "New config version", example: "mf3k2a9b-1c2d3e4f" }) })
  .openapi("ConfigVersion");

export const invalidateConfig = createRoute({
  method: "post",
  path: "/admin/config/invalidate",
  tags: [TAG],
  operationId: "invalidateConfigCache",
  summary: "Reload payment-form config (operators)",
  description:
    "Call after changing assets, fees, payment types, locations or providers in D1: bumps the config version so every isolate " +
    "reloads (immediately here, within about a minute everywhere). Needs `Authorization: Bearer <ADMIN_TOKEN>`.",
  responses: { 200: jsonContent(ConfigVersionSchema, "Config version bumped"), ...problemResponses("UNAUTHORIZED") },
});
