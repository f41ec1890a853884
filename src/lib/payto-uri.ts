/**
 * `payto://` payment URIs: RFC 8905, with the Core target types of Core's CIP-10.
 *
 *   payto-URI = "payto://" authority path-abempty [ "?" opts ]          (RFC 8905 §2)
 *   opts = opt *( "&" opt ) ;  opt = opt-name "=" opt-value ; opt-value = *pchar
 *   authority = ALPHA *( ALPHA / DIGIT / "-" / "." )
 *   amount = currency ":" unit [ "." fraction ] ; currency = 1*ALPHA    (RFC 8905 §5)
 *   unit = 1*(DIGIT / ",") ; fraction = 1*(DIGIT / ",")
 *
 * Rules applied exactly:
 * - Case: ABNF literals are case-insensitive (RFC 5234 §2.3), so `PAYTO://`, `XCB` and `Amount=` are
 *   the same as `payto://`, `xcb` and `amount=`; target types and option names come back lower case.
 * - Options may come in any order; `amount` MUST NOT occur more than once (§2). The options CorePort
 *   gives a meaning to (`amount`, `message`, `receiver-name`, `sender-name`, `instruction`, `dl`) are
 *   refused when repeated; other options are kept, repeats included.
 * - Amounts: commas are for readability and MUST be ignored (`EUR:1,000.50` is 1000.50); the unit is
 *   below 2^53 and the fraction has at most 8 digits. A 3-letter currency must be an ISO 4217 code.
 *   Values are written exactly, without trailing zeros and without commas, never through a float.
 *
 * Core targets (CIP-10): `xcb` mainnet, `xab` testnet, `xce` enterprise; the path is the ICAN of that
 * network (CIP-100). CIP-10 extends `amount`: without a currency it is native CORE (`amount=1.25`);
 * a token is named by its contract address (`amount=ab12…:10`) or, for contracts the wallet knows
 * well, by its ticker in either case (`amount=ctn:1.14`); `amount=ctn:` names the token and leaves
 * the amount to the payer. `dl` is the Core PayTo deadline in unix seconds.
 */
import { checkIcan, type IcanPrefix } from "./ican";
import { isIso4217Code } from "./iso4217";
import { dec, normalizeDecimal } from "./money";

const MAX_FRACTION_DIGITS = 8;
const MAX_UNIT = 2n ** 53n;
const TARGET = /^[A-Za-z][A-Za-z0-9.-]*$/;
const OPTION_NAME = /^[A-Za-z][A-Za-z0-9.-]*$/;
/** Core target types (CIP-10) and the ICAN prefix of their network. */
export const CORE_TARGETS: Readonly<Record<string, IcanPrefix>> = { xcb: "cb", xab: "ab", xce: "ce" };
/** Options with one meaning each: a URI repeating one is ambiguous and refused. */
const SINGLE_OPTIONS = new Set(["amount", "receiver-name", "sender-name", "message", "instruction", "dl"]);

export class PaytoUriError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaytoUriError";
  }
}

/**
 * An amount: `currency` is a ticker (letters; compared without regard to case), a token contract's
 * ICAN (Core targets) or absent (Core targets: native CORE); `value` is absent only for `ctn:`.
 */
export interface PaytoAmount {
  currency?: string;
  value?: string;
}

export interface PaytoRequest {
  /** Target type, e.g. "xcb" (written lower case). */
  target: string;
  /** Target identifier: for Core targets the ICAN address. */
  address: string;
  amount?: PaytoAmount;
  message?: string;
  receiverName?: string;
  /** Deadline as a Date (written as unix seconds). */
  deadline?: Date;
}

export interface ParsedPayto extends PaytoRequest {
  /** Options CorePort gives no meaning to, in order, as decoded name/value pairs. */
  otherOptions: Array<[name: string, value: string]>;
}

const isCoreTarget = (target: string) => Object.hasOwn(CORE_TARGETS, target);

