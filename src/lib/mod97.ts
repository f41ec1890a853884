/**
 * ISO 7064 MOD 97-10, the check-digit system that IBANs (ISO 13616), creditor references (ISO 11649)
 * and ICAN addresses (Core CIP-100) share. One helper for all three:
 *
 *   - the check characters sit at positions 3–4 after a two-letter prefix (country, `RF`, network);
 *   - to check, move the first four characters to the end, replace each letter by two digits
 *     (A/a = 10 … Z/z = 35) and read the result as a number: it must be ≡ 1 (mod 97);
 *   - to compute, put `00` in place of the check digits and take 98 − (n mod 97), two digits.
 *
 * The number is reduced digit by digit, so any length works without BigInt.
 */

/** n mod 97 of the numeric form of `text` ([0-9A-Za-z]; letters count A=10 … Z=35, either case). */
export function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    let value: number;
    if (code >= 0x30 && code <= 0x39) value = code - 0x30;
    else if (code >= 0x41 && code <= 0x5a) value = code - 0x41 + 10;
    else if (code >= 0x61 && code <= 0x7a) value = code - 0x61 + 10;
    else throw new RangeError(`'${ch}' has no MOD 97-10 value`);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}

/** Does `electronic` (prefix, two check digits, body; no spaces) carry valid MOD 97-10 check digits? */
export function hasValidMod97Check(electronic: string): boolean {
  return electronic.length > 4 && mod97(electronic.slice(4) + electronic.slice(0, 4)) === 1;
}

/** The two check digits for `prefix` + `body` (e.g. ("GB", "WEST12345698765432") → "82"). */
export function mod97CheckDigits(prefix: string, body: string): string {
  return String(98 - mod97(`${body}${prefix}00`)).padStart(2, "0");
}
