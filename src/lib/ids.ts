/**
 * Public ids: a type prefix and 128 random bits in Crockford base32 (26 chars), e.g. `pay_4x9…`.
 * Unguessable, URL-safe and sortable only by nothing: ordering comes from created_at columns.
 */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export type IdPrefix = "pay" | "ord" | "quo" | "evt" | "mer" | "key" | "ref" | "whe" | "del" | "att" | "req" | "pyo" | "utr";

export function randomToken(bytes = 16): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomToken(16)}`;
}

/** Matches ids made by `newId` for the given prefix (used to validate path parameters). */
export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_[${ALPHABET}]{26}$`);
}
