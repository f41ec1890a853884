import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";
import { importRsaPrivateKey, importRsaPublicKey } from "../../src/lib/rsa";
import { createMyposAdapter } from "../../src/providers/mypos/adapter";
import { readMyposConfig } from "../../src/providers/mypos/config";
import { encodeFormFields, parseFormFields, signIpcFields, verifyIpcFields, type IpcFields } from "../../src/providers/mypos/ipc";
import { getMyposPaymentStatus, type PaymentStatusOptions } from "../../src/providers/mypos/payment-status";
import { IpcXmlError, parseFlatXml, toFlatXml } from "../../src/providers/mypos/xml";
import {
  SANDBOX_MERCHANT_CERT_PEM,
  SANDBOX_MERCHANT_PRIVATE_KEY_PEM,
  SANDBOX_MYPOS_CERT_PEM,
  SANDBOX_MYPOS_PRIVATE_KEY_PEM,
  SANDBOX_MYPOS_STORE,
} from "../../src/sandbox/mypos/sandbox-keys";
import { MERCHANT_PKCS1_PRIVATE_KEY_PEM, WEAK_RSA_PRIVATE_KEY_PEM } from "../fixtures/mypos-test-keys";

const merchantKey = await importRsaPrivateKey(SANDBOX_MERCHANT_PRIVATE_KEY_PEM);
/** RSASSA-PKCS1-v1_5 is deterministic: the fixture purchase always signs to this value. */
const PINNED_SIGNATURE =
  "TEp9oV2JyFtkS3yKVQbbuaoMh0z3EXCTV+yOcLu1Yk6L0RRZB3Khq4wmu1SJQS+CdE96jWvDqgmRthyFujHO7RSTWnTecpEPNFkkQ9/gWaCJ4+4TKYfeyB1IWQTtLnmJkkPda3L9j+rjCNObi23TbEVtrv/yA7dBfhfm0ABREj+trqXvzTh1/K7yHg7FZeFXpELZqi2gN5Q4EcM5skqa/68dnua54P3u8iAbGiRFb/betI9dk/SELaTf0TNNydqS+ybfPLyxtdy9bTyxkDXznb1nLmZ83yIBIY0hRrhfitrJzKGvjrhac8c86Ppwvc1L1EbrbWIxXlNxGMlmsw6QhQ==";
const merchantCert = await importRsaPublicKey(SANDBOX_MERCHANT_CERT_PEM);
const myposKey = await importRsaPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
const myposCert = await importRsaPublicKey(SANDBOX_MYPOS_CERT_PEM);

/** A live configuration with real-looking (non-sandbox) credentials. */
const LIVE = {
  ENVIRONMENT: "production",
  PAYMENT_PROVIDER_MODE: "live",
  MYPOS_CHECKOUT_URL: "https://www.mypos.com/vmp/checkout",
  MYPOS_SID: "123456",
  MYPOS_WALLET_NUMBER: "40000000001",
  MYPOS_KEY_INDEX: "2",
  MYPOS_PRIVATE_KEY: MERCHANT_PKCS1_PRIVATE_KEY_PEM, // same key, other encoding: not the committed sandbox text
  MYPOS_PUBLIC_CERT: SANDBOX_MERCHANT_CERT_PEM,
};

