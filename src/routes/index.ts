import type { AppOpenAPI } from "../lib/create-router";
import { infoRouter } from "./info/info.index";
import { liquidityRouter } from "./liquidity/liquidity.index";
import { ratesRouter } from "./rates/rates.index";
import { referralsRouter } from "./referrals/referrals.index";
import { systemRouter } from "./system/system.index";

/** Every API router, mounted under /api/v1 in this order. Capabilities add theirs here, one per line. */
export const apiRouters: AppOpenAPI[] = [
  systemRouter,
  ratesRouter,
  infoRouter,
  referralsRouter,
  liquidityRouter,
];
