/**
 * Every operation's named examples (see lib/openapi-examples.ts), one book per resource next to its
 * routes. test/system/openapi.test.ts fails for an operation without them; test/node/documented-examples
 * runs them all, chained, against a real `wrangler dev`.
 */
import type { ExampleBook } from "../lib/openapi-examples";
import { MERCHANTS_EXAMPLES } from "./admin/merchants.examples";
import { INFO_EXAMPLES } from "./info/info.examples";
import { LIQUIDITY_EXAMPLES } from "./liquidity/liquidity.examples";
import { NOTIFICATIONS_EXAMPLES } from "./notifications/notifications.examples";
import { OFFRAMP_EXAMPLES } from "./offramp/offramp.examples";
import { ONRAMP_EXAMPLES } from "./onramp/onramp.examples";
import { ORDERS_EXAMPLES } from "./orders/orders.examples";
import { PAYMENTS_ADMIN_EXAMPLES } from "./payments-admin/payments-admin.examples";
import { PAYMENTS_EXAMPLES } from "./payments/payments.examples";
import { RATES_EXAMPLES } from "./rates/rates.examples";
import { REFERRALS_EXAMPLES } from "./referrals/referrals.examples";
import { SYSTEM_EXAMPLES } from "./system/system.examples";
import { WEBHOOKS_EXAMPLES } from "./webhooks/webhooks.examples";

export const EXAMPLES: ExampleBook = {
  ...SYSTEM_EXAMPLES,
  ...RATES_EXAMPLES,
  ...INFO_EXAMPLES,
  ...REFERRALS_EXAMPLES,
  ...WEBHOOKS_EXAMPLES,
  ...PAYMENTS_EXAMPLES,
  ...PAYMENTS_ADMIN_EXAMPLES,
  ...LIQUIDITY_EXAMPLES,
  ...MERCHANTS_EXAMPLES,
  ...NOTIFICATIONS_EXAMPLES,
  ...OFFRAMP_EXAMPLES,
  ...ONRAMP_EXAMPLES,
  ...ORDERS_EXAMPLES,
};
