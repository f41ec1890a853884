import type { Context } from "hono";
import type { AppEnv } from "../../env";
import type { AppRouteHandler } from "../../lib/create-router";
import { intVar, listVar } from "../../lib/config";
import { utcDay } from "../../lib/dates";
import { ApiError } from "../../lib/errors";
import { publicCacheControl, strongEtag } from "../../lib/http-cache";
import { pushRates as pushRatesService } from "../../services/rates/admin-push";
import { dailyWindow, getAllRatesOnDate, getDailySeries, getRateOnDate } from "../../services/rates/history";
import { getAllLatestRates, getLatestRate } from "../../services/rates/rates.service";
import type * as routes from "./rates.routes";

/** Default Cache-Control max-age for latest rates (RATE_MAX_AGE_SECONDS). */
const DEFAULT_MAX_AGE_SECONDS = 30;
/** Rates of days before today no longer change (barring a corrected fixing): cache them for an hour. */
const PAST_MAX_AGE_SECONDS = 3600;

function latestCacheControl(c: Context<AppEnv>): string {
  const maxAge = intVar(c.env.RATE_MAX_AGE_SECONDS, DEFAULT_MAX_AGE_SECONDS);
  return publicCacheControl(maxAge, maxAge);
}

function cacheControlForDay(c: Context<AppEnv>, lastDay: string): string {
  return lastDay < utcDay(Date.now()) ? publicCacheControl(PAST_MAX_AGE_SECONDS) : latestCacheControl(c);
}

/**
 * Sends a JSON body with a strong ETag (hash of the exact bytes) and Cache-Control; hono/etag (app.ts)
 * turns it into a 304 when If-None-Match already holds that ETag.
 */
function cachedJson<T>(c: Context<AppEnv>, payload: T, cacheControl: string) {
  c.header("ETag", strongEtag(JSON.stringify(payload)));
  c.header("Cache-Control", cacheControl);
  return c.json(payload, 200);
}

export const getAllRates: AppRouteHandler<typeof routes.getAllRates> = async (c) => {
  const { base } = c.req.valid("param");
  const { date } = c.req.valid("query");
  if (date) {
    const all = await getAllRatesOnDate(c.env, base, date);
    return cachedJson(c, {
      base: all.requested, resolved: { base: all.resolved }, rates: all.rates, resolvedTargets: all.resolvedTargets,
      unavailable: all.unavailable, sources: all.sources, date: all.date, requestedDate: all.requestedDate,
    }, cacheControlForDay(c, date));
  }
  const all = await getAllLatestRates(c.env, base);
  return cachedJson(c, {
    base: all.requested, resolved: { base: all.resolved }, rates: all.rates, resolvedTargets: all.resolvedTargets,
    unavailable: all.unavailable, sources: all.sources, asOf: new Date(all.asOfMs).toISOString(), stale: all.stale,
  }, latestCacheControl(c));
};

export const getPairRate: AppRouteHandler<typeof routes.getPairRate> = async (c) => {
  const { base, target } = c.req.valid("param");
  const query = c.req.valid("query");
  if (query.type === "daily") {
    if (query.date) throw ApiError.invalidField("date", "cannot be combined with type=daily; use from and to", "query", "conflict");
    const window = dailyWindow(query.from, query.to);
    const series = await getDailySeries(c.env, base, target, window);
    return cachedJson(c, {
      base: series.requested.base, target: series.requested.quote,
      resolved: { base: series.resolved.base, target: series.resolved.quote },
      type: "daily" as const, from: window.from, to: window.to, rates: series.points,
    }, cacheControlForDay(c, window.to));
  }
  for (const field of ["from", "to"] as const) {
    if (query[field]) throw ApiError.invalidField(field, "only applies with type=daily", "query", "conflict");
  }
  if (query.date) {
    const h = await getRateOnDate(c.env, base, target, query.date);
    return cachedJson(c, {
      base: h.requested.base, target: h.requested.quote, resolved: { base: h.resolved.base, target: h.resolved.quote },
      rate: h.rate, via: h.via, source: h.source, date: h.date, requestedDate: h.requestedDate,
    }, cacheControlForDay(c, query.date));
  }
  const r = await getLatestRate(c.env, base, target);
  return cachedJson(c, {
    base: r.requested.base, target: r.requested.quote, resolved: { base: r.resolved.base, target: r.resolved.quote },
    rate: r.rate, via: r.via, source: r.source, asOf: r.asOf.toISOString(), stale: r.stale,
  }, latestCacheControl(c));
};

export const pushRates: AppRouteHandler<typeof routes.pushRates> = async (c) => {
  const body = c.req.valid("json");
  if (listVar(c.env.RATE_SOURCES).includes(body.source)) {
    throw ApiError.invalidField("source", `'${body.source}' is a configured feed; label manual rates with another source name`, "body", "reserved");
  }
  const result = await pushRatesService(c.env, body);
  c.get("log").info("rates pushed by operator", { base: result.base, count: Object.keys(result.accepted).length, source: result.source, date: result.date });
  c.header("Cache-Control", "no-store");
  return c.json(result, 200);
};
