/**
 * POST /api/v1/payments/mypos → redirectUrl → the CorePort page posting the signed IPCPurchase form →
 * the sandbox checkout (test cards) → its signed IPCPurchaseNotify to our webhook → succeeded.
 */
import { runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it, beforeAll, vi } from "vitest";
import { encodeFormFields, signIpcFields, verifyIpcFields } from "../../src/providers/mypos/ipc";
import { importRsaPrivateKey, importRsaPublicKey } from "../../src/lib/rsa";
import { SANDBOX_MERCHANT_CERT_PEM, SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";
import { api, BASE, expectProblem, postJson } from "../helpers/http";
import { formsOf } from "../helpers/html-form";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { d1Events, notificationTypes, passExpiry, stubOf } from "../helpers/payments";

const MYPOS = "/api/v1/payments/mypos";

interface Created {
  id: string;
  status: string;
  asset: string;
  amountExpected: string;
  settlement: { asset: string; amount: string };
  fees: Array<{ amount: string }>;
  redirectUrl: string;
  clientSecret: string;
}

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
});

const idem = () => ({ "Idempotency-Key": crypto.randomUUID() });

async function created(body: Record<string, unknown> = {}): Promise<Created> {
  const res = await postJson(MYPOS, { amount: "25.50", currency: "EUR", returnUrl: "https://shop.acme.example/done", merchantReference: "order-1042", ...body }, { ...bearer(m.sk), ...idem() });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return res.json();
}

const path = (url: string) => url.slice(new URL(url).origin.length);

async function paymentStatus(p: Created) {
  // The reference has no GET for MyPOS payments: read the state through the operator's inspection endpoint.
  const row = await (await api(`/api/v1/admin/subjects/${p.id}`, { headers: { Authorization: "Bearer test-admin-token" } })).json<{ subject: { status: string; amountReceived: string } }>();
  return row.subject;
}

