import { exampleId, type ExampleBook } from "../../lib/openapi-examples";
import { SANDBOX_FINTAG_SITES } from "../../sandbox/fintag/sites";

/** Example ids and values the payment examples make and use (each replaced by the real one when run). */
export const PAYMENT_EXAMPLE_IDS = {
  payto: exampleId("pay", "paytodeposit"),
  paytoDeposit: "ab792215c43fc213c02182c8389f2bc32408e2c50922",
  paytoQuote: exampleId("quo", "paytoquote"),
  crossQuote: exampleId("quo", "crosscvrrency"),
  mypos: exampleId("pay", "myposcard"),
  corepay: exampleId("pay", "corepaydirect"),
  unknown: exampleId("pay", "nosuchpayment"),
} as const;
const ID = PAYMENT_EXAMPLE_IDS;
const REFERRER = SANDBOX_FINTAG_SITES["shop.example.com"]!.icanAddress;
const IN_FLIGHT = "only while a request with the same Idempotency-Key is still in flight";
const METADATA = { cartId: "c_5521", customer: "cus_1042" };

const reads = (id: string, what: string) => ({
  cases: {
    found: { summary: `The ${what}`, status: 200, params: { id } },
    unknown: { summary: "No such payment (or another merchant's)", code: "NOT_FOUND" as const, params: { id: ID.unknown } },
    badId: { summary: "Not a payment id", code: "VALIDATION_FAILED" as const, params: { id: "order-10472" } },
  },
  uncaused: { 503: "only while the payment's provider is not configured" },
});

export const PAYMENTS_EXAMPLES: ExampleBook = {
  createPaytoPayment: {
    cases: {
      created: {
        summary: "25.00 USDX to a one-time deposit address",
        status: 201,
        body: { asset: "USDX", amount: "25.00", merchantReference: "order-10472", metadata: METADATA },
        provides: { [ID.payto]: "$response.body#/id", [ID.paytoDeposit]: "$response.body#/payto/depositAddress" },
      },
      quoted: { summary: "The amount and fees of a stored quote", status: 201, body: { asset: "USDX", quoteId: ID.paytoQuote, merchantReference: "order-10473" } },
      quoteUsed: { summary: "A quote already locked by another payment", code: "CONFLICT", body: { asset: "USDX", quoteId: ID.paytoQuote }, after: ["createPaytoPayment#quoted"] },
      unknownQuote: { summary: "No such quote", code: "NOT_FOUND", body: { asset: "USDX", quoteId: exampleId("quo", "nosuchquote") } },
      tooPrecise: { summary: "More decimals than USDX has", code: "VALIDATION_FAILED", body: { asset: "USDX", amount: "25.0000001" } },
      belowMinimum: { summary: "Below the asset's minimum amount", code: "UNPROCESSABLE", body: { asset: "USDX", amount: "0.01" } },
    },
    uncaused: { 503: "only while the PayTo provider is not configured" },
  },
  getPaytoPayment: reads(ID.payto, "PayTo payment with its deposit details and timeline"),
  estimateCrossCurrencyPaytoPayment: {
    cases: {
      estimate: {
        summary: "Pay 100.00 EURX for a USDX price",
        status: 200,
        body: { senderCurrency: "EURX", receiverCurrency: "USDX", amount: "100.00" },
        provides: { [ID.crossQuote]: "$response.body#/quoteId" },
      },
      referred: { summary: "Referred through a FinTag address", status: 200, body: { senderCurrency: "EURX", receiverCurrency: "USDX", amount: "100.00", referrer: REFERRER } },
      badCurrency: { summary: "Not a stablecoin code", code: "VALIDATION_FAILED", body: { senderCurrency: "euro", receiverCurrency: "USDX", amount: "100.00" } },
      belowMinimum: { summary: "Below the asset's minimum amount", code: "UNPROCESSABLE", body: { senderCurrency: "EURX", receiverCurrency: "USDX", amount: "0.01" } },
    },
    uncaused: { 503: "only while rates for the pair are missing" },
  },
  createCrossCurrencyPaytoPayment: {
    cases: {
      created: { summary: "A payment at the estimate's locked rate", status: 201, body: { quoteId: ID.crossQuote, merchantReference: "order-10474", metadata: METADATA } },
      quoteUsed: { summary: "The estimate is already locked by another payment", code: "CONFLICT", body: { quoteId: ID.crossQuote }, after: ["createCrossCurrencyPaytoPayment#created"] },
      unknownQuote: { summary: "No such estimate", code: "NOT_FOUND", body: { quoteId: exampleId("quo", "nosuchquote") } },
      missingQuote: { summary: "quoteId is required", code: "VALIDATION_FAILED", body: { merchantReference: "order-10474" } },
      notCrossCurrency: { summary: "A quote that is not a cross-currency estimate", code: "UNPROCESSABLE", body: { quoteId: ID.paytoQuote } },
    },
    uncaused: { 503: "only while the PayTo provider is not configured" },
  },
  createMyposPayment: {
    cases: {
      created: {
        summary: "25.50 EUR by card on the myPOS checkout",
        status: 201,
        body: { amount: "25.50", currency: "EUR", returnUrl: "https://shop.acme.example/checkout/complete", cancelUrl: "https://shop.acme.example/checkout/cancelled", merchantReference: "order-10475" },
        provides: { [ID.mypos]: "$response.body#/id" },
      },
      plainHttp: { summary: "Return URLs must be https", code: "VALIDATION_FAILED", body: { amount: "25.50", currency: "EUR", returnUrl: "http://shop.acme.example/checkout/complete" } },
      currency: { summary: "A currency the card provider does not take", code: "VALIDATION_FAILED", body: { amount: "25.50", currency: "AUD", returnUrl: "https://shop.acme.example/checkout/complete" } },
    },
    uncaused: { 409: IN_FLIGHT, 422: "only for an amount outside the card provider's limits", 503: "only while myPOS is not configured" },
  },
  getMyposPayment: reads(ID.mypos, "card payment"),
  createCorepayPayment: {
    cases: {
      created: {
        summary: "49.99 USDX straight to the merchant's payout address",
        status: 201,
        body: { asset: "USDX", amount: "49.99", merchantReference: "order-10476", metadata: METADATA },
        provides: { [ID.corepay]: "$response.body#/id" },
      },
      tooPrecise: { summary: "More decimals than USDX has", code: "VALIDATION_FAILED", body: { asset: "USDX", amount: "49.9900001" } },
      belowMinimum: { summary: "Below the asset's minimum amount", code: "UNPROCESSABLE", body: { asset: "USDX", amount: "0.01" } },
    },
    uncaused: { 409: IN_FLIGHT, 503: "only while CorePay is not configured" },
  },
  getCorepayPaymentStatus: {
    cases: {
      found: { summary: "Confirmations and status of a CorePay payment", status: 200, params: { paymentId: ID.corepay } },
      unknown: { summary: "No such payment", code: "NOT_FOUND", params: { paymentId: ID.unknown } },
      badId: { summary: "Not a payment id", code: "VALIDATION_FAILED", params: { paymentId: "order-10476" } },
    },
    uncaused: { 503: "only while CorePay is not configured" },
  },
  getCorepayPayment: reads(ID.corepay, "CorePay payment"),
  listPayments: {
    cases: {
      page: { summary: "The newest payments", status: 200, query: { limit: "20" } },
      succeeded: { summary: "Succeeded PayTo payments only", status: 200, query: { status: "succeeded", method: "payto" } },
      badLimit: { summary: "A page size above 100", code: "VALIDATION_FAILED", query: { limit: "1000" } },
    },
  },
};
