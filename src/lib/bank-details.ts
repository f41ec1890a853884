/**
 * Bank account details for bank rails (off-ramp payouts, collection accounts): IBAN and BIC checked
 * with `ibantools` (ISO 13616 checksum, country, length, BBAN format and national check digits;
 * ISO 9362 BIC format and country), and the account holder's name. The zod schemas normalise what
 * people paste (spaces, lower case, Unicode forms) and report each failure on its own field with a
 * specific `code` (e.g. `bankAccount.iban` / `iban_checksum`) through the validation hook.
 *
 * Whether a country is served (locations with off-ramp enabled) needs D1, so it is checked by
 * services/ramps/bank-account.ts after this shape validation.
 */
import { z } from "@hono/zod-openapi";
import { countrySpecs, electronicFormatIBAN, extractIBAN, isSEPACountry, validateIBAN, ValidationErrorsIBAN } from "ibantools";

export type BankCheck<T> = { valid: true; value: T } | { valid: false; code: string; message: string };

const IBAN_ERRORS: Record<ValidationErrorsIBAN, { code: string; message: string }> = {
  [ValidationErrorsIBAN.NoIBANProvided]: { code: "iban_missing", message: "An IBAN is required" },
  [ValidationErrorsIBAN.NoIBANCountry]: { code: "iban_country", message: "The IBAN does not start with the code of a country that uses IBANs" },
  [ValidationErrorsIBAN.WrongBBANLength]: { code: "iban_length", message: "The IBAN has the wrong length for its country" },
  [ValidationErrorsIBAN.WrongBBANFormat]: { code: "iban_format", message: "The account part of the IBAN does not have its country's format" },
  [ValidationErrorsIBAN.ChecksumNotNumber]: { code: "iban_checksum", message: "The IBAN check digits must be two digits" },
  [ValidationErrorsIBAN.WrongIBANChecksum]: { code: "iban_checksum", message: "The IBAN check digits do not match (mod 97): check for a typo" },
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]: { code: "iban_national_checksum", message: "The national check digits of the account number do not match" },
  [ValidationErrorsIBAN.QRIBANNotAllowed]: { code: "iban_qr", message: "A Swiss QR-IBAN only receives QR-bill payments; give the account's regular IBAN" },
};

/** Order in which IBAN problems are reported: the most basic first (a wrong country explains a wrong length). */
const IBAN_ERROR_PRIORITY = [
  ValidationErrorsIBAN.NoIBANProvided,
  ValidationErrorsIBAN.NoIBANCountry,
  ValidationErrorsIBAN.WrongBBANLength,
  ValidationErrorsIBAN.WrongBBANFormat,
  ValidationErrorsIBAN.ChecksumNotNumber,
  ValidationErrorsIBAN.WrongIBANChecksum,
  ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
  ValidationErrorsIBAN.QRIBANNotAllowed,
];

/** Spaces, NBSPs and dashes people paste into IBANs and BICs ("DE89 3704-0044…"). */
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f\ufeff-]+/g;

export function normalizeIban(input: string): string {
  return (electronicFormatIBAN(input.replace(SEPARATORS, "")) ?? "").toUpperCase();
}

export interface IbanDetails {
  iban: string;
  countryCode: string;
  bankIdentifier?: string;
  sepa: boolean;
}

/** Validate an IBAN (electronic or printed form). QR-IBANs are refused: they cannot receive payouts. */
export function checkIban(input: string): BankCheck<IbanDetails> {
  const iban = normalizeIban(input);
  if (!/^[A-Z0-9]*$/.test(iban)) return { valid: false, code: "iban_format", message: "An IBAN has only letters and digits" };
  const result = validateIBAN(iban, { allowQRIBAN: false });
  if (!result.valid) {
    const first = IBAN_ERROR_PRIORITY.find((code) => result.errorCodes.includes(code)) ?? ValidationErrorsIBAN.WrongBBANFormat;
    return { valid: false, ...IBAN_ERRORS[first] };
  }
  const parts = extractIBAN(iban);
  const countryCode = parts.countryCode ?? iban.slice(0, 2);
  return { valid: true, value: { iban, countryCode, bankIdentifier: parts.bankIdentifier, sepa: isSEPACountry(countryCode) } };
}

