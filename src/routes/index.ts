import type { AppOpenAPI } from "../lib/create-router";
import { infoRouter } from "./info/info.index";
import { referralsRouter } from "./referrals/referrals.index";
import { systemRouter } from "./system/system.index";

/** Every API router, mounted under /api/v1 in this order. Capabilities add theirs here. */
export const apiRouters: AppOpenAPI[] = [systemRouter, infoRouter, referralsRouter];
