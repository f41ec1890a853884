/**
 * What a merchant passes to `CorePort.mount()` or sets as attributes of `<coreport-checkout>`,
 * checked before anything is rendered: a wrong option is the merchant's bug, and it is reported
 * to them (console + an `error` event) in plain words rather than surfacing later as an API error
 * in front of their customer.
 */
import type { CheckoutEvent } from "./events";
import { PAYMENT_METHODS, type PaymentMethod } from "./payment-method";

export interface CheckoutOptions {
  /** `pk_test_…` or `pk_live_…`: safe in the browser, bound to the merchant's origins. */
  publishableKey: string;
  /** Decimal string in `currency`, e.g. "25.00". Never a float. */
  amount: string;
  /** ISO 4217 code or stablecoin ticker the amount is in, e.g. "EUR" or "USDX". */
  currency: string;
  /** The merchant's order reference, shown to the customer and stored on the payment. */
  reference: string;
  /** Called with every checkout event (also dispatched as `coreport:<type>` DOM events). */
  onEvent?: (event: CheckoutEvent) => void;
  /** CorePort origin; defaults to the origin the widget script was loaded from. */
  apiBase?: string;
  /** Offer only these methods (default: every method the API offers for payments). */
  methods?: PaymentMethod[];
  /** Where the card checkout returns the customer to; defaults to the current page. */
  returnUrl?: string;
}

export type ValidOptions = Required<Omit<CheckoutOptions, "onEvent" | "methods">> & Pick<CheckoutOptions, "onEvent" | "methods">;

const KEY = /^pk_(test|live)_[A-Za-z0-9]{16,128}$/;
const AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,18})?$/;
const CURRENCY = /^[A-Z][A-Z0-9]{2,9}$/;

export class OptionsError extends Error {
  override readonly name = "OptionsError";
}

function httpOrigin(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionsError(`${what} must be an absolute URL, got '${value}'`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OptionsError(`${what} must be an http(s) URL`);
  return url.origin;
}

/**
 * Validates and normalises the options. `scriptOrigin` is where the widget was loaded from;
 * `pageUrl` the merchant page (for the default return URL).
 */
export function validateOptions(input: Partial<CheckoutOptions>, scriptOrigin: string | undefined, pageUrl: string): ValidOptions {
  const key = input.publishableKey?.trim() ?? "";
  if (/^sk_/.test(key)) throw new OptionsError("publishableKey is a SECRET key (sk_…): never put it in a web page; use your pk_… key");
  if (!KEY.test(key)) throw new OptionsError("publishableKey must be a publishable key such as pk_test_…");
  const amount = input.amount?.trim() ?? "";
  if (!AMOUNT.test(amount) || /^0(\.0*)?$/.test(amount)) {
    throw new OptionsError(`amount must be a positive decimal string such as "25.00", got '${input.amount ?? ""}'`);
  }
  const currency = input.currency?.trim().toUpperCase() ?? "";
  if (!CURRENCY.test(currency)) throw new OptionsError(`currency must be a code such as "EUR" or "USDX", got '${input.currency ?? ""}'`);
  const reference = input.reference?.trim() ?? "";
  if (!reference || reference.length > 100 || /[\u0000-\u001f\u007f]/.test(reference)) {
    throw new OptionsError("reference must be 1–100 printable characters (your order number)");
  }
  const base = input.apiBase ?? scriptOrigin;
  if (!base) throw new OptionsError("apiBase is required when the widget is not loaded from a CorePort URL");
  const apiBase = httpOrigin(base, "apiBase");
  const methods = input.methods?.length ? input.methods : undefined;
  for (const m of methods ?? []) {
    if (!PAYMENT_METHODS.includes(m)) throw new OptionsError(`unknown method '${m}'; use ${PAYMENT_METHODS.join(", ")}`);
  }
  const returnUrl = input.returnUrl ?? pageUrl.split("#")[0]!;
  httpOrigin(returnUrl, "returnUrl");
  return { publishableKey: key, amount, currency, reference, apiBase, returnUrl, onEvent: input.onEvent, methods };
}

/** Reads options from `<coreport-checkout>` attributes. */
export function optionsFromAttributes(el: Element): Partial<CheckoutOptions> {
  const attr = (name: string) => el.getAttribute(name) ?? undefined;
  const methods = attr("methods")
    ?.split(/[\s,]+/)
    .filter(Boolean) as PaymentMethod[] | undefined;
  return {
    publishableKey: attr("publishable-key"),
    amount: attr("amount"),
    currency: attr("currency"),
    reference: attr("reference"),
    apiBase: attr("api-base"),
    returnUrl: attr("return-url"),
    methods,
  };
}