describe("myPOS configuration", () => {
  it("fills sandbox mode with the sandbox store and keys", () => {
    const config = readMyposConfig({ ENVIRONMENT: "development", PAYMENT_PROVIDER_MODE: "sandbox", MYPOS_CHECKOUT_URL: "http://localhost:8787/sandbox/mypos/checkout" });
    expect(config).toMatchObject({ mode: "sandbox", store: SANDBOX_MYPOS_STORE, urlPolicy: { allowHttpLocalhost: true } });
    expect(config.privateKeyPem).toBe(SANDBOX_MERCHANT_PRIVATE_KEY_PEM);
    expect(config.providerCertPem).toBe(SANDBOX_MYPOS_CERT_PEM);
  });

  it("runs live with every value set and https", () => {
    expect(readMyposConfig(LIVE)).toMatchObject({ mode: "live", checkoutUrl: "https://www.mypos.com/vmp/checkout", store: { sid: "123456" }, urlPolicy: { allowHttpLocalhost: false } });
  });

  it("refuses incomplete or unsafe live configurations with a 503 that names what to set", () => {
    const cases: Array<[Parameters<typeof readMyposConfig>[0], RegExp]> = [
      [{ ...LIVE, MYPOS_PRIVATE_KEY: undefined }, /set MYPOS_PRIVATE_KEY/],
      [{ ...LIVE, MYPOS_SID: " " }, /set MYPOS_SID/],
      [{ ...LIVE, MYPOS_CHECKOUT_URL: "http://www.mypos.com/vmp/checkout" }, /must be https/],
      [{ ...LIVE, MYPOS_SID: "12a" }, /must be digits/],
      [{ ...LIVE, MYPOS_PRIVATE_KEY: SANDBOX_MERCHANT_PRIVATE_KEY_PEM.replaceAll("\n", "\\n") }, /SANDBOX-ONLY keys/],
      [{ ...LIVE, MYPOS_PUBLIC_CERT: SANDBOX_MYPOS_CERT_PEM }, /SANDBOX-ONLY keys/],
      [{ ...LIVE, PAYMENT_PROVIDER_MODE: "sandbox" }, /only allowed when ENVIRONMENT is "development"/],
      [{ ...LIVE, PAYMENT_PROVIDER_MODE: "test" }, /must be "sandbox" or "live"/],
    ];
    for (const [config, message] of cases) {
      expect(() => readMyposConfig(config), String(message)).toThrow(expect.objectContaining({ code: "SERVICE_UNAVAILABLE", detail: expect.stringMatching(message) }));
    }
    expect(() => readMyposConfig({ ...LIVE, MYPOS_PRIVATE_KEY: "-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----" })).not.toThrow();
  });

  it("reports an unusable key as a 503 when it is first used, without echoing it", async () => {
    const broken = createMyposAdapter(readMyposConfig({ ...LIVE, MYPOS_PRIVATE_KEY: WEAK_RSA_PRIVATE_KEY_PEM }));
    const attempt = broken.createSession({ paymentId: newId("pay"), amount: "1.00", currency: "EUR", description: "x", urls: { ok: "https://a.example/ok", cancel: "https://a.example/c", notify: "https://a.example/n" } });
    await expect(attempt).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE", detail: expect.stringContaining("MYPOS_PRIVATE_KEY is not usable") });
    await expect(attempt).rejects.not.toMatchObject({ detail: expect.stringContaining("BEGIN") });
  });
});

