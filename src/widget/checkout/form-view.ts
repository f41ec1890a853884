/**
 * The payment form: the method radios, the coin picker (deposits only) and the price panel with its
 * fee lines and the time the price is held.
 */
import type { Asset, Catalog, Quote } from "../api";
import { append, h, uid } from "../dom";
import { formatRemaining, money, spokenRemaining, trimZeros, type Precision } from "../format";
import type { PaymentMethod } from "../payment-method";
import { heading, orderSummary, type Order } from "./common-views";

const FEE_LABELS: Record<string, string> = {
  percentage: "Service fee",
  fixed: "Fixed fee",
  minimum: "Minimum fee top-up",
  network: "Network fee",
  referral: "Referral share",
};

export interface PaymentForm {
  view: HTMLElement;
  /** Where the coin picker goes (empty when there is nothing to pick). */
  assetSlot: HTMLElement;
  quotePanel: HTMLElement;
  payButton: HTMLButtonElement;
}

export function paymentForm(order: Order, catalog: Catalog, selected: PaymentMethod, on: { submit(): void; select(method: PaymentMethod): void }): PaymentForm {
  const form = h("form", { novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), on.submit()) });
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
          checked: type.code === selected,
          "aria-describedby": descId,
          onchange: () => on.select(type.code),
        }),
        h("span", {}, type.name, h("small", { id: descId }, type.description)),
      ),
    );
  }
  append(form, [h("fieldset", {}, h("legend", {}, "Pay with"), radios)]);
  const assetSlot = h("div");
  const quotePanel = h("div", { class: "quote", "aria-label": "Price" });
  const payButton = h("button", { type: "submit", class: "primary", disabled: true }, "Pay");
  append(form, [assetSlot, quotePanel, payButton]);
  return { view: h("div", {}, heading("Payment"), orderSummary(order), form), assetSlot, quotePanel, payButton };
}

/** The coin picker: `choices` in the API's order, `selected` among them. */
export function fillAssetSlot(slot: HTMLElement, choices: string[], assets: Map<string, Asset>, selected: string | undefined, onChange: (code: string) => void): void {
  slot.replaceChildren();
  const id = uid("asset");
  const select = h("select", { id, onchange: () => onChange(select.value) });
  for (const code of choices) {
    const a: Asset | undefined = assets.get(code);
    select.appendChild(h("option", { value: code, selected: code === selected }, a ? `${a.name} (${code})` : code));
  }
  append(slot, [h("label", { class: "field", for: id }, "Coin to send"), select]);
}

export function quotePending(panel: HTMLElement, expired: boolean): void {
  panel.setAttribute("aria-busy", "true");
  panel.replaceChildren(h("p", { class: "muted" }, expired ? "Price expired, updating…" : "Getting the current price…"));
}

export function quoteFailed(panel: HTMLElement, retry: () => void): void {
  panel.removeAttribute("aria-busy");
  panel.replaceChildren(h("p", {}, "The price could not be loaded."), h("button", { type: "button", onclick: retry }, "Retry"));
}

/**
 * Shows the price; returns the line that tells how long it is held (see `showHold`). The price to pay
 * is exact; fees round up and what the merchant receives rounds down (src/lib/display-amount.ts).
 */
export function quoteShown(panel: HTMLElement, q: Quote, precision: Precision): HTMLElement {
  const rows = h("dl");
  const row = (label: string, value: string, cls?: string) => append(rows, [h("dt", { class: cls }, label), h("dd", { class: cls }, value)]);
  row("You pay", money(q.send.amount, q.send.asset, precision), "em");
  // Zero lines (no minimum top-up, no referral) are noise to a customer; the total still sums them.
  for (const fee of q.fees) if (!/^0(\.0*)?$/.test(fee.amount)) row(FEE_LABELS[fee.type] ?? fee.type, money(fee.amount, fee.asset, precision, "up"));
  row("Total fees", money(q.totalFee, q.asset, precision, "up"), "sep");
  row("Merchant receives", money(q.receive.amount, q.receive.asset, precision, "down"));
  if (q.rate.base !== q.rate.quote) row("Rate", `1 ${q.rate.base} = ${trimZeros(q.rate.value)} ${q.rate.quote}`);
  const expiryLine = h("p", { class: "expiry" });
  panel.removeAttribute("aria-busy");
  panel.replaceChildren(h("h3", {}, "Price"), rows, expiryLine);
  return expiryLine;
}

export function showHold(line: HTMLElement, leftMs: number): void {
  line.textContent = `Price held for ${formatRemaining(leftMs)}`;
  line.classList.toggle("soon", leftMs < 30_000);
  line.setAttribute("aria-label", `Price held for ${spokenRemaining(leftMs)}`);
}
