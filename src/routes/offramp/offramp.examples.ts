import { makeIcan } from "../../lib/ican";
import { exampleId, type ExampleBook } from "../../lib/openapi-examples";

/** Example ids and values the off-ramp examples make and use (each replaced by the real one when run). */
export const OFFRAMP_EXAMPLE_IDS = {
  bankOrder: exampleId("ord", "offrampbank"),
  bankDeposit: "ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3",
  cryptoOrder: exampleId("ord", "offrampcrypto"),
  cryptoDeposit: "ab792215c43fc213c02182c8389f2bc32408e2c50922",
  rejectOrder: exampleId("ord", "offrampreject"),
  rejectDeposit: makeIcan("ab", "12ad9e1b3c5d7f9a1b3c5d7e9f1a3b5c7d9e1f3a"),
  quote: exampleId("quo", "offrampestimate"),
  partialQuote: exampleId("quo", "offramppartial"),
  unknown: exampleId("ord", "nosuchorder"),
} as const;
const ID = OFFRAMP_EXAMPLE_IDS;
const WALLET = "ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8";
const BANK = { iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", accountHolderName: "Anna Müller", country: "DE" };

export const OFFRAMP_EXAMPLES: ExampleBook = {
  estimateOfframp: {
    cases: {
      estimate: { summary: "Sell 500 EURX for a EUR bank payout", status: 200, body: { asset: "EURX", amount: "500.00", currency: "EUR", rail: "bank" }, provides: { [ID.quote]: "$response.body#/id" } },
      partial: {
        summary: "Price what was actually deposited (for proceed-partial)",
        status: 200,
        body: { asset: "EURX", amount: "200.00", currency: "EUR", rail: "bank" },
        provides: { [ID.partialQuote]: "$response.body#/id" },
      },
      tooPrecise: { summary: "More decimals than EURX has", code: "VALIDATION_FAILED", body: { asset: "EURX", amount: "500.0000001" } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "EURX", amount: "90000000.00" } },
    },
    uncaused: { 503: "only while rates or the ramp provider are missing" },
  },
  reverseEstimateOfframp: {
    cases: {
      estimate: { summary: "What to sell so the customer receives 450.00 EUR", status: 200, body: { asset: "EURX", receiveAmount: "450.00", currency: "EUR", rail: "bank" } },
      missing: { summary: "receiveAmount is required", code: "VALIDATION_FAILED", body: { asset: "EURX" } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "EURX", receiveAmount: "90000000.00" } },
    },
    uncaused: { 503: "only while rates or the ramp provider are missing" },
  },
  createBankOfframp: {
    cases: {
      created: {
        summary: "Sell 500 EURX, paid out to a German bank account",
        status: 201,
        body: { asset: "EURX", currency: "EUR", quoteId: ID.quote, merchantReference: "withdrawal-2291", bankAccount: BANK },
        provides: { [ID.bankOrder]: "$response.body#/id", [ID.bankDeposit]: "$response.body#/deposit/address" },
      },
      toReject: {
        summary: "Another withdrawal (the customer will cancel it)",
        status: 201,
        body: { asset: "EURX", currency: "EUR", amount: "300.000000", bankAccount: BANK },
        provides: { [ID.rejectOrder]: "$response.body#/id", [ID.rejectDeposit]: "$response.body#/deposit/address" },
      },
      badIban: { summary: "An IBAN with a wrong checksum", code: "VALIDATION_FAILED", body: { asset: "EURX", amount: "500.000000", bankAccount: { ...BANK, iban: "DE00 3704 0044 0532 0130 00" } } },
      unknownQuote: { summary: "No such quote", code: "NOT_FOUND", body: { asset: "EURX", quoteId: exampleId("quo", "nosuchquote"), bankAccount: BANK } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "EURX", amount: "90000000.000000", bankAccount: BANK } },
    },
    uncaused: { 409: "only when a quote is used twice or an Idempotency-Key is reused in flight", 503: "only while the ramp provider is not configured" },
  },
  createOfframp: {
    cases: {
      created: {
        summary: "Swap 500 USDX into EURX sent to a wallet",
        status: 201,
        body: { asset: "USDX", targetAsset: "EURX", walletAddress: WALLET, amount: "500.000000", merchantReference: "withdrawal-2292" },
        provides: { [ID.cryptoOrder]: "$response.body#/id", [ID.cryptoDeposit]: "$response.body#/deposit/address" },
      },
      mainnetWallet: { summary: "A wallet on another Core network than the deployment's", code: "VALIDATION_FAILED", body: { asset: "USDX", targetAsset: "EURX", walletAddress: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b", amount: "500.000000" } },
      unknownQuote: { summary: "No such quote", code: "NOT_FOUND", body: { asset: "USDX", targetAsset: "EURX", walletAddress: WALLET, quoteId: exampleId("quo", "nosuchquote") } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "USDX", targetAsset: "EURX", walletAddress: WALLET, amount: "90000000.000000" } },
    },
    uncaused: { 409: "only when a quote is used twice or an Idempotency-Key is reused in flight", 503: "only while the ramp provider is not configured" },
  },
  proceedPartialOfframp: {
    cases: {
      proceeded: {
        summary: "Pay out what was deposited, at a new quote",
        status: 200,
        body: { orderId: ID.bankOrder, quoteId: ID.partialQuote },
        after: ["receiveOfframpWebhook#partialDeposit"],
      },
      unknown: { summary: "No such order", code: "NOT_FOUND", body: { orderId: ID.unknown, quoteId: ID.partialQuote } },
      badId: { summary: "Not an order id", code: "VALIDATION_FAILED", body: { orderId: "withdrawal-2291", quoteId: ID.partialQuote } },
      notPartial: { summary: "An order that is not partially paid", code: "CONFLICT", body: { orderId: ID.cryptoOrder, quoteId: ID.partialQuote } },
    },
    uncaused: { 422: "only for a quote of another asset or amount than the deposit (not shown: the sandbox order would be consumed)" },
  },
  rejectOfframp: {
    cases: {
      rejected: { summary: "The customer cancels; the deposit is returned", status: 200, params: { id: ID.rejectOrder }, body: { reason: "Customer cancelled the withdrawal" }, after: ["receiveOfframpWebhook#partialForReject"] },
      notPartial: { summary: "An order that is not awaiting a decision", code: "CONFLICT", params: { id: ID.cryptoOrder }, body: { reason: "Customer cancelled the withdrawal" }, after: ["receiveOfframpWebhook#deposit"] },
      unknown: { summary: "No such order", code: "NOT_FOUND", params: { id: ID.unknown }, body: { reason: "Customer cancelled the withdrawal" } },
      noReason: { summary: "A reason is required", code: "VALIDATION_FAILED", params: { id: ID.rejectOrder }, body: { reason: "" } },
    },
  },
};
