/**
 * POST /api/v1/payments/payto and GET /api/v1/payments/payto/{id}: creation (terms, deposit address,
 * quote locking, refusals), then signed PayTo deposits through the real webhook to every final state.
 */
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sandboxContractAddress } from "../../src/db/seed/data";
import { checkIcan } from "../../src/lib/ican";
import { parsePaytoUri } from "../../src/lib/payto-uri";
import { EXAMPLE_USDX_CONTRACT } from "../../src/routes/payments/payments.schemas";
import { dec } from "../../src/lib/money";
import { api, expectProblem, postJson } from "../helpers/http";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { d1Payment, deliver, notificationTypes, passExpiry, stubOf } from "../helpers/payments";

const PAYTO = "/api/v1/payments/payto";
const WEBHOOK = "/api/v1/payments/payto/webhook";
const secret = env.PAYTO_WEBHOOK_SECRET!;

interface PaytoPayment {
  id: string;
  status: string;
  asset: string;
  amountExpected: string;
  amountReceived: string;
  amountRemaining: string;
  settlement: { asset: string; amount: string } | null;
  fees: Array<{ type: string; amount: string; asset: string }>;
  quoteId: string | null;
  needsReview: boolean;
  expiresAt: string;
  merchantReference: string | null;
  metadata: Record<string, string>;
  payto: { depositAddress: string; network: string; paymentUri: string; qrSvg: string };
  clientSecret?: string;
  timeline: Array<{ type: string; accepted: boolean; fromStatus: string; toStatus: string; source: string }>;
}

let m: TestMerchant;
let other: TestMerchant;
beforeAll(async () => {
  [m, other] = await Promise.all([merchantWithKeys(), merchantWithKeys()]);
});

const idem = () => ({ "Idempotency-Key": crypto.randomUUID() });

async function create(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(PAYTO, body, { ...bearer(m.sk), ...idem(), ...headers });
}

async function created(body: Record<string, unknown> = {}): Promise<PaytoPayment> {
  const res = await create({ asset: "USDX", amount: "25.00", ...body });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return res.json<PaytoPayment>();
}

async function read(id: string, headers: Record<string, string> = bearer(m.sk)): Promise<PaytoPayment> {
  const res = await api(`${PAYTO}/${id}`, { headers });
  if (res.status !== 200) throw new Error(`read: ${res.status} ${await res.text()}`);
  return res.json<PaytoPayment>();
}

const deposit = (type: "deposit.pending" | "deposit.confirmed", p: PaytoPayment, transactionId: string, amount: string, byAddress = false) => ({
  type,
  timestamp: new Date().toISOString(),
  data: { ...(byAddress ? { depositAddress: p.payto.depositAddress } : { paymentId: p.id }), transactionId, amount, asset: "USDX" },
});

async function send(payload: unknown, options: { id?: string } = {}) {
  const res = await deliver(WEBHOOK, payload, secret, options);
  if (res.status !== 200) throw new Error(`webhook: ${res.status} ${await res.text()}`);
  return res.json<{ accepted: boolean; duplicate: boolean; status: string }>();
}

