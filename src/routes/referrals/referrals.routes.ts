import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "../../lib/openapi";
import { PositiveDecimalString } from "../../lib/money";
import { FintagEntrySchema } from "../../services/referrals/fintag.schema";
import { QuoteActionSchema } from "../../services/quotes/quote.schemas";

const TAG = "Referrals";
const EXAMPLE_ICAN = "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b";

export const FINTAG_CACHE_CONTROL = "public, max-age=300";

export const FintagDocumentSchema = z
  .object({
    domain: z.string().openapi({ example: "shop.example.com" }),
    url: z.string().openapi({ description: "Where the document was read (after redirects)", example: "https://shop.example.com/.well-known/fintag.json" }),
    entries: z.array(FintagEntrySchema).openapi({ description: "Validated, normalised entries in the published order" }),
    fetchedAt: z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" }),
    cached: z.boolean().openapi({ description: "Served from CorePort's cache (up to one hour old)", example: false }),
  })
  .openapi("FintagDocument");

export const getFintag = createRoute({
  method: "get",
  path: "/fintag",
  tags: [TAG],
  operationId: "getFintag",
  summary: "Fetch a site's FinTag document",
  description:
    "Fetches `https://{domain}/.well-known/fintag.json` (an array of `{\"ican:xcb\", \"defi:fee\"}` entries), validates every entry " +
    "(ICAN checksum, fee 0.00 %–4.00 % with at most two decimals, default 0.00 %) and returns them normalised. Only public https hostnames " +
    "on the default port are fetched (no IP literals, localhost, internal names, userinfo or ports; redirects are re-checked, at most 3); " +
    "answers must be JSON, at most 64 KiB, within 3 s. Results are cached (an hour; failures 1–5 minutes). " +
    "404 when the site publishes no FinTag; 502 when it is unreachable or invalid; 504 on timeout.",
  request: {
    query: z.object({
      domain: z
        .string()
        .min(1)
        .max(2048)
        .openapi({ param: { name: "domain", in: "query" }, description: "Hostname (or https origin) of the site", example: "shop.example.com" }),
    }),
  },
  responses: {
    200: jsonContent(FintagDocumentSchema, "The site's FinTag entries"),
    ...problemResponses("VALIDATION_FAILED", "NOT_FOUND", "BAD_GATEWAY", "GATEWAY_TIMEOUT"),
  },
});

export const ReferrerMetaSchema = z
  .object({
    referrer: z
      .object({
        id: z.string().openapi({ example: "ref_4x9a2b7c5d8e1f3g6h0j2k4m6n" }),
        icanAddress: z.string().openapi({ example: EXAMPLE_ICAN }),
        network: z.enum(["mainnet", "testnet", "enterprise"]).openapi({ example: "mainnet" }),
        feePercent: z.string().openapi({ description: "Declared referral share, percent", example: "1.00" }),
        fee: z.string().openapi({ example: "1.00%" }),
        source: z.enum(["meta", "json", "well-known", "manual"]).openapi({ description: "Where the declaration was read", example: "well-known" }),
        verifiedAt: z.string().datetime().nullable().openapi({ example: "2026-11-27T10:15:30.000Z" }),
      })
      .openapi({ description: "The referral address and its fee" }),
    originator: z
      .object({
        site: z.string().nullable().openapi({ description: "The referring site", example: "shop.example.com" }),
        name: z.string().nullable().openapi({ description: "Its name (og:site_name), when declared", example: "Example Shop" }),
        via: z.enum(["parameter", "referer"]).openapi({ description: "Named explicitly, or taken from the Referer header", example: "parameter" }),
      })
      .openapi({ description: "Who originated the referral" }),
    split: z
      .object({
        asset: z.string().openapi({ example: "USDX" }),
        action: QuoteActionSchema,
        amount: z.string().openapi({ example: "100.000000" }),
        appliedPercent: z.string().openapi({ description: "Declared share capped by the fee schedule", example: "1.00" }),
        capped: z.boolean().openapi({ example: false }),
        referrer: z.string().openapi({ description: "Referral share, rounded up to the asset's decimals", example: "1.000000" }),
        coreport: z.string().openapi({ description: "CorePort's service fee", example: "1.300000" }),
        network: z.string().openapi({ example: "0.050000" }),
        totalFee: z.string().openapi({ example: "2.350000" }),
      })
      .nullable()
      .openapi({ description: "Fee split for the given asset/amount/action; null when no amount was given" }),
  })
  .openapi("ReferrerMeta");

export const getReferrerMeta = createRoute({
  method: "get",
  path: "/referrer-meta",
  tags: [TAG],
  operationId: "getReferrerMeta",
  summary: "Referral metadata and fee split",
  description:
    "The referrer of an ICAN `address`, of a `site` (verified through its FinTag), or of the page in the Referer header: its ICAN " +
    "address and fee, the originating site and, with `asset` + `amount` (+ `action`), the split of a quote's fees between the referrer, " +
    "CorePort and the network. A wrong ICAN checksum is a 400; an address no verified site declares is a 404.",
  request: {
    query: z.object({
      address: z
        .string()
        .max(64)
        .optional()
        .openapi({ param: { name: "address", in: "query" }, description: "Referral ICAN address (cb/ab/ce + 2 check digits + 40 hex)", example: EXAMPLE_ICAN }),
      site: z
        .string()
        .max(2048)
        .optional()
        .openapi({ param: { name: "site", in: "query" }, description: "Referring site hostname", example: "shop.example.com" }),
      asset: z
        .string()
        .regex(/^[A-Za-z0-9]{2,12}$/, "Expected an asset code such as USDX")
        .optional()
        .openapi({ param: { name: "asset", in: "query" }, description: "With `amount`: compute the fee split", example: "USDX" }),
      amount: PositiveDecimalString.optional().openapi({ param: { name: "amount", in: "query" }, description: "Gross asset amount", example: "100.00" }),
      action: QuoteActionSchema.default("enter").openapi({ param: { name: "action", in: "query" }, example: "enter" }),
      paymentType: z
        .string()
        .regex(/^[a-z0-9_-]{1,32}$/)
        .optional()
        .openapi({ param: { name: "paymentType", in: "query" }, example: "mypos" }),
    }),
  },
  responses: {
    200: jsonContent(ReferrerMetaSchema, "The referrer"),
    ...problemResponses("VALIDATION_FAILED", "NOT_FOUND", "UNPROCESSABLE", "SERVICE_UNAVAILABLE", "BAD_GATEWAY", "GATEWAY_TIMEOUT"),
  },
});
