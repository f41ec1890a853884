import type { ExampleBook } from "../../lib/openapi-examples";
import { PAYMENT_EXAMPLE_IDS } from "../payments/payments.examples";

const PRODUCTION_ONLY = "only when ENVIRONMENT is production (the sandbox fixtures are refused there)";
const IDEMPOTENCY = "only when an optional Idempotency-Key is reused (in flight, or with another body)";

export const PAYMENTS_ADMIN_EXAMPLES: ExampleBook = {
  adminCreateSandboxPayment: {
    cases: {
      created: { summary: "A bare PayTo payment for webhook tests", status: 201, body: { method: "payto", asset: "USDX", amount: "25.000000" } },
      badMethod: { summary: "A method other than mypos, payto or corepay", code: "VALIDATION_FAILED", body: { method: "cash", asset: "USDX", amount: "25.000000" } },
    },
    uncaused: { 403: PRODUCTION_ONLY, 409: IDEMPOTENCY, 422: IDEMPOTENCY },
  },
  adminCreateSandboxOrder: {
    cases: {
      created: { summary: "A bare bank off-ramp order", status: 201, body: { direction: "offramp", rail: "bank", sourceAsset: "USDX", targetAsset: "EUR", sourceAmount: "250.000000", targetAmount: "228.40" } },
      badRail: { summary: "A rail other than card, bank or crypto", code: "VALIDATION_FAILED", body: { direction: "offramp", rail: "cash", sourceAsset: "USDX", targetAsset: "EUR", sourceAmount: "250.000000", targetAmount: "228.40" } },
    },
    uncaused: { 403: PRODUCTION_ONLY, 409: IDEMPOTENCY, 422: IDEMPOTENCY },
  },
  adminInspectSubject: {
    cases: {
      inspected: { summary: "A payment's Durable Object against its D1 row", status: 200, params: { id: PAYMENT_EXAMPLE_IDS.payto } },
      unknown: { summary: "No such payment", code: "NOT_FOUND", params: { id: PAYMENT_EXAMPLE_IDS.unknown } },
      badId: { summary: "Neither a payment nor an order id", code: "VALIDATION_FAILED", params: { id: "order-10472" } },
    },
  },
};
