/**
 * POST /api/v1/payments/corepay, GET /api/v1/payments/corepay/{id} and /status/{paymentId}: a payment to
 * the merchant's own ICAN address, driven through the signed CorePay webhook.
 */
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { signWebhook } from "../../src/lib/standard-webhooks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkIcan, makeIcan } from "../../src/lib/ican";
import { api, expectProblem, postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { deliver, deliveryId, notificationTypes, passExpiry, stubOf } from "../helpers/payments";

const COREPAY = "/api/v1/payments/corepay";
const WEBHOOK = "/api/v1/payments/corepay/webhook";
const secret = env.COREPAY_WEBHOOK_SECRET!;

interface CorepayPayment {
  id: string;
  status: string;
  amountExpected: string;
  amountReceived: string;
  clientSecret?: string;
  corepay: { address: string; network: string; paymentUri: string; qrSvg: string; confirmationsRequired: number };
  timeline: Array<{ type: string }>;
}
interface CorepayStatus {
  paymentId: string;
  status: string;
  address: string;
  amountExpected: string;
  amountSeen: string;
  amountReceived: string;
  confirmationsRequired: number;
  transactions: Array<{ hash: string; state: string; amount: string | null; blockNumber: number | null; confirmations: number; confirmationsRequired: number }>;
  events: Array<{ type: string; occurredAt: string; recordedAt: string; accepted: boolean }>;
}

let m: TestMerchant;
let noAddress: TestMerchant;
const payout = makeIcan("ab", "2755c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f");

beforeAll(async () => {
  [m, noAddress] = await Promise.all([merchantWithKeys(), merchantWithKeys()]);
  const res = await api(`/api/v1/admin/merchants/${m.id}`, { method: "PATCH", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ payoutAddress: payout }) });
  expect(res.status).toBe(200);
});

const idem = () => ({ "Idempotency-Key": crypto.randomUUID() });

async function created(merchant = m, body: Record<string, unknown> = {}): Promise<CorepayPayment> {
  const res = await postJson(COREPAY, { asset: "USDX", amount: "49.99", ...body }, { ...bearer(merchant.sk), ...idem() });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return res.json();
}

async function status(id: string, headers: Record<string, string> = bearer(m.sk)): Promise<CorepayStatus> {
  const res = await api(`${COREPAY}/status/${id}`, { headers });
  if (res.status !== 200) throw new Error(`status: ${res.status} ${await res.text()}`);
  return res.json();
}

const tx = (type: string, paymentId: string, data: Record<string, unknown>) => ({ type, timestamp: new Date().toISOString(), data: { paymentId, ...data } });

async function send(payload: unknown) {
  const res = await deliver(WEBHOOK, payload, secret);
  if (res.status !== 200) throw new Error(`webhook: ${res.status} ${await res.text()}`);
  return res.json<{ accepted: boolean; status: string }>();
}

describe("creating a CorePay payment", () => {
  it("pays to the merchant's ICAN address, with URI, QR code and the confirmations required", async () => {
    const p = await created();
    expect(p).toMatchObject({ status: "requires_payment", amountExpected: "49.990000", corepay: { address: payout, network: "core-testnet" } });
    expect(checkIcan(p.corepay.address).valid).toBe(true);
    expect(p.corepay.paymentUri).toContain(`payto://xab/${payout}`);
    expect(p.corepay.qrSvg.startsWith("<svg")).toBe(true);
    expect(p.corepay.confirmationsRequired).toBeGreaterThanOrEqual(1);
    const summary = await api(`${COREPAY}/${p.id}`, { headers: { "X-Client-Secret": p.clientSecret! } });
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({ id: p.id, method: "corepay", corepay: { address: payout } });
  });

  it("is refused (422) when the merchant has no payout address, and creates nothing", async () => {
    const res = await postJson(COREPAY, { asset: "USDX", amount: "49.99" }, { ...bearer(noAddress.sk), ...idem() });
    expect((await expectProblem(res, 422)).detail).toMatch(/payout address/);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM payments WHERE merchant_id = ?").bind(noAddress.id).first<{ n: number }>())!.n).toBe(0);
  });

  it("refuses an amount with more decimals than the asset", async () => {
    const res = await postJson(COREPAY, { asset: "USDX", amount: "49.9999999" }, { ...bearer(m.sk), ...idem() });
    expect((await expectProblem(res, 400)).errors?.[0]).toMatchObject({ field: "amount", code: "too_many_decimals" });
  });

  it("a PayTo id is not a CorePay payment (404)", async () => {
    const res = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(m.sk), ...idem() });
    const payto = await res.json<{ id: string }>();
    await expectProblem(await api(`${COREPAY}/${payto.id}`, { headers: bearer(m.sk) }), 404);
    await expectProblem(await api(`${COREPAY}/status/${payto.id}`, { headers: bearer(m.sk) }), 404);
  });
});