/** A UK account as UK banking apps ask for it: 6-digit sort code and 8-digit account number. */
export interface UkAccountDetails {
  sortCode: string;
  accountNumber: string;
}

/**
 * Sort code and account number of a GB IBAN. The UK BBAN (ISO 13616 registry, GB) is
 * `BBBB SSSSSS AAAAAAAA`: a 4-letter bank code (the BIC's prefix), the 6-digit sort code and the
 * 8-digit account number, so GB29 NWBK 6016 1331 9268 19 is sort code 60-16-13, account 31926819.
 * Undefined for any other IBAN.
 */
export function ukAccountFromIban(input: string): UkAccountDetails | undefined {
  const match = /^GB\d{2}[A-Z]{4}(\d{6})(\d{8})$/.exec(normalizeIban(input));
  return match ? { sortCode: match[1]!, accountNumber: match[2]! } : undefined;
}

/**
 * BIC countries that legitimately differ from their IBAN's country: territories that use the
 * IBAN country code of their parent (Crown Dependencies use GB IBANs, French overseas territories
 * FR IBANs, Åland FI IBANs).
 */
const BIC_COUNTRY_USES_IBAN_OF: Record<string, string> = {
  JE: "GB", GG: "GB", IM: "GB",
  GF: "FR", GP: "FR", MQ: "FR", RE: "FR", YT: "FR", PM: "FR", BL: "FR", MF: "FR", NC: "FR", PF: "FR", WF: "FR", TF: "FR",
  AX: "FI",
};

export function normalizeBic(input: string): string {
  return input.replace(SEPARATORS, "").toUpperCase();
}

export interface BicDetails {
  bic: string;
  countryCode: string;
}

/**
 * ISO 9362:2014 BIC: business party prefix (4 letters or digits — digits are allowed since the 2014
 * edition), ISO 3166-1 country code (2 letters), business party suffix (2 letters or digits) and an
 * optional branch identifier (3 letters or digits).
 */
const BIC_SHAPE = /^[A-Z0-9]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/**
 * Validate a BIC (8 or 11 characters) per ISO 9362:2014. Test-and-training BICs (second character of
 * the suffix `0`) are refused: they cannot receive payments.
 */
export function checkBic(input: string): BankCheck<BicDetails> {
  const bic = normalizeBic(input);
  const match = BIC_SHAPE.exec(bic);
  if (!match) {
    return { valid: false, code: "bic_format", message: "Expected a BIC of 8 or 11 characters: 4-character party prefix, country, 2-character suffix and optional branch" };
  }
  const countryCode = match[1]!;
  if (!Object.hasOwn(countrySpecs, countryCode)) return { valid: false, code: "bic_country", message: `The BIC's country code '${countryCode}' is not a country` };
  if (bic[7] === "0") return { valid: false, code: "bic_test", message: "This is a test BIC (location code ending in 0); it cannot receive payments" };
  return { valid: true, value: { bic, countryCode } };
}

/** Does a BIC belong to the country of an IBAN (allowing the territories above)? */
export function bicMatchesIbanCountry(bicCountry: string, ibanCountry: string): boolean {
  return bicCountry === ibanCountry || BIC_COUNTRY_USES_IBAN_OF[bicCountry] === ibanCountry;
}

export const HOLDER_NAME_MAX = 70; // the SEPA limit for a party name

/**
 * Letters of any script, combining marks, digits, spaces and the punctuation real names and
 * company names use. No control or format characters (bidi overrides, zero-width), no `<>"\;=`,
 * no emoji; it must start with a letter or digit (so a name is never read as a spreadsheet formula).
 */
