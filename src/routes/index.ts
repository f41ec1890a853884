import type { AppOpenAPI } from "../lib/create-router";
import { infoRouter } from "./info/info.index";
import { liquidityRouter } from "./liquidity/liquidity.index";
import { paymentsRouter } from "./payments/payments.index";
import { onrampRouter } from "./onramp/onramp.index";
import { ordersRouter } from "./orders/orders.index";
import { offrampRouter } from "./offramp/offramp.index";
import { paymentsAdminRouter } from "./payments-admin/payments-admin.index";
import { ratesRouter } from "./rates/rates.index";
import { referralsRouter } from "./referrals/referrals.index";
import { adminRouter } from "./admin/merchants.index";
import { notificationsRouter } from "./notifications/notifications.index";
import { systemRouter } from "./system/system.index";
import { webhooksRouter } from "./webhooks/webhooks.index";

/** Every API router, mounted under /api/v1 in this order. Capabilities add theirs here, one per line. */
export const apiRouters: AppOpenAPI[] = [
  systemRouter,
  ratesRouter,
  infoRouter,
  referralsRouter,
  webhooksRouter,
  paymentsRouter,
  paymentsAdminRouter,
  liquidityRouter,
  adminRouter,
  notificationsRouter,
  offrampRouter,
  onrampRouter,
  ordersRouter,
];