describe("on-chain life through the CorePay webhook", () => {
  it("seen → confirmations → confirmed → succeeded, with block, counts and amounts in the status", async () => {
    const p = await created();
    const hash = `0x${crypto.randomUUID().replaceAll("-", "")}`;
    expect(await send(tx("transaction.seen", p.id, { transactionHash: hash, asset: "USDX", amount: "49.99", blockNumber: 18234771 }))).toMatchObject({ status: "processing" });
    expect(await send(tx("transaction.confirmations", p.id, { transactionHash: hash, confirmations: 1, requiredConfirmations: 3 }))).toMatchObject({ accepted: true });
    expect(await send(tx("transaction.confirmations", p.id, { transactionHash: hash, confirmations: 2, requiredConfirmations: 3 }))).toMatchObject({ accepted: true });
    const midway = await status(p.id, { "X-Client-Secret": p.clientSecret! });
    expect(midway).toMatchObject({ status: "processing", address: payout, amountExpected: "49.990000", amountSeen: "49.990000", amountReceived: "0" });
    expect(midway.transactions).toEqual([expect.objectContaining({ hash, state: "pending", amount: "49.99", blockNumber: 18234771, confirmations: 2 })]);

    expect(await send(tx("transaction.confirmed", p.id, { transactionHash: hash, asset: "USDX", amount: "49.99", blockNumber: 18234771, confirmations: 3 }))).toMatchObject({ status: "succeeded" });
    const done = await status(p.id);
    expect(done).toMatchObject({ status: "succeeded", amountSeen: "49.990000", amountReceived: "49.990000" });
    expect(done.transactions[0]).toMatchObject({ state: "confirmed", confirmations: 3 });
    expect(done.events.map((e) => e.type)).toEqual(["payment.created", "payment.processing", "payment.confirmations", "payment.confirmations", "payment.funds_received"]);
    for (const e of done.events) expect(Date.parse(e.occurredAt)).toBeGreaterThan(0);
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.created", "payment.succeeded"])));
  });

  it("a dropped transaction puts the payment back to waiting, never to paid", async () => {
    const p = await created();
    const hash = `0x${crypto.randomUUID().replaceAll("-", "")}`;
    await send(tx("transaction.seen", p.id, { transactionHash: hash, asset: "USDX", amount: "49.99", blockNumber: 18234800 }));
    expect(await send(tx("transaction.dropped", p.id, { transactionHash: hash, replacedBy: "0xfeedbeef" }))).toMatchObject({ accepted: true, status: "requires_payment" });
    const after = await status(p.id);
    expect(after).toMatchObject({ status: "requires_payment", amountSeen: "0.000000", amountReceived: "0" });
    expect(after.transactions[0]).toMatchObject({ hash, state: "dropped" });
  });

  it("a forged delivery is refused and writes nothing", async () => {
    const p = await created();
    const res = await deliver(WEBHOOK, tx("transaction.confirmed", p.id, { transactionHash: "0xabc", asset: "USDX", amount: "49.99", confirmations: 3 }), "whsec_" + btoa("forged-secret-forged-secret-1234"));
    await expectProblem(res, 401);
    expect((await status(p.id)).events).toHaveLength(1);
  });
});

const newHash = () => `0x${crypto.randomUUID().replaceAll("-", "")}`;