describe("MyPOS adapter", () => {
  const adapter = createMyposAdapter(readMyposConfig(env));
  const urls = { ok: "https://shop.example/ok", cancel: "https://shop.example/cancel", notify: "https://api.example/api/v1/payments/mypos/webhook" };

  it("creates a session whose form is signed for the configured checkout", async () => {
    const paymentId = newId("pay");
    const session = await adapter.createSession({ paymentId, amount: "19.9", currency: "EUR", description: "Subscription", urls });
    expect(session.providerReference).toBe(paymentId);
    expect(session.form.action).toBe(env.MYPOS_CHECKOUT_URL);
    expect(Object.fromEntries(session.form.fields)).toMatchObject({ Amount: "19.90", OrderID: paymentId, Article_1: "Subscription", Amount_1: "19.90", CartItems: "1" });
    expect((await verifyIpcFields(session.form.fields, merchantCert)).ok).toBe(true);
  });

  it("signs a known purchase to a pinned signature (fixture: the committed SANDBOX-ONLY key pair); any changed field breaks it", async () => {
    const fixture = await adapter.createSession({ paymentId: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t", amount: "49.99", currency: "EUR", description: "Order #1042", urls });
    const fields = fixture.form.fields;
    // IPC v1.4 IPCPurchase: the fields in the order myPOS defines, Signature last.
    expect(fields.map(([name]) => name)).toEqual([
      "IPCmethod", "IPCVersion", "IPCLanguage", "SID", "WalletNumber", "KeyIndex", "Amount", "Currency", "OrderID", "URL_OK", "URL_Cancel", "URL_Notify",
      "CardTokenRequest", "PaymentParametersRequired", "CartItems", "Article_1", "Quantity_1", "Price_1", "Currency_1", "Amount_1", "Signature",
    ]);
    expect(fields.at(-1)).toEqual(["Signature", PINNED_SIGNATURE]);
    expect((await verifyIpcFields(fields, merchantCert)).ok).toBe(true);
    // Every field, one at a time: a changed value, or the field dropped, fails verification.
    for (let i = 0; i < fields.length - 1; i++) {
      const [name, value] = fields[i]!;
      const changed = fields.map((f, j) => (j === i ? ([name, value === "X" ? "Y" : `${value}X`] as const) : f));
      expect((await verifyIpcFields(changed, merchantCert)).ok, `changed ${name}`).toBe(false);
      expect((await verifyIpcFields(fields.filter((_, j) => j !== i), merchantCert)).ok, `dropped ${name}`).toBe(false);
    }
    // Swapping two fields' order breaks it too: the signature covers the order.
    const swapped = [fields[1]!, fields[0]!, ...fields.slice(2)];
    expect((await verifyIpcFields(swapped, merchantCert)).ok).toBe(false);
  });

  it("refuses amounts myPOS cannot carry, naming the field", async () => {
    for (const amount of ["10.005", "0.00", "abc"]) {
      await expect(adapter.createSession({ paymentId: newId("pay"), amount, currency: "EUR", description: "x", urls })).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        errors: [expect.objectContaining({ field: "amount" })],
      });
    }
  });

  it("maps a notify to funds received and a rollback to reversed, with stable event ids", async () => {
    const paymentId = newId("pay");
    const receivedAt = new Date("2026-11-27T10:00:00Z");
    const notify = encodeFormFields(await signIpcFields([
      ["IPCmethod", "IPCPurchaseNotify"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "19.90"], ["Currency", "EUR"], ["OrderID", paymentId],
      ["IPC_Trnref", "998877"], ["RequestSTAN", "000042"], ["RequestDateTime", "2026-11-27 09:59:58"],
    ], myposKey));
    const verified = await adapter.verifyCallback({ headers: new Headers(), body: new TextEncoder().encode(notify) });
    // Delivered twice: the same event, the same id.
    const first = adapter.mapCallback(verified, { receivedAt });
    expect(first).toEqual([{
      paymentId,
      source: "mypos",
      type: "payment.funds_received",
      providerEventId: "IPCPurchaseNotify:998877",
      occurredAt: receivedAt.toISOString(),
      data: { transactionId: "998877", amount: "19.9", asset: "EUR" },
      details: { requestStan: "000042", requestDateTime: "2026-11-27 09:59:58" },
    }]);
    expect(adapter.mapCallback(verified, { receivedAt })).toEqual(first);

    const rollback = encodeFormFields(await signIpcFields([["IPCmethod", "IPCPurchaseRollback"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "19.90"], ["Currency", "EUR"], ["OrderID", paymentId]], myposKey));
    const reversed = adapter.mapCallback(await adapter.verifyCallback({ headers: new Headers(), body: new TextEncoder().encode(rollback) }), { receivedAt });
    expect(reversed).toMatchObject([{ type: "payment.reversed", providerEventId: `IPCPurchaseRollback:${paymentId}`, data: { code: "rollback" } }]);
  });

  it("refuses notifies for OrderIDs that are not CorePort payments, and browser returns at URL_Notify", async () => {
    const foreign = encodeFormFields(await signIpcFields([
      ["IPCmethod", "IPCPurchaseNotify"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "1.00"], ["Currency", "EUR"], ["OrderID", "wc_order_17"],
      ["IPC_Trnref", "1"], ["RequestSTAN", "1"], ["RequestDateTime", "2026-11-27 09:59:58"],
    ], myposKey));
    await expect(adapter.verifyCallback({ headers: new Headers(), body: new TextEncoder().encode(foreign) })).rejects.toMatchObject({ errors: [expect.objectContaining({ field: "OrderID" })] });
    const ok = encodeFormFields(await signIpcFields([["IPCmethod", "IPCPurchaseOK"], ["SID", SANDBOX_MYPOS_STORE.sid], ["OrderID", newId("pay")]], myposKey));
    await expect(adapter.verifyCallback({ headers: new Headers(), body: new TextEncoder().encode(ok) })).rejects.toMatchObject({ errors: [expect.objectContaining({ field: "IPCmethod" })] });
  });

  it("maps status answers: pending and unknown change nothing; success without a reference waits for the notify", () => {
    const receivedAt = new Date();
    const orderId = newId("pay");
    expect(adapter.mapStatus({ known: true, orderId, status: "pending" }, { receivedAt })).toEqual([]);
    expect(adapter.mapStatus({ known: false, orderId, code: "5" }, { receivedAt })).toEqual([]);
    expect(adapter.mapStatus({ known: true, orderId, status: "successful", amount: "1.00", currency: "EUR" }, { receivedAt })).toEqual([]);
    expect(adapter.mapStatus({ known: true, orderId, status: "successful", amount: "1.00", currency: "EUR", transactionRef: "7" }, { receivedAt })).toMatchObject([
      { type: "payment.funds_received", providerEventId: "IPCPurchaseNotify:7", data: { transactionId: "7", amount: "1", asset: "EUR" } },
    ]);
  });
});

