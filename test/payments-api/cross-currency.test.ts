/**
 * Cross-currency PayTo: the estimate prices it and stores a quote; the payment created at that quote
 * agrees with the estimate to the minor unit, and the quote cannot be reused.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { dec } from "../../src/lib/money";
import { api, expectProblem, postJson } from "../helpers/http";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { deliver } from "../helpers/payments";

const ESTIMATE = "/api/v1/payments/payto/cross-currency-estimate";
const CREATE = "/api/v1/payments/payto/cross-currency";

interface Estimate {
  quoteId: string;
  send: { currency: string; amount: string };
  receive: { currency: string; amount: string };
  rate: { value: string; asOf: string; ageSeconds: number; source: string };
  fees: Array<{ type: string; amount: string; asset: string }>;
  totalFee: string;
  expiresAt: string;
}

let m: TestMerchant;
let other: TestMerchant;
beforeAll(async () => {
  [m, other] = await Promise.all([merchantWithKeys(), merchantWithKeys()]);
});

const idem = () => ({ "Idempotency-Key": crypto.randomUUID() });

async function estimate(body: Record<string, unknown>, key = m.sk): Promise<Estimate> {
  const res = await postJson(ESTIMATE, { senderCurrency: "EURX", receiverCurrency: "USDX", ...body }, bearer(key));
  if (res.status !== 200) throw new Error(`estimate: ${res.status} ${await res.text()}`);
  return res.json();
}

describe("cross-currency estimate", () => {
  it("fixing the send side: fees in the sender asset, receive = (send − fees) × rate rounded down", async () => {
    const e = await estimate({ amount: "100.00" });
    expect(e.send).toEqual({ currency: "EURX", amount: "100.000000" });
    expect(e.receive.currency).toBe("USDX");
    const fees = e.fees.reduce((s, f) => s.plus(f.amount), dec(0));
    expect(fees.eq(e.totalFee)).toBe(true);
    const exact = dec("100").minus(e.totalFee).times(e.rate.value);
    expect(dec(e.receive.amount).lte(exact)).toBe(true);
    expect(exact.minus(e.receive.amount).lt("0.000001")).toBe(true);
    expect(e.rate.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(Date.parse(e.expiresAt)).toBeGreaterThan(Date.now());
    expect(e.quoteId).toMatch(/^quo_/);
  });

  it("fixing the receive side: the merchant is credited at least that amount", async () => {
    const e = await estimate({ amount: "50.00", side: "receive" });
    expect(dec(e.receive.amount).gte("50")).toBe(true);
    expect(e.send.currency).toBe("EURX");
  });

  it("refuses unknown currencies and too many decimals, naming the field", async () => {
    const unknown = await expectProblem(await postJson(ESTIMATE, { senderCurrency: "NOPE", receiverCurrency: "USDX", amount: "100" }, bearer(m.sk)), 400);
    expect(unknown.errors?.[0]?.field).toBe("senderCurrency");
    const decimals = await expectProblem(await postJson(ESTIMATE, { senderCurrency: "EURX", receiverCurrency: "USDX", amount: "100.0000001" }, bearer(m.sk)), 400);
    expect(decimals.errors?.[0]).toMatchObject({ field: "amount", code: "too_many_decimals" });
    await expectProblem(await postJson(ESTIMATE, { senderCurrency: "EURX", receiverCurrency: "USDX", amount: "100" }), 401);
  });
});

describe("cross-currency payment", () => {
  it("is created at the quote and agrees with the estimate to the minor unit; then paid in the sender asset", async () => {
    const e = await estimate({ amount: "120.50" });
    const res = await postJson(CREATE, { quoteId: e.quoteId, merchantReference: "inv-88" }, { ...bearer(m.sk), ...idem() });
    expect(res.status).toBe(201);
    const p = await res.json<{ id: string; asset: string; amountExpected: string; settlement: { asset: string; amount: string }; rate: string; fees: unknown[]; quoteId: string; payto: { depositAddress: string } }>();
    expect(p).toMatchObject({ asset: "EURX", amountExpected: e.send.amount, settlement: { asset: "USDX", amount: e.receive.amount }, rate: e.rate.value, quoteId: e.quoteId });
    expect(p.fees).toEqual(e.fees.map(({ type, amount, asset }) => ({ type, amount, asset })));

    const paid = await deliver("/api/v1/payments/payto/webhook", { type: "deposit.confirmed", timestamp: new Date().toISOString(), data: { depositAddress: p.payto.depositAddress, transactionId: `0x${p.id}`, amount: e.send.amount, asset: "EURX" } }, env.PAYTO_WEBHOOK_SECRET!);
    expect(await paid.json()).toMatchObject({ accepted: true, status: "succeeded" });
  });

  it("a quote is used once; another merchant's or a non-estimate quote is refused", async () => {
    const e = await estimate({ amount: "100.00" });
    expect((await postJson(CREATE, { quoteId: e.quoteId }, { ...bearer(m.sk), ...idem() })).status).toBe(201);
    await expectProblem(await postJson(CREATE, { quoteId: e.quoteId }, { ...bearer(m.sk), ...idem() }), 409);

    const foreign = await estimate({ amount: "100.00" }, other.sk);
    await expectProblem(await postJson(CREATE, { quoteId: foreign.quoteId }, { ...bearer(m.sk), ...idem() }), 404);

    const plain = await (await api("/api/v1/info/quote?asset=USDX&amount=40&action=enter", { headers: bearer(m.sk) })).json<{ id: string }>();
    expect((await expectProblem(await postJson(CREATE, { quoteId: plain.id }, { ...bearer(m.sk), ...idem() }), 422)).errors?.[0]?.code).toBe("quote_mismatch");
  });

  it("an expired estimate is refused with 422", async () => {
    const e = await estimate({ amount: "100.00" });
    await env.DB.prepare("UPDATE quotes SET expires_at = ? WHERE id = ?").bind(Date.now() - 1000, e.quoteId).run();
    expect((await expectProblem(await postJson(CREATE, { quoteId: e.quoteId }, { ...bearer(m.sk), ...idem() }), 422)).detail).toMatch(/expired/);
  });
});
