/**
 * The widget's calls to the public API, all through the typed client generated from the OpenAPI
 * document (nothing here is possible only for the widget: a merchant could make the same calls).
 * Every call carries the publishable key; reads of a payment carry its client secret.
 *
 * Referral (FinTag): the quote names the merchant page as `referrer` because browsers often strip
 * `Referer`, but only from an https page (the API refuses other referrers), and only as a hint: a
 * page without a FinTag is no reason to refuse the customer a price, so a quote refused for its
 * referrer is asked again without one. The payment then carries the referrer only when the quote
 * found a referral (a PayTo quote id already fixes the fees and the referral).
 */
import { createCorePortClient, unwrap, unwrapResponse, type ApiProblemError, type components } from "../client";
import type { PaymentMethod } from "./payment-method";

type Schemas = components["schemas"];
export type PaymentType = Schemas["InfoPaymentType"];
export type Asset = Schemas["InfoAsset"];
export type Quote = Schemas["Quote"];
/** What every payment read answers (the method-specific details are optional here). */
export type Payment = Schemas["Payment"] & {
  payto?: Schemas["PaytoPayment"]["payto"];
  corepay?: Schemas["CorepayPayment"]["corepay"];
  clientSecret?: string;
  redirectUrl?: string;
};

export interface Catalog {
  /** Payment methods offered for this payment, in the API's order. */
  methods: Array<PaymentType & { code: PaymentMethod }>;
  /** Every asset by code (names, decimals, limits). */
  assets: Map<string, Asset>;
}

export interface QuoteRequest {
  method: PaymentMethod;
  /** Asset the fees are charged in: the coin the customer sends, or the card payment's settlement coin. */
  asset: string;
}

export interface CreateRequest {
  amount: string;
  currency: string;
  reference: string;
  quote: Quote;
  returnUrl: string;
}

const TIMEOUT_MS = 15_000;

/** Query parameter marking the card checkout's cancel return (`?coreport_result=cancel`). */
export const RESULT_PARAM = "coreport_result";

/** The return URL with the cancel marker: the widget tells a cancelled checkout from a finished one. */
export function cancelUrlFor(returnUrl: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set(RESULT_PARAM, "cancel");
  return url.href;
}

function withTimeout(): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(TIMEOUT_MS) };
}

/** The page's origin as a referral hint: https pages only (the API refuses http referrers). */
export function referrerFor(page: { protocol: string; origin: string }): string | undefined {
  return page.protocol === "https:" ? page.origin : undefined;
}

/** A problem that names the `referrer` field: the page has no usable FinTag, quote without it. */
function refusedReferrer(error: unknown): boolean {
  const e = error as Partial<ApiProblemError> | undefined;
  return e?.name === "ApiProblemError" && (e.status ?? 0) < 500 && (e.problem?.errors ?? []).some((f) => f.field === "referrer");
}