const HOLDER_NAME_CHARS = /^[\p{L}\p{M}0-9][\p{L}\p{M}0-9 .,'’&()/+-]*$/u;

export function normalizeHolderName(input: string): string {
  return input.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export function checkHolderName(input: string): BankCheck<string> {
  const name = normalizeHolderName(input);
  if ([...name].length < 2) return { valid: false, code: "holder_name_length", message: "The account holder's name is too short" };
  if ([...name].length > HOLDER_NAME_MAX) {
    return { valid: false, code: "holder_name_length", message: `The account holder's name is longer than ${HOLDER_NAME_MAX} characters` };
  }
  if (!HOLDER_NAME_CHARS.test(name)) {
    return { valid: false, code: "holder_name_chars", message: "Use letters, digits, spaces and . , ' & ( ) / + - only, starting with a letter or digit" };
  }
  if ((name.match(/\p{L}/gu) ?? []).length < 2) return { valid: false, code: "holder_name_letters", message: "The account holder's name must contain letters" };
  return { valid: true, value: name };
}

// ---------------------------------------------------------------------------------------------
// zod schemas for request bodies
// ---------------------------------------------------------------------------------------------

/** Attach a failed check to the field being parsed, with its specific code. */
function report(ctx: z.RefinementCtx, check: { code: string; message: string }, path?: PropertyKey[]) {
  ctx.addIssue({ code: "custom", message: check.message, params: { code: check.code }, ...(path ? { path } : {}) });
}

export const IbanSchema = z
  .string()
  .max(64, "An IBAN has at most 34 characters")
  .overwrite(normalizeIban)
  .superRefine((value, ctx) => {
    const check = checkIban(value);
    if (!check.valid) report(ctx, check);
  })
  .openapi({
    description: "IBAN (ISO 13616), electronic or printed form; normalised to upper case without spaces. QR-IBANs are refused.",
    example: "DE89370400440532013000",
  });

export const BicSchema = z
  .string()
  .max(20, "A BIC has 8 or 11 characters")
  .overwrite(normalizeBic)
  .superRefine((value, ctx) => {
    const check = checkBic(value);
    if (!check.valid) report(ctx, check);
  })
  .openapi({ description: "BIC / SWIFT code (ISO 9362:2014), 8 or 11 characters; the first four may be letters or digits; normalised to upper case.", example: "COBADEFFXXX" });

export const AccountHolderNameSchema = z
  .string()
  .max(256, `At most ${HOLDER_NAME_MAX} characters`)
  .overwrite(normalizeHolderName)
  .superRefine((value, ctx) => {
    const check = checkHolderName(value);
    if (!check.valid) report(ctx, check);
  })
  .openapi({
    description: `Name of the account holder as the bank knows it: 2–${HOLDER_NAME_MAX} characters, letters of any script, digits, spaces and . , ' & ( ) / + -.`,
    example: "Anna Müller",
  });

export const CountryCodeSchema = z
  .string()
  .max(8, "Expected a two-letter ISO 3166-1 country code")
  .overwrite((s) => s.trim().toUpperCase())
  .regex(/^[A-Z]{2}$/, "Expected a two-letter ISO 3166-1 country code")
  .openapi({ description: "ISO 3166-1 alpha-2 country code", example: "DE" });

/**
 * A bank account for a payout. `bic` may be omitted for IBANs of SEPA countries (the SEPA
 * regulation made IBAN-only payments the rule) and is required elsewhere; when given, its country
 * must be the IBAN's. `country` is the account holder's country of residence.
 */
export const BankAccountSchema = z
  .strictObject({
    iban: IbanSchema,
    bic: BicSchema.optional(),
    accountHolderName: AccountHolderNameSchema,
    country: CountryCodeSchema,
  })
  .superRefine((account, ctx) => {
    const iban = checkIban(account.iban);
    if (!iban.valid) return; // already reported on the field
    if (account.bic === undefined) {
      if (!iban.value.sepa) report(ctx, { code: "bic_required", message: `A BIC is required for accounts in ${iban.value.countryCode} (outside SEPA)` }, ["bic"]);
      return;
    }
    const bic = checkBic(account.bic);
    if (bic.valid && !bicMatchesIbanCountry(bic.value.countryCode, iban.value.countryCode)) {
      report(ctx, {
        code: "bic_country_mismatch",
        message: `The BIC is of a bank in ${bic.value.countryCode} but the IBAN is of an account in ${iban.value.countryCode}`,
      }, ["bic"]);
    }
  })
  .openapi("BankAccount", {
    example: { iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", accountHolderName: "Anna Müller", country: "DE" },
  });

export type BankAccount = z.output<typeof BankAccountSchema>;