describe("verifyCallback (what the mounted MyPOS webhook runs)", () => {
  it("accepts only fields signed by myPOS for our store", async () => {
    const adapter = createMyposAdapter(readMyposConfig(env));
    const body = (fields: IpcFields) => ({ headers: new Headers(), body: new TextEncoder().encode(encodeFormFields(fields)) });
    const fields: IpcFields = [["IPCmethod", "IPCPurchaseRollback"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "1.00"], ["Currency", "EUR"], ["OrderID", newId("pay")]];
    await expect(adapter.verifyCallback(body(await signIpcFields(fields, myposKey)))).resolves.toMatchObject({ method: "IPCPurchaseRollback" });
    await expect(adapter.verifyCallback(body(await signIpcFields(fields, merchantKey)))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const signed = await signIpcFields(fields, myposKey);
    await expect(adapter.verifyCallback(body(signed.map(([n, v]) => [n, n === "Amount" ? "100.00" : v] as const)))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const foreign = fields.map(([n, v]) => [n, n === "SID" ? "999" : v] as const);
    await expect(adapter.verifyCallback(body(await signIpcFields(foreign, myposKey)))).rejects.toMatchObject({ errors: [expect.objectContaining({ field: "SID" })] });
    expect(() => readMyposConfig({ ...env, ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", MYPOS_PUBLIC_CERT: undefined })).toThrow(expect.objectContaining({ code: "SERVICE_UNAVAILABLE" }));
  });
});

describe("IPCGetPaymentStatus client", () => {
  const orderId = newId("pay");
  const options = (fetcher: typeof fetch, extra: Partial<PaymentStatusOptions> = {}): PaymentStatusOptions => ({
    checkoutUrl: "https://www.mypos.com/vmp/checkout-test",
    store: SANDBOX_MYPOS_STORE,
    privateKey: merchantKey,
    providerKey: myposCert,
    fetcher,
    ...extra,
  });
  const answer = async (fields: IpcFields, key = myposKey) => new Response(toFlatXml("IPCGetPaymentStatus", await signIpcFields(fields, key)));
  const ok: IpcFields = [["Status", "0"], ["OrderID", orderId], ["PaymentStatus", "4"], ["Amount", "5.00"], ["Currency", "EUR"], ["IPC_Trnref", "55"]];

  it("sends a signed form with OutputFormat=xml and reads the signed answer", async () => {
    let sent: IpcFields = [];
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      expect(request.method).toBe("POST");
      expect(request.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
      sent = parseFormFields(new TextDecoder().decode(await request.arrayBuffer()));
      return answer(ok);
    }) as typeof fetch;
    const result = await getMyposPaymentStatus(orderId, options(fetcher));
    expect(result).toEqual({ known: true, orderId, status: "reversed", amount: "5.00", currency: "EUR", transactionRef: "55" });
    expect(sent.map(([n]) => n)).toEqual(["IPCmethod", "IPCVersion", "IPCLanguage", "SID", "WalletNumber", "KeyIndex", "OrderID", "OutputFormat", "Signature"]);
    expect((await verifyIpcFields(sent, merchantCert)).ok).toBe(true);
  });

  it("turns unreachable, slow, unsigned, forged or off-topic answers into 502/504 problems", async () => {
    const cases: Array<[typeof fetch, string, Partial<PaymentStatusOptions>?]> = [
      [(async () => new Response("down", { status: 503 })) as typeof fetch, "BAD_GATEWAY"],
      [(async () => new Response(toFlatXml("IPCGetPaymentStatus", ok))) as typeof fetch, "BAD_GATEWAY"], // unsigned
      [(async () => answer(ok, merchantKey)) as typeof fetch, "BAD_GATEWAY"], // signed by the wrong key
      [(async () => answer([["Status", "0"], ["OrderID", newId("pay")], ["PaymentStatus", "1"]])) as typeof fetch, "BAD_GATEWAY"],
      [(async () => answer([["Status", "0"], ["OrderID", orderId], ["PaymentStatus", "9"]])) as typeof fetch, "BAD_GATEWAY"],
      [(async () => new Response("<html>maintenance</html>")) as typeof fetch, "BAD_GATEWAY"],
      [(async () => new Response("x".repeat(70_000))) as typeof fetch, "BAD_GATEWAY"],
      [(async () => new Response(null, { status: 302, headers: { Location: "https://evil.example/" } })) as typeof fetch, "BAD_GATEWAY"],
      [(async () => { throw new TypeError("connection refused"); }) as typeof fetch, "BAD_GATEWAY"],
      [((_: RequestInfo | URL, init?: RequestInit) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))))) as typeof fetch, "GATEWAY_TIMEOUT", { timeoutMs: 5 }],
      [(async () => answer(ok)) as typeof fetch, "SERVICE_UNAVAILABLE", { checkoutUrl: "http://www.mypos.com/vmp/checkout" }],
    ];
    for (const [fetcher, code, extra] of cases) {
      await expect(getMyposPaymentStatus(orderId, options(fetcher, extra))).rejects.toMatchObject({ code });
    }
  });

  it("reports an OrderID myPOS does not know without inventing a status", async () => {
    const fetcher = (async () => answer([["Status", "5"], ["StatusMsg", "No payment with this OrderID"], ["OrderID", orderId]])) as typeof fetch;
    expect(await getMyposPaymentStatus(orderId, options(fetcher))).toEqual({ known: false, orderId, code: "5", message: "No payment with this OrderID" });
  });
});

