/**
 * The IPCPurchase form: the hosted-checkout request the customer's browser posts to myPOS.
 * Fields are built in the documented order, amounts come from decimal strings (never floats) and
 * are printed with exactly the currency's ISO 4217 decimals (EUR "10.50", JPY "1050", KWD
 * "10.500"; myPOS's "Double" with '.' as the separator), and `Amount` is the exact sum of the cart lines.
 */
import { z } from "@hono/zod-openapi";
import { iso4217MinorUnit } from "../../lib/iso4217";
import { dec, Decimal, Rounding } from "../../lib/money";
import { IPC_VERSION, signIpcFields, type IpcFields } from "./ipc";

/** myPOS amounts carry the currency's decimals (2 for a code ISO 4217 does not know); more is refused, never rounded. */
export function myposAmountDecimals(currency: string): number {
  return iso4217MinorUnit(currency) ?? 2;
}
/** Up to 3 decimals in the syntax; the currency's own limit is checked when the cart is priced. */
const SIGNED_AMOUNT = /^-?(0|[1-9]\d{0,11})(\.\d{1,3})?$/;

/** `0` none, `1` store the card only, `2` pay and store the card. */
export const CardTokenRequest = { none: "0", storeOnly: "1", payAndStore: "2" } as const;
/** `1` full (customer details sent by the merchant), `2` simplified call, `3` simplified payment page. */
export const PaymentParametersRequired = { full: "1", simplifiedCall: "2", simplifiedPage: "3" } as const;

export const MyposStoreSchema = z.object({
  sid: z.string().regex(/^\d{1,20}$/, "SID is digits"),
  walletNumber: z.string().regex(/^\d{1,20}$/, "WalletNumber is digits"),
  keyIndex: z.string().regex(/^\d{1,4}$/, "KeyIndex is a small integer"),
});
export type MyposStore = z.infer<typeof MyposStoreSchema>;

export const CartItemSchema = z.object({
  /** Shown on the checkout page; no control characters. */
  article: z.string().trim().min(1).max(100).regex(/^[^\p{Cc}]+$/u, "Article must not contain control characters"),
  quantity: z.number().int().min(1).max(1_000_000),
  /** Unit price, at most the currency's decimals; negative for a discount line. */
  price: z.string().regex(SIGNED_AMOUNT, "Price is a decimal string with at most three decimals"),
});
export type CartItem = z.infer<typeof CartItemSchema>;

const urlSchema = z.string().url().max(2048);

export const PurchaseRequestSchema = z.object({
  /** Unique per purchase (myPOS refuses a second payment with the same OrderID); CorePort uses the payment id. */
  orderId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, "OrderID is 1–80 characters of A–Z, a–z, 0–9, _ and -"),
  currency: z.string().regex(/^[A-Z]{3}$/, "Currency is an ISO 4217 code"),
  language: z.string().regex(/^[A-Z]{2}$/).default("EN"),
  urlOk: urlSchema,
  urlCancel: urlSchema,
  urlNotify: urlSchema,
  cardTokenRequest: z.enum(["0", "1", "2"]).default(CardTokenRequest.none),
  paymentParametersRequired: z.enum(["1", "2", "3"]).default(PaymentParametersRequired.simplifiedPage),
  items: z.array(CartItemSchema).min(1).max(50),
});
export type PurchaseRequest = z.input<typeof PurchaseRequestSchema>;

export class PurchaseInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "PurchaseInputError";
  }
}

/**
 * myPOS text of an exact amount with `decimals` places ("10.5" → "10.50" in EUR, "1050" in JPY,
 * "10.500" in KWD). An amount that is not exactly representable with them ("10.005" EUR, "10.5" JPY)
 * is refused instead of rounded.
 */
