import { exampleId, type ExampleBook } from "../../lib/openapi-examples";

/** Example ids and values the on-ramp examples make and use (each replaced by the real one when run). */
export const ONRAMP_EXAMPLE_IDS = {
  bankOrder: exampleId("ord", "onrampbank"),
  reference: "RF55460589132657208400",
  collectionIban: "DE89370400440532013000",
  cardOrder: exampleId("ord", "onrampcard"),
  forexQuote: exampleId("quo", "onrampforex"),
} as const;
const ID = ONRAMP_EXAMPLE_IDS;
const WALLET = "ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8";

export const ONRAMP_EXAMPLES: ExampleBook = {
  forexEstimateOnramp: {
    cases: {
      estimate: {
        summary: "Receive 250 EURX, paying in GBP by bank transfer",
        status: 200,
        body: { asset: "EURX", currency: "GBP", receiveAmount: "250.000000", paymentType: "bank" },
        provides: { [ID.forexQuote]: "$response.body#/id" },
      },
      both: { summary: "Give receiveAmount or amount, not both", code: "VALIDATION_FAILED", body: { asset: "EURX", receiveAmount: "250.000000", amount: "253.500000" } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "EURX", receiveAmount: "90000000.000000" } },
    },
    uncaused: { 503: "only while rates or the ramp provider are missing" },
  },
  createBankOnramp: {
    cases: {
      created: {
        summary: "Buy 250 EURX by SEPA transfer (bank instructions with an RF reference)",
        status: 201,
        body: { asset: "EURX", currency: "EUR", receiveAmount: "250.000000", walletAddress: WALLET, merchantReference: "topup-8812", metadata: { customer: "cus_1042" } },
        provides: { [ID.bankOrder]: "$response.body#/id", [ID.reference]: "$response.body#/bankInstructions/reference", [ID.collectionIban]: "$response.body#/bankInstructions/iban" },
      },
      quoted: { summary: "At the price of a forex estimate, paying in GBP", status: 201, body: { asset: "EURX", currency: "GBP", quoteId: ID.forexQuote, walletAddress: WALLET } },
      unknownQuote: { summary: "No such quote", code: "NOT_FOUND", body: { asset: "EURX", quoteId: exampleId("quo", "nosuchquote"), walletAddress: WALLET } },
      mainnetWallet: { summary: "A wallet on another Core network than the deployment's", code: "VALIDATION_FAILED", body: { asset: "EURX", receiveAmount: "250.000000", walletAddress: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b" } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "EURX", receiveAmount: "90000000.000000", walletAddress: WALLET } },
    },
    uncaused: {
      409: "only when a quote is used twice or an Idempotency-Key is reused in flight",
      502: "only when the bank provider fails",
      503: "only while the ramp provider is not configured",
    },
  },
  createOnramp: {
    cases: {
      card: {
        summary: "Buy 250 EURX by card (myPOS checkout form)",
        status: 201,
        body: { asset: "EURX", currency: "EUR", receiveAmount: "250.000000", walletAddress: WALLET, paymentMethod: "card", returnUrl: "https://shop.example.com/topup/done" },
        provides: { [ID.cardOrder]: "$response.body#/id" },
      },
      plainHttp: {
        summary: "Return URLs must be https",
        code: "VALIDATION_FAILED",
        body: { asset: "EURX", receiveAmount: "250.000000", walletAddress: WALLET, paymentMethod: "card", returnUrl: "http://shop.example.com/topup/done" },
      },
      unknownQuote: { summary: "No such quote", code: "NOT_FOUND", body: { asset: "EURX", quoteId: exampleId("quo", "nosuchquote"), walletAddress: WALLET, paymentMethod: "card", returnUrl: "https://shop.example.com/topup/done" } },
      aboveLimit: { summary: "Above the per-order limit", code: "UNPROCESSABLE", body: { asset: "EURX", receiveAmount: "90000000.000000", walletAddress: WALLET, paymentMethod: "card", returnUrl: "https://shop.example.com/topup/done" } },
    },
    uncaused: {
      409: "only when a quote is used twice or an Idempotency-Key is reused in flight",
      502: "only when the card provider fails",
      503: "only while the ramp provider is not configured",
    },
  },
};
