import { createRoute, z } from "@hono/zod-openapi";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BankAccountSchema, checkBic, checkHolderName, checkIban } from "../../src/lib/bank-details";
import { createRouter } from "../../src/lib/create-router";
import { makeIcan } from "../../src/lib/ican";
import { jsonBody, jsonContent } from "../../src/lib/openapi";
import { WalletAddressSchema } from "../../src/lib/wallet-address";
import { errorHandler } from "../../src/middleware/error-handler";
import { requestIdMiddleware } from "../../src/middleware/request-context";
import { assertAssetWalletAddress, assertPayoutBankAccount } from "../../src/services/ramps/destinations";
import { expectProblem, postJson, type Problem } from "../helpers/http";

/** A probe route shaped like the off-ramp bank endpoint of part 2: the real validation hook and error handler. */
const Body = z.strictObject({ asset: z.string(), walletAddress: WalletAddressSchema.optional(), bankAccount: BankAccountSchema.optional() });
const probeRoute = createRoute({
  method: "post",
  path: "/probe",
  request: { body: jsonBody(Body) },
  responses: { 200: jsonContent(Body, "ok") },
});
function probe() {
  const app = createRouter();
  app.use(requestIdMiddleware);
  app.openapi(probeRoute, async (c) => {
    const body = c.req.valid("json");
    if (body.bankAccount) await assertPayoutBankAccount(c.env, body.bankAccount);
    const walletAddress = body.walletAddress ? await assertAssetWalletAddress(c.env, body.asset, body.walletAddress) : undefined;
    return c.json({ ...body, walletAddress }, 200);
  });
  app.onError(errorHandler);
  return app;
}
const send = (body: unknown, overrides?: Partial<typeof env>) => postJson("/probe", body, {}, { app: probe(), env: overrides });
const account = { iban: "DE89370400440532013000", bic: "COBADEFFXXX", accountHolderName: "Anna Müller", country: "DE" };
async function fieldErrors(body: unknown): Promise<Problem["errors"]> {
  const problem = await expectProblem(await send(body), 400);
  expect(problem.code).toBe("VALIDATION_FAILED");
  return problem.errors;
}

/** An IBAN with correct ISO 13616 check digits for any BBAN (to reach the national checks). */
function ibanWithCheckDigits(country: string, bban: string): string {
  let r = 0;
  for (const ch of bban + country + "00") for (const d of /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch) r = (r * 10 + Number(d)) % 97;
  return country + String(98 - r).padStart(2, "0") + bban;
}

