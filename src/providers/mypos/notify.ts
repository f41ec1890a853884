/**
 * Messages myPOS sends to CorePort, form-encoded with `Signature` last:
 * - `IPCPurchaseNotify` (server to server, to URL_Notify) after a successful payment; CorePort must
 *   answer HTTP 200 with the body exactly `OK`, or myPOS reverses the payment;
 * - `IPCPurchaseRollback` (to URL_Notify) when myPOS reversed it after all;
 * - `IPCPurchaseOK` / `IPCPurchaseCancel`, brought by the customer's browser to URL_OK / URL_Cancel.
 *   They are signed too, but a browser return never proves a payment: only the notify (or a status
 *   check) does.
 * Verification order: signature over the exact received fields first (401 when it fails), then the
 * format of every field (400 naming the field), then that the message is for our store (SID).
 */
import { z } from "@hono/zod-openapi";
import { ApiError } from "../../lib/errors";
import { dec, Rounding } from "../../lib/money";
import { validationError } from "../../lib/validation";
import { myposAmountDecimals } from "./purchase";
import { parseFormFields, verifyIpcFields } from "./ipc";

const AMOUNT = /^(0|[1-9]\d{0,11})(\.\d{1,3})?$/;
const amount = z.string().regex(AMOUNT, "Amount is a decimal with at most three decimals");

/**
 * The Amount must be a whole number of the currency's minor units (ISO 4217: JPY none, EUR 2, KWD 3).
 * Compared by value, not by text: "1000.00" JPY is 1000 yen, "10.005" EUR is refused.
 */
function amountFitsCurrency(message: { Amount: string; Currency: string }, ctx: z.RefinementCtx): void {
  if (typeof message.Amount !== "string" || !AMOUNT.test(message.Amount)) return; // malformed: already reported on the field
  const decimals = myposAmountDecimals(message.Currency);
  const value = dec(message.Amount);
  if (!value.eq(value.round(decimals, Rounding.down))) {
    ctx.addIssue({ code: "custom", path: ["Amount"], message: `${message.Currency} amounts have ${decimals === 0 ? "no decimals" : `at most ${decimals} decimals`}` });
  }
}
const currency = z.string().regex(/^[A-Z]{3}$/, "Currency is an ISO 4217 code");
const orderId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, "OrderID is 1–80 characters of A–Z, a–z, 0–9, _ and -");
const sid = z.string().regex(/^\d{1,20}$/, "SID is digits");
/**
 * Optional descriptive fields (card, customer, descriptor): bounded text without control characters
 * (Unicode Cc: C0, DEL, C1). Written without the `u` flag so the pattern the OpenAPI document publishes
 * is the same regular expression (the document carries a pattern's source, never its flags).
 */
const text = z.string().max(512).regex(/^[^\x00-\x1f\x7f-\x9f]*$/, "Must not contain control characters");

/**
 * The fields of each message URL_Notify takes, as myPOS's IPC v1.4 reference lists them. One source for
 * the parser below and for the form the OpenAPI document publishes, so neither can call a field
 * optional that the other requires. `IPC_Trnref`, `RequestDateTime` and `RequestSTAN` carry no
 * "Conditional" in the reference (unlike the card and customer fields): every notify has them.
 */
const PurchaseNotifyFields = z.object({
  IPCmethod: z.literal("IPCPurchaseNotify"),
  SID: sid.openapi({ description: "The myPOS store the message is for (must be ours)", example: "000000000000010" }),
  Amount: amount.openapi({ example: "49.99" }),
  Currency: currency.openapi({ example: "EUR" }),
  OrderID: orderId.openapi({ description: "The CorePort payment (`pay_…`) or card on-ramp order (`ord_…`) id", example: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t" }),
  /** myPOS's unique transaction reference. */
  IPC_Trnref: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "IPC_Trnref is 1–64 characters of A–Z, a–z, 0–9, _ and -").openapi({ description: "myPOS's unique transaction reference", example: "12873450" }),
  RequestSTAN: z.string().regex(/^\d{1,12}$/, "RequestSTAN is digits").openapi({ description: "myPOS's sequence number of the request (1–999999)", example: "000123" }),
  /** "YYYY-MM-DD HH:MM:SS" as myPOS writes it. Recorded, never used for timing decisions. */
  RequestDateTime: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, "RequestDateTime is YYYY-MM-DD HH:MM:SS").openapi({ description: "When myPOS sent it, YYYY-MM-DD HH:MM:SS", example: "2026-11-27 12:15:30" }),
  BillingDescriptor: text.optional().openapi({ example: "MYPOS *COREPORT" }),
});
const PurchaseRollbackFields = PurchaseNotifyFields.pick({ SID: true, Amount: true, Currency: true, OrderID: true }).extend({ IPCmethod: z.literal("IPCPurchaseRollback") });