export function formatMyposAmount(value: string | Decimal, decimals = 2): string {
  if (typeof value === "string" && !/^-?\d{1,20}(\.\d{1,18})?$/.test(value)) {
    throw new PurchaseInputError("amount", `'${value}' is not a decimal amount`);
  }
  const amount = dec(value);
  if (!amount.eq(amount.round(decimals, Rounding.down))) {
    throw new PurchaseInputError("amount", `'${value.toString()}' has more than ${decimals} decimals`);
  }
  return amount.toFixed(decimals); // big.js: exact decimal text, nothing left to round
}

export interface CartLine {
  article: string;
  quantity: string;
  price: string;
  amount: string;
}

/** Each line's Amount_n (= price × quantity, exact) and the cart total, with `decimals` places. */
export function priceCart(items: readonly CartItem[], decimals = 2): { lines: CartLine[]; total: string } {
  let total = new Decimal(0);
  const lines = items.map((item) => {
    const amount = dec(item.price).times(item.quantity);
    total = total.plus(amount);
    return { article: item.article, quantity: String(item.quantity), price: formatMyposAmount(item.price, decimals), amount: formatMyposAmount(amount, decimals) };
  });
  if (!total.gt(0)) throw new PurchaseInputError("items", "The cart total must be greater than zero");
  return { lines, total: formatMyposAmount(total, decimals) };
}

/** A one-line cart for a payment of `amount` (the usual case for a payment gateway). */
export function singleItemCart(article: string, amount: string): CartItem[] {
  return [{ article, quantity: 1, price: amount }];
}

export interface UrlPolicy {
  /** Local development only: allow http://localhost and http://127.0.0.1 URLs. */
  allowHttpLocalhost: boolean;
}

function checkUrl(field: string, value: string, policy: UrlPolicy): void {
  const url = new URL(value);
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol === "https:") return;
  if (url.protocol === "http:" && local && policy.allowHttpLocalhost) return;
  throw new PurchaseInputError(field, `${field} must be an https URL`);
}

/** The unsigned IPCPurchase fields, in the documented order. */
export function buildPurchaseFields(store: MyposStore, request: PurchaseRequest, policy: UrlPolicy): IpcFields {
  const parsedStore = MyposStoreSchema.parse(store);
  const parsed = PurchaseRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PurchaseInputError(issue.path.join(".") || "request", issue.message);
  }
  const r = parsed.data;
  checkUrl("URL_OK", r.urlOk, policy);
  checkUrl("URL_Cancel", r.urlCancel, policy);
  checkUrl("URL_Notify", r.urlNotify, policy);
  const { lines, total } = priceCart(r.items, myposAmountDecimals(r.currency));
  const fields: Array<[string, string]> = [
    ["IPCmethod", "IPCPurchase"],
    ["IPCVersion", IPC_VERSION],
    ["IPCLanguage", r.language],
    ["SID", parsedStore.sid],
    ["WalletNumber", parsedStore.walletNumber],
    ["KeyIndex", parsedStore.keyIndex],
    ["Amount", total],
    ["Currency", r.currency],
    ["OrderID", r.orderId],
    ["URL_OK", r.urlOk],
    ["URL_Cancel", r.urlCancel],
    ["URL_Notify", r.urlNotify],
    ["CardTokenRequest", r.cardTokenRequest],
    ["PaymentParametersRequired", r.paymentParametersRequired],
    ["CartItems", String(lines.length)],
  ];
  lines.forEach((line, i) => {
    const n = i + 1;
    fields.push([`Article_${n}`, line.article], [`Quantity_${n}`, line.quantity], [`Price_${n}`, line.price], [`Currency_${n}`, r.currency], [`Amount_${n}`, line.amount]);
  });
  return fields;
}

/** A signed form ready to be posted by the browser to `action`. */
export interface SignedForm {
  action: string;
  fields: IpcFields;
}

export async function buildSignedPurchase(
  checkoutUrl: string,
  store: MyposStore,
  privateKey: CryptoKey,
  request: PurchaseRequest,
  policy: UrlPolicy,
): Promise<SignedForm> {
  return { action: checkoutUrl, fields: await signIpcFields(buildPurchaseFields(store, request, policy), privateKey) };
}
