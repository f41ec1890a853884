/**
 * Core CIP-100 (ICAN): addresses are accepted in the electronic form (`cb71…`, lower case) and in the
 * printed form people copy (upper case, groups of four: `CB71 4787 …`), and always answered in the
 * electronic form. Vector: the example ICAN of Core's PayTo scheme documentation
 * (core-laboratories/payto, docs/scheme.md).
 */
import { describe, expect, it } from "vitest";
import { checkIcan, formatIcan, looksLikeIcan, makeIcan, normalizeIcan } from "../../src/lib/ican";
import { parseFintagDocument } from "../../src/services/referrals/fintag.schema";
import { parseReferrerInput } from "../../src/services/referrals/referrals.service";
import { postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys } from "../helpers/merchants";
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

describe("the printed form through the API", () => {
  const testnet = makeIcan("ab", "a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8"); // the test worker runs testnet
  const printed = formatIcan(testnet);

  it("walletAddress of an order: accepted printed, answered electronic", async () => {
    const m = await merchantWithKeys();
    expect((await postJson("/api/v1/admin/liquidity/EURX", { size: "10000" }, ADMIN)).status).toBe(200);
    const res = await postJson("/api/v1/onramp/bank", { asset: "EURX", receiveAmount: "25", walletAddress: printed }, bearer(m.sk));
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await res.json<{ receive: { walletAddress: string } }>()).receive.walletAddress).toBe(testnet);
  });

  it("a merchant's payoutAddress: accepted printed, stored and answered electronic", async () => {
    const res = await postJson("/api/v1/admin/merchants", { name: "Printed ICAN Ltd", allowedOrigins: [], payoutAddress: printed.toLowerCase() }, ADMIN);
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await res.json<{ payoutAddress: string }>()).payoutAddress).toBe(testnet);
  });

  it("referrers and FinTag entries: accepted printed, kept electronic", () => {
    expect(parseReferrerInput(PRINTED, "referrer", "query")).toEqual({ kind: "address", address: ELECTRONIC });
    expect(parseFintagDocument([{ "ican:xcb": PRINTED, "defi:fee": "1.00%" }])).toMatchObject({ ok: true, entries: [{ icanAddress: ELECTRONIC, network: "mainnet" }] });
  });
});
