/**
 * One checkout inside a shadow root: load the payment options, price the payment with a live quote
 * (re-quoted when it lapses), create the payment with an idempotency key, then either send the
 * customer to the card checkout (MyPOS) or show where to pay (PayTo/CorePay) and follow the payment
 * to a final state. This class holds the state and decides; the views build the DOM (native
 * controls with labels, nothing depends on a pointer), `shell` frames them, `polling` follows the
 * payment, `pending-redirect` remembers a card redirect across the page change.
 */
import type { ApiProblemError } from "../../client";
import { payableAssets, referrerFor, RESULT_PARAM, WidgetApi, type Catalog, type Payment, type Quote } from "../api";
import { paymentSnapshot as snapshot } from "../events";
import { AS_GIVEN, money, precisionOf, type Precision } from "../format";
import type { ValidOptions } from "../options";
import type { PaymentMethod } from "../payment-method";
import { describeStatus } from "../status";
import { fillAssetSlot, paymentForm, type PaymentForm, quoteFailed, quotePending, quoteShown, showHold } from "./form-view";
import { cancelledView, confirmingView, depositOf, depositView, finishedView, loadingView, redirectingView, showTimeToPay, unavailableView } from "./payment-views";
import { rememberRedirect, takeRedirect } from "./pending-redirect";
import { followPayment, type FollowHandlers, type FollowTarget } from "./polling";
import { Shell, type Emit } from "./shell";
import { Timers } from "./timers";

/** Re-quote this long before the quote lapses, so a customer never pays on an expired price. */
const REQUOTE_MARGIN_MS = 1000;

/** The status sentence's view of a payment. */
function statusOf(p: Payment, precision: Precision) {
  return describeStatus({ status: p.status, amount: p.amountExpected, asset: p.asset, amountReceived: p.amountReceived }, precision);
}

export class Checkout {
  private readonly api: WidgetApi;
  private readonly timers = new Timers();
  private readonly shell: Shell;
  private catalog?: Catalog;
  /** Display decimals of the catalog's assets (amounts as given until it is loaded, e.g. after a card redirect). */
  private precision: Precision = AS_GIVEN;
  private method?: PaymentMethod;
  private asset?: string;
  private quote?: Quote;
  private quoteSeq = 0;
  private idempotencyKey?: string;
  /** The form step's parts while it is shown. */
  private form?: PaymentForm;
  private statusLine?: HTMLElement;

  constructor(
    root: ShadowRoot,
    private readonly options: ValidOptions,
    private readonly emit: Emit,
  ) {
    this.api = new WidgetApi(options.apiBase, options.publishableKey, referrerFor(location));
    this.shell = new Shell(root, this.timers, emit);
  }

  start(): void {
    if (this.resumeAfterRedirect()) return;
    void this.load();
  }

  destroy(): void {
    this.timers.dispose();
  }

  private get destroyed(): boolean {
    return this.timers.disposed;
  }

  /** Back to the start, after the customer asked for it. */
  private restart = (): void => {
    this.shell.moveFocus = true;
    void this.load();
  };

  // ---------------------------------------------------------------- loading and the form

  private async load(): Promise<void> {
    this.timers.clear();
    this.shell.show(loadingView(this.options));
    try {
      this.catalog = await this.api.catalog(this.options.currency, this.options.methods);
      this.precision = precisionOf(this.catalog.assets.values());
    } catch (error) {
      if (this.destroyed) return;
      this.shell.showError(error);
      this.shell.show(unavailableView(this.options, () => (this.shell.clearError(), this.restart())));
      return;
    }
    if (this.destroyed) return;
    if (!this.catalog.methods.length) {
      this.shell.fail(`No payment method is available for ${this.options.currency} payments.`);
      this.shell.show(unavailableView(this.options));
      return;
    }
    this.emit({ type: "ready", methods: this.catalog.methods.map((m) => m.code) });
    this.method ??= this.catalog.methods[0]!.code;
    this.form = paymentForm(this.options, this.catalog, this.method, { submit: () => void this.pay(), select: (m) => this.selectMethod(m) });
    this.shell.show(this.form.view);
    this.renderAssetChoice();
    void this.requote();
  }