describe("MyPOS card payments", () => {
  it("create → redirect page with the signed form → sandbox checkout → notify → succeeded, merchant notified", async () => {
    const p = await created();
    expect(p).toMatchObject({ status: "requires_payment", asset: "EUR", amountExpected: "25.50", settlement: { asset: "EURX" } });
    expect(p.redirectUrl).toBe(`${BASE}/pay/mypos/${p.id}?client_secret=${encodeURIComponent(p.clientSecret)}`);

    const page = await api(path(p.redirectUrl));
    expect(page.status).toBe(200);
    const [form] = formsOf(await page.text());
    const fields = form!.fields;
    const get = (name: string) => fields.find(([n]) => n === name)?.[1];
    expect(get("IPCmethod")).toBe("IPCPurchase");
    expect(get("OrderID")).toBe(p.id);
    expect(get("Amount")).toBe("25.50");
    expect(get("Currency")).toBe("EUR");
    expect(get("URL_OK")).toBe("https://shop.acme.example/done");
    expect(get("URL_Notify")).toBe(`${BASE}/api/v1/payments/mypos/webhook`);
    expect(fields.at(-1)![0]).toBe("Signature");
    // The signature verifies with the merchant's public certificate, and breaks when a field changes.
    const merchantKey = await importRsaPublicKey(SANDBOX_MERCHANT_CERT_PEM);
    expect((await verifyIpcFields(fields, merchantKey)).ok).toBe(true);
    const tampered = fields.map(([n, v]) => [n, n === "Amount" ? "0.01" : v] as const);
    expect((await verifyIpcFields(tampered, merchantKey)).ok).toBe(false);

    const checkout = await api("/sandbox/mypos/checkout", { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields(fields) });
    if (checkout.status !== 303) throw new Error(`checkout: ${checkout.status} ${(await checkout.text()).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 600)}`);
    const location = checkout.headers.get("location")!;
    const paid = await api(`${location}/pay`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields([["holder", "Ada Lovelace"], ["number", "4111111111111111"], ["expiry", "12/39"], ["cvc", "123"]]) });
    expect(paid.status).toBe(200);
    expect(await paymentStatus(p)).toMatchObject({ status: "succeeded" });
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.created", "payment.succeeded"])));

    // Paid: the page no longer signs a checkout; the customer reads that it is paid and finds the way back.
    const again = await api(path(p.redirectUrl));
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toMatch(/^text\/html/);
    expect(again.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await again.text();
    expect(html).toContain("This payment is complete");
    expect(html).not.toContain("<form");
    expect(html).toContain('href="https://shop.acme.example/done"');
  });

  it("a signed rollback reverses it; a forged notify is refused and changes nothing", async () => {
    const p = await created({ amount: "12.00" });
    const mypos = await importRsaPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
    const notify = await signIpcFields([["IPCmethod", "IPCPurchaseNotify"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "12.00"], ["Currency", "EUR"], ["OrderID", p.id], ["IPC_Trnref", `trn${Date.now()}`], ["RequestSTAN", "000123"], ["RequestDateTime", "2026-11-27 10:15:30"]], mypos);
    const forged = notify.map(([n, v]) => [n, n === "Amount" ? "1200.00" : v] as const);
    const refused = await api("/api/v1/payments/mypos/webhook", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields(forged) });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await paymentStatus(p)).toMatchObject({ status: "requires_payment" });

    const ok = await api("/api/v1/payments/mypos/webhook", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields(notify) });
    expect(await ok.text()).toBe("OK");
    const rollback = await signIpcFields([["IPCmethod", "IPCPurchaseRollback"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "12.00"], ["Currency", "EUR"], ["OrderID", p.id]], mypos);
    const back = await api("/api/v1/payments/mypos/webhook", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields(rollback) });
    expect(await back.text()).toBe("OK");
    expect(await paymentStatus(p)).toMatchObject({ status: "reversed" });
  });

  it("GET /payments/mypos/{id}: the customer's page reads it with the client secret, and sees the notify's effect", async () => {
    const p = await created({ amount: "14.00" });
    const read = async (headers: Record<string, string>) => api(`${MYPOS}/${p.id}`, { headers });
    const before = await read({ "X-Client-Secret": p.clientSecret });
    expect(before.status).toBe(200);
    expect(await before.json()).toMatchObject({ id: p.id, method: "mypos", status: "requires_payment", amountExpected: "14.00", merchantReference: "order-1042" });
    const mypos = await importRsaPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
    const notify = await signIpcFields([["IPCmethod", "IPCPurchaseNotify"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "14.00"], ["Currency", "EUR"], ["OrderID", p.id], ["IPC_Trnref", `trn${Date.now()}`], ["RequestSTAN", "000124"], ["RequestDateTime", "2026-11-27 10:15:30"]], mypos);
    expect(await (await api("/api/v1/payments/mypos/webhook", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields(notify) })).text()).toBe("OK");
    const after = await (await read({ ...bearer(m.sk) })).json<{ status: string; amountReceived: string; clientSecret?: string; timeline: unknown[] }>();
    expect(after).toMatchObject({ status: "succeeded", amountReceived: "14.00" });
    expect(after.clientSecret).toBeUndefined();
    expect(after.timeline.length).toBeGreaterThanOrEqual(2);
    await expectProblem(await read({}), 401);
    // A wrong secret or another merchant: the same 404 as an unknown id (ids cannot be probed).
    await expectProblem(await read({ "X-Client-Secret": `${p.id}_secret_${"0".repeat(26)}` }), 404);
    const other = await merchantWithKeys();
    await expectProblem(await read({ ...bearer(other.sk) }), 404);
  });

  it("the page opens only with the payment's client secret", async () => {
    const p = await created();
    await expectProblem(await api(`/pay/mypos/${p.id}`), 404);
    await expectProblem(await api(`/pay/mypos/${p.id}?client_secret=${p.id}_secret_${"0".repeat(32)}`), 404);
  });

  it.each([
    [{ amount: "25.505" }, 400, "amount"],
    [{ currency: "JPY" }, 400, "currency"],
    [{ returnUrl: "http://shop.example/done" }, 400, "returnUrl"],
    [{ returnUrl: "javascript:alert(1)" }, 400, "returnUrl"],
  ])("refuses %j naming the field", async (body, status, field) => {
    const res = await postJson(MYPOS, { amount: "25.50", currency: "EUR", returnUrl: "https://shop.acme.example/done", ...body }, { ...bearer(m.sk), ...idem() });
    expect((await expectProblem(res, status)).errors?.some((e) => e.field === field)).toBe(true);
  });

  it("refuses more decimals than the card currency has, with the decimals code", async () => {
    const res = await postJson(MYPOS, { amount: "25.505", currency: "EUR", returnUrl: "https://shop.acme.example/done" }, { ...bearer(m.sk), ...idem() });
    expect((await expectProblem(res, 400)).errors?.[0]).toMatchObject({ field: "amount", code: "too_many_decimals" });
  });
});

