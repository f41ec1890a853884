/**
 * One checkout inside a shadow root: load the payment options, price the payment with a live quote
 * (re-quoted when it lapses), create the payment with an idempotency key, then either send the
 * customer to the card checkout (MyPOS) or show where to pay (PayTo/CorePay) and follow the payment
 * to a final state.
 *
 * Accessibility: native controls with labels; one polite live region for progress and one alert
 * region for errors; after each step the new step's heading takes focus (never on first render,
 * which would steal focus from the merchant's page); nothing depends on a pointer.
 */
import type { ApiProblemError } from "../client";
import { payableAssets, referrerFor, RESULT_PARAM, WidgetApi, type Asset, type Catalog, type Payment, type Quote } from "./api";
import { backoffDelay, retryAfterMs } from "./backoff";
import { append, h, uid } from "./dom";
import type { CheckoutEvent, PaymentSnapshot } from "./events";
import { formatRemaining, money, spokenRemaining, trimZeros } from "./format";
import type { PaymentMethod, ValidOptions } from "./options";
import { sanitizeSvg } from "./qr";
import { describeStatus } from "./status";

/** Re-quote this long before the quote lapses, so a customer never pays on an expired price. */
const REQUOTE_MARGIN_MS = 1000;
/** Stop following a payment this long after it expired if the API never reports a final state. */
const FOLLOW_GRACE_MS = 10 * 60 * 1000;
const PENDING_KEY = "coreport:pending-redirect";

type Emit = (event: CheckoutEvent) => void;

/** What the host page is told about a payment (never its client secret). `currency`: the price's. */
function snapshot(p: Payment, currency: string): PaymentSnapshot {
  return {
    id: p.id,
    method: p.method,
    status: p.status,
    amount: p.amountExpected,
    currency,
    asset: p.asset,
    amountReceived: p.amountReceived,
    reference: p.merchantReference,
  };
}

/** The status sentence's view of a payment. */
function statusOf(p: Payment): { status: string; amount: string; asset: string; amountReceived: string } {
  return { status: p.status, amount: p.amountExpected, asset: p.asset, amountReceived: p.amountReceived };
}

/** Where a deposit payment is paid: PayTo's one-time address or the merchant's CorePay address. */
function depositOf(p: Payment): { address: string; network: string; paymentUri: string; qrSvg: string } | undefined {
  if (p.payto) return { address: p.payto.depositAddress, network: p.payto.network, paymentUri: p.payto.paymentUri, qrSvg: p.payto.qrSvg };
  if (p.corepay) return p.corepay;
  return undefined;
}

interface PendingRedirect {
  id: string;
  reference: string;
  clientSecret: string;
  expiresAt: string;
}

function problemOf(error: unknown): { message: string; code?: string; status?: number; requestId?: string } {
  const e = error as Partial<ApiProblemError> | undefined;
  if (e && e.name === "ApiProblemError" && e.problem) {
    return { message: e.problem.detail, code: e.problem.code, status: e.status, requestId: e.requestId };
  }
  return { message: "Something went wrong. Please try again." };
}

/** Only wallet-style URIs may become a link: never script, data or file URLs. */
function safeWalletUri(uri: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || ["javascript", "data", "vbscript", "file", "blob", "about"].includes(scheme)) return undefined;
  return uri;
}

export class Checkout {
  private readonly api: WidgetApi;
  private readonly main: HTMLElement;
  private readonly live: HTMLElement;
  private readonly alert: HTMLElement;
  private catalog?: Catalog;
  private method?: PaymentMethod;
  private asset?: string;
  private quote?: Quote;
  private quoteSeq = 0;
  private idempotencyKey?: string;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private tick?: ReturnType<typeof setInterval>;
  private destroyed = false;
  /** Focus the heading of the next view (only after the customer acted). */
  private moveFocus = false;

