import { createRoute, z } from "@hono/zod-openapi";
import { ISO_DATE_PATTERN, isIsoDate } from "../../lib/dates";
import { PositiveDecimalString } from "../../lib/money";
import { ADMIN_SECURITY, jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { requireAdmin } from "../../middleware/admin-auth";
import { DAILY_DEFAULT_DAYS, DAILY_MAX_DAYS, DATE_FALLBACK_DAYS } from "../../services/rates/history";
import { RATE_SIGNIFICANT_DIGITS } from "../../services/rates/rate-math";

const TAG = "Rates";
const ADMIN_TAG = "Admin";

const CODE_PATTERN = /^[A-Za-z0-9]{2,12}$/;
const CODE_MESSAGE = "Expected a currency code or stablecoin ticker such as USD or USDX";

const codeParam = (name: "base" | "target", example: string, description: string) =>
  z.string().regex(CODE_PATTERN, CODE_MESSAGE).openapi({ param: { name, in: "path" }, example, description });

const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, "Expected a date as YYYY-MM-DD")
  .refine(isIsoDate, "Not a calendar date");

const dateQuery = (name: string, example: string, description: string) =>
  IsoDate.optional().openapi({ param: { name, in: "query" }, example, description, type: "string", format: "date" });

const RATE_DESCRIPTION =
  `1 base = rate target, as a decimal string rounded half-even to ${RATE_SIGNIFICANT_DIGITS} significant digits ` +
  "(exact decimal arithmetic; cross rates through EUR)";
const STALE_DESCRIPTION =
  "true when a rate used is no longer current. An ECB fixing is current until the next TARGET business day's publication " +
  "(16:00 Frankfurt time) plus RATE_PUBLICATION_GRACE_SECONDS, so Friday's fixing stays current over the weekend and holidays; " +
  "rates from sources without a publication calendar (JSON feeds, operator pushes) once older than RATE_STALE_AFTER_SECONDS. " +
  "Quotes refuse stale rates.";
const Rate = z.string().openapi({ example: "0.921658986175", description: RATE_DESCRIPTION });
const Code = (example: string) => z.string().openapi({ example });
const Via = z.string().nullable().openapi({ example: "EUR", description: "The pivot currency when the rate is a cross rate through it; null for a stored, inverted or 1:1 rate" });
const Source = z.string().openapi({ example: "ecb", description: "Source of the stored rates used, joined with + (\"ecb+sandbox\"); \"parity\" for a stablecoin and its fiat" });
const ResolvedPair = z
  .object({ base: Code("USD"), target: Code("EUR") })
  .openapi({ description: "The fiat currencies actually priced (stablecoins resolve to their fiat from the asset table)" });

export const CurrencyParams = z.object({ base: codeParam("base", "USDX", "Fiat code or stablecoin ticker (case-insensitive)") });
export const PairParams = CurrencyParams.extend({ target: codeParam("target", "EUR", "Fiat code or stablecoin ticker (case-insensitive)") });

export const AllRatesQuery = z.object({
  date: dateQuery("date", "2017-03-03", `Rates of that day; a day without a fixing falls back to the nearest earlier fixing (at most ${DATE_FALLBACK_DAYS} days). Future dates are rejected.`),
});

export const PairQuery = z.object({
  type: z.enum(["latest", "daily"]).optional().openapi({ param: { name: "type", in: "query" }, example: "daily", description: "`latest` (default) or `daily` for the daily series" }),
  date: dateQuery("date", "2016-12-25", `Rate of that day (not with type=daily); a weekend or holiday falls back to the nearest earlier fixing, at most ${DATE_FALLBACK_DAYS} days back, and the response names the day used.`),
  from: dateQuery("from", "2017-02-01", `type=daily: first day (default: ${DAILY_DEFAULT_DAYS - 1} days before \`to\`); the window spans at most ${DAILY_MAX_DAYS} days.`),
  to: dateQuery("to", "2017-03-03", "type=daily: last day (default: today, UTC); not in the future."),
});