export class WidgetApi {
  private readonly client;
  private referrer: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly publishableKey: string,
    referrer: string | undefined,
  ) {
    this.referrer = referrer;
    this.client = createCorePortClient({ baseUrl, apiKey: publishableKey });
  }

  /** Payment types that take payments in `currency` (directly, or through the stablecoin of its fiat). */
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

  /**
   * Prices the payment: the merchant's amount is what the customer pays (fees come out of it, as with
   * card acquirers). Card: the settlement coin's card schedule, charged in `currency`. Deposits: the
   * coin itself, so `send` is exactly what the customer transfers.
   */
  async quote(amount: string, currency: string, request: QuoteRequest): Promise<Quote> {
    const ask = (referrer: string | undefined) =>
      unwrap(
        this.client.GET("/api/v1/info/quote", {
          params: {
            query: {
              asset: request.asset,
              amount,
              action: "enter",
              side: "send",
              currency: request.method === "mypos" ? currency : request.asset,
              paymentType: request.method,
              ...(referrer ? { referrer } : {}),
            },
          },
          ...withTimeout(),
        }),
      );
    if (!this.referrer) return ask(undefined);
    try {
      return await ask(this.referrer);
    } catch (error) {
      if (!refusedReferrer(error)) throw error;
      this.referrer = undefined; // this page has no FinTag: stop naming it
      return ask(undefined);
    }
  }

  /**
   * Creates the payment for a quote, with the merchant's reference and an idempotency key. The
   * payment window is the payment type's (`config.expiresInMinutes`), else the API's 30 minutes.
   */
  createPayment(type: PaymentType & { code: PaymentMethod }, request: CreateRequest, idempotencyKey: string): Promise<Payment> {
    const common = { params: { header: { "idempotency-key": idempotencyKey } }, ...withTimeout() };
    const merchantReference = request.reference;
    const expiresInSeconds = paymentWindowSeconds(type);
    const referral = request.quote.referral && this.referrer ? { referrer: this.referrer } : {};
    const created =
      type.code === "mypos"
        ? this.client.POST("/api/v1/payments/mypos", {
            body: { amount: request.amount, currency: request.currency, returnUrl: request.returnUrl, cancelUrl: cancelUrlFor(request.returnUrl), merchantReference, expiresInSeconds },
            ...common,
          })
        : type.code === "payto"
          ? this.client.POST("/api/v1/payments/payto", {
              body: { asset: request.quote.asset, quoteId: request.quote.id, merchantReference, expiresInSeconds },
              ...common,
            })
          : this.client.POST("/api/v1/payments/corepay", {
              body: { asset: request.quote.asset, amount: request.quote.amount, merchantReference, expiresInSeconds, ...referral },
              ...common,
            });
    return unwrap<Payment>(created);
  }

  /**
   * One read of a payment with its client secret. Resolves with the payment and the server's
   * `Retry-After` wish, if any, so the poller can honour it.
   */
  async readPayment(method: PaymentMethod, id: string, clientSecret: string): Promise<{ payment: Payment; retryAfter: string | null }> {
    const client = createCorePortClient({ baseUrl: this.baseUrl, apiKey: this.publishableKey, clientSecret });
    const options = { params: { path: { id } }, ...withTimeout() };
    const read =
      method === "payto"
        ? client.GET("/api/v1/payments/payto/{id}", options)
        : method === "corepay"
          ? client.GET("/api/v1/payments/corepay/{id}", options)
          : client.GET("/api/v1/payments/mypos/{id}", options);
    const { data, response } = await unwrapResponse<Payment>(read);
    return { payment: data, retryAfter: response.headers.get("retry-after") };
  }
}

/** Seconds the customer has to pay: the payment type's published window (1 min … 24 h), else 30 minutes. */
export function paymentWindowSeconds(type: PaymentType): number {
  const minutes = type.config.expiresInMinutes;
  return typeof minutes === "number" && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? minutes * 60 : 1800;
}

/**
 * The stablecoins a payment in `currency` can be priced in through a payment type, best first.
 * Card (MyPOS): the customer pays `currency` itself, which the type must accept; the payment settles
 * in the stablecoin of that fiat (EUR → EURX). PayTo/CorePay: the customer sends a stablecoin of the
 * price's fiat (a EUR price is paid in EURX, a USDX price in USDX), so the amount is the price.
 */
export function payableAssets(type: PaymentType, currency: string, assets: Map<string, Asset>): string[] {
  const fiat = assets.get(currency)?.fiatCode ?? currency;
  const coinsOfFiat = [...assets.values()].filter((a) => a.kind === "stablecoin" && a.fiatCode === fiat).map((a) => a.code);
  if (type.code === "mypos") {
    if (!type.assets.includes(fiat) || assets.get(currency)?.kind === "stablecoin") return [];
    return coinsOfFiat.slice(0, 1);
  }
  const offered = coinsOfFiat.filter((code) => type.assets.includes(code));
  // A price in a coin is paid in that coin; a fiat price in any coin of that fiat.
  return assets.get(currency)?.kind === "stablecoin" ? offered.filter((c) => c === currency) : offered;
}