describe("bank account in a request body", () => {
  it("accepts and normalises a valid account (printed IBAN, lower case, extra spaces, decomposed Unicode)", async () => {
    const res = await send({ asset: "EURX", bankAccount: { iban: " de89 3704 0044 0532 0130 00 ", bic: "coba de ff xxx", accountHolderName: "  Anna   Mu\u0308ller ", country: "de" } });
    expect(res.status).toBe(200);
    expect((await res.json<{ bankAccount: unknown }>()).bankAccount).toEqual(account);
  });

  it("takes an IBAN-only account inside SEPA, and a Jersey BIC with a GB IBAN", async () => {
    expect((await send({ asset: "EURX", bankAccount: { ...account, bic: undefined } })).status).toBe(200);
    expect((await send({ asset: "EURX", bankAccount: { ...account, iban: "GB29NWBK60161331926819", bic: "RBOSJESH", country: "GB" } })).status).toBe(200);
  });

  it.each([
    ["checksum", "DE89370400440532013001", "iban_checksum"],
    ["country", "XX89370400440532013000", "iban_country"],
    ["length", "DE8937040044053201300", "iban_length"],
    ["BBAN format", "DE8937040044053201300A", "iban_format"],
    ["national check digits", ibanWithCheckDigits("FR", "30006000011234567890188"), "iban_national_checksum"],
    ["QR-IBAN", "CH4431999123000889012", "iban_qr"],
    ["markup", "DE89<script>alert(1)</script>", "iban_format"],
    ["empty", "", "iban_missing"],
  ])("refuses an IBAN with a wrong %s, naming bankAccount.iban", async (_what, iban, code) => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { ...account, iban } });
    expect(errors).toContainEqual(expect.objectContaining({ in: "body", field: "bankAccount.iban", pointer: "/bankAccount/iban", code }));
  });

  it("refuses an absurdly long IBAN before looking at it", async () => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { ...account, iban: "DE".repeat(5000) } });
    expect(errors?.[0]).toMatchObject({ field: "bankAccount.iban", code: "too_big" });
  });

  it.each([
    ["format", "COBA DE", "bic_format"],
    ["format", "COBAD3FF", "bic_format"], // digits are allowed in the first four (ISO 9362:2014), not in the country
    ["country", "COBAXXFF", "bic_country"],
    ["test BIC", "COBADEF0", "bic_test"],
    ["country that is not the IBAN's", "NWBKGB2L", "bic_country_mismatch"],
  ])("refuses a BIC with a wrong %s, naming bankAccount.bic", async (_what, bic, code) => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { ...account, bic } });
    expect(errors).toEqual([expect.objectContaining({ field: "bankAccount.bic", code })]);
  });

  it("requires a BIC outside SEPA", async () => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { ...account, iban: "TR330006100519786457841326", bic: undefined, country: "TR" } });
    expect(errors).toEqual([expect.objectContaining({ field: "bankAccount.bic", code: "bic_required" })]);
  });

  it.each([
    ["<script>alert(1)</script>", "holder_name_chars"],
    ["=HYPERLINK(\"http://x\")", "holder_name_chars"],
    ["+49 Anna", "holder_name_chars"],
    ["Anna\u202eredlohtnuocca", "holder_name_chars"],
    ["An\u200bna Müller", "holder_name_chars"],
    ["Anna 💸 Müller", "holder_name_chars"],
    ["Robert'); DROP TABLE ramp_orders;--", "holder_name_chars"],
    ["A", "holder_name_length"],
    ["A".repeat(71), "holder_name_length"],
    ["12345", "holder_name_letters"],
    ["   ", "holder_name_length"],
  ])("refuses the holder name %j", async (name, code) => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { ...account, accountHolderName: name } });
    expect(errors).toEqual([expect.objectContaining({ field: "bankAccount.accountHolderName", code })]);
  });

  it.each(["O'Brien-Smith & Co. (UK) Ltd", "José Ñúñez García", "Łukasz Żółć", "山田 太郎", "Ελένη Παπαδοπούλου", "3M Deutschland GmbH"])("accepts the holder name %j", (name) => {
    expect(checkHolderName(name)).toEqual({ valid: true, value: name });
  });

  it("refuses a malformed country and unknown fields, naming each", async () => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { ...account, country: "Germany", sortCode: "123456" } });
    expect(errors?.map((e) => e.field).sort()).toEqual(["bankAccount.country", "bankAccount.sortCode"]);
  });

  it("reports several invalid fields at once", async () => {
    const errors = await fieldErrors({ asset: "EURX", bankAccount: { iban: "DE00", bic: "??", accountHolderName: "<b>", country: "1" } });
    expect(errors?.map((e) => e.field).sort()).toEqual(["bankAccount.accountHolderName", "bankAccount.bic", "bankAccount.country", "bankAccount.iban"]);
  });

  it("refuses countries and IBAN countries where off-ramp is not offered", async () => {
    const us = await fieldErrors({ asset: "EURX", bankAccount: { ...account, country: "US" } });
    expect(us).toEqual([expect.objectContaining({ field: "bankAccount.country", code: "country_not_supported" })]);
    const be = await fieldErrors({ asset: "EURX", bankAccount: { ...account, iban: "BE68539007547034", bic: undefined, country: "BE" } });
    expect(be?.map((e) => `${e.field}:${e.code}`).sort()).toEqual(["bankAccount.country:country_not_supported", "bankAccount.iban:iban_country_not_supported"]);
    const au = await fieldErrors({ asset: "EURX", bankAccount: { ...account, country: "AU" } }); // a location, but off-ramp disabled
    expect(au?.[0]?.code).toBe("country_not_supported");
  });
});

