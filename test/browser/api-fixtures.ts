// A scripted stand-in for the API endpoints the widget needs that are still being built (issue 4:
// info + quote; issue 8: payments), installed with Playwright routing on the browser context. It
// answers in the shapes of src/client/provisional.ts (typed, so the fixtures follow the contract),
// lets a test control time-dependent and failure answers (a quote that lapses, a 422 problem, a
// payment that moves through its statuses), and records what the widget sent.
import type { BrowserContext, Request, Route } from "playwright-core";
import type { ProvisionalSchemas } from "../../src/client/provisional";

type S = ProvisionalSchemas;

const PROBLEM_BASE = "https://coreport.net/problems/";

export const PAYMENT_TYPES: S["InfoPaymentType"][] = [
  { code: "mypos", name: "Card (myPOS)", description: "Visa / Mastercard through the myPOS hosted checkout", flows: ["payment", "onramp"], assets: ["EUR", "USD", "GBP", "CHF"], config: { expiresInMinutes: 30 } },
  { code: "payto", name: "PayTo deposit", description: "Send stablecoins to a one-time deposit address", flows: ["payment", "offramp"], assets: ["USDX", "EURX", "GBPX"], config: { expiresInMinutes: 60 } },
  { code: "corepay", name: "CorePay", description: "Pay on-chain straight to the merchant's Core Blockchain address", flows: ["payment"], assets: ["USDX", "EURX"], config: { confirmations: 3 } },
  { code: "bank", name: "Bank transfer", description: "Bank transfer through WallMoney & Partners", flows: ["onramp", "offramp"], assets: ["EUR"], config: {} },
];

const coin = (code: string, name: string, fiatCode: string): S["InfoAsset"] => ({
  code, name, kind: "stablecoin", symbol: code, decimals: 6, fiatCode, network: "core-mainnet", contractAddress: null,
  limits: { min: "10.000000", max: "50000.000000" }, fees: [], ratePairs: [],
});
export const ASSETS: S["InfoAsset"][] = [coin("USDX", "CorePort USD", "USD"), coin("EURX", "CorePort Euro", "EUR"), coin("GBPX", "CorePort Pound", "GBP")];

/** A QR-shaped SVG as the API draws it: a background and one path of modules. */
const QR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29" shape-rendering="crispEdges"><rect width="29" height="29" fill="#fff"/>' +
  '<path fill="#000" d="M0 0h7v7H0zM22 0h7v7h-7zM0 22h7v7H0zM9 9h3v3H9zM14 12h2v5h-2zM18 18h4v2h-4z"/></svg>';

/** The same with hostile extras the widget must strip (as if the API were compromised). */
export const HOSTILE_QR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29" shape-rendering="crispEdges" onload="window.alerted=true">' +
  '<script>window.alerted=true</script><rect width="29" height="29" fill="#fff"/>' +
  '<path fill="#000" d="M0 0h7v7H0zM22 0h7v7h-7zM0 22h7v7H0zM9 9h3v3H9zM14 12h2v5h-2zM18 18h4v2h-4z"/>' +
  '<a href="javascript:window.alerted=true"><rect x="10" y="20" width="2" height="2"/></a><image href="https://tracker.example/x.png"/></svg>';

export interface Recorded {
  quotes: URLSearchParams[];
  creates: Array<{ method: string; headers: Record<string, string>; body: S["CreatePayment"] & { referrer?: string } }>;
  reads: Array<{ id: string; headers: Record<string, string> }>;
}

export interface FakeApiOptions {
  apiOrigin: string;
  demoOrigin: string;
  /** Lifetime of each quote (default 5 minutes). */
  quoteTtlMs?: number;
  /** Statuses returned by successive reads of a created deposit payment (the last one repeats). */
  statuses?: S["PaymentStatus"][];
  /** Answer the next quote request with this problem. */
  quoteProblem?: { status: number; code: string; title: string; detail: string };
  /** Answer the next create-payment request with this problem. */
  createProblem?: { status: number; code: string; title: string; detail: string };
  /** Serve this SVG as the deposit QR code. */
  qrCodeSvg?: string;
}

export class FakeApi {
  readonly recorded: Recorded = { quotes: [], creates: [], reads: [] };
  private quoteCount = 0;
  private readCount = 0;
  private payments = new Map<string, S["Payment"]>();

  constructor(private readonly options: FakeApiOptions) {}

  async install(context: BrowserContext): Promise<void> {
    await context.route(`${this.options.apiOrigin}/api/v1/**`, (route) => this.handle(route));
    // The "hosted card checkout": a plain page that sends the customer back, as MyPOS does.
    await context.route(`${this.options.apiOrigin}/pay/mypos/**`, (route) => this.hostedCheckout(route));
  }

  private cors(): Record<string, string> {
    return {
      "access-control-allow-origin": this.options.demoOrigin,
      "access-control-expose-headers": "X-Request-Id, Retry-After",
      "x-request-id": `req_fixture${Date.now()}`,
    };
  }

  private json(route: Route, status: number, body: unknown, type = "application/json"): Promise<void> {
    return route.fulfill({ status, headers: { ...this.cors(), "content-type": type }, body: JSON.stringify(body) });
  }

