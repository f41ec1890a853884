import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIcan, makeIcan } from "../src/lib/ican";

const hex40 = fc.stringMatching(/^[0-9a-f]{40}$/);

describe("ICAN (CIP-100)", () => {
  it("makeIcan produces addresses that validate, on every network (property)", () => {
    fc.assert(
      fc.property(hex40, fc.constantFrom("cb", "ab", "ce" as const), (body, prefix) => {
        const address = makeIcan(prefix, body);
        expect(address).toMatch(/^(cb|ab|ce)\d{2}[0-9a-f]{40}$/);
        expect(checkIcan(address)).toMatchObject({ valid: true, prefix });
        expect(checkIcan(address.toUpperCase())).toMatchObject({ valid: true, address });
      }),
      { numRuns: 1000 },
    );
  });

  // mod 97 catches every substitution that keeps the character class (digit↔digit, a–f↔a–f).
  it("detects every class-preserving single-character substitution (property)", () => {
    fc.assert(
      fc.property(hex40, fc.integer({ min: 2, max: 43 }), fc.integer({ min: 1, max: 15 }), (body, pos, delta) => {
        const address = makeIcan("cb", body);
        const old = address[pos]!;
        const alphabet = /\d/.test(old) ? "0123456789" : "abcdef";
        const replacement = alphabet[(alphabet.indexOf(old) + (delta % alphabet.length || 1)) % alphabet.length]!;
        const corrupted = address.slice(0, pos) + replacement + address.slice(pos + 1);
        expect(checkIcan(corrupted)).toMatchObject({ valid: false, reason: "checksum" });
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses malformed addresses", () => {
    const ok = makeIcan("cb", "a".repeat(40));
    for (const bad of ["", ok.slice(0, -1), ok + "0", "xx" + ok.slice(2), ok.replace(/a/g, "g"), `0x${"a".repeat(40)}`]) {
      expect(checkIcan(bad)).toMatchObject({ valid: false, reason: "format" });
    }
  });

  it("agrees with an independent BigInt mod-97 computation", () => {
    const address = makeIcan("ab", "0123456789abcdef0123456789abcdef01234567");
    const rearranged = address.slice(4) + address.slice(0, 4);
    const numeric = [...rearranged].map((c) => (/[a-z]/.test(c) ? String(c.charCodeAt(0) - 87) : c)).join("");
    expect(BigInt(numeric) % 97n).toBe(1n);
  });
});
