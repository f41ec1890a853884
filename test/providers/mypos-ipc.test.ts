import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DerError, spkiFromCertificate } from "../../src/lib/der";
import { importRsaPrivateKey, importRsaPublicKey, KeyFormatError, parsePem } from "../../src/lib/rsa";
import { encodeFormFields, parseFormFields, signIpcFields, signedBytes, verifyIpcFields, type IpcFields } from "../../src/providers/mypos/ipc";
import { verifyMyposMessage } from "../../src/providers/mypos/notify";
import { buildPurchaseFields, formatMyposAmount, priceCart, PurchaseInputError, type PurchaseRequest } from "../../src/providers/mypos/purchase";
import {
  SANDBOX_MERCHANT_CERT_PEM,
  SANDBOX_MERCHANT_PRIVATE_KEY_PEM,
  SANDBOX_MYPOS_CERT_PEM,
  SANDBOX_MYPOS_PRIVATE_KEY_PEM,
  SANDBOX_MYPOS_STORE,
} from "../../src/sandbox/mypos/sandbox-keys";
import {
  EC_CERT_PEM,
  KAT_NOTIFY_BODY,
  KAT_ORDER_ID,
  KAT_PURCHASE_SIGNATURE,
  MERCHANT_PKCS1_PRIVATE_KEY_PEM,
  MERCHANT_PKCS1_PUBLIC_KEY_PEM,
  MERCHANT_SPKI_PUBLIC_KEY_PEM,
  WEAK_RSA_PRIVATE_KEY_PEM,
  WEAK_RSA_PUBLIC_KEY_PEM,
} from "../fixtures/mypos-test-keys";

const merchantKey = await importRsaPrivateKey(SANDBOX_MERCHANT_PRIVATE_KEY_PEM);
const merchantCert = await importRsaPublicKey(SANDBOX_MERCHANT_CERT_PEM);
const myposKey = await importRsaPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
const myposCert = await importRsaPublicKey(SANDBOX_MYPOS_CERT_PEM);

const KAT_REQUEST: PurchaseRequest = {
  orderId: KAT_ORDER_ID,
  currency: "EUR",
  language: "EN",
  urlOk: "https://shop.example.com/ok",
  urlCancel: "https://shop.example.com/cancel",
  urlNotify: "https://api.coreport.example/api/v1/payments/mypos/webhook",
  items: [
    { article: "Café crème – Größe L", quantity: 2, price: "3.45" },
    { article: "Discount", quantity: 1, price: "-0.90" },
  ],
};
const STRICT = { allowHttpLocalhost: false };

