/**
 * What the sandbox checks in a received (signature-verified) IPCPurchase, with myPOS's Status codes:
 * 1 missing parameter, 4 unknown store, 5 invalid parameter, 9 wrong amount (lines or total do not
 * add up), 10 unsupported call.
 */
import { dec } from "../../lib/money";
import { myposAmountDecimals } from "../../providers/mypos/purchase";
import { IPC_STATUS } from "../../providers/mypos/payment-status";
import { IPC_VERSION } from "../../providers/mypos/ipc";
import { SANDBOX_MYPOS_STORE } from "./sandbox-keys";

export interface CheckedLine {
  article: string;
  quantity: string;
  price: string;
  amount: string;
}

export interface CheckedPurchase {
  sid: string;
  orderId: string;
  amount: string;
  currency: string;
  urlOk: string;
  urlCancel: string;
  urlNotify: string;
  lines: CheckedLine[];
}

export type PurchaseCheck = { ok: true; purchase: CheckedPurchase } | { ok: false; status: string; field: string; message: string };

/** An amount written with exactly the currency's ISO 4217 decimals (EUR "10.50", JPY "1050", KWD "10.500"). */
function amountPattern(decimals: number, signed: boolean): RegExp {
  return new RegExp(`^${signed ? "-?" : ""}(0|[1-9]\\d{0,11})${decimals > 0 ? `\\.\\d{${decimals}}` : ""}$`);
}
const REQUIRED = [
  "IPCVersion", "IPCLanguage", "SID", "WalletNumber", "KeyIndex", "Amount", "Currency", "OrderID",
  "URL_OK", "URL_Cancel", "URL_Notify", "CardTokenRequest", "PaymentParametersRequired", "CartItems",
] as const;

const fail = (status: string, field: string, message: string): PurchaseCheck => ({ ok: false, status, field, message });

function checkUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    return url.protocol === "https:" || (url.protocol === "http:" && local);
  } catch {
    return false;
  }
}

export function checkPurchase(values: Record<string, string>): PurchaseCheck {
  for (const name of REQUIRED) if (!values[name]) return fail(IPC_STATUS.MISSING_PARAMETER, name, `${name} is required`);
  if (values.IPCVersion !== IPC_VERSION) return fail(IPC_STATUS.INVALID_PARAMETER, "IPCVersion", `The sandbox speaks IPC ${IPC_VERSION}`);
  if (values.SID !== SANDBOX_MYPOS_STORE.sid || values.WalletNumber !== SANDBOX_MYPOS_STORE.walletNumber || values.KeyIndex !== SANDBOX_MYPOS_STORE.keyIndex) {
    return fail("4", "SID", "Unknown store: the sandbox knows SID 000000000000010, wallet 61938166610, key index 1");
  }
  if (!/^[A-Z]{3}$/.test(values.Currency!)) return fail(IPC_STATUS.INVALID_PARAMETER, "Currency", "Currency must be an ISO 4217 code");
  const decimals = myposAmountDecimals(values.Currency!);
  const AMOUNT = amountPattern(decimals, false);
  const SIGNED_AMOUNT = amountPattern(decimals, true);
  const places = decimals === 0 ? "no decimals" : `exactly ${decimals} decimals`;
  if (!AMOUNT.test(values.Amount!)) return fail(IPC_STATUS.INVALID_PARAMETER, "Amount", `Amount in ${values.Currency} must have ${places}`);
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(values.OrderID!)) return fail(IPC_STATUS.INVALID_PARAMETER, "OrderID", "OrderID must be 1–80 characters");
  for (const name of ["URL_OK", "URL_Cancel", "URL_Notify"] as const) {
    if (!checkUrl(values[name]!)) return fail(IPC_STATUS.INVALID_PARAMETER, name, `${name} must be an https URL (http://localhost in the sandbox)`);
  }
  if (values.CardTokenRequest !== "0") return fail(IPC_STATUS.UNSUPPORTED_CALL, "CardTokenRequest", "The sandbox does not store cards (CardTokenRequest must be 0)");
  if (!["1", "2", "3"].includes(values.PaymentParametersRequired!)) return fail(IPC_STATUS.INVALID_PARAMETER, "PaymentParametersRequired", "Must be 1, 2 or 3");
  const count = /^\d{1,2}$/.test(values.CartItems!) ? Number(values.CartItems) : 0;
  if (count < 1 || count > 50) return fail(IPC_STATUS.INVALID_PARAMETER, "CartItems", "CartItems must be 1 to 50");

  const lines: CheckedLine[] = [];
  let total = dec(0);
  for (let n = 1; n <= count; n++) {
    const article = values[`Article_${n}`];
    const quantity = values[`Quantity_${n}`];
    const price = values[`Price_${n}`];
    const amount = values[`Amount_${n}`];
    const currency = values[`Currency_${n}`];
    if (!article) return fail(IPC_STATUS.MISSING_PARAMETER, `Article_${n}`, `Article_${n} is required`);
    if (!quantity || !/^[1-9]\d{0,6}$/.test(quantity)) return fail(IPC_STATUS.INVALID_PARAMETER, `Quantity_${n}`, `Quantity_${n} must be a positive integer`);
    if (!price || !SIGNED_AMOUNT.test(price)) return fail(IPC_STATUS.INVALID_PARAMETER, `Price_${n}`, `Price_${n} must have ${places}`);
    if (!amount || !SIGNED_AMOUNT.test(amount)) return fail(IPC_STATUS.INVALID_PARAMETER, `Amount_${n}`, `Amount_${n} must have ${places}`);
    if (currency !== values.Currency) return fail(IPC_STATUS.INVALID_PARAMETER, `Currency_${n}`, `Currency_${n} must equal Currency`);
    if (!dec(price).times(quantity).eq(dec(amount))) return fail(IPC_STATUS.WRONG_AMOUNT, `Amount_${n}`, `Amount_${n} is not Price_${n} × Quantity_${n}`);
    total = total.plus(amount);
    lines.push({ article, quantity, price, amount });
  }
  if (!total.eq(dec(values.Amount!))) return fail(IPC_STATUS.WRONG_AMOUNT, "Amount", `Amount ${values.Amount} is not the sum of the cart (${total.toFixed(decimals)})`);
  if (!total.gt(0)) return fail(IPC_STATUS.WRONG_AMOUNT, "Amount", "Amount must be greater than zero");

  return {
    ok: true,
    purchase: {
      sid: values.SID!,
      orderId: values.OrderID!,
      amount: values.Amount!,
      currency: values.Currency!,
      urlOk: values.URL_OK!,
      urlCancel: values.URL_Cancel!,
      urlNotify: values.URL_Notify!,
      lines,
    },
  };
}
