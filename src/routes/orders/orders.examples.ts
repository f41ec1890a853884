import type { ExampleBook } from "../../lib/openapi-examples";
import { OFFRAMP_EXAMPLE_IDS } from "../offramp/offramp.examples";
import { ONRAMP_EXAMPLE_IDS } from "../onramp/onramp.examples";

export const ORDERS_EXAMPLES: ExampleBook = {
  getOrder: {
    cases: {
      onramp: { summary: "A bank on-ramp order with its transfer instructions", status: 200, params: { id: ONRAMP_EXAMPLE_IDS.bankOrder } },
      offramp: { summary: "An off-ramp order with its deposit address and payout", status: 200, params: { id: OFFRAMP_EXAMPLE_IDS.cryptoOrder } },
      unknown: { summary: "No such order (or another merchant's)", code: "NOT_FOUND", params: { id: OFFRAMP_EXAMPLE_IDS.unknown } },
      badId: { summary: "Not an order id", code: "VALIDATION_FAILED", params: { id: "topup-8812" } },
    },
    uncaused: { 502: "only when the card provider fails to answer a status check", 503: "only while the ramp provider is not configured" },
  },
  listOrders: {
    cases: {
      page: { summary: "The newest orders", status: 200, query: { limit: "20" } },
      onramps: { summary: "On-ramp orders only", status: 200, query: { direction: "onramp" } },
      badDirection: { summary: "A direction other than onramp or offramp", code: "VALIDATION_FAILED", query: { direction: "sideways" } },
    },
  },
};
