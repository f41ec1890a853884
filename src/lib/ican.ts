/**
 * ICAN — International Crypto Account Number (Core Blockchain CIP-100): a network prefix
 * (`cb` mainnet, `ab` testnet "Devín", `ce` enterprise), two check digits, then 40 hex digits.
 * Check digits follow IBAN (ISO 13616 / ISO 7064 MOD 97-10, src/lib/mod97.ts).
 *
 * Like an IBAN, an ICAN has two forms: the electronic form (`cb35348d…`, what CorePort stores and
 * answers with: lower case, no spaces) and the printed form CIP-100 shows people (upper case in
 * groups of four: `CB35 348D …`). Everything that accepts an address takes either form
 * (`normalizeIcan`: spaces removed, case folded); every answer is the electronic form.
 */
import { hasValidMod97Check, mod97CheckDigits } from "./mod97";

export const ICAN_NETWORKS = { cb: "mainnet", ab: "testnet", ce: "enterprise" } as const;
export type IcanPrefix = keyof typeof ICAN_NETWORKS;

const ICAN_SHAPE = /^(cb|ab|ce)(\d{2})([0-9a-f]{40})$/;
/** Spaces a person or a copy from a PDF puts into an address (incl. NBSP, thin and zero-width spaces). */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/** The printed form has 44 characters and 10 spaces; anything much longer is not an address. */
export const ICAN_INPUT_MAX = 64;

/** Electronic form of what someone typed or pasted: spaces removed, lower case. Not validated. */
export function normalizeIcan(input: string): string {
  return input.replace(SPACES, "").toLowerCase();
}

/** Does `input` have the shape of an ICAN (either form), whatever its check digits say? */
export function looksLikeIcan(input: string): boolean {
  return input.length <= ICAN_INPUT_MAX && ICAN_SHAPE.test(normalizeIcan(input));
}

export type IcanCheck =
  | { valid: true; address: string; prefix: IcanPrefix; network: (typeof ICAN_NETWORKS)[IcanPrefix] }
  | { valid: false; reason: "format" | "checksum"; message: string };

/** Validate an ICAN address in electronic or printed form; the answer carries the electronic form. */
export function checkIcan(input: string): IcanCheck {
  const address = input.length <= ICAN_INPUT_MAX ? normalizeIcan(input) : "";
  const match = ICAN_SHAPE.exec(address);
  if (!match) {
    return { valid: false, reason: "format", message: "Expected cb/ab/ce, two check digits and 40 hex digits" };
  }
  if (!hasValidMod97Check(address)) {
    return { valid: false, reason: "checksum", message: "ICAN check digits do not match (mod 97)" };
  }
  const prefix = match[1] as IcanPrefix;
  return { valid: true, address, prefix, network: ICAN_NETWORKS[prefix] };
}

/** Build a valid ICAN for 40 hex digits on a network: check digits = 98 − (n mod 97) with "00" in place. */
export function makeIcan(prefix: IcanPrefix, hex40: string): string {
  const body = hex40.toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(body)) throw new Error("ICAN body must be 40 hex digits");
  return `${prefix}${mod97CheckDigits(prefix, body)}${body}`;
}

/** The printed form CIP-100 shows people: upper case, groups of four ("CB35 348D …"). */
export function formatIcan(address: string): string {
  return normalizeIcan(address).toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");
}