  private problem(route: Route, status: number, code: string, title: string, detail: string, path: string): Promise<void> {
    const body: S["Problem"] = { type: PROBLEM_BASE + code.toLowerCase().replaceAll("_", "-"), title, status, detail, instance: path, code, requestId: "req_fixture" };
    return this.json(route, status, body, "application/problem+json");
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname;
    if (request.method() === "OPTIONS") {
      return route.fulfill({
        status: 204,
        headers: { ...this.cors(), "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "Authorization, Content-Type, Idempotency-Key, X-Client-Secret, Accept" },
      });
    }
    if (path === "/api/v1/info/payment-types") return this.json(route, 200, { data: PAYMENT_TYPES });
    if (path === "/api/v1/info/assets/purchase") return this.json(route, 200, { type: "purchase", data: ASSETS });
    if (path === "/api/v1/info/quote") return this.quote(route, url);
    const create = /^\/api\/v1\/payments\/(mypos|payto|corepay)$/.exec(path);
    if (create && request.method() === "POST") return this.create(route, request, create[1] as S["Payment"]["method"]);
    const read = /^\/api\/v1\/payments\/(payto|corepay)\/([\w-]+)$/.exec(path);
    if (read) return this.read(route, request, read[2]!);
    // Anything else the widget calls goes to the real worker.
    return route.fallback();
  }

  private quote(route: Route, url: URL): Promise<void> {
    this.recorded.quotes.push(url.searchParams);
    if (this.options.quoteProblem) {
      const p = this.options.quoteProblem;
      this.options.quoteProblem = undefined;
      return this.problem(route, p.status, p.code, p.title, p.detail, url.pathname);
    }
    this.quoteCount += 1;
    const q = url.searchParams;
    const asset = q.get("asset")!;
    const now = Date.now();
    const quote: S["Quote"] = {
      id: `quo_fixture${String(this.quoteCount).padStart(4, "0")}`,
      object: "quote",
      action: "enter",
      asset,
      currency: q.get("currency")!,
      paymentType: q.get("paymentType"),
      side: "send",
      amount: "25.000000",
      send: { asset: q.get("currency")!, amount: q.get("amount")! },
      receive: { asset, amount: "24.400000" },
      fees: [
        { type: "percentage", amount: "0.250000", asset, recipient: "coreport" },
        { type: "fixed", amount: "0.300000", asset, recipient: "coreport" },
        { type: "network", amount: "0.050000", asset, recipient: "network" },
      ],
      totalFee: "0.600000",
      rate: { base: asset, quote: q.get("currency")!, value: asset === "USDX" ? "0.9216589862" : "1.0000000000", resolvedBase: "EUR", resolvedQuote: "EUR", asOf: new Date(now - 3600_000).toISOString(), source: "ecb" },
      expiresAt: new Date(now + (this.options.quoteTtlMs ?? 300_000)).toISOString(),
      createdAt: new Date(now).toISOString(),
    };
    return this.json(route, 200, quote);
  }

  private create(route: Route, request: Request, method: S["Payment"]["method"]): Promise<void> {
    const body = request.postDataJSON() as S["CreatePayment"] & { referrer?: string };
    const headers = request.headers();
    this.recorded.creates.push({ method, headers, body });
    if (this.options.createProblem) {
      const p = this.options.createProblem;
      this.options.createProblem = undefined;
      return this.problem(route, p.status, p.code, p.title, p.detail, new URL(request.url()).pathname);
    }
    const id = `pay_fixture${this.recorded.creates.length}`;
    const payment: S["Payment"] = {
      id,
      object: "payment",
      method,
      status: "requires_payment",
      amount: "25.000000",
      currency: body.currency,
      asset: body.asset ?? body.currency,
      amountReceived: "0.000000",
      reference: body.reference,
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      clientSecret: `${id}_secret_fixture`,
      redirectUrl: method === "mypos" ? `${this.options.apiOrigin}/pay/mypos/${id}?return=${encodeURIComponent(body.returnUrl ?? "")}` : null,
      deposit:
        method === "mypos"
          ? null
          : {
              address: "cb57e3a1f0c4d2b6a8e9f7c5d3b1a2e4f6c8d0b2a4e6",
              amount: "25.000000",
              asset: body.asset ?? "EURX",
              network: "core-mainnet",
              paymentUri: `web+coreport:cb57e3a1f0c4d2b6a8e9f7c5d3b1a2e4f6c8d0b2a4e6?amount=25.000000&asset=${body.asset ?? "EURX"}`,
              qrCodeSvg: this.options.qrCodeSvg ?? QR_SVG,
            },
    };
    this.payments.set(id, payment);
    return this.json(route, 201, payment);
  }

  private read(route: Route, request: Request, id: string): Promise<void> {
    this.recorded.reads.push({ id, headers: request.headers() });
    const payment = this.payments.get(id);
    if (!payment || request.headers()["x-client-secret"] !== payment.clientSecret) {
      return this.problem(route, 404, "NOT_FOUND", "Not found", `Payment '${id}' was not found`, new URL(request.url()).pathname);
    }
    const statuses = this.options.statuses ?? ["requires_payment"];
    const status = statuses[Math.min(this.readCount, statuses.length - 1)]!;
    this.readCount += 1;
    const { clientSecret: _omit, ...rest } = payment;
    const amountReceived = status === "succeeded" ? "25.000000" : status === "partially_paid" ? "10.000000" : "0.000000";
    return this.json(route, 200, { ...rest, status, amountReceived });
  }

  private hostedCheckout(route: Route): Promise<void> {
    const back = new URL(route.request().url()).searchParams.get("return") ?? "/";
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>myPOS sandbox checkout</title></head>
<body><main><h1>myPOS sandbox checkout</h1><p>Test card 4111 1111 1111 1111.</p>
<a id="pay" href="${back.replaceAll('"', "&quot;")}">Pay and return to the shop</a></main></body></html>`;
    return route.fulfill({ status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: html });
  }
}
