import { backgroundTasks } from "../../lib/background";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { priceQuote } from "../../services/quotes/quotes.service";
import { FintagFetchError, lookupFintag } from "../../services/referrals/fintag.client";
import {
  fintagProblem,
  findReferrerByAddress,
  networkOf,
  parseReferrerInput,
  refererHost,
  referrerForSite,
  siteHost,
  type Referral,
} from "../../services/referrals/referrals.service";
import * as routes from "./referrals.routes";

export const getFintag: AppRouteHandler<typeof routes.getFintag> = async (c) => {
  const host = siteHost(c.req.valid("query").domain, "domain", "query");
  try {
    const result = await lookupFintag(host, "well-known", { fetcher: c.get("outboundFetcher"), cache: c.env.CACHE_KV, defer: backgroundTasks(c) });
    c.header("Cache-Control", routes.FINTAG_CACHE_CONTROL);
    return c.json({ domain: host, url: result.url, entries: result.entries, fetchedAt: result.fetchedAt, cached: result.cached }, 200);
  } catch (error) {
    if (error instanceof FintagFetchError) throw fintagProblem(error, host);
    throw error;
  }
};

export const getReferrerMeta: AppRouteHandler<typeof routes.getReferrerMeta> = async (c) => {
  const query = c.req.valid("query");
  if (query.address !== undefined && query.site !== undefined) {
    throw new ApiError("VALIDATION_FAILED", {
      detail: "Pass either 'address' or 'site', not both",
      errors: [{ in: "query", field: "site", message: "cannot be combined with 'address'", code: "exclusive" }],
    });
  }
  if ((query.asset === undefined) !== (query.amount === undefined)) {
    const missing = query.asset === undefined ? "asset" : "amount";
    throw ApiError.invalidField(missing, "'asset' and 'amount' go together (they ask for a fee split)", "query", "required");
  }
  const fintag = { fetcher: c.get("outboundFetcher"), cache: c.env.CACHE_KV, defer: backgroundTasks(c), log: c.get("log") };

  let referral: Referral;
  if (query.address !== undefined) {
    const parsed = parseReferrerInput(query.address, "address", "query");
    if (parsed.kind !== "address") throw ApiError.invalidField("address", "Expected an ICAN address (cb/ab/ce, two check digits, 40 hex digits)", "query", "ican_format");
    const referrer = await findReferrerByAddress(c.env, parsed.address);
    if (!referrer) throw ApiError.notFound("Referrer with address", parsed.address);
    referral = { referrer, via: "parameter" };
  } else {
    const host = query.site !== undefined ? siteHost(query.site, "site", "query") : refererHost(c.req.header("referer"), new URL(c.req.url).hostname);
    if (!host) {
      throw new ApiError("VALIDATION_FAILED", {
        detail: "Name the referrer with 'address' or 'site' (no usable Referer header was sent)",
        errors: [{ in: "query", field: "address", message: "required when neither 'site' nor a Referer header is given", code: "required" }],
      });
    }
    try {
      referral = { referrer: await referrerForSite(c.env, host, fintag), via: query.site !== undefined ? "parameter" : "referer" };
    } catch (error) {
      if (error instanceof FintagFetchError) throw fintagProblem(error, host);
      throw error;
    }
  }

  let split = null;
  if (query.asset !== undefined && query.amount !== undefined) {
    const priced = await priceQuote(
      c.env,
      { asset: query.asset, amount: query.amount, action: query.action, side: "send", paymentType: query.paymentType },
      referral,
      { where: "query" },
    );
    split = {
      asset: priced.asset,
      action: priced.action,
      amount: priced.amount,
      appliedPercent: priced.referral!.appliedPercent,
      capped: priced.referral!.capped,
      referrer: priced.split.referrer,
      coreport: priced.split.coreport,
      network: priced.split.network,
      totalFee: priced.totalFee,
    };
  }

  const { referrer } = referral;
  c.header("Cache-Control", "no-store");
  return c.json(
    {
      referrer: {
        id: referrer.id,
        icanAddress: referrer.icanAddress,
        network: networkOf(referrer.icanAddress),
        feePercent: referrer.feePercent,
        fee: `${referrer.feePercent}%`,
        source: referrer.source,
        verifiedAt: referrer.verifiedAt?.toISOString() ?? null,
      },
      originator: { site: referrer.domain, name: referrer.originatorName, via: referral.via },
      split,
    },
    200,
  );
};
