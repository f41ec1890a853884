/**
 * ISO 11649 structured creditor references ("RF references"): `RF`, two check digits, then 1–21
 * characters [0-9A-Z]. The check digits are ISO 7064 MOD 97-10, computed like an IBAN's: move `RF`
 * and the check digits to the end, replace letters by numbers (A=10 … Z=35), and the number mod 97
 * must be 1. Printed in groups of four ("RF55 4605 8913 2657 2084"); stored and compared in
 * electronic form (no spaces, upper case).
 *
 * References that CorePort issues for bank on-ramp orders have a purely numeric body of
 * `ISSUED_BODY_LENGTH` random digits. Mod 97 detects every single digit substitution, and a letter
 * typed in place of a digit breaks the issued format, so no single-character typo of an issued
 * reference can match another order; digits are also the easiest to read out and type.
 */

export const MAX_BODY_LENGTH = 21;
/** 16 random digits ≈ 53 bits: collisions are rare and caught by the unique index on ramp_orders. */
export const ISSUED_BODY_LENGTH = 16;

const ELECTRONIC_SHAPE = /^RF(\d{2})([0-9A-Z]{1,21})$/;
const ISSUED_SHAPE = new RegExp(`^RF\\d{2}\\d{${ISSUED_BODY_LENGTH}}$`);
/** Whitespace a reference may carry when copied from a statement or typed by a person (incl. NBSP). */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** mod 97 of the numeric form of `text` ([0-9A-Z], A=10 … Z=35), computed piecewise. */
function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

/** Electronic form of what someone typed or a bank transmitted: spaces removed, upper case. */
export function normalizeCreditorReference(input: string): string {
  return input.replace(SPACES, "").toUpperCase();
}

export type CreditorReferenceCheck =
  | { valid: true; reference: string }
  | { valid: false; reason: "format" | "checksum"; message: string };

/** Validate any ISO 11649 reference (after normalising spaces and case). */
export function checkCreditorReference(input: string): CreditorReferenceCheck {
  const reference = normalizeCreditorReference(input);
  if (!ELECTRONIC_SHAPE.test(reference)) {
    return { valid: false, reason: "format", message: "Expected RF, two check digits and 1–21 letters or digits" };
  }
  if (mod97(reference.slice(4) + reference.slice(0, 4)) !== 1) {
    return { valid: false, reason: "checksum", message: "Creditor reference check digits do not match (ISO 11649, mod 97)" };
  }
  return { valid: true, reference };
}

/** A valid reference for `body` (1–21 of [0-9A-Z], case-insensitive): check digits = 98 − (n mod 97). */
export function makeCreditorReference(body: string): string {
  const upper = body.toUpperCase();
  if (!/^[0-9A-Z]{1,21}$/.test(upper)) throw new Error("Creditor reference body must be 1–21 letters or digits");
  const check = 98 - mod97(upper + "RF00");
  return `RF${String(check).padStart(2, "0")}${upper}`;
}

/** Uniform random decimal digits from Web Crypto (rejection sampling: bytes ≥ 250 would bias toward 0–5). */
export function randomDigits(count: number, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  let out = "";
  while (out.length < count) {
    for (const byte of random(new Uint8Array(count * 2))) {
      if (byte < 250 && out.length < count) out += String(byte % 10);
    }
  }
  return out;
}

/** A new reference for a bank on-ramp order: `RF` + check digits + 16 random digits. */
export function newCreditorReference(random?: (bytes: Uint8Array) => Uint8Array): string {
  return makeCreditorReference(randomDigits(ISSUED_BODY_LENGTH, random));
}

/** Is this (electronic) reference of the form CorePort issues? Valid check digits are checked separately. */
export function isIssuedReferenceShape(reference: string): boolean {
  return ISSUED_SHAPE.test(reference);
}

/** Printed form in groups of four: "RF55 4605 8913 2657 2084". */
export function formatCreditorReference(reference: string): string {
  return normalizeCreditorReference(reference).replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * Find a reference CorePort issued inside free remittance text ("Order RF55 4605 8913 2657 2084 thx"):
 * banks often move the structured reference into the unstructured field, with spaces or in lower case.
 * Returns the first candidate of the issued shape whose check digits are valid, else undefined.
 */
export function findIssuedReference(text: string): string | undefined {
  const compact = normalizeCreditorReference(text.slice(0, 1024));
  const width = 4 + ISSUED_BODY_LENGTH;
  for (let at = compact.indexOf("RF"); at !== -1; at = compact.indexOf("RF", at + 1)) {
    const candidate = compact.slice(at, at + width);
    // The next character must not extend the digit run: "RF…20 digits…7" is not our reference.
    if (/\d/.test(compact[at + width] ?? "")) continue;
    if (isIssuedReferenceShape(candidate) && checkCreditorReference(candidate).valid) return candidate;
  }
  return undefined;
}

/**
 * Run `insert` with fresh references until one is not taken. `isCollision` recognises the unique-index
 * failure on ramp_orders.payment_reference; any other error is rethrown at once.
 */
export async function withUniqueCreditorReference<T>(
  insert: (reference: string) => Promise<T>,
  isCollision: (error: unknown) => boolean,
  options: { attempts?: number; generate?: () => string } = {},
): Promise<{ reference: string; result: T }> {
  const attempts = options.attempts ?? 5;
  const generate = options.generate ?? (() => newCreditorReference());
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const reference = generate();
    try {
      return { reference, result: await insert(reference) };
    } catch (error) {
      if (!isCollision(error)) throw error;
      lastError = error;
    }
  }
  throw new Error(`No unused creditor reference after ${attempts} attempts`, { cause: lastError });
}

/** D1/SQLite unique-constraint failure on the payment reference column. */
export function isPaymentReferenceCollision(error: unknown): boolean {
  const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return /UNIQUE constraint failed: ramp_orders\.payment_reference/i.test(message);
}