/** What a currency names for `target`: a contract (canonical ICAN) or a ticker (letters). Throws otherwise. */
function classifyCurrency(target: string, currency: string): { kind: "contract" | "ticker"; text: string } {
  if (isCoreTarget(target)) {
    const ican = checkIcan(currency);
    if (ican.valid) {
      if (ican.prefix !== CORE_TARGETS[target]) throw new PaytoUriError(`The token contract ${ican.address} is not on the ${target} network`);
      return { kind: "contract", text: ican.address };
    }
    if (/^(cb|ab|ce)\d{2}/i.test(currency) && /\d/.test(currency)) throw new PaytoUriError(`'${currency}' is not a valid contract ICAN`);
  }
  // RFC 8905: 1*ALPHA; bounded here at 12 letters, far beyond any ticker.
  if (!/^[A-Za-z]{1,12}$/.test(currency)) throw new PaytoUriError(`'${currency}' is not a currency: RFC 8905 allows letters only${isCoreTarget(target) ? " (or a contract ICAN, CIP-10)" : ""}`);
  if (currency.length === 3 && !isCoreTarget(target) && !isIso4217Code(currency.toUpperCase())) {
    throw new PaytoUriError(`'${currency}' is not an ISO 4217 code (RFC 8905: a 3-letter currency must be one)`);
  }
  return { kind: "ticker", text: currency };
}

/** Exact decimal text of an amount value for the URI; RFC 8905 limits enforced. */
function amountValue(value: string): string {
  if (!/^\d{1,20}(\.\d{1,18})?$/.test(value)) throw new PaytoUriError(`'${value}' is not a decimal amount`);
  const text = normalizeDecimal(dec(value));
  const [unit, fraction = ""] = text.split(".");
  if (fraction.length > MAX_FRACTION_DIGITS) throw new PaytoUriError(`RFC 8905 allows at most ${MAX_FRACTION_DIGITS} fraction digits`);
  if (BigInt(unit!) >= MAX_UNIT) throw new PaytoUriError("RFC 8905 requires the unit to be below 2^53");
  return text;
}

/** RFC 8905 / CIP-10 amount text, e.g. ("xab", {currency: "USDX", value: "10.500000"}) → "USDX:10.5". */
export function paytoAmount(target: string, amount: PaytoAmount): string {
  const normalizedTarget = target.toLowerCase();
  if (amount.currency === undefined) {
    if (!isCoreTarget(normalizedTarget)) throw new PaytoUriError("RFC 8905 requires a currency in the amount");
    if (amount.value === undefined) throw new PaytoUriError("An amount needs a currency, a value or both");
    return amountValue(amount.value);
  }
  const currency = classifyCurrency(normalizedTarget, amount.currency).text;
  if (amount.value === undefined) {
    if (!isCoreTarget(normalizedTarget)) throw new PaytoUriError("RFC 8905 requires a value in the amount");
    return `${currency}:`;
  }
  return `${currency}:${amountValue(amount.value)}`;
}

/** Percent-encode an option value: everything but RFC 3986 unreserved characters. */
function encodeOption(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function checkAddress(target: string, address: string): string {
  if (isCoreTarget(target)) {
    const ican = checkIcan(address);
    if (!ican.valid) throw new PaytoUriError(`The ${target} path must be an ICAN: ${ican.message}`);
    if (ican.prefix !== CORE_TARGETS[target]) throw new PaytoUriError(`${ican.address} is a ${ican.network} address, not one of ${target}`);
    return ican.address;
  }
  // Other target types define their own path (e.g. `iban/BIC/IBAN`): kept as decoded segments joined by '/'.
  if (!address || address.split("/").some((segment) => segment === "") || /[?#]/.test(address)) {
    throw new PaytoUriError("The target identifier must be one or more non-empty path segments");
  }
  return address;
}

export function buildPaytoUri(request: PaytoRequest): string {
  if (!TARGET.test(request.target)) throw new PaytoUriError(`'${request.target}' is not a payto target type`);
  const target = request.target.toLowerCase();
  const address = checkAddress(target, request.address);
  const options: string[] = [];
  if (request.amount) options.push(`amount=${paytoAmount(target, request.amount)}`);
  if (request.receiverName) options.push(`receiver-name=${encodeOption(request.receiverName)}`);
  if (request.message) options.push(`message=${encodeOption(request.message)}`);
  if (request.deadline) options.push(`dl=${Math.floor(request.deadline.getTime() / 1000)}`);
  const path = address.split("/").map(encodeURIComponent).join("/");
  return `payto://${target}/${path}${options.length ? `?${options.join("&")}` : ""}`;
}

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new PaytoUriError(`${what} is not valid percent-encoding`);
  }
}

