/**
 * ISO 9362:2014 BIC: 4-character business party prefix (letters OR digits since the 2014 edition),
 * ISO 3166-1 country code, 2-character business party suffix, optional 3-character branch. Vectors:
 * the structure as the standard defines it, real BICs from the IBAN registry's examples, and the
 * test-and-training convention (suffix ending in 0).
 */
import { describe, expect, it } from "vitest";
import { BankAccountSchema, checkBic } from "../../src/lib/bank-details";

describe("BIC (ISO 9362:2014)", () => {
  it.each([
    ["COBADEFFXXX", "DE"], // Commerzbank, the IBAN registry's DE example bank
    ["NWBKGB2L", "GB"],
    ["BPOTBEB1", "BE"], // EPC069-12's example beneficiary bank
    ["UBSWCHZH80A", "CH"],
    ["1234DEFF", "DE"], // digits in the business party prefix: allowed since ISO 9362:2014
    ["AB1CGB2LXXX", "GB"],
    ["cobadeff xxx", "DE"],
  ])("accepts %s", (input, countryCode) => {
    expect(checkBic(input)).toEqual({ valid: true, value: { bic: input.replace(/\s/g, "").toUpperCase(), countryCode } });
  });

  it.each([
    ["DEUT1EFF", "bic_format"], // the country code is letters only
    ["DEUTDEF", "bic_format"],
    ["DEUTDEFFXX", "bic_format"],
    ["DEUTDEFF_XX", "bic_format"],
    ["DEUTZZFF", "bic_country"],
    ["DEUTDEF0", "bic_test"], // test-and-training BIC
    ["", "bic_format"],
  ])("refuses %j (%s)", (input, code) => {
    expect(checkBic(input)).toMatchObject({ valid: false, code });
  });

  it("accepts a digit-prefixed BIC in a payout bank account", () => {
    const parsed = BankAccountSchema.safeParse({ iban: "DE89370400440532013000", bic: "1234DEFFXXX", accountHolderName: "Anna Müller", country: "DE" });
    expect(parsed.success).toBe(true);
  });
});
