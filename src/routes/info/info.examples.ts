import type { ExampleBook, OperationExamples } from "../../lib/openapi-examples";
import { PAYMENT_EXAMPLE_IDS } from "../payments/payments.examples";

/** A list and its conditional re-read: the ETag the first answer gives is sent back in If-None-Match. */
function cachedList(etag: string, extra: OperationExamples["cases"] = {}, params?: Record<string, string>): OperationExamples {
  const value = `"${etag}"`;
  return {
    cases: {
      list: { summary: "The current list (note its ETag)", status: 200, params, provides: { [value]: "$response.header.ETag" } },
      notModified: { summary: "Unchanged since the ETag sent", status: 304, params, headers: { "if-none-match": value } },
      ...extra,
    },
  };
}

export const INFO_EXAMPLES: ExampleBook = {
  listInfoAssets: cachedList("a55e75a55e75a55e75a55e75a55e75a55e75a55e", {
    unwrap: { summary: "Assets a customer can sell back (off-ramp)", status: 200, params: { type: "unwrap" } },
    badType: { summary: "A form type other than purchase or unwrap", code: "VALIDATION_FAILED", params: { type: "swap" } },
  }, { type: "purchase" }),
  listInfoPaymentTypes: cachedList("7e5e7e5e7e5e7e5e7e5e7e5e7e5e7e5e7e5e7e5e"),
  listInfoLocations: cachedList("10ca710ca710ca710ca710ca710ca710ca710ca7"),
  listInfoOnrampProviders: cachedList("0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"),
  listInfoOfframpProviders: cachedList("0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"),
  listInfoIntraProviders: cachedList("1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a"),
  getQuote: {
    cases: {
      buy: { summary: "Buy 100 USDX, paying in EUR by card", status: 200, query: { action: "enter", asset: "USDX", amount: "100.00", currency: "EUR", paymentType: "mypos" } },
      referred: {
        summary: "Referred by a FinTag site: its share is a fee line",
        status: 200,
        query: { action: "enter", asset: "USDX", amount: "100.00", referrer: "shop.example.com" },
      },
      payto: {
        summary: "A quote a PayTo payment can lock (pass its id as quoteId)",
        status: 200,
        query: { action: "enter", asset: "USDX", amount: "25.00", paymentType: "payto" },
        provides: { [PAYMENT_EXAMPLE_IDS.paytoQuote]: "$response.body#/id" },
      },
      receive: { summary: "Cash out so the customer receives exactly 90.00 EUR", status: 200, query: { action: "exit", asset: "EURX", amount: "90.00", side: "receive" } },
      tooPrecise: { summary: "More decimals than the asset has", code: "VALIDATION_FAILED", query: { action: "enter", asset: "USDX", amount: "100.0000001" } },
      belowMinimum: { summary: "Below the asset's minimum amount", code: "UNPROCESSABLE", query: { action: "enter", asset: "USDX", amount: "0.01" } },
    },
    uncaused: {
      502: "only when a referring site cannot be read",
      503: "only while the rates or fee schedule are missing",
      504: "only when a referring site does not answer in time",
    },
  },
  invalidateConfigCache: { cases: { invalidated: { summary: "Every isolate reloads the payment-form config", status: 200 } } },
};
