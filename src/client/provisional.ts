/**
 * PROVISIONAL: the endpoints the widget needs that are being built in parallel (issue 4: info and
 * quote; issue 8: payments; issue 7: client secrets), written in the shape openapi-typescript
 * generates so the widget already calls them through the typed client. Field names follow those
 * issues' schemas as drafted.
 *
 * When an endpoint lands, `npm run client:generate` adds it to `schema.d.ts`, and from then on the
 * generated definition replaces the one here (`WidgetPaths` below), so the widget is type-checked
 * against the real document at once; `npm run client:check` lists the entries here that are
 * superseded, to be deleted.
 */
import type { paths as GeneratedPaths } from "./schema";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type ProblemContent = { headers: { [name: string]: unknown }; content: { "application/problem+json": ProvisionalSchemas["Problem"] } };
type Ok<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };

export interface ProvisionalSchemas {
  Problem: {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    code: string;
    requestId: string;
    errors?: { in: string; field: string; pointer?: string; message: string; code?: string }[];
  };
  InfoPaymentType: {
    code: string;
    name: string;
    description: string;
    /** payment, onramp and/or offramp */
    flows: string[];
    assets: string[];
    config: { [key: string]: unknown };
  };
  FeeTerms: { paymentType: string | null; percent: string; fixed: string; network: string; minimum: string; maxReferralPercent: string };
  InfoAsset: {
    code: string;
    name: string;
    /** @enum {string} */
    kind: "fiat" | "stablecoin";
    symbol: string | null;
    decimals: number;
    fiatCode: string;
    network: string | null;
    contractAddress: string | null;
    limits: { min: string; max: string | null };
    fees: ProvisionalSchemas["FeeTerms"][];
    ratePairs: { base: string; quote: string; resolvedBase: string; resolvedQuote: string; path: string }[];
  };
  FeeLine: {
    /** @enum {string} */
    type: "percentage" | "fixed" | "minimum" | "network" | "referral";
    amount: string;
    asset: string;
    /** @enum {string} */
    recipient: "coreport" | "network" | "referrer";
  };
  Quote: {
    id: string;
    object: "quote";
    action: "enter" | "exit";
    asset: string;
    currency: string;
    paymentType: string | null;
    side: "send" | "receive";
    amount: string;
    send: { asset: string; amount: string };
    receive: { asset: string; amount: string };
    fees: ProvisionalSchemas["FeeLine"][];
    totalFee: string;
    rate: { base: string; quote: string; value: string; resolvedBase: string; resolvedQuote: string; asOf: string; source: string };
    /** Format: date-time */
    expiresAt: string;
    /** Format: date-time */
    createdAt: string;
  };
  CreatePayment: {
    /** Decimal string in `currency` (MyPOS) or `asset` units. */
    amount: string;
    /** What the merchant prices in (ISO 4217 or a stablecoin ticker). */
    currency: string;
    /** Asset the customer pays with (PayTo/CorePay). */
    asset?: string;
    /** The merchant's order reference. */
    reference: string;
    /** Locks the rate and fees of this unexpired quote. */
    quoteId?: string;
    /** Origin of the page the customer pays from (FinTag referral; `Referer` is often stripped). */
    referrer?: string;
    /** MyPOS: where the hosted checkout sends the customer back to. */
    returnUrl?: string;
    cancelUrl?: string;
    metadata?: { [key: string]: string };
  };
  PaymentStatus:
    | "requires_payment"
    | "processing"
    | "succeeded"
    | "partially_paid"
    | "overpaid"
    | "expired"
    | "failed"
    | "cancelled"
    | "reversed";
  Payment: {
    id: string;
    object: "payment";
    method: "mypos" | "payto" | "corepay";
    status: ProvisionalSchemas["PaymentStatus"];
    amount: string;
    currency: string;
    asset: string;
    amountReceived: string;
    reference: string | null;
    /** Format: date-time */
    expiresAt: string;
    /** Only in the create answer: lets the browser read this payment. */
    clientSecret?: string;
    /** MyPOS: the CorePort page that posts the signed form to the hosted checkout. */
    redirectUrl?: string | null;
    /** PayTo/CorePay: where and what to send. */
    deposit?: {
      address: string;
      amount: string;
      asset: string;
      network: string;
      /** Wallet URI, e.g. `web+coreport:…` */
      paymentUri: string;
      /** QR code of `paymentUri`, an SVG document. */
      qrCodeSvg: string;
    } | null;
  };
}

type CreatePaymentOperation = {
  parameters: { query?: never; header: { "Idempotency-Key": string }; path?: never; cookie?: never };
  requestBody: { content: { "application/json": ProvisionalSchemas["CreatePayment"] } };
  responses: { 201: Ok<ProvisionalSchemas["Payment"]>; 400: ProblemContent; 401: ProblemContent; 403: ProblemContent; 409: ProblemContent; 422: ProblemContent };
};
type ReadPaymentOperation = {
  parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
  requestBody?: never;
  responses: { 200: Ok<ProvisionalSchemas["Payment"]>; 404: ProblemContent };
};
type Get<Op> = { parameters: NoParams; get: Op; put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };
type Post<Op> = { parameters: NoParams; post: Op; get?: never; put?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };

export interface ProvisionalPaths {
  "/api/v1/payments/mypos": Post<CreatePaymentOperation>;
  "/api/v1/payments/payto": Post<CreatePaymentOperation>;
  "/api/v1/payments/corepay": Post<CreatePaymentOperation>;
  "/api/v1/payments/payto/{id}": Get<ReadPaymentOperation>;
  "/api/v1/payments/corepay/{id}": Get<ReadPaymentOperation>;
}

/** What the widget's client is typed with: the generated paths, plus provisional ones not generated yet. */
export type WidgetPaths = GeneratedPaths & Omit<ProvisionalPaths, keyof GeneratedPaths>;