describe("flat IPC XML", () => {
  it("reads children in order with entities, CDATA and empty elements", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<IPCGetPaymentStatus>\n  <Status>0</Status>\n  <StatusMsg>Tom &amp; Jerry &lt;3 &#x263A; &#65;</StatusMsg>\n  <Note><![CDATA[a <b> & c]]></Note>\n  <Empty/>\n  <Signature>abc=</Signature>\n</IPCGetPaymentStatus>`;
    expect(parseFlatXml(xml)).toEqual({ root: "IPCGetPaymentStatus", fields: [["Status", "0"], ["StatusMsg", "Tom & Jerry <3 ☺ A"], ["Note", "a <b> & c"], ["Empty", ""], ["Signature", "abc="]] });
    const fields: IpcFields = [["A", `x<y & "z" 'w'`], ["B", ""]];
    expect(parseFlatXml(toFlatXml("R", fields)).fields).toEqual(fields);
  });

  it("refuses DOCTYPE/ENTITY declarations, nesting, unknown entities and junk", () => {
    for (const xml of [
      `<!DOCTYPE r [<!ENTITY x "y">]><r><a>&x;</a></r>`,
      `<r><a><b>1</b></a></r>`,
      `<r><a>&nbsp;</a></r>`,
      `<r><a>1 & 2</a></r>`,
      `<r><a>1</b></r>`,
      `<r><a>1</a>`,
      `not xml`,
      `<r>text<a>1</a></r>`,
    ]) {
      expect(() => parseFlatXml(xml), xml).toThrow(IpcXmlError);
    }
  });
});
