import type { ExampleBook } from "../../lib/openapi-examples";
import { SANDBOX_FINTAG_SITES } from "../../sandbox/fintag/sites";

const SHOP_ADDRESS = SANDBOX_FINTAG_SITES["shop.example.com"]!.icanAddress;

export const REFERRALS_EXAMPLES: ExampleBook = {
  getFintag: {
    cases: {
      declared: { summary: "A site's FinTag declaration", status: 200, query: { domain: "shop.example.com" } },
      metaOnly: { summary: "A site that declares its FinTag only in meta tags publishes no fintag.json", code: "NOT_FOUND", query: { domain: "blog.example.com" } },
      internalHost: { summary: "Internal hosts are never fetched", code: "VALIDATION_FAILED", query: { domain: "localhost" } },
    },
    uncaused: { 502: "only when the site is unreachable or publishes an invalid FinTag", 504: "only when the site does not answer in time" },
  },
  getReferrerMeta: {
    cases: {
      byAddress: { summary: "The verified site behind a referral address", status: 200, query: { address: SHOP_ADDRESS } },
      split: { summary: "A site's referral share of a 100 USDX purchase", status: 200, query: { site: "blog.example.com", asset: "USDX", amount: "100.00", action: "enter" } },
      both: { summary: "`address` and `site` are exclusive", code: "VALIDATION_FAILED", query: { address: SHOP_ADDRESS, site: "shop.example.com" } },
      unknownAddress: { summary: "No verified site declares this address", code: "NOT_FOUND", query: { address: "cb18000000000000000000000000000000000000c0de" } },
      belowMinimum: { summary: "A split of an amount below the asset's minimum", code: "UNPROCESSABLE", query: { site: "shop.example.com", asset: "USDX", amount: "0.01", action: "enter" } },
    },
    uncaused: {
      502: "only when the site is unreachable or publishes an invalid FinTag",
      503: "only while the rates or fee schedule are missing",
      504: "only when the site does not answer in time",
    },
  },
};