export const LatestRateSchema = z
  .object({
    base: Code("USDX").openapi({ description: "As requested (upper-cased)" }),
    target: Code("EUR"),
    resolved: ResolvedPair,
    rate: Rate,
    via: Via,
    source: Source,
    asOf: z.string().datetime().openapi({ example: "2026-11-27T13:15:00.000Z", description: "Time the oldest stored rate used refers to (an ECB fixing: 14:15 Frankfurt time of its day)" }),
    stale: z.boolean().openapi({ example: false, description: STALE_DESCRIPTION }),
  })
  .openapi("LatestRate");

export const HistoricalRateSchema = z
  .object({
    base: Code("USDX"),
    target: Code("EUR"),
    resolved: ResolvedPair,
    rate: Rate,
    via: Via,
    source: Source,
    date: z.string().openapi({ example: "2016-12-23", description: "The fixing day used" }),
    requestedDate: z.string().openapi({ example: "2016-12-25", description: "The day asked for" }),
  })
  .openapi("HistoricalRate");

export const DailyRatesSchema = z
  .object({
    base: Code("USDX"),
    target: Code("EUR"),
    resolved: ResolvedPair,
    type: z.literal("daily"),
    from: z.string().openapi({ example: "2017-02-01" }),
    to: z.string().openapi({ example: "2017-03-03" }),
    rates: z
      .array(z.object({ date: z.string().openapi({ example: "2017-03-03" }), rate: Rate, source: Source }))
      .openapi({ description: "One point per day with a fixing, oldest first (weekends and holidays have none)" }),
  })
  .openapi("DailyRates");

export const AllRatesSchema = z
  .object({
    base: Code("USDX"),
    resolved: z.object({ base: Code("USD") }),
    rates: z.record(z.string(), Rate).openapi({ example: { CHF: "0.864516129032", EUR: "0.921658986175", EURX: "0.921658986175", USD: "1" }, description: RATE_DESCRIPTION }),
    resolvedTargets: z.record(z.string(), z.string()).openapi({ example: { EURX: "EUR" }, description: "Stablecoin targets and the fiat they were priced as" }),
    unavailable: z.array(z.string()).openapi({ example: [], description: "Enabled currencies without a rate" }),
    sources: z.array(z.string()).openapi({ example: ["ecb"] }),
    asOf: z.string().datetime().optional().openapi({ example: "2026-11-27T13:15:00.000Z", description: "Latest rates: time of the oldest rate included" }),
    stale: z.boolean().optional().openapi({ example: false, description: `Latest rates: ${STALE_DESCRIPTION}` }),
    date: z.string().optional().openapi({ example: "2016-12-23", description: "?date= lookups: the fixing day used" }),
    requestedDate: z.string().optional().openapi({ example: "2016-12-25", description: "?date= lookups: the day asked for" }),
  })
  .openapi("AllRates");

const cachingHeaders = z.object({
  ETag: z.string().openapi({ description: "Strong validator of the body; send it back in If-None-Match", example: '"9f2c1a7be03d4c55"' }),
  "Cache-Control": z.string().openapi({ example: "public, max-age=30, stale-while-revalidate=30" }),
});
const notModified = { description: "Not modified (If-None-Match matched the current ETag)", headers: cachingHeaders };

