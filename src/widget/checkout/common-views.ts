/** Pieces every checkout view shares: the focusable step heading and the order summary. */
import { h } from "../dom";
import { money } from "../format";

export interface Order {
  reference: string;
  amount: string;
  currency: string;
}

/** A step's heading: focusable by script (tabindex -1) so a new step can take focus. */
export function heading(text: string): HTMLHeadingElement {
  return h("h2", { tabindex: -1 }, text);
}

export function orderSummary(order: Order): HTMLElement {
  return h("div", {}, h("p", { class: "muted" }, `Order ${order.reference}`), h("p", { class: "total" }, money(order.amount, order.currency)));
}
