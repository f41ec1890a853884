/**
 * The checkout's other steps: loading, the card redirect and its return, where to send a deposit,
 * and the final answer. Builders only: they return elements and call back; the controller decides.
 */
import type { Payment } from "../api";
import { h, uid } from "../dom";
import { displayAmount } from "../../lib/display-amount";
import { formatRemaining, money, type Precision } from "../format";
import { sanitizeSvg } from "../qr";
import type { StatusView } from "../status";
import { heading, orderSummary, type Order } from "./common-views";

export function loadingView(order: Order): HTMLElement {
  return h("div", { "aria-busy": "true" }, heading("Payment"), orderSummary(order), h("p", { class: "muted" }, "Loading payment options…"));
}

/** The heading and summary alone, with a button when something can be retried. */
export function unavailableView(order: Order, retry?: () => void): HTMLElement {
  return h("div", {}, heading("Payment"), orderSummary(order), retry && h("button", { type: "button", onclick: retry }, "Try again"));
}

export function redirectingView(): HTMLElement {
  return h("div", { "aria-busy": "true" }, heading("Redirecting to the card checkout…"), h("p", {}, "You will come back here after paying."));
}

export function cancelledView(restart: () => void): HTMLElement {
  return h(
    "div",
    { class: "failure" },
    heading("Card payment cancelled"),
    h("p", {}, "No money was taken."),
    h("button", { type: "button", onclick: restart }, "Choose another way to pay"),
  );
}

export function confirmingView(): { view: HTMLElement; statusLine: HTMLElement } {
  const statusLine = h("p", { class: "status" }, "Waiting for the card network's confirmation.");
  const view = h("div", { "aria-busy": "true" }, heading("Confirming your card payment"), h("p", {}, "Your bank has answered; this takes a few seconds."), statusLine);
  return { view, statusLine };
}

export interface Deposit {
  address: string;
  network: string;
  paymentUri: string;
  qrSvg: string;
}

/** Where a deposit payment is paid: PayTo's one-time address or the merchant's CorePay address. */
export function depositOf(p: Payment): Deposit | undefined {
  if (p.payto) return { address: p.payto.depositAddress, network: p.payto.network, paymentUri: p.payto.paymentUri, qrSvg: p.payto.qrSvg };
  if (p.corepay) return p.corepay;
  return undefined;
}

/** Only wallet-style URIs may become a link: never script, data or file URLs. */
export function safeWalletUri(uri: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || ["javascript", "data", "vbscript", "file", "blob", "about"].includes(scheme)) return undefined;
  return uri;
}

export interface DepositView {
  view: HTMLElement;
  statusLine: HTMLElement;
  expiryLine: HTMLElement;
}

/** Where and how much to send: the amount exact (never rounded) at the asset's display precision. */
export function depositView(payment: Payment, deposit: Deposit, precision: Precision, copy: (value: string, label: string) => void): DepositView {
  const places = precision.get(payment.asset);
  const amount = places === undefined ? payment.amountExpected : displayAmount(payment.amountExpected, places, "exact");
  const copyRow = (label: string, value: string) => {
    const id = uid("copy");
    return h(
      "div",
      {},
      h("h3", { id }, label),
      h("div", { class: "copy" }, h("code", { "aria-labelledby": id }, value), h("button", { type: "button", "aria-label": `Copy ${label.toLowerCase()}`, onclick: () => copy(value, label) }, "Copy")),
    );
  };
  const qr = sanitizeSvg(deposit.qrSvg);
  if (qr) qr.setAttribute("aria-label", `QR code to pay ${money(amount, payment.asset, precision)}`);
  const uri = safeWalletUri(deposit.paymentUri);
  const statusLine = h("p", { class: "status" });
  const expiryLine = h("p", { class: "expiry" });
  const view = h(
    "div",
    {},
    heading(`Send ${money(amount, payment.asset, precision)}`),
    h("p", { class: "muted" }, `On Core Blockchain ${deposit.network.replace(/^core-/, "")}. Send exactly this amount to this address; it is for this payment only.`),
    copyRow("Amount", amount),
    copyRow("Address", deposit.address),
    qr && h("div", { class: "qr" }, qr),
    uri && h("p", {}, h("a", { href: uri }, "Open in your wallet")),
    expiryLine,
    statusLine,
  );
  return { view, statusLine, expiryLine };
}

export function showTimeToPay(line: HTMLElement, leftMs: number): void {
  line.textContent = leftMs > 0 ? `Pay within ${formatRemaining(leftMs)}` : "Time to pay has run out";
}

export function finishedView(status: StatusView, order: Order, payment: Payment, precision: Precision, restart: () => void): HTMLElement {
  return h(
    "div",
    { class: status.outcome === "succeeded" ? "success" : "failure" },
    heading(status.title),
    h("p", {}, status.message),
    h("p", { class: "muted" }, `Order ${order.reference} · ${money(payment.amountExpected, payment.asset, precision)}`),
    status.outcome !== "succeeded" && h("button", { type: "button", onclick: restart }, "Start again"),
  );
}