describe("RSA keys from PEM", () => {
  it("imports PKCS#8 and PKCS#1 private keys that produce the same signatures", async () => {
    const pkcs1 = await importRsaPrivateKey(MERCHANT_PKCS1_PRIVATE_KEY_PEM);
    const data = new TextEncoder().encode("same key, two encodings");
    const a = new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", merchantKey, data));
    const b = new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", pkcs1, data));
    expect(a).toEqual(b); // PKCS#1 v1.5 signatures are deterministic
  });

  it("takes the public key from a certificate, an SPKI block or a PKCS#1 block", async () => {
    const data = new TextEncoder().encode("verify me");
    const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", merchantKey, data);
    for (const pem of [SANDBOX_MERCHANT_CERT_PEM, MERCHANT_SPKI_PUBLIC_KEY_PEM, MERCHANT_PKCS1_PUBLIC_KEY_PEM]) {
      const key = await importRsaPublicKey(pem);
      expect(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, signature, data)).toBe(true);
    }
  });

  it("reads PEM with literal \\n escapes, as env files often carry them", async () => {
    const escaped = SANDBOX_MERCHANT_CERT_PEM.trim().replaceAll("\n", "\\n");
    expect(escaped).not.toContain("\n");
    await expect(importRsaPublicKey(escaped)).resolves.toBeTruthy();
  });

  it("refuses keys under 2048 bits, non-RSA certificates, wrong block types and garbage", async () => {
    await expect(importRsaPrivateKey(WEAK_RSA_PRIVATE_KEY_PEM)).rejects.toThrow(/1024 bits is too short/);
    await expect(importRsaPublicKey(WEAK_RSA_PUBLIC_KEY_PEM)).rejects.toThrow(/too short/);
    await expect(importRsaPublicKey(EC_CERT_PEM)).rejects.toBeInstanceOf(KeyFormatError);
    await expect(importRsaPrivateKey(SANDBOX_MERCHANT_CERT_PEM)).rejects.toThrow(/Expected a PRIVATE KEY/);
    await expect(importRsaPublicKey("not a pem")).rejects.toThrow(/No PEM block/);
    await expect(importRsaPublicKey("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")).rejects.toBeInstanceOf(KeyFormatError);
  });

  it("walks hostile certificates without reading past their end (truncations and byte flips)", () => {
    const der = parsePem(SANDBOX_MERCHANT_CERT_PEM).der;
    expect(spkiFromCertificate(der).length).toBeGreaterThan(256);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: der.length - 1 }), fc.integer({ min: 0, max: der.length - 1 }), fc.integer({ min: 0, max: 255 }), (cut, at, byte) => {
        const truncated = der.slice(0, cut);
        expect(() => spkiFromCertificate(truncated)).toThrow(DerError);
        const flipped = der.slice();
        flipped[at] = byte;
        try {
          const spki = spkiFromCertificate(flipped);
          expect(spki.length).toBeLessThanOrEqual(der.length);
        } catch (error) {
          expect(error).toBeInstanceOf(DerError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("IPCPurchase form", () => {
  it("builds the fields in the documented order with exact two-decimal amounts", () => {
    const fields = buildPurchaseFields(SANDBOX_MYPOS_STORE, KAT_REQUEST, STRICT);
    expect(fields).toEqual([
      ["IPCmethod", "IPCPurchase"],
      ["IPCVersion", "1.4"],
      ["IPCLanguage", "EN"],
      ["SID", "000000000000010"],
      ["WalletNumber", "61938166610"],
      ["KeyIndex", "1"],
      ["Amount", "6.00"],
      ["Currency", "EUR"],
      ["OrderID", KAT_ORDER_ID],
      ["URL_OK", "https://shop.example.com/ok"],
      ["URL_Cancel", "https://shop.example.com/cancel"],
      ["URL_Notify", "https://api.coreport.example/api/v1/payments/mypos/webhook"],
      ["CardTokenRequest", "0"],
      ["PaymentParametersRequired", "3"],
      ["CartItems", "2"],
      ["Article_1", "Café crème – Größe L"],
      ["Quantity_1", "2"],
      ["Price_1", "3.45"],
      ["Currency_1", "EUR"],
      ["Amount_1", "6.90"],
      ["Article_2", "Discount"],
      ["Quantity_2", "1"],
      ["Price_2", "-0.90"],
      ["Currency_2", "EUR"],
      ["Amount_2", "-0.90"],
    ]);
  });

  it("signs exactly as OpenSSL does (known answer over UTF-8 values)", async () => {
    const signed = await signIpcFields(buildPurchaseFields(SANDBOX_MYPOS_STORE, KAT_REQUEST, STRICT), merchantKey);
    expect(signed.at(-1)).toEqual(["Signature", KAT_PURCHASE_SIGNATURE]);
  });

  it("verifies with the public certificate and breaks when any field changes, moves, disappears or is added", async () => {
    const signed = await signIpcFields(buildPurchaseFields(SANDBOX_MYPOS_STORE, KAT_REQUEST, STRICT), merchantKey);
    expect((await verifyIpcFields(signed, merchantCert)).ok).toBe(true);
    // The signature travels through a real form encoding.
    expect((await verifyIpcFields(parseFormFields(encodeFormFields(signed)), merchantCert)).ok).toBe(true);

    const unsigned = signed.slice(0, -1);
    const signature = signed.at(-1)!;
    for (let i = 0; i < unsigned.length; i++) {
      const [name, value] = unsigned[i]!;
      const tampered = unsigned.map((f, j) => (j === i ? [name, value === "1" ? "2" : `${value}x`] : f)) as IpcFields;
      const result = await verifyIpcFields([...tampered, signature], merchantCert);
      expect(result.ok, `changing ${name}`).toBe(false);
    }
    const swapped = [...unsigned];
    [swapped[9], swapped[10]] = [swapped[10]!, swapped[9]!];
    expect((await verifyIpcFields([...swapped, signature], merchantCert)).ok).toBe(false);
    expect((await verifyIpcFields([...unsigned.slice(1), signature], merchantCert)).ok).toBe(false);
    expect((await verifyIpcFields([...unsigned, ["Note", "extra"], signature], merchantCert)).ok).toBe(false);
    // Signed by someone else's key.
    expect((await verifyIpcFields(signed, myposCert)).ok).toBe(false);
  });

  it("signs base64 of the '-'-joined values", () => {
    const bytes = signedBytes([["a", "x"], ["b", "ü"]]);
    expect(new TextDecoder().decode(bytes)).toBe(btoa("x-\u00c3\u00bc"));
  });

  it("refuses insecure URLs, bad order ids and amounts it would have to round", () => {
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, urlNotify: "http://api.coreport.example/hook" }, STRICT)).toThrow(/URL_Notify must be an https URL/);
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, urlNotify: "http://localhost:8787/hook" }, STRICT)).toThrow(PurchaseInputError);
    expect(buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, urlNotify: "http://localhost:8787/hook" }, { allowHttpLocalhost: true })).toBeTruthy();
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, orderId: "pay 1" }, STRICT)).toThrow(PurchaseInputError);
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, orderId: "x".repeat(81) }, STRICT)).toThrow(PurchaseInputError);
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, items: [{ article: "A", quantity: 1, price: "1.005" }] }, STRICT)).toThrow(PurchaseInputError);
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, items: [{ article: "A", quantity: 1, price: "-1.00" }] }, STRICT)).toThrow(/greater than zero/);
    expect(() => buildPurchaseFields(SANDBOX_MYPOS_STORE, { ...KAT_REQUEST, items: [{ article: "A\nB", quantity: 1, price: "1.00" }] }, STRICT)).toThrow(PurchaseInputError);
    expect(() => formatMyposAmount("1e3")).toThrow(PurchaseInputError);
    expect(formatMyposAmount("10.500")).toBe("10.50");
    expect(formatMyposAmount("7")).toBe("7.00");
  });

  it("property: line amounts and the total are exact, in cents, with two decimals", () => {
    const cents = fc.integer({ min: -500_000, max: 5_000_000 });
    const item = fc.record({ cents, quantity: fc.integer({ min: 1, max: 1000 }), article: fc.constantFrom("Tea", "Čaj", "Discount") });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const expectedTotal = items.reduce((sum, i) => sum + BigInt(i.cents) * BigInt(i.quantity), 0n);
        const toText = (c: bigint) => `${c < 0n ? "-" : ""}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, "0")}`;
        const cart = items.map((i) => ({ article: i.article, quantity: i.quantity, price: toText(BigInt(i.cents)) }));
        if (expectedTotal <= 0n) {
          expect(() => priceCart(cart)).toThrow(PurchaseInputError);
          return;
        }
        const { lines, total } = priceCart(cart);
        expect(total).toBe(toText(expectedTotal));
        lines.forEach((line, n) => {
          expect(line.amount).toBe(toText(BigInt(items[n]!.cents) * BigInt(items[n]!.quantity)));
          expect(line.amount).toMatch(/^-?\d+\.\d{2}$/);
          expect(line.price).toMatch(/^-?\d+\.\d{2}$/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("property: amounts with a third non-zero decimal are refused, never rounded", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 9 }), (units, third) => {
        const text = `${Math.floor(units / 100)}.${String(units % 100).padStart(2, "0")}${third}`;
        expect(() => formatMyposAmount(text)).toThrow(PurchaseInputError);
      }),
    );
  });
});