describe("creating a PayTo payment", () => {
  it("returns the deposit address, exact amount, fees, URI, QR code, expiry and a client secret", async () => {
    const before = Date.now();
    const p = await created({ merchantReference: "order-10472", metadata: { cartId: "c_5521" }, expiresInSeconds: 900 });
    expect(p).toMatchObject({ status: "requires_payment", asset: "USDX", amountExpected: "25.000000", amountReceived: "0", amountRemaining: "25.000000", merchantReference: "order-10472", metadata: { cartId: "c_5521" }, needsReview: false, quoteId: null });
    const ican = checkIcan(p.payto.depositAddress);
    expect(ican).toMatchObject({ valid: true, prefix: "ab" });
    expect(p.payto.network).toBe("core-testnet");
    expect(p.payto.paymentUri).toContain(`payto://xab/${p.payto.depositAddress}`);
    expect(p.payto.paymentUri).toContain(p.id);
    // CIP-10: the token by its contract (the sandbox's seeded USDX contract, as in the OpenAPI examples), not by ticker.
    expect(parsePaytoUri(p.payto.paymentUri).amount).toEqual({ currency: EXAMPLE_USDX_CONTRACT, value: "25" });
    expect(sandboxContractAddress("USDX")).toBe(EXAMPLE_USDX_CONTRACT);
    expect(p.payto.qrSvg.startsWith("<svg")).toBe(true);
    expect(p.clientSecret!.startsWith(`${p.id}_secret_`)).toBe(true);
    const expires = Date.parse(p.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 900_000);
    expect(expires).toBeLessThan(Date.now() + 900_000 + 1000);
    // Fees from the fee engine; the merchant is credited the amount minus the fees, exactly.
    const totalFee = p.fees.reduce((sum, f) => sum.plus(f.amount), dec(0));
    expect(totalFee.gt(0)).toBe(true);
    expect(p.settlement).toEqual({ asset: "USDX", amount: dec("25").minus(totalFee).toFixed(6) });
    expect(p.timeline).toMatchObject([{ type: "payment.created", toStatus: "requires_payment", accepted: true }]);
    expect(await d1Payment(p.id)).toMatchObject({ method: "payto", merchant_id: m.id, deposit_address: p.payto.depositAddress });
  });

  it("is readable by the owner's secret key and by the client secret, and by no one else", async () => {
    const p = await created();
    expect((await read(p.id)).payto.depositAddress).toBe(p.payto.depositAddress);
    const byClient = await read(p.id, { "X-Client-Secret": p.clientSecret! });
    expect(byClient).toMatchObject({ id: p.id, status: "requires_payment" });
    expect(byClient.clientSecret).toBeUndefined();
    await expectProblem(await api(`${PAYTO}/${p.id}`, { headers: bearer(other.sk) }), 404);
    await expectProblem(await api(`${PAYTO}/${p.id}`, { headers: { "X-Client-Secret": `${p.id}_secret_${"0".repeat(32)}` } }), 404);
  });

  it("replays the same payment for a retried Idempotency-Key", async () => {
    const headers = idem();
    const first = await create({ asset: "USDX", amount: "30.00" }, headers);
    const again = await create({ asset: "USDX", amount: "30.00" }, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await again.json<PaytoPayment>()).id).toBe((await first.json<PaytoPayment>()).id);
    await expectProblem(await postJson(PAYTO, { asset: "USDX", amount: "30.00" }, bearer(m.sk)), 400);
  });

  it.each([
    [{ asset: "USDX", amount: "25.0000001" }, 400, "amount", "too_many_decimals"],
    [{ asset: "USDX", amount: "-5" }, 400, "amount", undefined],
    [{ asset: "USDX", amount: 25 }, 400, "amount", undefined],
    [{ asset: "USDX", amount: "5.00" }, 422, "amount", "below_minimum"],
    [{ asset: "USDX", amount: "50000.000001" }, 422, "amount", "above_maximum"],
    [{ asset: "EUR", amount: "25.00" }, 400, "asset", "unknown_asset"],
    [{ asset: "NOPE", amount: "25.00" }, 400, "asset", "unknown_asset"],
    [{ asset: "USDX" }, 400, "amount", undefined],
    [{ asset: "USDX", amount: "25.00", surprise: 1 }, 400, "surprise", undefined],
    [{ asset: "USDX", amount: "25.00", expiresInSeconds: 10 }, 400, "expiresInSeconds", undefined],
    [{ asset: "USDX", amount: "25.00", metadata: { "bad key!": "x" } }, 400, "metadata", undefined],
    [{ asset: "USDX", amount: "25.00", quoteId: "quo_' OR 1=1 --" }, 400, "quoteId", undefined],
  ])("refuses %j with %i naming the field, and creates nothing", async (body, status, field, code) => {
    const before = (await env.DB.prepare("SELECT count(*) AS n FROM payments WHERE merchant_id = ?").bind(m.id).first<{ n: number }>())!.n;
    const problem = await expectProblem(await create(body), status);
    const error = problem.errors?.find((e) => e.field.startsWith(field));
    expect(error, JSON.stringify(problem)).toBeDefined();
    if (code) expect(error!.code).toBe(code);
    const after = (await env.DB.prepare("SELECT count(*) AS n FROM payments WHERE merchant_id = ?").bind(m.id).first<{ n: number }>())!.n;
    expect(after).toBe(before);
  });

  it("needs a merchant key", async () => {
    await expectProblem(await postJson(PAYTO, { asset: "USDX", amount: "25.00" }, idem()), 401);
  });
});

describe("quote locking", () => {
  async function quote(amount = "40.000000", key = m.sk): Promise<{ id: string; amount: string; receive: { amount: string }; totalFee: string; expiresAt: string }> {
    // A merchant-bound quote: the cross-currency estimate stores one; a same-asset "enter" quote comes from /info/quote.
    const res = await api(`/api/v1/info/quote?asset=USDX&amount=${amount}&action=enter&paymentType=payto`, { headers: bearer(key) });
    expect(res.status).toBe(200);
    return res.json();
  }

  it("locks rate and fees of a stored quote; the quote cannot be used twice", async () => {
    const q = await quote();
    const p = await created({ amount: undefined, quoteId: q.id });
    expect(p).toMatchObject({ quoteId: q.id, amountExpected: "40.000000", settlement: { asset: "USDX", amount: q.receive.amount } });
    const again = await create({ asset: "USDX", quoteId: q.id });
    expect((await expectProblem(again, 409)).code).toBe("CONFLICT");
  });

  it("refuses an amount that differs from the quote, without locking it", async () => {
    const q = await quote();
    const problem = await expectProblem(await create({ asset: "USDX", amount: "41.00", quoteId: q.id }), 422);
    expect(problem.errors?.[0]).toMatchObject({ field: "amount", code: "quote_mismatch" });
    expect((await created({ amount: "40.00", quoteId: q.id })).quoteId).toBe(q.id);
  });

  it("refuses an expired quote (422) and an unknown one (404)", async () => {
    const q = await quote();
    await env.DB.prepare("UPDATE quotes SET expires_at = ? WHERE id = ?").bind(Date.now() - 1000, q.id).run();
    expect((await expectProblem(await create({ asset: "USDX", quoteId: q.id }), 422)).detail).toMatch(/expired/);
    await expectProblem(await create({ asset: "USDX", quoteId: "quo_0123456789abcdefghjkmnpqrs" }), 404);
  });

  it("does not reveal or lock another merchant's quote", async () => {
    const q = await quote();
    await env.DB.prepare("UPDATE quotes SET merchant_id = ? WHERE id = ?").bind(other.id, q.id).run();
    await expectProblem(await create({ asset: "USDX", quoteId: q.id }), 404);
    expect((await env.DB.prepare("SELECT used_by FROM quotes WHERE id = ?").bind(q.id).first<{ used_by: string | null }>())!.used_by).toBeNull();
  });
});

