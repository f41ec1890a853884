import { exampleId, type ExampleBook } from "../../lib/openapi-examples";

/** Made by adminCreateMerchant's example, used by the merchant examples after it. */
const MERCHANT = exampleId("mer", "acmecoffee");
const KEY = exampleId("key", "acmepublishable");
const UNKNOWN_MERCHANT = exampleId("mer", "nobody");
const PAYOUT = "ab70b1a1f4e0b6b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9";

export const MERCHANTS_EXAMPLES: ExampleBook = {
  adminCreateMerchant: {
    cases: {
      created: {
        summary: "A merchant with a shop origin and a CorePay payout address",
        status: 201,
        body: { name: "Acme Coffee Ltd", allowedOrigins: ["https://shop.acme.example"], payoutAddress: PAYOUT },
        provides: { [MERCHANT]: "$response.body#/id" },
      },
      mainnetAddress: {
        summary: "A payout address of another Core network than the deployment's",
        code: "VALIDATION_FAILED",
        body: { name: "Acme Coffee Ltd", payoutAddress: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b" },
      },
    },
  },
  adminListMerchants: {
    cases: {
      page: { summary: "The first page of merchants", status: 200, query: { limit: "20" } },
      badLimit: { summary: "A page size above 100", code: "VALIDATION_FAILED", query: { limit: "1000" } },
    },
  },
  adminGetMerchant: {
    cases: {
      found: { summary: "A merchant", status: 200, params: { id: MERCHANT } },
      unknown: { summary: "No such merchant", code: "NOT_FOUND", params: { id: UNKNOWN_MERCHANT } },
      badId: { summary: "Not a merchant id", code: "VALIDATION_FAILED", params: { id: "acme" } },
    },
  },
  adminUpdateMerchant: {
    cases: {
      updated: { summary: "Allow every acme.example subdomain", status: 200, params: { id: MERCHANT }, body: { allowedOrigins: ["https://shop.acme.example", "https://*.acme.example"] } },
      unknown: { summary: "No such merchant", code: "NOT_FOUND", params: { id: UNKNOWN_MERCHANT }, body: { name: "Acme Coffee Ltd" } },
      badStatus: { summary: "A status other than active or disabled", code: "VALIDATION_FAILED", params: { id: MERCHANT }, body: { status: "paused" } },
    },
  },
  adminCreateApiKey: {
    cases: {
      created: {
        summary: "A test publishable key for the shop",
        status: 201,
        params: { id: MERCHANT },
        body: { kind: "publishable", mode: "test", allowedOrigins: ["https://shop.acme.example"] },
        provides: { [KEY]: "$response.body#/id" },
      },
      unknown: { summary: "No such merchant", code: "NOT_FOUND", params: { id: UNKNOWN_MERCHANT }, body: { kind: "secret", mode: "test" } },
      badKind: { summary: "A key kind other than publishable or secret", code: "VALIDATION_FAILED", params: { id: MERCHANT }, body: { kind: "admin", mode: "test" } },
    },
  },
  adminListApiKeys: {
    cases: {
      keys: { summary: "A merchant's keys (prefixes only)", status: 200, params: { id: MERCHANT } },
      unknown: { summary: "No such merchant", code: "NOT_FOUND", params: { id: UNKNOWN_MERCHANT } },
      badId: { summary: "Not a merchant id", code: "VALIDATION_FAILED", params: { id: "acme" } },
    },
  },
  adminRevokeApiKey: {
    cases: {
      revoked: { summary: "Revoke a key", status: 200, params: { id: MERCHANT, keyId: KEY } },
      unknown: { summary: "No such key", code: "NOT_FOUND", params: { id: MERCHANT, keyId: exampleId("key", "nokey") } },
      badId: { summary: "Not a key id", code: "VALIDATION_FAILED", params: { id: MERCHANT, keyId: "publishable" } },
    },
  },
  adminPublishEvent: {
    cases: {
      published: {
        summary: "Emit a payment.succeeded notification to the merchant's endpoints",
        status: 202,
        body: { type: "payment.succeeded", merchantId: MERCHANT, objectId: exampleId("pay", "acmeorder"), data: { id: exampleId("pay", "acmeorder"), status: "succeeded", amountExpected: "25.00", asset: "EURX" } },
      },
      unknownMerchant: {
        summary: "No such merchant",
        code: "NOT_FOUND",
        body: { type: "payment.succeeded", merchantId: UNKNOWN_MERCHANT, objectId: exampleId("pay", "acmeorder"), data: {} },
      },
      badType: { summary: "Not an event type", code: "VALIDATION_FAILED", body: { type: "Payment Succeeded", merchantId: MERCHANT, objectId: exampleId("pay", "acmeorder"), data: {} } },
    },
  },
};