/** A notify or rollback signed with myPOS's (sandbox) key, posted to the webhook; returns the body text. */
async function fromMypos(fields: Array<[string, string]>): Promise<string> {
  const mypos = await importRsaPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
  const res = await api("/api/v1/payments/mypos/webhook", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encodeFormFields(await signIpcFields(fields, mypos)) });
  return res.text();
}
const notifyFields = (p: Created, amount: string, trnref: string): Array<[string, string]> => [
  ["IPCmethod", "IPCPurchaseNotify"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", amount], ["Currency", "EUR"], ["OrderID", p.id],
  ["IPC_Trnref", trnref], ["RequestSTAN", "000124"], ["RequestDateTime", "2026-11-27 10:16:00"],
];
const rollbackFields = (p: Created, amount: string): Array<[string, string]> => [["IPCmethod", "IPCPurchaseRollback"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", amount], ["Currency", "EUR"], ["OrderID", p.id]];

describe("MyPOS notifications: repeats, order and expiry", () => {
  it("a repeated notify (myPOS retries) and a repeated rollback each change the payment once; a notify replayed after the rollback changes nothing", async () => {
    const p = await created({ amount: "30.00" });
    const trn = `trn${crypto.randomUUID().slice(0, 8)}`;
    expect(await fromMypos(notifyFields(p, "30.00", trn))).toBe("OK");
    expect(await fromMypos(notifyFields(p, "30.00", trn))).toBe("OK");
    expect(await paymentStatus(p)).toMatchObject({ status: "succeeded", amountReceived: "30.00" });
    expect(await fromMypos(rollbackFields(p, "30.00"))).toBe("OK");
    expect(await fromMypos(rollbackFields(p, "30.00"))).toBe("OK");
    expect(await fromMypos(notifyFields(p, "30.00", trn))).toBe("OK");
    expect(await paymentStatus(p)).toMatchObject({ status: "reversed", amountReceived: "30.00" });
    expect((await d1Events(p.id)).map((e) => e.type)).toEqual(["payment.created", "payment.funds_received", "payment.reversed"]);
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.succeeded", "payment.reversed"])));
  });

  it("expires by its alarm; a notify after the expiry is counted (myPOS took the money) and flagged for review", async () => {
    const p = await created({ amount: "31.00" });
    await passExpiry(p.id);
    expect(await runDurableObjectAlarm(stubOf(p.id))).toBe(true);
    expect(await paymentStatus(p)).toMatchObject({ status: "expired" });
    expect(await fromMypos(notifyFields(p, "31.00", `trn${crypto.randomUUID().slice(0, 8)}`))).toBe("OK");
    const row = await (await api(`/api/v1/admin/subjects/${p.id}`, { headers: { Authorization: "Bearer test-admin-token" } })).json<{ subject: { status: string; amountReceived: string; needsReview: boolean } }>();
    expect(row.subject).toMatchObject({ status: "expired", amountReceived: "31.00", needsReview: true });
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.expired", "payment.needs_review"])));
  });

  it("a rollback that overtakes its notify: the payment ends reversed, the notify after it is counted and flagged, never a success", async () => {
    const p = await created({ amount: "32.00" });
    expect(await fromMypos(rollbackFields(p, "32.00"))).toBe("OK");
    expect(await paymentStatus(p)).toMatchObject({ status: "reversed" });
    expect(await fromMypos(notifyFields(p, "32.00", `trn${crypto.randomUUID().slice(0, 8)}`))).toBe("OK");
    const row = await (await api(`/api/v1/admin/subjects/${p.id}`, { headers: { Authorization: "Bearer test-admin-token" } })).json<{ subject: { status: string; amountReceived: string; needsReview: boolean } }>();
    expect(row.subject).toMatchObject({ status: "reversed", amountReceived: "32.00", needsReview: true });
  });
});