describe("amounts, repeats and expiry through the CorePay webhook", () => {
  it("under → partially_paid, a second transfer completes it, a third makes it overpaid; the merchant hears each", async () => {
    const p = await created();
    const pay = (amount: string) => send(tx("transaction.confirmed", p.id, { transactionHash: newHash(), asset: "USDX", amount, confirmations: 3 }));
    expect(await pay("20.00")).toMatchObject({ status: "partially_paid" });
    expect(await pay("29.99")).toMatchObject({ status: "succeeded" });
    expect(await pay("0.000001")).toMatchObject({ status: "overpaid" });
    expect(await status(p.id)).toMatchObject({ amountReceived: "49.990001", amountSeen: "49.990001" });
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.created", "payment.partially_paid", "payment.succeeded", "payment.overpaid"])));
  });

  it("a redelivered or re-sent confirmation changes nothing twice; a stale 'seen' after payment is refused", async () => {
    const p = await created();
    const hash = newHash();
    const confirmed = tx("transaction.confirmed", p.id, { transactionHash: hash, asset: "USDX", amount: "49.99", blockNumber: 7, confirmations: 3 });
    const id = deliveryId();
    const first = await deliver(WEBHOOK, confirmed, secret, { id });
    expect(await first.json()).toMatchObject({ status: "succeeded", duplicate: false });
    // Same delivery again, and the same fact under a new delivery id: both duplicates.
    expect(await (await deliver(WEBHOOK, confirmed, secret, { id })).json()).toMatchObject({ duplicate: true, status: "succeeded" });
    expect(await (await deliver(WEBHOOK, confirmed, secret)).json()).toMatchObject({ duplicate: true, status: "succeeded" });
    expect(await send(tx("transaction.seen", p.id, { transactionHash: hash, asset: "USDX", amount: "49.99", blockNumber: 7 }))).toMatchObject({ accepted: false, status: "succeeded" });
    const after = await status(p.id);
    expect(after).toMatchObject({ status: "succeeded", amountReceived: "49.990000" });
    expect(after.events.filter((e) => e.type === "payment.funds_received")).toHaveLength(1);
  });

  it("expires by its alarm; a transfer confirmed after the expiry is counted and flagged for review", async () => {
    const p = await created();
    await passExpiry(p.id);
    expect(await runDurableObjectAlarm(stubOf(p.id))).toBe(true);
    expect(await status(p.id)).toMatchObject({ status: "expired" });
    expect(await send(tx("transaction.confirmed", p.id, { transactionHash: newHash(), asset: "USDX", amount: "49.99", confirmations: 3 }))).toMatchObject({ status: "expired" });
    const summary = await (await api(`${COREPAY}/${p.id}`, { headers: bearer(m.sk) })).json<{ status: string; amountReceived: string; needsReview: boolean }>();
    expect(summary).toMatchObject({ status: "expired", amountReceived: "49.990000", needsReview: true });
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.expired", "payment.needs_review"])));
  });
});

describe("the confirmation policy (COREPAY_CONFIRMATIONS, per asset)", () => {
  // A worker configured with USDX=5: creation, webhook and status all see the same policy.
  const call = (path: string, init: RequestInit = {}) => api(path, { ...init, env: { COREPAY_CONFIRMATIONS: "USDX=5,*=2" } });
  async function sendWith(payload: unknown) {
    const body = JSON.stringify(payload);
    const headers = await signWebhook([secret], deliveryId(), Math.floor(Date.now() / 1000), body);
    const res = await call(WEBHOOK, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body });
    expect(res.status).toBe(200);
    return res.json<{ status: string; accepted: boolean; events: Array<{ type: string; accepted: boolean }> }>();
  }

  it("decides when 'transaction.confirmed' counts, whatever the watcher thinks, and the status reports the same count", async () => {
    const res = await call(COREPAY, { method: "POST", headers: { ...bearer(m.sk), ...idem(), "Content-Type": "application/json" }, body: JSON.stringify({ asset: "USDX", amount: "49.99" }) });
    expect(res.status).toBe(201);
    const p = await res.json<CorepayPayment>();
    expect(p.corepay.confirmationsRequired).toBe(5);
    const hash = newHash();
    const transfer = { transactionHash: hash, asset: "USDX", amount: "49.99", blockNumber: 900 };

    // The watcher calls it final at 3 confirmations: CorePort holds it and records the count.
    const early = await sendWith(tx("transaction.confirmed", p.id, { ...transfer, confirmations: 3 }));
    expect(early).toMatchObject({ status: "processing" });
    expect(early.events.map((e) => e.type)).toEqual(["payment.processing", "payment.confirmations"]);
    const held = await (await call(`${COREPAY}/status/${p.id}`, { headers: bearer(m.sk) })).json<CorepayStatus>();
    expect(held).toMatchObject({ status: "processing", amountReceived: "0", amountSeen: "49.990000", confirmationsRequired: 5 });
    expect(held.transactions).toEqual([expect.objectContaining({ hash, state: "pending", confirmations: 3, confirmationsRequired: 5, blockNumber: 900 })]);

    expect(await sendWith(tx("transaction.confirmed", p.id, { ...transfer, confirmations: 5 }))).toMatchObject({ status: "succeeded" });
    const done = await (await call(`${COREPAY}/status/${p.id}`, { headers: bearer(m.sk) })).json<CorepayStatus>();
    expect(done).toMatchObject({ status: "succeeded", amountReceived: "49.990000", confirmationsRequired: 5 });
    expect(done.transactions[0]).toMatchObject({ state: "confirmed", confirmations: 5 });
  });
});
