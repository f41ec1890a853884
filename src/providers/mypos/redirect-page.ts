/**
 * The CorePort page behind a MyPOS payment's `redirectUrl` (GET /pay/mypos/{paymentId}, wired in
 * part 2): it makes the customer's browser POST the signed IPCPurchase form to the myPOS checkout.
 * Only the public form fields and their signature reach the browser; the private key never does.
 * The page is not cacheable (the form is per payment) and cannot be framed.
 */
import { autoPostResponse } from "../../lib/html";
import { formatDecimal, dec } from "../../lib/money";
import { fieldValue } from "./ipc";
import type { SignedForm } from "./purchase";

export function renderMyposRedirect(form: SignedForm): Response {
  const amount = fieldValue(form.fields, "Amount");
  const currency = fieldValue(form.fields, "Currency");
  const what = amount && currency ? `${formatDecimal(dec(amount), 2)} ${currency}` : "your payment";
  return autoPostResponse({
    action: form.action,
    fields: form.fields,
    title: "Redirecting to myPOS",
    heading: "Redirecting to the secure card payment page…",
    message: `You are paying ${what} with myPOS. If nothing happens, press the button.`,
    button: "Continue to payment",
  });
}
