/**
 * `payto://` payment URIs (RFC 8905) for Core Blockchain wallets, as Core's CIP-10 adopts them:
 *
 *   payto://<target>/<ican>?amount=<CURRENCY>:<value>&message=<text>&dl=<unix seconds>
 *
 * - target: `xcb` mainnet, `xab` testnet, `xce` enterprise (CIP-10); the path is the ICAN address.
 * - amount: RFC 8905 `currency ":" unit [ "." fraction ]`; for a token CIP-10 puts the token's contract
 *   address (or a ticker wallets know) in the currency position: `amount=USDX:10.5` or
 *   `amount=ab12…:10.5`. RFC 8905 caps
 *   the fraction at 8 digits and the unit below 2^53; values are written exactly, without trailing
 *   zeros, never through a float.
 * - message: free text for the payer's records (CorePort puts the payment id there), percent-encoded.
 * - dl: deadline in unix seconds, the Core PayTo extension wallets use to refuse a stale request.
 */
import { dec, normalizeDecimal } from "./money";

const MAX_FRACTION_DIGITS = 8;
const MAX_UNIT = 2n ** 53n;
const TARGET = /^[a-z][a-z0-9.-]*$/;
/** A ticker (upper case, RFC 8905 style) or a token contract's ICAN address (CIP-10). */
const CURRENCY = /^([A-Z][A-Z0-9]{0,11}|(cb|ab|ce)\d{2}[0-9a-f]{40})$/;

export class PaytoUriError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaytoUriError";
  }
}

export interface PaytoRequest {
  /** Target type, e.g. "xcb". */
  target: string;
  /** Target identifier: the ICAN address. */
  address: string;
  amount?: { currency: string; value: string };
  message?: string;
  /** Deadline as a Date (written as unix seconds). */
  deadline?: Date;
}

/** RFC 8905 amount text for an exact decimal, e.g. ("USDX", "10.500000") → "USDX:10.5". */
export function paytoAmount(currency: string, value: string): string {
  if (!CURRENCY.test(currency)) throw new PaytoUriError(`'${currency}' is not an upper-case ticker or a contract ICAN`);
  const text = normalizeDecimal(dec(value));
  const [unit, fraction = ""] = text.split(".");
  if (text.startsWith("-")) throw new PaytoUriError("Amounts are not negative");
  if (fraction.length > MAX_FRACTION_DIGITS) throw new PaytoUriError(`RFC 8905 allows at most ${MAX_FRACTION_DIGITS} fraction digits`);
  if (BigInt(unit!) >= MAX_UNIT) throw new PaytoUriError("RFC 8905 requires the unit to be below 2^53");
  return `${currency}:${text}`;
}

/** Percent-encode an option value: everything but RFC 3986 unreserved characters. */
function encodeOption(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function buildPaytoUri(request: PaytoRequest): string {
  if (!TARGET.test(request.target)) throw new PaytoUriError(`'${request.target}' is not a payto target type`);
  if (!/^[A-Za-z0-9]+$/.test(request.address)) throw new PaytoUriError("The address must be alphanumeric (an ICAN)");
  const options: string[] = [];
  if (request.amount) options.push(`amount=${paytoAmount(request.amount.currency, request.amount.value)}`);
  if (request.message) options.push(`message=${encodeOption(request.message)}`);
  if (request.deadline) options.push(`dl=${Math.floor(request.deadline.getTime() / 1000)}`);
  return `payto://${request.target}/${request.address}${options.length ? `?${options.join("&")}` : ""}`;
}

/** Read back what `buildPaytoUri` writes (and the same subset from other writers). */
export function parsePaytoUri(uri: string): PaytoRequest & { options: Record<string, string> } {
  const match = /^payto:\/\/([^/?#]+)\/([^?#]+)(?:\?([^#]*))?$/i.exec(uri);
  if (!match) throw new PaytoUriError("Not a payto://target/path URI");
  const options: Record<string, string> = {};
  for (const pair of (match[3] ?? "").split("&").filter(Boolean)) {
    const eq = pair.indexOf("=");
    const name = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq)).toLowerCase();
    options[name] = decodeURIComponent(eq === -1 ? "" : pair.slice(eq + 1));
  }
  const result: PaytoRequest & { options: Record<string, string> } = {
    target: match[1]!.toLowerCase(),
    address: decodeURIComponent(match[2]!),
    options,
  };
  if (options.amount !== undefined) {
    const amount = /^([A-Za-z][A-Za-z0-9]*):(\d+(?:\.\d+)?)$/.exec(options.amount);
    if (!amount) throw new PaytoUriError(`Invalid amount '${options.amount}'`);
    const currency = /^(cb|ab|ce)\d{2}[0-9a-f]{40}$/i.test(amount[1]!) ? amount[1]!.toLowerCase() : amount[1]!.toUpperCase();
    result.amount = { currency, value: amount[2]! };
  }
  if (options.message !== undefined) result.message = options.message;
  if (options.dl !== undefined) {
    if (!/^\d{1,12}$/.test(options.dl)) throw new PaytoUriError(`Invalid deadline '${options.dl}'`);
    result.deadline = new Date(Number(options.dl) * 1000);
  }
  return result;
}
