/** HTML pages of the local myPOS sandbox checkout. Everything shown is escaped (hono/html); no script runs. */
import { html, htmlResponse, newNonce, pageShell, type Markup } from "../../lib/html";
import type { CheckedPurchase } from "./purchase-check";
import { TEST_CARDS } from "./test-cards";

const BANNER = html`<div class="banner">CorePort local <strong>myPOS sandbox</strong> — test cards only, no real money moves.</div>`;

function page(title: string, body: Markup, status = 200): Response {
  const nonce = newNonce();
  return htmlResponse(pageShell({ title, nonce, body: html`${BANNER}${body}` }), { nonce, status, formActions: ["'self'"] });
}

function cartTable(purchase: CheckedPurchase): Markup {
  return html`<table>${purchase.lines.map((l) => html`<tr><td>${l.article}</td><td>${l.quantity} × ${l.price}</td><td>${l.amount}</td></tr>`)}</table>`;
}

function cardTable(): Markup {
  const rows = TEST_CARDS.map((c) => html`<tr><td><code>${c.number.replace(/(\d{4})(?=\d)/g, "$1 ")}</code></td><td>${c.description}</td></tr>`);
  return html`<details><summary class="note">Test cards (any future expiry, any 3-digit CVC)</summary><table>${rows}</table></details>`;
}

export interface CheckoutPageOptions {
  token: string;
  purchase: CheckedPurchase;
  attempts: number;
  error?: { field: string; message: string };
  values?: { number?: string; expiry?: string; holder?: string };
  status?: number;
}

export function checkoutPage(options: CheckoutPageOptions): Response {
  const { token, purchase } = options;
  const v = options.values ?? {};
  const error = options.error && html`<div class="error" role="alert">${options.error.message}</div>`;
  const retry = options.attempts > 0 && html`<p class="note">Previous attempts declined: ${options.attempts}</p>`;
  const body = html`<h1>Pay order ${purchase.orderId}</h1>
<div class="amount">${purchase.amount} ${purchase.currency}</div>
${cartTable(purchase)}
${error}${retry}
<form method="post" action="/sandbox/mypos/checkout/${token}/pay" autocomplete="off">
<label for="holder">Name on card</label><input type="text" id="holder" name="holder" value="${v.holder ?? ""}" required maxlength="80">
<label for="number">Card number</label><input type="tel" id="number" name="number" inputmode="numeric" value="${v.number ?? ""}" required maxlength="23" placeholder="4111 1111 1111 1111">
<div class="row"><div><label for="expiry">Expiry (MM/YY)</label><input type="text" id="expiry" name="expiry" value="${v.expiry ?? ""}" required maxlength="7" placeholder="12/30"></div>
<div><label for="cvc">CVC</label><input type="tel" id="cvc" name="cvc" inputmode="numeric" required maxlength="3" placeholder="123"></div></div>
<button type="submit">Pay ${purchase.amount} ${purchase.currency}</button>
</form>
<form method="post" action="/sandbox/mypos/checkout/${token}/cancel"><button type="submit" class="secondary">Cancel and return to the shop</button></form>
${cardTable()}`;
  return page("myPOS sandbox checkout", body, options.status);
}

/** A purchase the sandbox refuses (as myPOS shows an error instead of the payment page). */
export function purchaseErrorPage(status: string, field: string, message: string, httpStatus = 400): Response {
  const body = html`<h1>This payment cannot be processed</h1>
<div class="error" role="alert">${message}</div>
<p class="note">myPOS Status ${status} · field <code>${field}</code></p>`;
  return page("myPOS sandbox — error", body, httpStatus);
}

export function notFoundPage(): Response {
  return page("myPOS sandbox — session not found", html`<h1>Checkout session not found</h1><p>It expired (after one hour) or was already completed. Start the payment again from the shop.</p>`, 404);
}

export function declinedPage(token: string, message: string, status: string): Response {
  const body = html`<h1>Payment declined</h1>
<div class="error" role="alert">${message}</div>
<p class="note">myPOS Status ${status}. No money was taken; myPOS sends no notification for a declined card.</p>
<form method="get" action="/sandbox/mypos/checkout/${token}"><button type="submit">Try another card</button></form>
<form method="post" action="/sandbox/mypos/checkout/${token}/cancel"><button type="submit" class="secondary">Return to the shop</button></form>`;
  return page("myPOS sandbox — declined", body, 402);
}
