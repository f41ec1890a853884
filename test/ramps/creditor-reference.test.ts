import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  REFERENCE_RAILS,
  checkCreditorReference,
  displayCreditorReference,
  matchIssuedReference,
  findIssuedReference,
  formatCreditorReference,
  isIssuedReferenceShape,
  isPaymentReferenceCollision,
  makeCreditorReference,
  newCreditorReference,
  normalizeCreditorReference,
  randomDigits,
  withUniqueCreditorReference,
} from "../../src/lib/creditor-reference";
import { newId } from "../../src/lib/ids";

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const body = fc.stringMatching(/^[0-9A-Z]{1,21}$/);
/** Random bytes for the generator, so fast-check drives (and shrinks) the issued references. */
const randomSource = fc.uint8Array({ minLength: 64, maxLength: 64 }).map((seed) => {
  let i = 0;
  return (buf: Uint8Array) => buf.map(() => seed[i++ % seed.length]! ^ (i * 31) & 0xff);
});

describe("ISO 11649 creditor references", () => {
  it("accepts the standard's published example in any spacing and case", () => {
    for (const input of ["RF18539007547034", "RF18 5390 0754 7034", "rf18 5390 0754 7034", " RF18\u00a05390 0754\t7034 ", "RF18000000000539007547034"]) {
      expect(checkCreditorReference(input)).toEqual({ valid: true, reference: normalizeCreditorReference(input) });
    }
    expect(makeCreditorReference("539007547034")).toBe("RF18539007547034");
  });

  it.each([
    ["RF19539007547034", "checksum"],
    ["RF18539007547035", "checksum"],
    ["RF1853900754703", "checksum"],
    ["RF18", "format"],
    ["RX18539007547034", "format"],
    ["RF1A539007547034", "format"],
    ["RF18" + "1".repeat(22), "format"],
    ["RF18-5390-0754-7034", "format"],
    ["RF18 5390 0754 7034'; DROP TABLE ramp_orders;--", "format"],
    ["", "format"],
  ])("refuses %j (%s)", (input, reason) => {
    expect(checkCreditorReference(input)).toMatchObject({ valid: false, reason });
  });

  it("makes references that validate, for every body of 1–21 alphanumerics (property)", () => {
    fc.assert(
      fc.property(body, (b) => {
        const ref = makeCreditorReference(b);
        expect(ref).toMatch(/^RF\d{2}[0-9A-Z]{1,21}$/);
        expect(checkCreditorReference(ref)).toEqual({ valid: true, reference: ref });
        expect(checkCreditorReference(formatCreditorReference(ref).toLowerCase())).toEqual({ valid: true, reference: ref });
      }),
      { numRuns: 2000 },
    );
  });

  it("issues references of each rail's length that validate (property)", () => {
    fc.assert(
      fc.property(randomSource, fc.constantFrom(...Object.values(REFERENCE_RAILS)), (random, rail) => {
        const ref = newCreditorReference({ length: rail.issuedLength, random });
        expect(ref).toHaveLength(rail.issuedLength);
        expect(ref.length).toBeLessThanOrEqual(rail.fieldLength);
        expect(isIssuedReferenceShape(ref)).toBe(true);
        expect(checkCreditorReference(ref).valid).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(newCreditorReference()).toHaveLength(20);
    expect(() => newCreditorReference({ length: 19 as 18 })).toThrow(/18 or 20|20 or 18/);
    const many = new Set(Array.from({ length: 2000 }, () => newCreditorReference()));
    expect(many.size).toBe(2000);
  });

  it("detects any single substitution in an issued reference (property)", () => {
    fc.assert(
      fc.property(randomSource, fc.constantFrom(18, 20 as const), fc.nat(), fc.integer({ min: 1, max: 35 }), (random, length, p, shift) => {
        const ref = newCreditorReference({ length, random });
        const pos = p % ref.length;
        const replacement = ALNUM[(ALNUM.indexOf(ref[pos]!) + shift) % ALNUM.length]!;
        const typo = ref.slice(0, pos) + replacement + ref.slice(pos + 1);
        // Digits: mod 97 catches it. A letter in place of a digit: no longer the issued shape.
        expect(checkCreditorReference(typo).valid && isIssuedReferenceShape(typo)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("detects every class-preserving substitution in any reference (property)", () => {
    fc.assert(
      fc.property(body, fc.nat(), fc.integer({ min: 1, max: 25 }), (b, p, shift) => {
        const ref = makeCreditorReference(b);
        const pos = 2 + (p % (ref.length - 2));
        const old = ref[pos]!;
        const alphabet = /\d/.test(old) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const replacement = alphabet[(alphabet.indexOf(old) + (shift % alphabet.length || 1)) % alphabet.length]!;
        expect(checkCreditorReference(ref.slice(0, pos) + replacement + ref.slice(pos + 1)).valid).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("draws uniform digits without modulo bias", () => {
    const counts = new Array(10).fill(0);
    for (const d of randomDigits(20000)) counts[Number(d)]++;
    for (const n of counts) expect(n).toBeGreaterThan(1700);
    // Bytes ≥ 250 are discarded: a source that only yields 255 then 7 gives only 7s.
    let calls = 0;
    expect(randomDigits(3, (b) => b.fill(calls++ === 0 ? 255 : 7))).toBe("777");
  });

  it("finds an issued reference inside free remittance text", () => {
    const ref = newCreditorReference();
    expect(findIssuedReference(`Payment ${formatCreditorReference(ref).toLowerCase()} thank you`)).toBe(ref);
    expect(findIssuedReference(`INV 2291/${ref}`)).toBe(ref);
    expect(findIssuedReference(`${ref}9`)).toBeUndefined();
    expect(findIssuedReference("RF18539007547034")).toBeUndefined(); // valid, but not a reference we issue
    expect(findIssuedReference("no reference here")).toBeUndefined();
    const typo = ref.slice(0, 10) + String((Number(ref[10]) + 1) % 10) + ref.slice(11);
    expect(findIssuedReference(`ref ${typo}`)).toBeUndefined();
    const uk = newCreditorReference({ length: 18 });
    expect(findIssuedReference(`FP ${formatCreditorReference(uk)}`)).toBe(uk);
  });

  // UK rails (Faster Payments, Bacs) carry 18 characters and cut the rest, spaces included: a 20-character
  // reference, or an 18-character one typed in groups of four, loses its last digits on the way.
  it("recognises the beginning of a reference that a bank cut at 18 characters", () => {
    // A fixed 20-character reference whose first 18 characters are not by chance a valid reference (1 in 97 are).
    const ref = "RF554605891326572084";
    expect(checkCreditorReference(ref.slice(0, 18)).valid).toBe(false);
    const cut = (text: string) => text.slice(0, 18);
    expect(matchIssuedReference(cut(ref))).toEqual({ kind: "truncated", prefix: ref.slice(0, 18) });
    const uk = newCreditorReference({ length: 18 });
    expect(matchIssuedReference(cut(uk))).toEqual({ kind: "exact", reference: uk });
    expect(matchIssuedReference(cut(formatCreditorReference(uk)).toLowerCase())).toEqual({ kind: "truncated", prefix: uk.slice(0, 15) });
    expect(matchIssuedReference(`PAYMENT ${cut(formatCreditorReference(ref))}`)).toEqual({ kind: "truncated", prefix: ref.slice(0, 15) });
    // Too little left to tell orders apart, or no RF at all: nothing.
    expect(matchIssuedReference(ref.slice(0, 13))).toBeUndefined();
    expect(matchIssuedReference("rent for march")).toBeUndefined();
    // A whole reference wins over a cut one in the same text.
    expect(matchIssuedReference(`${ref.slice(0, 16)} ${uk}`)).toEqual({ kind: "exact", reference: uk });
    expect(matchIssuedReference(`${ref.slice(0, 16)} ${uk}`.replace(uk, uk.slice(0, 14)))).toEqual({ kind: "truncated", prefix: ref.slice(0, 16) });
  });

  it("is shown for typing the way each rail's field can hold it", () => {
    const ref = newCreditorReference();
    expect(displayCreditorReference(ref, "sepa")).toBe(formatCreditorReference(ref));
    const uk = newCreditorReference({ length: 18 });
    // Grouped, 18 characters would need 22: UK banking apps get the unspaced form.
    expect(displayCreditorReference(uk, "uk")).toBe(uk);
  });
});

describe("unique references for ramp orders", () => {
  async function insertOrder(reference: string) {
    const id = newId("ord");
    await env.DB.prepare(
      `INSERT INTO ramp_orders (id, merchant_id, direction, rail, status, source_asset, target_asset, source_amount, target_amount,
        fees, payment_reference, destination, client_secret_hash, metadata, expires_at)
       VALUES (?, 'mer_test', 'onramp', 'bank', 'awaiting_funds', 'EUR', 'EURX', '100.00', '98.000000', '[]', ?, '{}', 'x', '{}', ?)`,
    ).bind(id, reference, Date.now() + 3_600_000).run();
    return id;
  }

  it("retries with a fresh reference when the unique index reports a collision", async () => {
    const taken = newCreditorReference();
    await insertOrder(taken);
    const fresh = newCreditorReference();
    const queue = [taken, taken, fresh];
    const { reference, result } = await withUniqueCreditorReference(insertOrder, isPaymentReferenceCollision, { generate: () => queue.shift()! });
    expect(reference).toBe(fresh);
    const row = await env.DB.prepare("SELECT payment_reference FROM ramp_orders WHERE id = ?").bind(result).first();
    expect(row).toEqual({ payment_reference: fresh });
    expect(queue).toEqual([]);
  });

  it("gives up after the attempts and rethrows other errors untouched", async () => {
    const taken = newCreditorReference();
    await insertOrder(taken);
    await expect(withUniqueCreditorReference(insertOrder, isPaymentReferenceCollision, { generate: () => taken, attempts: 3 })).rejects.toThrow(
      /after 3 attempts/,
    );
    const boom = new Error("D1_ERROR: no such table");
    await expect(withUniqueCreditorReference(() => Promise.reject(boom), isPaymentReferenceCollision)).rejects.toBe(boom);
  });
});
