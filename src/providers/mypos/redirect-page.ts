/**
 * The CorePort page behind a MyPOS payment's `redirectUrl` (GET /pay/mypos/{paymentId}, wired in
 * part 2): it makes the customer's browser POST the signed IPCPurchase form to the myPOS checkout.
 * Only the public form fields and their signature reach the browser; the private key never does.
 * The page is not cacheable (the form is per payment) and cannot be framed.
 */
import { autoPostResponse, html, htmlResponse, newNonce, pageShell } from "../../lib/html";
import { displayAmount } from "../../lib/display-amount";
import { fieldValue } from "./ipc";
import { myposAmountDecimals, type SignedForm } from "./purchase";

export function renderMyposRedirect(form: SignedForm): Response {
  const amount = fieldValue(form.fields, "Amount");
  const currency = fieldValue(form.fields, "Currency");
  // The amount to pay at the currency's precision, never rounded (JPY has no decimals, KWD three).
  const what = amount && currency ? `${displayAmount(amount, myposAmountDecimals(currency), "exact")} ${currency}` : "your payment";
  return autoPostResponse({
    action: form.action,
    fields: form.fields,
    title: "Redirecting to myPOS",
    heading: "Redirecting to the secure card payment page…",
    message: `You are paying ${what} with myPOS. If nothing happens, press the button.`,
    button: "Continue to payment",
  });
}

/** What the customer is told when the page is opened for a payment that can no longer be paid. */
const CLOSED: Record<string, { heading: string; message: string; back: "return" | "cancel" }> = {
  succeeded: { heading: "This payment is complete", message: "Nothing more to pay: the payment was received.", back: "return" },
  processing: { heading: "This payment is being processed", message: "Your card payment is being confirmed; you do not need to pay again.", back: "return" },
  overpaid: { heading: "This payment is complete", message: "Nothing more to pay: the payment was received.", back: "return" },
  expired: { heading: "This payment has expired", message: "The time to pay has passed. Please start again from the shop.", back: "cancel" },
};

/**
 * The page for a payment that cannot be paid any more (paid, in progress, expired, failed, cancelled):
 * a readable answer for the customer's browser with a way back to the shop, status 409, no form.
 */
export function renderMyposClosed(status: string, urls: { returnUrl: string | null; cancelUrl: string | null }): Response {
  const known = CLOSED[status] ?? { heading: "This payment can no longer be paid", message: `Its status is ${status}. Please start again from the shop.`, back: "cancel" as const };
  const back = known.back === "return" ? urls.returnUrl : urls.cancelUrl ?? urls.returnUrl;
  const nonce = newNonce();
  const link = back && html`<p><a href="${back}">Back to the shop</a></p>`;
  const body = html`<h1>${known.heading}</h1>
<p>${known.message}</p>
${link}`;
  return htmlResponse(pageShell({ title: known.heading, nonce, body }), { nonce, status: 409, formActions: [], headers: { "Referrer-Policy": "no-referrer" } });
}