/** Further fields (card, customer) are bounded text; they are signed, recorded, never trusted. */
export const PurchaseNotifySchema = PurchaseNotifyFields.catchall(text).superRefine(amountFitsCurrency);
export type PurchaseNotify = z.infer<typeof PurchaseNotifySchema>;

export const PurchaseRollbackSchema = PurchaseRollbackFields.catchall(text).superRefine(amountFitsCurrency);
export type PurchaseRollback = z.infer<typeof PurchaseRollbackSchema>;

export const BrowserReturnSchema = z
  .object({ IPCmethod: z.enum(["IPCPurchaseOK", "IPCPurchaseCancel"]), SID: sid, OrderID: orderId })
  .catchall(text);
export type BrowserReturn = z.infer<typeof BrowserReturnSchema>;

const SCHEMAS = {
  IPCPurchaseNotify: PurchaseNotifySchema,
  IPCPurchaseRollback: PurchaseRollbackSchema,
  IPCPurchaseOK: BrowserReturnSchema,
  IPCPurchaseCancel: BrowserReturnSchema,
} as const;
export type MyposInboundMethod = keyof typeof SCHEMAS;

const Signature = z.string().openapi({ description: "Last field: RSA-SHA256 (myPOS's key) over the base64 of all other values joined with `-`, base64", example: "kq0W9v…base64…=" });

/**
 * The URL_Notify form as documented in the OpenAPI document: one of the two messages, told apart by
 * `IPCmethod`, each with the fields the parser requires (validation is by the schemas above, after the
 * signature).
 */
export const MyposNotifyForm = z
  .discriminatedUnion("IPCmethod", [
    PurchaseNotifyFields.extend({ Signature }).catchall(text).openapi("MyposPurchaseNotify", { description: "A successful payment (IPCPurchaseNotify)" }),
    PurchaseRollbackFields.extend({ Signature }).catchall(text).openapi("MyposPurchaseRollback", { description: "myPOS reversed a notified payment (IPCPurchaseRollback)" }),
  ])
  .openapi("MyposNotification", {
    example: { IPCmethod: "IPCPurchaseNotify", SID: "000000000000010", Amount: "49.99", Currency: "EUR", OrderID: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t", IPC_Trnref: "12873450", RequestSTAN: "000123", RequestDateTime: "2026-11-27 12:15:30", Signature: "kq0W9v…base64…=" },
  });

export type MyposInboundMessage =
  | { method: "IPCPurchaseNotify"; message: PurchaseNotify }
  | { method: "IPCPurchaseRollback"; message: PurchaseRollback }
  | { method: "IPCPurchaseOK" | "IPCPurchaseCancel"; message: BrowserReturn };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Verify and parse a form-encoded message from myPOS. `accept` lists the methods this endpoint takes
 * (URL_Notify takes notify + rollback; URL_OK / URL_Cancel take the browser returns).
 * Throws ApiError: UNAUTHORIZED (no or bad signature), VALIDATION_FAILED (malformed field or method).
 */
export async function verifyMyposMessage(
  body: Uint8Array | string,
  publicKey: CryptoKey,
  options: { expectedSid: string; accept: readonly MyposInboundMethod[] },
): Promise<MyposInboundMessage> {
  let bodyText: string;
  try {
    bodyText = typeof body === "string" ? body : decoder.decode(body);
  } catch {
    throw new ApiError("BAD_REQUEST", { detail: "The form body is not valid UTF-8" });
  }
  const verified = await verifyIpcFields(parseFormFields(bodyText), publicKey);
  if (!verified.ok) {
    if (verified.reason === "duplicate_field") throw ApiError.invalidField("form", verified.message, "form", "duplicate_field");
    throw new ApiError("UNAUTHORIZED", { detail: `myPOS signature check failed: ${verified.message}`, extensions: { reason: verified.reason } });
  }
  const method = verified.values.IPCmethod;
  if (!method || !(options.accept as readonly string[]).includes(method)) {
    throw ApiError.invalidField("IPCmethod", `Expected one of ${options.accept.join(", ")}`, "form", "unsupported_method");
  }
  const parsed = SCHEMAS[method as MyposInboundMethod].safeParse(verified.values);
  if (!parsed.success) {
    throw validationError(parsed.error, "form");
  }
  if (parsed.data.SID !== options.expectedSid) {
    throw ApiError.invalidField("SID", "The message is for another myPOS store", "form", "foreign_store");
  }
  return { method, message: parsed.data } as MyposInboundMessage;
}

/** The only answer myPOS accepts for a notify it should not reverse: 200 with the body exactly `OK`. */
export function myposAcknowledgement(): Response {
  return new Response("OK", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
