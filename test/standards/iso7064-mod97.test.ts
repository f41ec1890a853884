/**
 * ISO 7064 MOD 97-10 — the one check-digit helper behind IBANs (ISO 13616), RF creditor references
 * (ISO 11649) and ICAN addresses (Core CIP-100). Vectors are the standards' own published examples.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIban } from "../../src/lib/bank-details";
import { checkCreditorReference, makeCreditorReference } from "../../src/lib/creditor-reference";
import { checkIcan, makeIcan } from "../../src/lib/ican";
import { hasValidMod97Check, mod97, mod97CheckDigits } from "../../src/lib/mod97";

describe("ISO 7064 MOD 97-10", () => {
  it("reproduces the check digits of the standards' examples", () => {
    // ISO 13616-1 (IBAN) example: GB82 WEST 1234 5698 7654 32.
    expect(mod97CheckDigits("GB", "WEST12345698765432")).toBe("82");
    expect(hasValidMod97Check("GB82WEST12345698765432")).toBe(true);
    // The IBAN registry's German example, DE89 3704 0044 0532 0130 00.
    expect(mod97CheckDigits("DE", "370400440532013000")).toBe("89");
    // ISO 11649 example: RF18 5390 0754 7034.
    expect(mod97CheckDigits("RF", "539007547034")).toBe("18");
    expect(makeCreditorReference("539007547034")).toBe("RF18539007547034");
    // Core's PayTo scheme documentation (core-laboratories/payto, docs/scheme.md) example ICAN.
    expect(hasValidMod97Check("cb7147879011ea207df5b35a24ca6f0859dcfb145999")).toBe(true);
    expect(makeIcan("cb", "cb7147879011ea207df5b35a24ca6f0859dcfb145999".slice(4))).toBe("cb7147879011ea207df5b35a24ca6f0859dcfb145999");
  });

  it("reads letters in either case as 10…35 and refuses anything else", () => {
    expect(mod97("A")).toBe(10);
    expect(mod97("z")).toBe(35);
    expect(mod97("WEST")).toBe(mod97("west"));
    for (const bad of ["-", " ", "\u0010", "é", "@"]) expect(() => mod97(`12${bad}3`)).toThrow(RangeError);
  });

  it("agrees with BigInt arithmetic on any alphanumeric text (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z]{1,60}$/), (text) => {
        const numeric = [...text].map((c) => (/\d/.test(c) ? c : String(c.toUpperCase().charCodeAt(0) - 55))).join("");
        expect(mod97(text)).toBe(Number(BigInt(numeric) % 97n));
      }),
      { numRuns: 2000 },
    );
  });

  it("is the check IBANs, RF references and ICANs all use: each agrees with the shared helper (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12,18}$/), fc.stringMatching(/^[0-9a-f]{40}$/), (digits, hex) => {
        const rf = makeCreditorReference(digits);
        expect(checkCreditorReference(rf).valid).toBe(hasValidMod97Check(rf));
        const ican = makeIcan("ab", hex);
        expect(checkIcan(ican).valid).toBe(true);
        expect(hasValidMod97Check(ican)).toBe(true);
        // A German IBAN: bank code 8 digits + account 10 digits. ibantools (independent) agrees.
        const bban = digits.padEnd(18, "0").slice(0, 18);
        const iban = `DE${mod97CheckDigits("DE", bban)}${bban}`;
        expect(checkIban(iban).valid).toBe(true);
        const wrong = `DE${String((Number(iban.slice(2, 4)) % 97) + 1).padStart(2, "0")}${bban}`;
        expect(checkIban(wrong).valid).toBe(hasValidMod97Check(wrong));
      }),
      { numRuns: 1000 },
    );
  });
});