export const getAllRates = createRoute({
  method: "get",
  path: "/rates/{base}",
  tags: [TAG],
  operationId: "getAllRates",
  summary: "All rates for a base currency",
  description:
    "Every enabled currency and stablecoin priced in `base` (a stablecoin base resolves to its fiat). Served from the " +
    "edge cache (isolate memory, then KV); with `?date=` from the daily history. Responses carry a strong `ETag` and " +
    "`Cache-Control`; send `If-None-Match` to get 304.",
  request: { params: CurrencyParams, query: AllRatesQuery },
  responses: {
    200: { ...jsonContent(AllRatesSchema, "Rates for the base"), headers: cachingHeaders },
    304: notModified,
    ...problemResponses("VALIDATION_FAILED", "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});

export const getPairRate = createRoute({
  method: "get",
  path: "/rates/{base}/{target}",
  tags: [TAG],
  operationId: "getPairRate",
  summary: "Rate for a currency pair (latest, on a date, or daily series)",
  description:
    "Latest rate by default (`LatestRate`, with `asOf` and `stale`). `?date=YYYY-MM-DD` gives that day's fixing or the " +
    `nearest earlier one within ${DATE_FALLBACK_DAYS} days (\`HistoricalRate\`, naming the day used). \`?type=daily\` gives ` +
    `the daily series (\`DailyRates\`) for \`from\`..\`to\` (default the ${DAILY_DEFAULT_DAYS} days to today, at most ` +
    `${DAILY_MAX_DAYS} days). Unknown currency → 404 naming it; malformed code or date, future date → 400; a date before the history → 404.`,
  request: { params: PairParams, query: PairQuery },
  responses: {
    200: {
      description: "The rate, the historical rate or the daily series",
      content: { "application/json": { schema: z.union([LatestRateSchema, HistoricalRateSchema, DailyRatesSchema]) } },
      headers: cachingHeaders,
    },
    304: notModified,
    ...problemResponses("VALIDATION_FAILED", "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});

// ---------------------------------------------------------------------------------------------
// Operator: push rates by hand
// ---------------------------------------------------------------------------------------------

export const RatePushSchema = z
  .strictObject({
    base: z.string().regex(CODE_PATTERN, CODE_MESSAGE).openapi({ example: "EUR", description: "Currency the rates are quoted against (1 base = rate)" }),
    rates: z
      .record(z.string().regex(CODE_PATTERN, CODE_MESSAGE), PositiveDecimalString)
      .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 200, "Give between 1 and 200 rates")
      .openapi({ example: { USD: "1.0850", GBP: "0.84200" }, description: "Target code → rate as a decimal string" }),
    asOf: z.iso.datetime({ offset: true }).optional().openapi({ example: "2026-11-27T13:15:00Z", description: "When the rates held (default: now); not in the future" }),
    date: IsoDate.optional().openapi({ example: "2026-11-27", description: "Daily row to write (default: the UTC day of asOf)" }),
    source: z
      .string()
      .regex(/^[a-z][a-z0-9_-]{0,31}$/, "lower-case letters, digits, - and _ (max 32)")
      .default("manual")
      .openapi({ example: "manual", description: "Source label stored with the rates (not one of the configured feeds)" }),
    allowLargeMove: z.boolean().default(false).openapi({ example: false, description: "Accept moves beyond RATE_MAX_JUMP_PERCENT (e.g. a devaluation)" }),
  })
  .openapi("RatePush");

export const RatePushResultSchema = z
  .object({
    base: Code("EUR"),
    resolvedBase: Code("EUR"),
    accepted: z.record(z.string(), z.string()).openapi({ example: { USD: "1.085", GBP: "0.842" } }),
    date: z.string().openapi({ example: "2026-11-27" }),
    asOf: z.string().datetime().openapi({ example: "2026-11-27T13:15:00.000Z" }),
    source: z.string().openapi({ example: "manual" }),
    snapshotVersion: z.string().openapi({ example: "5d1e0c9a7f3b2e41", description: "Version of the rates snapshot now served" }),
  })
  .openapi("RatePushResult");

export const pushRates = createRoute({
  method: "post",
  path: "/admin/rates",
  tags: [ADMIN_TAG],
  operationId: "pushRates",
  summary: "Push exchange rates by hand (operator)",
  description:
    "Writes the given rates as the latest rates (unless newer ones exist) and as the day's fixing, in one transaction, then " +
    "refreshes the rates cache. Validated like a feed: positive, plausible, and within RATE_MAX_JUMP_PERCENT of the previous " +
    "value unless `allowLargeMove`. All or nothing: any rejected rate → 422 naming it. Requires `Authorization: Bearer <ADMIN_TOKEN>`.",
  middleware: [requireAdmin] as const,
  security: ADMIN_SECURITY,
  request: { body: jsonBody(RatePushSchema) },
  responses: {
    200: jsonContent(RatePushResultSchema, "Rates written and published"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "UNPROCESSABLE", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"),
  },
});
