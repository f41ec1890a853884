import type { AppOpenAPI } from "../lib/create-router";
import { liquidityRouter } from "./liquidity/liquidity.index";
import { ratesRouter } from "./rates/rates.index";
import { systemRouter } from "./system/system.index";

/** Every API router, mounted under /api/v1 in this order. Capabilities add theirs here, one per line. */
export const apiRouters: AppOpenAPI[] = [
  systemRouter,
  ratesRouter,
  liquidityRouter,
];
