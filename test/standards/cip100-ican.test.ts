/**
 * Core CIP-100 (ICAN): addresses are accepted in the electronic form (`cb71…`, lower case) and in the
 * printed form people copy (upper case, groups of four: `CB71 4787 …`), and always answered in the
 * electronic form. Vector: the example ICAN of Core's PayTo scheme documentation
 * (core-laboratories/payto, docs/scheme.md).
 */
import { describe, expect, it } from "vitest";
import { checkIcan, formatIcan, looksLikeIcan, normalizeIcan } from "../../src/lib/ican";
import { checkWalletAddress } from "../../src/lib/wallet-address";

const ELECTRONIC = "cb7147879011ea207df5b35a24ca6f0859dcfb145999";
const PRINTED = "CB71 4787 9011 EA20 7DF5 B35A 24CA 6F08 59DC FB14 5999";

describe("ICAN forms (CIP-100)", () => {
  it("prints in upper-case groups of four and reads the printed form back", () => {
    expect(formatIcan(ELECTRONIC)).toBe(PRINTED);
    expect(normalizeIcan(PRINTED)).toBe(ELECTRONIC);
    for (const input of [PRINTED, PRINTED.toLowerCase(), ` ${PRINTED}\u00a0`, PRINTED.replace(/ /g, "\u2009"), ELECTRONIC.toUpperCase()]) {
      expect(checkIcan(input)).toEqual({ valid: true, address: ELECTRONIC, prefix: "cb", network: "mainnet" });
      expect(looksLikeIcan(input)).toBe(true);
      expect(checkWalletAddress("core-mainnet", input)).toEqual({ valid: true, address: ELECTRONIC, network: "core-mainnet" });
    }
  });

  it("still refuses a typo, another network and anything that only looks similar", () => {
    expect(checkIcan(PRINTED.replace("4787", "4788"))).toMatchObject({ valid: false, reason: "checksum" });
    expect(checkWalletAddress("core-testnet", PRINTED)).toMatchObject({ valid: false, code: "address_network" });
    expect(checkIcan(PRINTED.replace(/ /g, "-"))).toMatchObject({ valid: false, reason: "format" });
    expect(checkIcan(`${PRINTED}${" ".repeat(40)}`)).toMatchObject({ valid: false, reason: "format" });
    expect(looksLikeIcan("rent for march")).toBe(false);
  });
});