  private renderAssetChoice(): void {
    const type = this.catalog!.methods.find((m) => m.code === this.method)!;
    const choices = payableAssets(type, this.options.currency, this.catalog!.assets);
    if (!this.asset || !choices.includes(this.asset)) this.asset = choices[0];
    // Card payments settle in one asset the customer never picks; deposits let them choose the coin.
    if (this.method === "mypos" || choices.length < 2) this.form!.assetSlot.replaceChildren();
    else fillAssetSlot(this.form!.assetSlot, choices, this.catalog!.assets, this.asset, (code) => ((this.asset = code), void this.requote()));
  }

  private selectMethod(method: PaymentMethod): void {
    this.method = method;
    this.idempotencyKey = undefined;
    if (this.form) this.renderAssetChoice();
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
    this.timers.stopCountdown();
    const panel = this.form!.quotePanel;
    quotePending(panel, reason === "expired");
    this.setPayEnabled(false);
    let quote: Quote;
    try {
      quote = await this.api.quote(this.options.amount, this.options.currency, { method: this.method!, asset: this.asset! });
    } catch (error) {
      if (seq !== this.quoteSeq || this.destroyed) return;
      quoteFailed(panel, () => (this.shell.clearError(), void this.requote()));
      this.shell.showError(error);
      return;
    }
    if (seq !== this.quoteSeq || this.destroyed) return;
    if (reason !== "refused") this.shell.clearError();
    this.quote = quote;
    this.renderQuote(quote);
    this.emit({ type: "quote", quote: { id: quote.id, asset: quote.asset, send: quote.send, receive: quote.receive, totalFee: quote.totalFee, expiresAt: quote.expiresAt } });
    this.shell.announce(`${reason === "expired" ? "Price updated. " : ""}You pay ${money(quote.send.amount, quote.send.asset, this.precision)}.`);
  }

  private renderQuote(q: Quote): void {
    const hold = quoteShown(this.form!.quotePanel, q, this.precision);
    this.setPayEnabled(true, `Pay ${money(q.send.amount, q.send.asset, this.precision)}`);
    const expiresAt = Date.parse(q.expiresAt);
    this.timers.every(1000, () => {
      const left = expiresAt - Date.now();
      if (left > REQUOTE_MARGIN_MS) return showHold(hold, left);
      this.timers.stopCountdown();
      void this.requote("expired");
    });
  }

  private setPayEnabled(enabled: boolean, label?: string): void {
    const button = this.form!.payButton;
    button.disabled = !enabled;
    if (label) button.textContent = label;
  }

  // ---------------------------------------------------------------- paying

