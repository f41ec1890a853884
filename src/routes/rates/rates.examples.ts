import type { ExampleBook } from "../../lib/openapi-examples";

const ADMIN_PUSH = { base: "EUR", rates: { USD: "1.0850", GBP: "0.84200" }, source: "manual" };

export const RATES_EXAMPLES: ExampleBook = {
  getAllRates: {
    cases: {
      latest: { summary: "Latest rates of a stablecoin", status: 200, params: { base: "USDX" } },
      unknownCurrency: { summary: "A currency CorePort does not price", code: "NOT_FOUND", params: { base: "XYZ" } },
      badDate: { summary: "Not a calendar date", code: "VALIDATION_FAILED", params: { base: "USD" }, query: { date: "2017-02-30" } },
    },
    uncaused: { 503: "only while no rates are stored at all (before the first ingestion)" },
  },
  getPairRate: {
    cases: {
      latest: { summary: "Latest rate of a pair", status: 200, params: { base: "USDX", target: "EUR" } },
      daily: { summary: "Daily series", status: 200, params: { base: "USD", target: "GBP" }, query: { type: "daily", from: "2017-02-01", to: "2017-03-03" } },
      dateWithSeries: { summary: "`date` cannot be combined with a daily series", code: "VALIDATION_FAILED", params: { base: "USD", target: "EUR" }, query: { type: "daily", date: "2017-03-03" } },
      unknownTarget: { summary: "A currency CorePort does not price", code: "NOT_FOUND", params: { base: "USD", target: "XYZ" } },
    },
    uncaused: { 503: "only while no rates are stored at all (before the first ingestion)" },
  },
  pushRates: {
    cases: {
      pushed: { summary: "Operator pushes EUR rates", status: 200, body: ADMIN_PUSH },
      notPositive: { summary: "A rate that is not a positive decimal", code: "VALIDATION_FAILED", body: { base: "EUR", rates: { USD: "-1" } } },
      largeMove: { summary: "A move above RATE_MAX_JUMP_PERCENT without allowLargeMove", code: "UNPROCESSABLE", body: { base: "EUR", rates: { USD: "2.5000" } }, after: ["pushRates#pushed"] },
    },
  },
};
