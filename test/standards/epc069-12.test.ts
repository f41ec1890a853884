/**
 * EPC069-12 v2.1 (European Payments Council, "Quick Response Code: Guidelines to Enable Data Capture
 * for the Initiation of a SEPA Credit Transfer"; GiroCode). Vector: the guideline's sample code —
 * €1 to the Belgian Red Cross (BPOTBEB1, BE72000000001616, purpose CHAR, "Urgency fund",
 * "Sample EPC QR code"). The SEPA bank on-ramp's QR is decoded back from its SVG image by jsQR.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildEpcQrPayload, EpcQrError, parseEpcQrPayload } from "../../src/lib/epc-qr";
import { qrMatrix } from "../../src/lib/qr";
import { postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { decodeQrSvg } from "../helpers/qr-decode";
import { testWallet } from "../helpers/wallets";

const RED_CROSS = ["BCD", "001", "1", "SCT", "BPOTBEB1", "Red Cross of Belgium", "BE72000000001616", "EUR1", "CHAR", "", "Urgency fund", "Sample EPC QR code"].join("\n");

describe("EPC069-12 payload", () => {
  it("reads the guideline's sample and writes it back byte for byte", () => {
    const transfer = parseEpcQrPayload(RED_CROSS);
    expect(transfer).toEqual({
      version: "001", bic: "BPOTBEB1", name: "Red Cross of Belgium", iban: "BE72000000001616", amount: "1", purpose: "CHAR", text: "Urgency fund", information: "Sample EPC QR code",
    });
    expect(buildEpcQrPayload(transfer)).toBe(RED_CROSS);
    expect(parseEpcQrPayload(RED_CROSS.replace(/\n/g, "\r\n"))).toEqual(transfer);
  });

  it("writes version 002 with a structured RF reference, trailing empty elements left out", () => {
    const payload = buildEpcQrPayload({ version: "002", bic: "COBADEFFXXX", name: "WallMoney and Partners Client Funds", iban: "DE89370400440532013000", amount: "250.00", reference: "RF18539007547034" });
    expect(payload).toBe("BCD\n002\n1\nSCT\nCOBADEFFXXX\nWallMoney and Partners Client Funds\nDE89370400440532013000\nEUR250.00\n\nRF18539007547034");
    expect(buildEpcQrPayload({ version: "002", name: "A", iban: "DE89370400440532013000" })).toBe("BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000");
  });

  it.each([
    [{ version: "001" as const, name: "A", iban: "DE89370400440532013000" }, "bic"],
    [{ version: "002" as const, name: "x".repeat(71), iban: "DE89370400440532013000" }, "name"],
    [{ version: "002" as const, name: "A\nB", iban: "DE89370400440532013000" }, "name"],
    [{ version: "002" as const, name: "A", iban: "DE89 3704" }, "iban"],
    [{ version: "002" as const, name: "A", iban: "DE89370400440532013000", amount: "0.001" }, "amount"],
    [{ version: "002" as const, name: "A", iban: "DE89370400440532013000", amount: "0.00" }, "amount"],
    [{ version: "002" as const, name: "A", iban: "DE89370400440532013000", amount: "1000000000" }, "amount"],
    [{ version: "002" as const, name: "A", iban: "DE89370400440532013000", reference: "RF18539007547034", text: "both" }, "text"],
    [{ version: "002" as const, name: "A", iban: "DE89370400440532013000", purpose: "CHARITY" }, "purpose"],
    [{ version: "002" as const, name: "A".repeat(70), iban: "DE89370400440532013000", text: "é".repeat(140), information: "x".repeat(70) }, "payload"],
  ])("refuses what the guideline does not allow (%#: %s)", (transfer, element) => {
    expect(() => buildEpcQrPayload(transfer)).toThrow(expect.objectContaining({ element }) as unknown as EpcQrError);
  });

  it("refuses a payload that is not an EPC credit transfer", () => {
    for (const bad of ["", "BCD\n003\n1\nSCT\n\nA\nDE89370400440532013000", "BCD\n002\n2\nSCT\n\nA\nDE89370400440532013000", "BCD\n002\n1\nINST\n\nA\nDE89370400440532013000", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nUSD1"]) {
      expect(() => parseEpcQrPayload(bad)).toThrow(EpcQrError);
    }
  });
});

describe("SEPA bank on-ramp instructions carry the QR code", () => {
  let m: TestMerchant;
  beforeAll(async () => {
    m = await merchantWithKeys();
    for (const asset of ["EURX", "GBPX"]) expect((await postJson(`/api/v1/admin/liquidity/${asset}`, { size: "100000" }, ADMIN)).status).toBe(200);
  });

  it("the SVG decodes (jsQR) to the payload, which names the IBAN, BIC, amount and reference of the instructions", async () => {
    const res = await postJson("/api/v1/onramp/bank", { asset: "EURX", currency: "EUR", receiveAmount: "250", walletAddress: testWallet() }, bearer(m.sk));
    expect(res.status).toBe(201);
    const { bankInstructions: bank } = await res.json<{ bankInstructions: { iban: string; bic: string; amount: string; reference: string; beneficiaryName: string; qr: { format: string; payload: string; svg: string } } }>();
    expect(bank.qr.format).toBe("EPC069-12");
    expect(decodeQrSvg(bank.qr.svg)).toBe(bank.qr.payload);
    expect(parseEpcQrPayload(bank.qr.payload)).toEqual({
      version: "002", bic: bank.bic, name: bank.beneficiaryName, iban: bank.iban, amount: bank.amount, reference: bank.reference,
    });
    // Error correction M and at most version 13, as the guideline prescribes.
    expect(qrMatrix(bank.qr.payload, "M").version).toBeLessThanOrEqual(13);
  });

  it("GBP instructions have no EPC code (Faster Payments, not SEPA)", async () => {
    const res = await postJson("/api/v1/onramp/bank", { asset: "GBPX", currency: "GBP", receiveAmount: "100", walletAddress: testWallet() }, bearer(m.sk));
    expect(res.status, await res.clone().text()).toBe(201);
    const { bankInstructions } = await res.json<{ bankInstructions: Record<string, unknown> }>();
    expect(bankInstructions.qr).toBeUndefined();
  });
});
