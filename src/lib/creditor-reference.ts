/**
 * ISO 11649 structured creditor references ("RF references"): `RF`, two check digits, then 1–21
 * characters [0-9A-Z]. The check digits are ISO 7064 MOD 97-10 (src/lib/mod97.ts), computed like an
 * IBAN's. Printed in groups of four ("RF55 4605 8913 2657 2084"); stored and compared in electronic
 * form (no spaces, upper case).
 *
 * References that CorePort issues for bank on-ramp orders have a purely numeric body of random
 * digits. Mod 97 detects every single digit substitution, and a letter typed in place of a digit
 * breaks the issued format, so no single-character typo of an issued reference can match another
 * order; digits are also the easiest to read out and type.
 *
 * How long an issued reference is depends on the rail the customer pays on (see `REFERENCE_RAILS`):
 * a reference must arrive whole, and UK rails carry at most 18 characters.
 */
import { hasValidMod97Check, mod97CheckDigits } from "./mod97";

export const MAX_BODY_LENGTH = 21;

/**
 * The reference field of each bank rail CorePort collects on, and the length of the references it
 * issues there (electronic form: `RF`, 2 check digits, random digits):
 *
 *   SEPA Credit Transfer (EUR)   structured creditor reference, ISO 11649 up to 25 of its 35
 *                                characters (EPC SCT rulebook AT-05)            → 20 (16 digits)
 *   SIC / SIX (CHF)              ISO 20022 structured reference `SCOR`, 25 of 35  → 20 (16 digits)
 *   Faster Payments, Bacs (GBP)  one free reference field of 18 characters, which banks cut
 *                                at 18 (Pay.UK FPS / Bacs Standard 18)          → 18 (14 digits)
 *   SWIFT wire (MT103 field 70)  4 × 35 characters of remittance information    → 20 (16 digits)
 *
 * 14 random digits (≈ 46 bits) still make a collision between open orders vanishingly rare, and
 * the unique index on ramp_orders catches one.
 */
export const REFERENCE_RAILS = {
  sepa: { label: "SEPA Credit Transfer", fieldLength: 35, issuedLength: 20 },
  sic: { label: "SIC (Swiss Interbank Clearing)", fieldLength: 35, issuedLength: 20 },
  uk: { label: "Faster Payments / Bacs", fieldLength: 18, issuedLength: 18 },
  swift: { label: "SWIFT (MT103 field 70)", fieldLength: 35, issuedLength: 20 },
} as const;
export type ReferenceRail = keyof typeof REFERENCE_RAILS;
export type IssuedLength = (typeof REFERENCE_RAILS)[ReferenceRail]["issuedLength"];

/** Lengths of issued references, longest first (a longer one is tried first inside free text). */
const ISSUED_LENGTHS: readonly IssuedLength[] = [20, 18];
/** 16 random digits ≈ 53 bits on SEPA and SIC. */
export const ISSUED_BODY_LENGTH = 16;
/** A cut-off reference must keep at least this many of its digits to be matched by its beginning. */
export const MIN_TRUNCATED_DIGITS = 10;

const ELECTRONIC_SHAPE = /^RF(\d{2})([0-9A-Z]{1,21})$/;
/** Whitespace a reference may carry when copied from a statement or typed by a person (incl. NBSP). */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

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
  if (!hasValidMod97Check(reference)) {
    return { valid: false, reason: "checksum", message: "Creditor reference check digits do not match (ISO 11649, mod 97)" };
  }
  return { valid: true, reference };
}

/** A valid reference for `body` (1–21 of [0-9A-Z], case-insensitive): check digits = 98 − (n mod 97). */
export function makeCreditorReference(body: string): string {
  const upper = body.toUpperCase();
  if (!/^[0-9A-Z]{1,21}$/.test(upper)) throw new Error("Creditor reference body must be 1–21 letters or digits");
  return `RF${mod97CheckDigits("RF", upper)}${upper}`;
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

export interface NewReferenceOptions {
  /** Electronic length: 20 (SEPA, SIC; the default) or 18 (UK rails). */
  length?: IssuedLength;
  random?: (bytes: Uint8Array) => Uint8Array;
}

/** A new reference for a bank on-ramp order: `RF` + check digits + random digits, `length` characters in all. */
export function newCreditorReference(options: NewReferenceOptions = {}): string {
  const length = options.length ?? REFERENCE_RAILS.sepa.issuedLength;
  if (!ISSUED_LENGTHS.includes(length)) throw new Error(`Issued references have ${ISSUED_LENGTHS.join(" or ")} characters`);
  return makeCreditorReference(randomDigits(length - 4, options.random));
}

/** Is this (electronic) reference of a form CorePort issues? Valid check digits are checked separately. */
export function isIssuedReferenceShape(reference: string): boolean {
  return /^RF\d+$/.test(reference) && (ISSUED_LENGTHS as readonly number[]).includes(reference.length);
}

/** Printed form in groups of four: "RF55 4605 8913 2657 2084". */
export function formatCreditorReference(reference: string): string {
  return normalizeCreditorReference(reference).replace(/(.{4})(?=.)/g, "$1 ");
}

/** How a reference is shown for typing on `rail`: grouped where the field has room, unspaced where spaces would be cut off. */
export function displayCreditorReference(reference: string, rail: ReferenceRail): string {
  const grouped = formatCreditorReference(reference);
  return grouped.length <= REFERENCE_RAILS[rail].fieldLength ? grouped : normalizeCreditorReference(reference);
}

/** What a transfer's reference text yields: a whole issued reference, or the beginning of one a bank cut off. */
export type ReferenceMatch = { kind: "exact"; reference: string } | { kind: "truncated"; prefix: string };

/**
 * Find a reference CorePort issued inside free remittance text ("Order RF55 4605 8913 2657 2084 thx"):
 * banks often move the structured reference into the unstructured field, with spaces, in lower case,
 * behind their own prefixes, and UK banks cut the field at 18 characters (spaces included, so a
 * grouped reference loses its last digits). Returns the first whole reference of an issued length
 * with valid check digits; failing that, the longest run `RF` + 2 check digits + at least
 * MIN_TRUNCATED_DIGITS digits that is shorter than an issued reference, which the caller may match
 * by its beginning against the references it issued. Otherwise undefined.
 */
export function matchIssuedReference(text: string): ReferenceMatch | undefined {
  const compact = normalizeCreditorReference(text.slice(0, 1024));
  let truncated: string | undefined;
  for (let at = compact.indexOf("RF"); at !== -1; at = compact.indexOf("RF", at + 1)) {
    const digits = /^\d+/.exec(compact.slice(at + 2))?.[0] ?? "";
    const candidate = `RF${digits}`;
    // The digit run must be exactly a reference: "RF…20 digits…7" is not ours.
    if (isIssuedReferenceShape(candidate) && hasValidMod97Check(candidate)) return { kind: "exact", reference: candidate };
    const cutAfter = digits.length - 2;
    if (cutAfter >= MIN_TRUNCATED_DIGITS && candidate.length < ISSUED_LENGTHS[0]! && candidate.length > (truncated?.length ?? 0)) truncated = candidate;
  }
  return truncated ? { kind: "truncated", prefix: truncated } : undefined;
}

/** The whole issued reference inside `text`, if there is one (see matchIssuedReference). */
export function findIssuedReference(text: string): string | undefined {
  const match = matchIssuedReference(text);
  return match?.kind === "exact" ? match.reference : undefined;
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
