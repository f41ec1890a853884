/**
 * myPOS's official test environment with its published test store (myPOS Checkout API v1.4, rev.
 * 1.4.0, "Signature and authentications" and "Testing data"; fixtures in
 * test/fixtures/mypos-published-test-store.ts): 1024-bit keys are accepted against
 * https://www.mypos.com/vmp/checkout-test and in sandbox mode, never against the production
 * checkout. Signatures are compared with OpenSSL's, computed outside this code.
 */
import { describe, expect, it } from "vitest";
import { importRsaPrivateKey, importRsaPublicKey } from "../../src/lib/rsa";
import { createMyposAdapter } from "../../src/providers/mypos/adapter";
import { isMyposTestEnvironment, readMyposConfig } from "../../src/providers/mypos/config";
import { encodeFormFields, fieldValue } from "../../src/providers/mypos/ipc";
import {
  KAT_NOTIFY_FIELDS,
  KAT_PURCHASE_REQUEST,
  KAT_PURCHASE_SIGNATURES,
  MYPOS_PRODUCTION_CHECKOUT_URL,
  MYPOS_TEST_CERT_PEM,
  MYPOS_TEST_CHECKOUT_URL,
  MYPOS_TEST_STORE,
  MYPOS_TEST_STORE_PRIVATE_KEY_PEM,
  MYPOS_TEST_STORE_PUBLIC_KEY_PEM,
} from "../fixtures/mypos-published-test-store";

