/**
 * ICAN — International Crypto Account Number (Core Blockchain CIP-100): a network prefix
 * (`cb` mainnet, `ab` testnet "Devín", `ce` enterprise), two check digits, then 40 hex digits.
 * Check digits follow IBAN (ISO 13616 / ISO 7064 mod 97-10).
 */
export const ICAN_NETWORKS = { cb: "mainnet", ab: "testnet", ce: "enterprise" } as const;
export type IcanPrefix = keyof typeof ICAN_NETWORKS;

const ICAN_SHAPE = /^(cb|ab|ce)(\d{2})([0-9a-f]{40})$/;

/** mod 97 of the IBAN-style numeric form of `text` (letters a=10 … z=35), computed piecewise. */
function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const digits = code >= 97 && code <= 122 ? String(code - 87) : ch;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

export type IcanCheck =
  | { valid: true; address: string; prefix: IcanPrefix; network: (typeof ICAN_NETWORKS)[IcanPrefix] }
  | { valid: false; reason: "format" | "checksum"; message: string };

/** Validate an ICAN address (case-insensitive input, returned lower-case). */
export function checkIcan(input: string): IcanCheck {
  const address = input.trim().toLowerCase();
  const match = ICAN_SHAPE.exec(address);
  if (!match) {
    return { valid: false, reason: "format", message: "Expected cb/ab/ce, two check digits and 40 hex digits" };
  }
  if (mod97(address.slice(4) + address.slice(0, 4)) !== 1) {
    return { valid: false, reason: "checksum", message: "ICAN check digits do not match (mod 97)" };
  }
  const prefix = match[1] as IcanPrefix;
  return { valid: true, address, prefix, network: ICAN_NETWORKS[prefix] };
}

/** Build a valid ICAN for 40 hex digits on a network: check digits = 98 − (n mod 97) with "00" in place. */
export function makeIcan(prefix: IcanPrefix, hex40: string): string {
  const body = hex40.toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(body)) throw new Error("ICAN body must be 40 hex digits");
  const check = 98 - mod97(body + prefix + "00");
  return `${prefix}${String(check).padStart(2, "0")}${body}`;
}