  private async pay(): Promise<void> {
    const quote = this.quote;
    const method = this.method!;
    if (!quote || this.form?.payButton.getAttribute("aria-busy") === "true") return;
    this.shell.moveFocus = true;
    // The same key for every retry of this one attempt: a lost answer never makes a second payment.
    this.idempotencyKey ??= crypto.randomUUID();
    const button = this.form!.payButton;
    button.setAttribute("aria-busy", "true");
    button.disabled = true;
    button.textContent = "Processing…";
    this.shell.clearError();
    this.shell.announce("Creating your payment…");
    let payment: Payment;
    try {
      const type = this.catalog!.methods.find((m) => m.code === method)!;
      const o = this.options;
      payment = await this.api.createPayment(type, { amount: o.amount, currency: o.currency, reference: o.reference, quote, returnUrl: o.returnUrl }, this.idempotencyKey);
    } catch (error) {
      if (this.destroyed) return;
      button.removeAttribute("aria-busy");
      this.shell.showError(error);
      const status = (error as Partial<ApiProblemError>).status ?? 0;
      // A network failure or 5xx may be retried with the same key; a refusal needs a fresh price.
      if (status === 0 || status >= 500) this.setPayEnabled(true, `Pay ${money(quote.send.amount, quote.send.asset, this.precision)}`);
      else void this.requote("refused");
      return;
    }
    if (this.destroyed) return;
    this.timers.clear();
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
      this.shell.fail("The card checkout could not be opened. Please try again.");
      return;
    }
    this.shell.show(redirectingView());
    // This tab keeps what it needs to follow the payment after the checkout sends the customer back.
    rememberRedirect({ id: payment.id, reference: this.options.reference, clientSecret: payment.clientSecret ?? "", expiresAt: payment.expiresAt });
    this.emit({ type: "redirect", payment: snapshot(payment, this.options.currency), url: url.href });
    location.assign(url.href);
  }

  /**
   * Back from the card checkout. Returning proves nothing (myPOS confirms to CorePort's server, not
   * through the browser), so the widget says it is confirming and follows the payment with its client
   * secret until the notification has made it final. A cancelled checkout comes back to the cancel URL.
   */
  private resumeAfterRedirect(): boolean {
    const back = takeRedirect(this.options.reference);
    if (!back) return false;
    const o = this.options;
    if (new URLSearchParams(location.search).get(RESULT_PARAM) === "cancel") {
      this.emit({
        type: "status",
        payment: { id: back.id, method: "mypos", status: "cancelled", amount: o.amount, currency: o.currency, asset: o.currency, amountReceived: "0", reference: o.reference },
      });
      this.shell.show(cancelledView(this.restart));
      return true;
    }
    const { view, statusLine } = confirmingView();
    this.statusLine = statusLine;
    this.shell.show(view);
    this.follow({ method: "mypos", id: back.id, clientSecret: back.clientSecret, expiresAt: Date.parse(back.expiresAt) }, "requires_payment", 500);
    return true;
  }

  // ---------------------------------------------------------------- deposits: where to pay, then follow

  private renderDeposit(payment: Payment): void {
    const deposit = depositOf(payment);
    if (!deposit || !payment.clientSecret) {
      this.shell.fail("The payment was created but its deposit details are missing. Please contact the merchant.");
      return;
    }
    const { view, statusLine, expiryLine } = depositView(payment, deposit, this.precision, (value, label) => void this.copy(value, label));
    this.statusLine = statusLine;
    this.shell.show(view);
    const expiresAt = Date.parse(payment.expiresAt);
    this.timers.every(1000, () => showTimeToPay(expiryLine, expiresAt - Date.now()));
    this.updateStatus(payment);
    this.follow({ method: payment.method, id: payment.id, clientSecret: payment.clientSecret, expiresAt }, payment.status);
  }

  private async copy(value: string, label: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.shell.announce(`${label} copied`);
    } catch {
      this.shell.announce(`Copying is blocked here; select the ${label.toLowerCase()} and copy it`);
    }
  }

  /** Writes the status sentence; true when the payment is final. */
  private updateStatus(payment: Payment): boolean {
    const view = statusOf(payment, this.precision);
    this.statusLine!.textContent = `${view.title}. ${view.message}`;
    return view.final;
  }

  private follow(target: FollowTarget, lastStatus: string, firstWaitMs?: number): void {
    const handlers: FollowHandlers = {
      onAnswer: (payment, changed) => {
        if (changed) {
          this.emit({ type: "status", payment: snapshot(payment, this.options.currency) });
          this.shell.announce(statusOf(payment, this.precision).title);
        }
        if (!this.updateStatus(payment)) return false;
        this.finish(payment);
        return true;
      },
      onFatal: (error) => this.shell.showError(error),
    };
    followPayment(this.api, this.timers, target, lastStatus, handlers, 0, firstWaitMs);
  }

  private finish(payment: Payment): void {
    this.timers.clear();
    const view = statusOf(payment, this.precision);
    this.emit({ type: "completed", payment: snapshot(payment, this.options.currency), outcome: view.outcome === "succeeded" ? "succeeded" : "failed" });
    this.shell.moveFocus = true;
    this.shell.show(finishedView(view, this.options, payment, this.precision, () => void this.load()));
  }
}