describe("IBAN and BIC checks (properties)", () => {
  const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
  it("any German BBAN with correct check digits validates, and any single digit change is caught", () => {
    fc.assert(
      fc.property(digits(18), fc.integer({ min: 4, max: 21 }), fc.integer({ min: 1, max: 9 }), (bban, pos, shift) => {
        const iban = ibanWithCheckDigits("DE", bban);
        expect(checkIban(iban)).toMatchObject({ valid: true, value: { iban, countryCode: "DE", sepa: true } });
        const typo = iban.slice(0, pos) + String((Number(iban[pos]) + shift) % 10) + iban.slice(pos + 1);
        expect(checkIban(typo)).toMatchObject({ valid: false, code: "iban_checksum" });
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(typeof checkIban(s).valid).toBe("boolean");
        expect(typeof checkBic(s).valid).toBe("boolean");
        expect(typeof checkHolderName(s).valid).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("wallet address per network", () => {
  const body = "a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8";

  // The test worker runs CORE_NETWORK = "testnet" (wrangler.toml, as `npm run dev`): coins live on core-testnet.
  it("accepts a testnet ICAN on a testnet deployment, normalised to lower case", async () => {
    const address = makeIcan("ab", body);
    const res = await send({ asset: "EURX", walletAddress: address.toUpperCase() });
    expect(res.status).toBe(200);
    expect((await res.json<{ walletAddress: string }>()).walletAddress).toBe(address);
  });

  it.each([
    ["a mainnet address", makeIcan("cb", body), "address_network"],
    ["an enterprise address", makeIcan("ce", body), "address_network"],
    ["a wrong check digit", makeIcan("ab", body).replace(/^ab(\d)/, (_m, d: string) => `ab${(Number(d) + 1) % 10}`), "address_checksum"],
    ["an Ethereum address", "0x52908400098527886E0F7030069857D2E4169EE7", "address_format"],
    ["too few hex digits", makeIcan("ab", body).slice(0, 40), "address_format"],
  ])("refuses %s with a 400 naming walletAddress", async (_what, walletAddress, code) => {
    const errors = await fieldErrors({ asset: "EURX", walletAddress });
    expect(errors).toEqual([expect.objectContaining({ field: "walletAddress", code })]);
  });

  it("refuses hostile input by shape, and fiat assets that have no network", async () => {
    expect((await fieldErrors({ asset: "EURX", walletAddress: "cb00'; DROP TABLE x;--" }))?.[0]?.field).toBe("walletAddress");
    expect((await fieldErrors({ asset: "EURX", walletAddress: "c".repeat(500) }))?.[0]?.code).toBe("too_big");
    expect((await fieldErrors({ asset: "EUR", walletAddress: makeIcan("ab", body) }))?.[0]?.code).toBe("network_unsupported");
  });

  it("the deployment's network wins over what an older asset row says", async () => {
    await env.DB.prepare("UPDATE assets SET network = 'core-mainnet' WHERE code = 'GBPX'").run();
    try {
      expect((await send({ asset: "GBPX", walletAddress: makeIcan("ab", body) })).status).toBe(200);
      expect((await fieldErrors({ asset: "GBPX", walletAddress: makeIcan("cb", body) }))?.[0]?.message).toContain("start with 'ab'");
    } finally {
      await env.DB.prepare("UPDATE assets SET network = 'core' WHERE code = 'GBPX'").run();
    }
  });

  it("a mainnet deployment takes mainnet addresses only", async () => {
    const post = (walletAddress: string) => send({ asset: "EURX", walletAddress }, { CORE_NETWORK: "mainnet" });
    expect((await post(makeIcan("cb", body))).status).toBe(200);
    const refused = await expectProblem(await post(makeIcan("ab", body)), 400);
    expect(refused.errors).toEqual([expect.objectContaining({ field: "walletAddress", code: "address_network", message: expect.stringContaining("start with 'cb'") })]);
  });
});