/** TEST-ONLY: a 768-bit key generated with OpenSSL 3 for this test (below any floor). */
const RSA_768_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIB5gIBADANBgkqhkiG9w0BAQEFAASCAdAwggHMAgEAAmEAxPOCfwBFbOJRF9mb
RXjd4NvIQ8jqmqGnHgfXyCG0cA8H8oZL1uP0ZqNImsNkcIBVNnA2Edg5WaBqZ/ZO
ejMSCHxmcjneovcgR+BiOEqgMMdxgsqyyzoM1JrdqLtaK8P5AgMBAAECYQCkJYPk
j3hNWI5Xv2B+1U6vYt4VSLXnLMWY7NZ2EUlOf+iSxEUfE5wVkw8nFaR3cyybPls4
xFvHZnwRQ2jrjGvR0SNxY6jZa2m4QAhacFvEfnBBSblv03SAQ+0DM8WnIgECMQDs
9PC5rIMGu0Jbklb0EuEmwYtFssMHK5w2dO2ahP39qq1bceF3qxIDiNdqP6vNrTkC
MQDUx4JyOhRaNJPVOC1HCz+XtyqYPYORKfu0uXvjWEd7WYXfHQnOEYG7weDKebVp
jMECMQDLYdV42LxBu9rR9EJUDhxYgokC0tOYxPK4vxXtqbbD0oonUhC/AQNeK0cR
+AKDb+kCMQCLRHZF62vMyuMDyLwh5uPdml5/vKtzhQYheNH0sKBAxQyRRwFW5jCC
wtgtzlGF30ECMH3mLP8JicX1q9ZjOaCCeJb1r2/KxMVlgGvYl2T+5ML9wdOgUZ7q
n6aYytb2h0gcZg==
-----END PRIVATE KEY-----`;

const live = (checkoutUrl: string, cert = MYPOS_TEST_CERT_PEM) => ({
  ENVIRONMENT: "production",
  PAYMENT_PROVIDER_MODE: "live",
  MYPOS_CHECKOUT_URL: checkoutUrl,
  MYPOS_SID: MYPOS_TEST_STORE.sid,
  MYPOS_WALLET_NUMBER: MYPOS_TEST_STORE.walletNumber,
  MYPOS_KEY_INDEX: MYPOS_TEST_STORE.keyIndex,
  MYPOS_PRIVATE_KEY: MYPOS_TEST_STORE_PRIVATE_KEY_PEM,
  MYPOS_PUBLIC_CERT: cert,
});

const session = (currency: keyof typeof KAT_PURCHASE_SIGNATURES) => ({
  paymentId: KAT_PURCHASE_REQUEST.orderId,
  amount: KAT_PURCHASE_SIGNATURES[currency][0],
  currency,
  description: KAT_PURCHASE_REQUEST.article,
  urls: { ok: KAT_PURCHASE_REQUEST.urlOk, cancel: KAT_PURCHASE_REQUEST.urlCancel, notify: KAT_PURCHASE_REQUEST.urlNotify },
});
const notifyBody = (fields = KAT_NOTIFY_FIELDS) => ({ headers: new Headers({ "Content-Type": "application/x-www-form-urlencoded" }), body: new TextEncoder().encode(encodeFormFields(fields)) });

describe("myPOS test environment", () => {
  it("recognises myPOS's test checkout URL and nothing else", () => {
    for (const url of [MYPOS_TEST_CHECKOUT_URL, `${MYPOS_TEST_CHECKOUT_URL}/`, "https://www.mypos.eu/vmp/checkout-test"]) expect(isMyposTestEnvironment(new URL(url)), url).toBe(true);
    for (const url of [MYPOS_PRODUCTION_CHECKOUT_URL, "http://www.mypos.com/vmp/checkout-test", `${MYPOS_TEST_CHECKOUT_URL}?x=1`, "https://www.mypos.com.evil.example/vmp/checkout-test", "https://mypos.com/vmp/checkout-test-2"]) {
      expect(isMyposTestEnvironment(new URL(url)), url).toBe(false);
    }
    expect(readMyposConfig(live(MYPOS_TEST_CHECKOUT_URL)).minKeyBits).toBe(1024);
    expect(readMyposConfig(live(MYPOS_PRODUCTION_CHECKOUT_URL)).minKeyBits).toBe(2048);
    expect(readMyposConfig({ ENVIRONMENT: "development", PAYMENT_PROVIDER_MODE: "sandbox" }).minKeyBits).toBe(1024);
  });

  it.each(["EUR", "JPY", "KWD"] as const)("signs the published store's %s purchase exactly as OpenSSL does, with the currency's decimals", async (currency) => {
    const adapter = createMyposAdapter(readMyposConfig(live(MYPOS_TEST_CHECKOUT_URL)));
    const { form } = await adapter.createSession(session(currency));
    expect(form.action).toBe(MYPOS_TEST_CHECKOUT_URL);
    const [, amount, signature] = KAT_PURCHASE_SIGNATURES[currency];
    expect(fieldValue(form.fields, "Amount")).toBe(amount);
    expect(fieldValue(form.fields, "Price_1")).toBe(amount);
    expect(fieldValue(form.fields, "SID")).toBe("000000000000010");
    expect(fieldValue(form.fields, "Signature")).toBe(signature);
  });

  it("verifies a notify signed with the published 1024-bit key and maps it (2345 JPY)", async () => {
    // myPOS's own test private key is not published: the store key's public half stands in for myPOS's certificate.
    const adapter = createMyposAdapter(readMyposConfig(live(MYPOS_TEST_CHECKOUT_URL, MYPOS_TEST_STORE_PUBLIC_KEY_PEM)));
    const notification = await adapter.verifyCallback(notifyBody());
    expect(notification.method).toBe("IPCPurchaseNotify");
    const [event] = adapter.mapCallback(notification, { receivedAt: new Date("2026-11-27T12:15:31Z") });
    expect(event).toMatchObject({ type: "payment.funds_received", paymentId: KAT_PURCHASE_REQUEST.orderId, providerEventId: "IPCPurchaseNotify:12873450", data: { transactionId: "12873450", amount: "2345", asset: "JPY" } });
    // One digit changed: the signature no longer covers it.
    const forged = KAT_NOTIFY_FIELDS.map(([k, v]) => [k, k === "Amount" ? "2346" : v] as [string, string]);
    await expect(adapter.verifyCallback(notifyBody(forged))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("loads myPOS's published 1024-bit test certificate: a message not signed by myPOS is refused as such (401), not as a configuration fault", async () => {
    const adapter = createMyposAdapter(readMyposConfig(live(MYPOS_TEST_CHECKOUT_URL)));
    await expect(adapter.verifyCallback(notifyBody())).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses the same 1024-bit keys against the production checkout (503 before anything is signed or trusted)", async () => {
    const adapter = createMyposAdapter(readMyposConfig(live(MYPOS_PRODUCTION_CHECKOUT_URL, MYPOS_TEST_STORE_PUBLIC_KEY_PEM)));
    await expect(adapter.createSession(session("EUR"))).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE", detail: expect.stringMatching(/MYPOS_PRIVATE_KEY is not usable \(RSA key of 1024 bits is too short; at least 2048/) });
    await expect(adapter.verifyCallback(notifyBody())).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE", detail: expect.stringMatching(/MYPOS_PUBLIC_CERT is not usable/) });
  });

  it("never accepts less than 1024 bits, and 2048 stays the default floor", async () => {
    await expect(importRsaPrivateKey(MYPOS_TEST_STORE_PRIVATE_KEY_PEM)).rejects.toThrow(/1024 bits is too short; at least 2048/);
    await expect(importRsaPrivateKey(MYPOS_TEST_STORE_PRIVATE_KEY_PEM, { minBits: 1024 })).resolves.toBeTruthy();
    await expect(importRsaPublicKey(MYPOS_TEST_CERT_PEM, { minBits: 512 })).resolves.toBeTruthy();
    // A caller asking for less than 1024 still gets 1024.
    await expect(importRsaPrivateKey(RSA_768_PRIVATE_KEY_PEM, { minBits: 512 })).rejects.toThrow(/768 bits is too short; at least 1024/);
  });
});
