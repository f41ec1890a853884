import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { backgroundTasks } from "../../lib/background";
import type { AppRouteHandler } from "../../lib/create-router";
import { describeError } from "../../lib/logger";
import { coreNetwork } from "../../providers/network";
import { getConfigSnapshot, invalidateConfig as bumpConfigVersion } from "../../services/config/config-cache";
import { infoViews, type InfoViews } from "../../services/info/info.service";
import { priceQuote, quoteTtlSeconds } from "../../services/quotes/quotes.service";
import { purgeExpiredQuotesOccasionally, storeQuote } from "../../services/quotes/quote.store";
import { resolveReferral } from "../../services/referrals/referrals.service";
import * as routes from "./info.routes";

/** The snapshot's views; a credential-looking key in public config is withheld and logged as a config error. */
async function views(c: Context<AppEnv>): Promise<InfoViews> {
  const built = infoViews(await getConfigSnapshot(c.env), coreNetwork(c.env));
  if (built.redactedKeys.length) c.get("log").warn("public config holds credential-like keys; withheld", { keys: built.redactedKeys });
  c.header("Cache-Control", routes.INFO_CACHE_CONTROL);
  return built;
}

export const listAssets: AppRouteHandler<typeof routes.listAssets> = async (c) => {
  const { type } = c.req.valid("param");
  return c.json((await views(c))[type], 200);
};

export const listPaymentTypes: AppRouteHandler<typeof routes.listPaymentTypes> = async (c) => c.json((await views(c)).paymentTypes, 200);
export const listLocations: AppRouteHandler<typeof routes.listLocations> = async (c) => c.json((await views(c)).locations, 200);
export const listOnrampProviders: AppRouteHandler<typeof routes.listOnrampProviders> = async (c) => c.json((await views(c)).onramp, 200);
export const listOfframpProviders: AppRouteHandler<typeof routes.listOfframpProviders> = async (c) => c.json((await views(c)).offramp, 200);
export const listIntraProviders: AppRouteHandler<typeof routes.listIntraProviders> = async (c) => c.json((await views(c)).intraProviders, 200);

export const getQuote: AppRouteHandler<typeof routes.getQuote> = async (c) => {
  const query = c.req.valid("query");
  const defer = backgroundTasks(c);
  const log = c.get("log");
  const referral = await resolveReferral(c.env, {
    explicit: query.referrer,
    referer: c.req.header("referer"),
    selfHost: new URL(c.req.url).hostname,
    field: "referrer",
    where: "query",
    fintag: { fetcher: c.get("outboundFetcher"), cache: c.env.CACHE_KV, defer, log },
  });
  const priced = await priceQuote(
    c.env,
    { asset: query.asset, action: query.action, amount: query.amount, side: query.side, currency: query.currency, paymentType: query.paymentType },
    referral,
    { where: "query" },
  );
  const quote = await storeQuote(c.env, priced, { kind: "quote", merchantId: c.get("auth")?.merchantId ?? null, ttlSeconds: quoteTtlSeconds(c.env) });
  purgeExpiredQuotesOccasionally(c.env, defer, (error) => log.warn("expired quote purge failed", describeError(error)));
  c.header("Cache-Control", "no-store");
  return c.json(quote, 200);
};

export const invalidateConfig: AppRouteHandler<typeof routes.invalidateConfig> = async (c) => {
  const version = await bumpConfigVersion(c.env);
  c.get("log").info("config cache invalidated", { version });
  c.header("Cache-Control", "no-store");
  return c.json({ version }, 200);
};