/** Read an amount option (commas ignored, RFC 8905 limits, CIP-10 forms on Core targets). */
export function parsePaytoAmount(target: string, text: string): PaytoAmount {
  const colon = text.indexOf(":");
  const currencyText = colon === -1 ? undefined : text.slice(0, colon);
  const valueText = colon === -1 ? text : text.slice(colon + 1);
  const amount: PaytoAmount = {};
  if (currencyText === undefined) {
    if (!isCoreTarget(target)) throw new PaytoUriError(`Invalid amount '${text}': RFC 8905 requires currency ":" value`);
  } else {
    const currency = classifyCurrency(target, currencyText);
    amount.currency = currency.kind === "ticker" ? currency.text.toUpperCase() : currency.text;
  }
  if (valueText === "") {
    if (currencyText === undefined || !isCoreTarget(target)) throw new PaytoUriError(`Invalid amount '${text}': no value`);
    return amount;
  }
  const match = /^([\d,]+)(?:\.([\d,]+))?$/.exec(valueText);
  const unit = match?.[1]!.replaceAll(",", "");
  const fraction = match?.[2]?.replaceAll(",", "");
  if (!match || !unit || fraction === "") throw new PaytoUriError(`Invalid amount value '${valueText}'`);
  amount.value = amountValue(fraction === undefined ? unit : `${unit}.${fraction}`);
  return amount;
}

/** Parse a payto URI by RFC 8905 (and CIP-10 for Core targets). Throws PaytoUriError on anything else. */
export function parsePaytoUri(uri: string): ParsedPayto {
  const match = /^payto:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?$/i.exec(uri);
  if (!match) throw new PaytoUriError("Not a payto://target/path URI");
  if (!TARGET.test(match[1]!)) throw new PaytoUriError(`'${match[1]}' is not a payto target type`);
  const target = match[1]!.toLowerCase();
  const address = checkAddress(target, match[2]!.split("/").map((segment) => decode(segment, "The path")).join("/"));
  const seen = new Map<string, string>();
  const otherOptions: Array<[string, string]> = [];
  for (const pair of match[3] === undefined ? [] : match[3].split("&")) {
    const eq = pair.indexOf("=");
    if (eq === -1) throw new PaytoUriError(`Option '${pair}' has no '=' (RFC 8905: opt-name "=" opt-value)`);
    const rawName = pair.slice(0, eq);
    if (!OPTION_NAME.test(rawName)) throw new PaytoUriError(`'${rawName}' is not an option name`);
    const name = rawName.toLowerCase();
    const value = decode(pair.slice(eq + 1), `Option '${name}'`);
    if (!SINGLE_OPTIONS.has(name)) {
      otherOptions.push([name, value]);
      continue;
    }
    if (seen.has(name)) throw new PaytoUriError(`Option '${name}' occurs more than once`);
    seen.set(name, value);
  }
  const result: ParsedPayto = { target, address, otherOptions };
  const amount = seen.get("amount");
  if (amount !== undefined) result.amount = parsePaytoAmount(target, amount);
  const message = seen.get("message");
  if (message !== undefined) result.message = message;
  const receiverName = seen.get("receiver-name");
  if (receiverName !== undefined) result.receiverName = receiverName;
  const dl = seen.get("dl");
  if (dl !== undefined) {
    // Unix seconds, up to the last instant a Date can hold (8.64e12 s).
    if (!/^\d{1,13}$/.test(dl) || Number(dl) > 8_640_000_000_000) throw new PaytoUriError(`Invalid deadline '${dl}'`);
    result.deadline = new Date(Number(dl) * 1000);
  }
  return result;
}
