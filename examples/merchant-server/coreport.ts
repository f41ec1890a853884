/**
 * What a merchant's server does with CorePort, framework-free: create payments with the secret key
 * through the typed client (openapi-fetch over the types generated from CorePort's OpenAPI
 * document), and verify the notifications CorePort sends with the `standardwebhooks` package.
 * No Node-only APIs here, so the same code runs on Node, Workers, Deno or Bun.
 */
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { createCorePortClient, unwrap, type components } from "../../src/client";

export type PaytoPayment = components["schemas"]["CreatedPaytoPayment"];
export type MyposPayment = components["schemas"]["CreatedMyposPayment"];

/** The typed client with your secret key (server side only). `fetch`: a custom transport (tests, service bindings). */
export function corePort(baseUrl: string, secretKey: string, fetch?: (request: Request) => Promise<Response>) {
  if (!/^sk_(test|live)_/.test(secretKey)) throw new Error("COREPORT_SECRET_KEY must be a secret key (sk_test_… or sk_live_…)");
  return createCorePortClient({ baseUrl, apiKey: secretKey, ...(fetch ? { fetch } : {}) });
}
export type CorePort = ReturnType<typeof corePort>;

/**
 * A PayTo payment for an order: the customer sends `amount` of `asset` to a one-time address.
 * The idempotency key is derived from the order, so retrying after a lost answer (or a double
 * click) returns the same payment instead of creating a second one.
 */
export function createPaytoPayment(api: CorePort, order: { id: string; amount: string; asset: string }): Promise<PaytoPayment> {
  return unwrap(
    api.POST("/api/v1/payments/payto", {
      body: { asset: order.asset, amount: order.amount, merchantReference: order.id, expiresInSeconds: 3600 },
      params: { header: { "idempotency-key": `order-${order.id}-payto` } },
    }),
  );
}

/** A card payment: send the customer to `redirectUrl`; they come back to `returnUrl`. */
export function createCardPayment(api: CorePort, order: { id: string; amount: string; currency: string; returnUrl: string }): Promise<MyposPayment> {
  return unwrap(
    api.POST("/api/v1/payments/mypos", {
      body: { amount: order.amount, currency: order.currency, returnUrl: order.returnUrl, merchantReference: order.id, expiresInSeconds: 1800 },
      params: { header: { "idempotency-key": `order-${order.id}-card` } },
    }),
  );
}

/** A verified CorePort notification (Standard Webhooks payload). */
export interface CorePortNotification {
  id: string;
  type: string;
  objectId: string;
  data: Record<string, unknown>;
  [key: string]: unknown;
}

export type Verified = { ok: true; event: CorePortNotification } | { ok: false; reason: string };

/**
 * Verifies a notification exactly as received: the raw body (never re-serialised JSON) and the
 * `webhook-id`, `webhook-timestamp` and `webhook-signature` headers, with the endpoint's `whsec_…`
 * secret. Refuses a wrong signature, a changed body and a timestamp more than 5 minutes off
 * (replays). Deliveries are at-least-once: de-duplicate on `event.id` (= `webhook-id`).
 */
export function verifyNotification(secret: string, rawBody: string, headers: Record<string, string | undefined>): Verified {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v ?? ""]));
  try {
    const event = new Webhook(secret).verify(rawBody, lower) as CorePortNotification;
    return { ok: true, event };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    throw error;
  }
}
