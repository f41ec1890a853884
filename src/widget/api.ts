/**
 * The widget's calls to the public API, all through the typed client (nothing here is possible only
 * for the widget: a merchant could make the same calls). Every call carries the publishable key;
 * reads of a payment carry its client secret; quotes and payments carry the page's origin as
 * referrer, because browsers often strip `Referer`.
 */
import { createCorePortClient, unwrap, unwrapResponse } from "../client";
import type { ProvisionalSchemas, WidgetPaths } from "../client/provisional";
import type { PaymentMethod } from "./options";

export type PaymentType = ProvisionalSchemas["InfoPaymentType"];
export type Asset = ProvisionalSchemas["InfoAsset"];
export type Quote = ProvisionalSchemas["Quote"];
export type Payment = ProvisionalSchemas["Payment"];

export interface Catalog {
  /** Payment methods offered for this payment, in the API's order. */
  methods: Array<PaymentType & { code: PaymentMethod }>;
  /** Every asset by code (names, decimals, limits). */
  assets: Map<string, Asset>;
}

export interface QuoteRequest {
  method: PaymentMethod;
  /** Asset the customer pays with. */
  asset: string;
}

const TIMEOUT_MS = 15_000;

function withTimeout(): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(TIMEOUT_MS) };
}

export class WidgetApi {
  private readonly client;

  constructor(
    private readonly baseUrl: string,
    private readonly publishableKey: string,
    private readonly referrer: string,
  ) {
    this.client = createCorePortClient<WidgetPaths>({ baseUrl, apiKey: publishableKey });
  }

  /** Payment types that take payments in `currency` (directly, or through an asset priced in it). */
  async catalog(currency: string, only?: PaymentMethod[]): Promise<Catalog> {
    const [types, assets] = await Promise.all([
      unwrap(this.client.GET("/api/v1/info/payment-types", withTimeout())),
      unwrap(this.client.GET("/api/v1/info/assets/{type}", { params: { path: { type: "purchase" } }, ...withTimeout() })),
    ]);
    const byCode = new Map(assets.data.map((a) => [a.code, a] as const));
    const methods = types.data.filter(
      (t): t is PaymentType & { code: PaymentMethod } =>
        (t.code === "mypos" || t.code === "payto" || t.code === "corepay") &&
        t.flows.includes("payment") &&
        (!only || only.includes(t.code)) &&
        payableAssets(t, currency, byCode).length > 0,
    );
    return { methods, assets: byCode };
  }

  quote(amount: string, currency: string, request: QuoteRequest): Promise<Quote> {
    return unwrap(
      this.client.GET("/api/v1/info/quote", {
        params: { query: { asset: request.asset, amount, action: "enter", currency, paymentType: request.method, referrer: this.referrer } },
        ...withTimeout(),
      }),
    );
  }

  createPayment(
    method: PaymentMethod,
    body: { amount: string; currency: string; asset?: string; reference: string; quoteId?: string; returnUrl?: string },
    idempotencyKey: string,
  ): Promise<Payment> {
    const path = `/api/v1/payments/${method}` as const;
    return unwrap(
      this.client.POST(path, {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: { ...body, referrer: this.referrer, ...(method === "mypos" && body.returnUrl ? { cancelUrl: body.returnUrl } : {}) },
        ...withTimeout(),
      }),
    );
  }

  /**
   * One read of a payment (PayTo/CorePay) with its client secret. Resolves with the payment and the
   * server's `Retry-After` wish, if any, so the poller can honour it.
   */
  async readPayment(method: "payto" | "corepay", id: string, clientSecret: string): Promise<{ payment: Payment; retryAfter: string | null }> {
    const client = createCorePortClient<WidgetPaths>({ baseUrl: this.baseUrl, apiKey: this.publishableKey, clientSecret });
    const path = `/api/v1/payments/${method}/{id}` as const;
    const { data, response } = await unwrapResponse(client.GET(path, { params: { path: { id } }, ...withTimeout() }));
    return { payment: data, retryAfter: response.headers.get("retry-after") };
  }
}

/**
 * The stablecoins a payment in `currency` can be priced in through a payment type, best first.
 * Card (MyPOS): the customer pays `currency` itself, which the type must accept; the payment settles
 * in the stablecoin of that fiat (EUR → EURX). PayTo/CorePay: the customer sends a stablecoin the
 * type accepts: the one of the same fiat first, then the others (converted at the quoted rate).
 */
export function payableAssets(type: PaymentType, currency: string, assets: Map<string, Asset>): string[] {
  const fiat = assets.get(currency)?.fiatCode ?? currency;
  const isStablecoin = (code: string) => assets.get(code)?.kind === "stablecoin";
  if (type.code === "mypos") {
    if (!type.assets.includes(fiat)) return [];
    const settlement = [...assets.values()].find((a) => a.kind === "stablecoin" && a.fiatCode === fiat);
    return settlement ? [settlement.code] : [];
  }
  const offered = type.assets.filter(isStablecoin);
  const sameFiat = offered.filter((code) => assets.get(code)?.fiatCode === fiat);
  return [...sameFiat, ...offered.filter((code) => !sameFiat.includes(code))];
}