describe("PayTo deposits through the signed webhook", () => {
  it("exact: pending → processing, confirmed → succeeded; the merchant is notified", async () => {
    const p = await created();
    expect(await send(deposit("deposit.pending", p, "0xaa01", "25.00"))).toMatchObject({ accepted: true, status: "processing" });
    expect((await read(p.id)).status).toBe("processing");
    expect(await send(deposit("deposit.confirmed", p, "0xaa01", "25.00"))).toMatchObject({ accepted: true, status: "succeeded" });
    const after = await read(p.id, { "X-Client-Secret": p.clientSecret! });
    expect(after).toMatchObject({ status: "succeeded", amountReceived: "25.000000", amountRemaining: "0.000000", needsReview: false });
    expect(after.timeline.map((e) => e.type)).toEqual(["payment.created", "payment.processing", "payment.funds_received"]);
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.created", "payment.processing", "payment.succeeded"])));
  });

  it("several deposits add up: partially_paid, then succeeded; found by the deposit address", async () => {
    const p = await created();
    expect(await send(deposit("deposit.confirmed", p, "0xbb01", "10.00", true))).toMatchObject({ status: "partially_paid" });
    expect(await read(p.id)).toMatchObject({ status: "partially_paid", amountReceived: "10.000000", amountRemaining: "15.000000" });
    expect(await send(deposit("deposit.confirmed", p, "0xbb02", "15.000000", true))).toMatchObject({ status: "succeeded" });
    expect(await read(p.id)).toMatchObject({ status: "succeeded", amountReceived: "25.000000", amountRemaining: "0.000000" });
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.partially_paid", "payment.succeeded"])));
  });

  it("more than due → overpaid", async () => {
    const p = await created();
    expect(await send(deposit("deposit.confirmed", p, "0xcc01", "25.000001"))).toMatchObject({ status: "overpaid" });
    expect(await read(p.id)).toMatchObject({ status: "overpaid", amountReceived: "25.000001", amountRemaining: "0.000000" });
  });

  it("duplicates and out-of-order deliveries change nothing twice", async () => {
    const p = await created();
    const confirmed = deposit("deposit.confirmed", p, "0xdd01", "25.00");
    await send(confirmed, { id: "msg_dup_" + p.id });
    expect(await send(confirmed, { id: "msg_dup_" + p.id })).toMatchObject({ duplicate: true, status: "succeeded" });
    // The pending notice arrives after the confirmation: recorded, refused, the payment stays succeeded.
    expect(await send(deposit("deposit.pending", p, "0xdd01", "25.00"))).toMatchObject({ accepted: false, status: "succeeded" });
    const after = await read(p.id);
    expect(after).toMatchObject({ status: "succeeded", amountReceived: "25.000000" });
    expect(after.timeline.filter((e) => e.type === "payment.funds_received")).toHaveLength(1);
  });

  it("expires by its alarm; a deposit after the expiry is counted and flagged for review", async () => {
    const p = await created();
    await passExpiry(p.id);
    expect(await runDurableObjectAlarm(stubOf(p.id))).toBe(true);
    expect(await read(p.id)).toMatchObject({ status: "expired", needsReview: false });
    expect(await send(deposit("deposit.confirmed", p, "0xee01", "25.00"))).toMatchObject({ status: "expired" });
    const late = await read(p.id);
    expect(late).toMatchObject({ status: "expired", amountReceived: "25.000000", needsReview: true });
    await vi.waitFor(async () => expect(await notificationTypes(p.id)).toEqual(expect.arrayContaining(["payment.expired", "payment.needs_review"])));
  });

  it("a forged delivery is refused and writes nothing", async () => {
    const p = await created();
    const res = await deliver(WEBHOOK, deposit("deposit.confirmed", p, "0xff01", "25.00"), "whsec_" + btoa("forged-secret-forged-secret-1234"));
    await expectProblem(res, 401);
    expect(await read(p.id)).toMatchObject({ status: "requires_payment", amountReceived: "0" });
    expect((await read(p.id)).timeline).toHaveLength(1);
  });
});