describe("myPOS notifications", () => {
  const options = { expectedSid: SANDBOX_MYPOS_STORE.sid, accept: ["IPCPurchaseNotify", "IPCPurchaseRollback"] as const };

  it("accepts a notify signed by OpenSSL with the myPOS key and parses its fields", async () => {
    const parsed = await verifyMyposMessage(KAT_NOTIFY_BODY, myposCert, options);
    expect(parsed.method).toBe("IPCPurchaseNotify");
    expect(parsed.message).toMatchObject({ OrderID: KAT_ORDER_ID, Amount: "6.00", Currency: "EUR", IPC_Trnref: "12345678", RequestSTAN: "000123", RequestDateTime: "2026-11-27 10:15:30", CardType: "Visa" });
  });

  it("refuses a tampered, unsigned, wrongly signed or re-keyed notify with 401", async () => {
    const tampered = KAT_NOTIFY_BODY.replace("Amount=6.00", "Amount=600.00");
    await expect(verifyMyposMessage(tampered, myposCert, options)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const unsigned = KAT_NOTIFY_BODY.slice(0, KAT_NOTIFY_BODY.indexOf("&Signature="));
    await expect(verifyMyposMessage(unsigned, myposCert, options)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // The same fields signed with the merchant's own key are not myPOS's signature.
    const fields = parseFormFields(unsigned);
    const forged = encodeFormFields(await signIpcFields(fields, merchantKey));
    await expect(verifyMyposMessage(forged, myposCert, options)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const twoSignatures = `${KAT_NOTIFY_BODY}&Signature=AAAA`;
    await expect(verifyMyposMessage(twoSignatures, myposCert, options)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(verifyMyposMessage(new Uint8Array([0xff, 0xfe, 0x41]), myposCert, options)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("checks every field after the signature: malformed values, unknown methods and foreign stores are 400", async () => {
    const sign = async (fields: IpcFields) => encodeFormFields(await signIpcFields(fields, myposKey));
    const base: IpcFields = parseFormFields(KAT_NOTIFY_BODY.slice(0, KAT_NOTIFY_BODY.indexOf("&Signature=")));
    const withValue = (name: string, value: string) => base.map(([n, v]) => [n, n === name ? value : v] as const);

    const badAmount = verifyMyposMessage(await sign(withValue("Amount", "6,00")), myposCert, options);
    await expect(badAmount).rejects.toMatchObject({ code: "VALIDATION_FAILED", errors: [expect.objectContaining({ in: "form", field: "Amount" })] });
    const missingTrnref = verifyMyposMessage(await sign(base.filter(([n]) => n !== "IPC_Trnref")), myposCert, options);
    await expect(missingTrnref).rejects.toMatchObject({ errors: [expect.objectContaining({ field: "IPC_Trnref" })] });
    const foreign = verifyMyposMessage(await sign(withValue("SID", "999")), myposCert, options);
    await expect(foreign).rejects.toMatchObject({ code: "VALIDATION_FAILED", errors: [expect.objectContaining({ field: "SID" })] });
    const browser = verifyMyposMessage(await sign(withValue("IPCmethod", "IPCPurchaseOK")), myposCert, options);
    await expect(browser).rejects.toMatchObject({ errors: [expect.objectContaining({ field: "IPCmethod" })] });
    const duplicate = verifyMyposMessage(await sign([...base, ["Amount", "7.00"]]), myposCert, options);
    await expect(duplicate).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const control = verifyMyposMessage(await sign([...base, ["CustomerEmail", "a@b.c\u0000"]]), myposCert, options);
    await expect(control).rejects.toMatchObject({ errors: [expect.objectContaining({ field: "CustomerEmail" })] });
  });

  it("accepts a signed rollback", async () => {
    const body = encodeFormFields(
      await signIpcFields([["IPCmethod", "IPCPurchaseRollback"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "6.00"], ["Currency", "EUR"], ["OrderID", KAT_ORDER_ID]], myposKey),
    );
    const parsed = await verifyMyposMessage(body, myposCert, options);
    expect(parsed).toMatchObject({ method: "IPCPurchaseRollback", message: { OrderID: KAT_ORDER_ID, Amount: "6.00" } });
  });
});