  constructor(
    root: ShadowRoot,
    private readonly options: ValidOptions,
    private readonly emit: Emit,
  ) {
    this.api = new WidgetApi(options.apiBase, options.publishableKey, referrerFor(location));
    this.live = h("div", { class: "sr", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    this.alert = h("div", { class: "alert", role: "alert" });
    this.main = h("div");
    const card = h(
      "section",
      { class: "card", "aria-label": "Payment" },
      this.alert,
      this.main,
      h("p", { class: "foot" }, "Secured by CorePort"),
      this.live,
    );
    root.appendChild(card);
  }

  start(): void {
    if (this.resumeAfterRedirect()) return;
    void this.load();
  }

  destroy(): void {
    this.destroyed = true;
    this.clearTimers();
  }

  // ---------------------------------------------------------------- plumbing

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.destroyed) fn();
    }, ms);
    this.timers.add(t);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (this.tick) clearInterval(this.tick);
    this.tick = undefined;
  }

  private announce(text: string): void {
    // Clear then set, so repeating the same sentence is announced again.
    this.live.textContent = "";
    this.later(50, () => (this.live.textContent = text));
  }

  private showError(error: unknown): void {
    const problem = problemOf(error);
    this.alert.textContent = problem.message;
    this.emit({ type: "error", ...problem });
  }

  /** A failure the widget itself detected: shown and reported like an API problem. */
  private fail(message: string): void {
    this.alert.textContent = message;
    this.emit({ type: "error", message });
  }

  private clearError(): void {
    this.alert.textContent = "";
  }

  /** Replaces the current view; focuses its heading when the customer caused the change. */
  private show(view: HTMLElement): void {
    this.main.replaceChildren(view);
    if (this.moveFocus) view.querySelector<HTMLElement>("h2")?.focus();
  }

  private heading(text: string): HTMLHeadingElement {
    return h("h2", { tabindex: -1 }, text);
  }

  private summary(): HTMLElement {
    return h(
      "div",
      {},
      h("p", { class: "muted" }, `Order ${this.options.reference}`),
      h("p", { class: "total" }, money(this.options.amount, this.options.currency)),
    );
  }

  // ---------------------------------------------------------------- loading

  private async load(): Promise<void> {
    this.clearTimers();
    this.show(h("div", { "aria-busy": "true" }, this.heading("Payment"), this.summary(), h("p", { class: "muted" }, "Loading payment options…")));
    try {
      this.catalog = await this.api.catalog(this.options.currency, this.options.methods);
    } catch (error) {
      if (this.destroyed) return;
      this.showError(error);
      this.show(h("div", {}, this.heading("Payment"), this.summary(), h("button", { type: "button", onclick: () => ((this.moveFocus = true), this.clearError(), void this.load()) }, "Try again")));
      return;
    }
    if (this.destroyed) return;
    if (!this.catalog.methods.length) {
      this.fail(`No payment method is available for ${this.options.currency} payments.`);
      this.show(h("div", {}, this.heading("Payment"), this.summary()));
      return;
    }
    this.emit({ type: "ready", methods: this.catalog.methods.map((m) => m.code) });
    this.renderForm();
  }

  // ---------------------------------------------------------------- the form

  private assetSlot?: HTMLElement;
  private quotePanel?: HTMLElement;
  private expiryLine?: HTMLElement;
  private payButton?: HTMLButtonElement;

  private renderForm(): void {
    const catalog = this.catalog!;
    this.method ??= catalog.methods[0]!.code;
    const form = h("form", { novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), void this.pay()) });
    const radios = h("div", { class: "methods" });
    for (const type of catalog.methods) {
      const id = uid("method");
      const descId = uid("desc");
      radios.appendChild(
        h(
          "label",
          { class: "method", for: id },
          h("input", {
            type: "radio",
            name: "method",
            id,
            value: type.code,
            checked: type.code === this.method,
            "aria-describedby": descId,
            onchange: () => this.selectMethod(type.code),
          }),
          h("span", {}, type.name, h("small", { id: descId }, type.description)),
        ),
      );
    }
    append(form, [h("fieldset", {}, h("legend", {}, "Pay with"), radios)]);

    const assetSlot = (this.assetSlot = h("div"));
    this.quotePanel = h("div", { class: "quote", "aria-label": "Price" });
    this.payButton = h("button", { type: "submit", class: "primary", disabled: true }, "Pay");
    append(form, [assetSlot, this.quotePanel, this.payButton]);
    this.show(h("div", {}, this.heading("Payment"), this.summary(), form));
    this.renderAssetChoice(assetSlot);
    void this.requote();
  }

  private assetChoices(): string[] {
    const type = this.catalog!.methods.find((m) => m.code === this.method)!;
    return payableAssets(type, this.options.currency, this.catalog!.assets);
  }

  private renderAssetChoice(slot: HTMLElement): void {
    const choices = this.assetChoices();
    if (!this.asset || !choices.includes(this.asset)) this.asset = choices[0];
    slot.replaceChildren();
    // Card payments settle in one asset the customer never picks; deposits let them choose the coin.
    if (this.method === "mypos" || choices.length < 2) return;
    const id = uid("asset");
    const select = h("select", { id, onchange: () => ((this.asset = select.value), void this.requote()) });
    for (const code of choices) {
      const a: Asset | undefined = this.catalog!.assets.get(code);
      select.appendChild(h("option", { value: code, selected: code === this.asset }, a ? `${a.name} (${code})` : code));
    }
    append(slot, [h("label", { class: "field", for: id }, "Coin to send"), select]);
  }

  private selectMethod(method: PaymentMethod): void {
    this.method = method;
    this.idempotencyKey = undefined;
    if (this.assetSlot) this.renderAssetChoice(this.assetSlot);
    void this.requote();
  }

  /**
   * Fetches a fresh quote for the current choice; older answers arriving late are ignored.
   * After a refused payment (`refused`) the refusal stays on screen above the new price.
   */
  private async requote(reason?: "expired" | "refused"): Promise<void> {
    const seq = ++this.quoteSeq;
    this.quote = undefined;
    this.idempotencyKey = undefined;
    if (this.tick) clearInterval(this.tick);
    const panel = this.quotePanel!;
    panel.setAttribute("aria-busy", "true");
    panel.replaceChildren(h("p", { class: "muted" }, reason === "expired" ? "Price expired, updating…" : "Getting the current price…"));
    this.setPayEnabled(false);
    let quote: Quote;
    try {
      quote = await this.api.quote(this.options.amount, this.options.currency, { method: this.method!, asset: this.asset! });
    } catch (error) {
      if (seq !== this.quoteSeq || this.destroyed) return;
      panel.removeAttribute("aria-busy");
      panel.replaceChildren(h("p", {}, "The price could not be loaded."), h("button", { type: "button", onclick: () => (this.clearError(), void this.requote()) }, "Retry"));
      this.showError(error);
      return;
    }
    if (seq !== this.quoteSeq || this.destroyed) return;
    if (reason !== "refused") this.clearError();
    this.quote = quote;
    this.renderQuote(quote);
    this.emit({
      type: "quote",
      quote: { id: quote.id, asset: quote.asset, send: quote.send, receive: quote.receive, totalFee: quote.totalFee, expiresAt: quote.expiresAt },
    });
    this.announce(`${reason === "expired" ? "Price updated. " : ""}You pay ${money(quote.send.amount, quote.send.asset)}.`);
  }

  private renderQuote(q: Quote): void {
    const panel = this.quotePanel!;
    const rows = h("dl");
    const row = (label: string, value: string, cls?: string) => append(rows, [h("dt", { class: cls }, label), h("dd", { class: cls }, value)]);
    row("You pay", money(q.send.amount, q.send.asset), "em");
    // Zero lines (no minimum top-up, no referral) are noise to a customer; the total still sums them.
    for (const fee of q.fees) if (!/^0(\.0*)?$/.test(fee.amount)) row(FEE_LABELS[fee.type] ?? fee.type, money(fee.amount, fee.asset));
    row("Total fees", money(q.totalFee, q.asset), "sep");
    row("Merchant receives", money(q.receive.amount, q.receive.asset));
    if (q.rate.base !== q.rate.quote) row("Rate", `1 ${q.rate.base} = ${trimZeros(q.rate.value)} ${q.rate.quote}`);
    this.expiryLine = h("p", { class: "expiry" });
    panel.removeAttribute("aria-busy");
    panel.replaceChildren(h("h3", {}, "Price"), rows, this.expiryLine);
    this.setPayEnabled(true, `Pay ${money(q.send.amount, q.send.asset)}`);
    const expiresAt = Date.parse(q.expiresAt);
    const update = () => {
      const left = expiresAt - Date.now();
      if (left <= REQUOTE_MARGIN_MS) {
        if (this.tick) clearInterval(this.tick);
        void this.requote("expired");
        return;
      }
      this.expiryLine!.textContent = `Price held for ${formatRemaining(left)}`;
      this.expiryLine!.classList.toggle("soon", left < 30_000);
      this.expiryLine!.setAttribute("aria-label", `Price held for ${spokenRemaining(left)}`);
    };
    update();
    this.tick = setInterval(update, 1000);
  }

  private setPayEnabled(enabled: boolean, label?: string): void {
    const button = this.payButton!;
    button.disabled = !enabled;
    if (label) button.textContent = label;
  }

  // ---------------------------------------------------------------- paying

  private async pay(): Promise<void> {
    const quote = this.quote;
    const method = this.method!;
    if (!quote || this.payButton?.getAttribute("aria-busy") === "true") return;
    this.moveFocus = true;
    // The same key for every retry of this one attempt: a lost answer never makes a second payment.
    this.idempotencyKey ??= crypto.randomUUID();
    const button = this.payButton!;
    button.setAttribute("aria-busy", "true");
    button.disabled = true;
    button.textContent = "Processing…";
    this.clearError();
    this.announce("Creating your payment…");
    let payment: Payment;
    try {
      payment = await this.api.createPayment(
        this.catalog!.methods.find((m) => m.code === method)!,
        { amount: this.options.amount, currency: this.options.currency, reference: this.options.reference, quote, returnUrl: this.options.returnUrl },
        this.idempotencyKey,
      );
    } catch (error) {
      if (this.destroyed) return;
      button.removeAttribute("aria-busy");
      this.showError(error);
      const status = (error as Partial<ApiProblemError>).status ?? 0;
      // A network failure or 5xx may be retried with the same key; a refusal needs a fresh price.
      if (status === 0 || status >= 500) this.setPayEnabled(true, `Pay ${money(quote.send.amount, quote.send.asset)}`);
      else void this.requote("refused");
      return;
    }
    if (this.destroyed) return;
    this.clearTimers();
    this.emit({ type: "payment_created", payment: snapshot(payment, this.options.currency) });
    if (method === "mypos") this.redirect(payment);
    else this.renderDeposit(payment);
  }

  // ---------------------------------------------------------------- card: to the hosted checkout and back

  private redirect(payment: Payment): void {
    let url: URL | undefined;
    try {
      url = payment.redirectUrl ? new URL(payment.redirectUrl) : undefined;
    } catch {}
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      this.fail("The card checkout could not be opened. Please try again.");
      return;
    }
    this.show(h("div", { "aria-busy": "true" }, this.heading("Redirecting to the card checkout…"), h("p", {}, "You will come back here after paying.")));
    // This tab keeps what it needs to follow the payment after the checkout sends the customer back.
    const pending: PendingRedirect = { id: payment.id, reference: this.options.reference, clientSecret: payment.clientSecret ?? "", expiresAt: payment.expiresAt };
    try {
      sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    } catch {}
    this.emit({ type: "redirect", payment: snapshot(payment, this.options.currency), url: url.href });
    location.assign(url.href);
  }

  /**
   * Back from the card checkout. Returning proves nothing (myPOS confirms to CorePort's server, not
   * through the browser), so the widget says it is confirming and follows the payment with its client
   * secret until the notification has made it final. A cancelled checkout comes back to the cancel URL.
   */
  private resumeAfterRedirect(): boolean {
    let pending: PendingRedirect | undefined;
    try {
      pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") ?? undefined;
      if (pending?.reference !== this.options.reference || !pending.id || !pending.clientSecret) return false;
      sessionStorage.removeItem(PENDING_KEY);
    } catch {
      return false;
    }
    const back = pending!;
    const cancelled = new URLSearchParams(location.search).get(RESULT_PARAM) === "cancel";
    if (cancelled) {
      this.emit({
        type: "status",
        payment: { id: back.id, method: "mypos", status: "cancelled", amount: this.options.amount, currency: this.options.currency, asset: this.options.currency, amountReceived: "0", reference: this.options.reference },
      });
      this.show(
        h(
          "div",
          { class: "failure" },
          this.heading("Card payment cancelled"),
          h("p", {}, "No money was taken."),
          h("button", { type: "button", onclick: () => ((this.moveFocus = true), void this.load()) }, "Choose another way to pay"),
        ),
      );
      return true;
    }
    this.statusLine = h("p", { class: "status" }, "Waiting for the card network's confirmation.");
    this.show(
      h(
        "div",
        { "aria-busy": "true" },
        this.heading("Confirming your card payment"),
        h("p", {}, "Your bank has answered; this takes a few seconds."),
        this.statusLine,
      ),
    );
    this.follow("mypos", back.id, back.clientSecret, "requires_payment", Date.parse(back.expiresAt), 0, 500);
    return true;
  }

  // ---------------------------------------------------------------- deposits: where to pay, then follow

  private statusLine?: HTMLElement;
  private depositExpiry?: HTMLElement;

  private renderDeposit(payment: Payment): void {
    const deposit = depositOf(payment);
    if (!deposit || !payment.clientSecret) {
      this.fail("The payment was created but its deposit details are missing. Please contact the merchant.");
      return;
    }
    const amount = payment.amountExpected;
    const copyRow = (label: string, value: string) => {
      const id = uid("copy");
      return h(
        "div",
        {},
        h("h3", { id }, label),
        h("div", { class: "copy" }, h("code", { "aria-labelledby": id }, value), h("button", { type: "button", "aria-label": `Copy ${label.toLowerCase()}`, onclick: () => void this.copy(value, label) }, "Copy")),
      );
    };
    const qr = sanitizeSvg(deposit.qrSvg);
    if (qr) qr.setAttribute("aria-label", `QR code to pay ${money(amount, payment.asset)}`);
    const uri = safeWalletUri(deposit.paymentUri);
    this.statusLine = h("p", { class: "status" });
    this.depositExpiry = h("p", { class: "expiry" });
    this.show(
      h(
        "div",
        {},
        this.heading(`Send ${money(amount, payment.asset)}`),
        h("p", { class: "muted" }, `On Core Blockchain ${deposit.network.replace(/^core-/, "")}. Send exactly this amount to this address; it is for this payment only.`),
        copyRow("Amount", amount),
        copyRow("Address", deposit.address),
        qr && h("div", { class: "qr" }, qr),
        uri && h("p", {}, h("a", { href: uri }, "Open in your wallet")),
        this.depositExpiry,
        this.statusLine,
      ),
    );
    const expiresAt = Date.parse(payment.expiresAt);
    const update = () => {
      const left = expiresAt - Date.now();
      this.depositExpiry!.textContent = left > 0 ? `Pay within ${formatRemaining(left)}` : "Time to pay has run out";
    };
    update();
    this.tick = setInterval(update, 1000);
    this.updateStatus(payment);
    this.follow(payment.method, payment.id, payment.clientSecret, payment.status, expiresAt, 0);
  }

  private async copy(value: string, label: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.announce(`${label} copied`);
    } catch {
      this.announce(`Copying is blocked here; select the ${label.toLowerCase()} and copy it`);
    }
  }

  private updateStatus(payment: Payment): boolean {
    const view = describeStatus(statusOf(payment));
    this.statusLine!.textContent = `${view.title}. ${view.message}`;
    return view.final;
  }

  /** Polls the payment with backoff until it reaches a final state. */
  private follow(method: PaymentMethod, id: string, clientSecret: string, lastStatus: string, expiresAt: number, attempt: number, waitMs?: number): void {
    if (Date.now() > expiresAt + FOLLOW_GRACE_MS) return;
    this.later(waitMs ?? backoffDelay(attempt), async () => {
      try {
        const { payment, retryAfter } = await this.api.readPayment(method, id, clientSecret);
        if (this.destroyed) return;
        const changed = payment.status !== lastStatus;
        if (changed) {
          this.emit({ type: "status", payment: snapshot(payment, this.options.currency) });
          this.announce(describeStatus(statusOf(payment)).title);
        }
        if (this.updateStatus(payment)) return this.finish(payment);
        // A change means things are moving: look again soon.
        this.follow(method, id, clientSecret, payment.status, expiresAt, changed ? 0 : attempt + 1, retryAfterMs(retryAfter));
      } catch (error) {
        if (this.destroyed) return;
        const e = error as Partial<ApiProblemError>;
        // Keep following through blips; a 404 or 401 will not heal, so say so and stop.
        if (e.status === 404 || e.status === 401 || e.status === 403) return this.showError(error);
        this.follow(method, id, clientSecret, lastStatus, expiresAt, attempt + 1, retryAfterMs(e.retryAfter ?? null));
      }
    });
  }

  private finish(payment: Payment): void {
    this.clearTimers();
    const view = describeStatus(statusOf(payment));
    this.emit({ type: "completed", payment: snapshot(payment, this.options.currency), outcome: view.outcome === "succeeded" ? "succeeded" : "failed" });
    this.moveFocus = true;
    this.show(
      h(
        "div",
        { class: view.outcome === "succeeded" ? "success" : "failure" },
        this.heading(view.title),
        h("p", {}, view.message),
        h("p", { class: "muted" }, `Order ${this.options.reference} · ${money(payment.amountExpected, payment.asset)}`),
        view.outcome !== "succeeded" && h("button", { type: "button", onclick: () => void this.load() }, "Start again"),
      ),
    );
  }
}

const FEE_LABELS: Record<string, string> = {
  percentage: "Service fee",
  fixed: "Fixed fee",
  minimum: "Minimum fee top-up",
  network: "Network fee",
  referral: "Referral share",
};
