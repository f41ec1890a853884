import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { isValidIBAN } from "ibantools";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCreditorReference, newCreditorReference } from "../../src/lib/creditor-reference";
import { dec } from "../../src/lib/money";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { api, expectProblem, postJson } from "../helpers/http";
import { d1Order, deliver, notificationTypes, stubOf } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";
import { creditFor, deliverWallMoney } from "../helpers/wallmoney";

const ONRAMP_WEBHOOK = "/api/v1/onramp/webhook";
const secret = env.ONRAMP_WEBHOOK_SECRET!;

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
});

async function ok<T = any>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.json<T>();
}
const post = (path: string, body: unknown, headers: Record<string, string> = bearer(m.sk)) => postJson(`/api/v1${path}`, body, headers);
const webhook = async (payload: object) => ok(await deliver(ONRAMP_WEBHOOK, { timestamp: new Date().toISOString(), ...payload }, secret));
const wallMoney = async (event: { id: string }) => ok(await deliverWallMoney(ONRAMP_WEBHOOK, event));
const wallet = () => testWallet();
const setPool = async (asset: string, size: string) => ok(await postJson(`/api/v1/admin/liquidity/${asset}`, { size }, ADMIN));
const pool = async (asset: string) => ok(await api(`/api/v1/admin/liquidity/${asset}`, { headers: ADMIN }));

describe("POST /onramp/forex-estimate", () => {
  it("GBP → EURX: charge, rate and its age, fees, coins received, expiry, quote id and liquidity", async () => {
    await setPool("EURX", "100000");
    const q = await ok(await post("/onramp/forex-estimate", { asset: "EURX", currency: "GBP", receiveAmount: "250" }));
    expect(q).toMatchObject({
      object: "quote", action: "enter", asset: "EURX", currency: "GBP", side: "receive",
      receive: { asset: "EURX", amount: "250.000000" }, send: { asset: "GBP" },
      rate: { base: "EURX", quote: "GBP" },
      liquidity: { status: "available", asset: "EURX" },
    });
    expect(q.chargeAmount).toBe(q.send.amount);
    expect(q.chargeAmount).toMatch(/^\d+\.\d{2}$/);
    expect(q.rateAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(q.id).toMatch(/^quo_/);
    expect(Date.parse(q.expiresAt)).toBeGreaterThan(Date.now());
  });

  it("reports limited (with the most that can be filled) and unavailable pools", async () => {
    await setPool("AUDX", "100");
    const limited = await ok(await post("/onramp/forex-estimate", { asset: "AUDX", receiveAmount: "150" }));
    expect(limited.liquidity).toMatchObject({ status: "limited", maxFillable: "100.000000" });
    await setPool("CHFX", "0");
    const none = await ok(await post("/onramp/forex-estimate", { asset: "CHFX", receiveAmount: "50" }));
    expect(none.liquidity).toMatchObject({ status: "unavailable" });
  });

  it("validates the body", async () => {
    await expectProblem(await post("/onramp/forex-estimate", { asset: "EURX", receiveAmount: "10", amount: "10" }), 400);
    await expectProblem(await post("/onramp/forex-estimate", { asset: "EURX", receiveAmount: "abc" }), 400);
    const p = await expectProblem(await post("/onramp/forex-estimate", { asset: "EURX", receiveAmount: "5" }), 422);
    expect(p.errors?.[0]).toMatchObject({ field: "receiveAmount" });
  });
});

describe("POST /onramp/bank and the on-ramp webhook", () => {
  it("bank instructions with an RF reference; funds confirmed → coins sent → completed; liquidity consumed", async () => {
    await setPool("EURX", "100000");
    const before = await pool("EURX");
    const address = wallet();
    const order = await ok(await post("/onramp/bank", { asset: "EURX", currency: "EUR", receiveAmount: "250", walletAddress: address }), 201);
    expect(order).toMatchObject({ object: "order", direction: "onramp", rail: "bank", status: "awaiting_funds", receive: { asset: "EURX", amount: "250.000000", walletAddress: address } });
    const bank = order.bankInstructions;
    expect(isValidIBAN(bank.iban)).toBe(true);
    expect(checkCreditorReference(bank.reference).valid).toBe(true);
    expect(bank).toMatchObject({ amount: order.charge.amount, currency: "EUR" });
    expect(order.nextAction.description).toContain(bank.referenceFormatted);
    expect((await pool("EURX")).reserved).toBe(dec(before.reserved).plus(250).toFixed(6));

    // A reference no order carries: recorded as unmatched (202), this order untouched.
    const stray = await deliverWallMoney(ONRAMP_WEBHOOK, creditFor(order, { reference: newCreditorReference() }));
    expect(await ok(stray, 202)).toMatchObject({ matched: false, reason: "unknown_reference" });
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_funds", amount_deposited: "0" });

    const credit = creditFor(order);
    const ack = await wallMoney(credit);
    expect(ack).toMatchObject({ subjectId: order.id, status: "funds_confirmed" });
    const sent = await d1Order(order.id);
    expect(sent).toMatchObject({ status: "coins_sent" });
    expect(sent!.payout_tx_hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(sent!.provider_reference).toBe(credit.data.transferId);
    expect(await webhook({ type: "coins.confirmed", data: { orderId: order.id, transactionHash: sent!.payout_tx_hash } })).toMatchObject({ status: "completed" });
    const after = await pool("EURX");
    expect(after.reserved).toBe(before.reserved);
    expect(dec(after.consumed).minus(before.consumed).toFixed(6)).toBe("250.000000");

    await runDurableObjectAlarm(stubOf(order.id));
    expect(await notificationTypes(order.id)).toContain("onramp.completed");
  });

  it("a wrong amount waits for a decision", async () => {
    await setPool("EURX", "100000");
    const order = await ok(await post("/onramp/bank", { asset: "EURX", receiveAmount: "100", walletAddress: wallet() }), 201);
    const ack = await wallMoney(creditFor(order, { amount: "50.00", where: "remittance" }));
    expect(ack).toMatchObject({ status: "awaiting_decision" });
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_decision", amount_deposited: "50.00" });
  });

  it("refuses an invalid wallet address naming the field", async () => {
    const p = await expectProblem(await post("/onramp/bank", { asset: "EURX", receiveAmount: "100", walletAddress: "cb00deadbeef" }), 400);
    expect(p.errors?.[0]).toMatchObject({ field: "walletAddress" });
  });

  it("50 concurrent orders against a pool that fits 10: exactly 10 reserved, never negative", async () => {
    await setPool("GBPX", "1000");
    const results = await Promise.all(
      Array.from({ length: 50 }, () => post("/onramp/bank", { asset: "GBPX", receiveAmount: "100", walletAddress: wallet() })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 422)).toHaveLength(40);
    const refused = await expectProblem(results.find((r) => r.status === 422)!, 422);
    expect(refused).toMatchObject({ limit: "liquidity", liquidity: "unavailable" });
    for (const r of results.filter((x) => x.status === 201)) await r.body?.cancel();
    expect(await pool("GBPX")).toMatchObject({ reserved: "1000.000000", available: "0.000000", activeReservations: 10 });
  });
});

describe("an estimate's paymentType and the order that locks its quote", () => {
  const estimate = (paymentType?: "bank" | "mypos") =>
    post("/onramp/forex-estimate", { asset: "EURX", currency: "EUR", receiveAmount: "120", ...(paymentType ? { paymentType } : {}) }).then((r) => ok(r));
  const quoteOf = (id: string) => env.DB.prepare("SELECT payment_type, used_by FROM quotes WHERE id = ?").bind(id).first<{ payment_type: string | null; used_by: string | null }>();

  it("paymentType bank (as documented) and no paymentType both price the bank rail, and POST /onramp/bank locks either quote", async () => {
    await setPool("EURX", "100000");
    for (const paymentType of ["bank", undefined] as const) {
      const q = await estimate(paymentType);
      expect(q).toMatchObject({ paymentType: "bank", feeSchedule: { paymentType: null } });
      const order = await ok(await post("/onramp/bank", { asset: "EURX", quoteId: q.id, walletAddress: wallet() }), 201);
      expect(order).toMatchObject({ rail: "bank", quoteId: q.id, charge: { currency: "EUR", amount: q.chargeAmount }, receive: { amount: "120.000000" } });
      expect(order.bankInstructions).toMatchObject({ amount: q.chargeAmount, currency: "EUR" });
      expect(await quoteOf(q.id)).toEqual({ payment_type: "bank", used_by: order.id });
    }
    // The same through POST /onramp with paymentMethod bank.
    const q = await estimate("bank");
    const order = await ok(await post("/onramp", { asset: "EURX", quoteId: q.id, walletAddress: wallet(), paymentMethod: "bank" }), 201);
    expect(order).toMatchObject({ rail: "bank", quoteId: q.id, charge: { amount: q.chargeAmount } });
  });

  it("an order of the other rail refuses the quote (422 naming quoteId, saying which paymentType to estimate), reserving nothing", async () => {
    await setPool("EURX", "100000");
    const reserved = (await pool("EURX")).reserved;
    const card = await estimate("mypos");
    const bankOrder = await expectProblem(await post("/onramp/bank", { asset: "EURX", quoteId: card.id, walletAddress: wallet() }), 422);
    expect(bankOrder.errors).toEqual([expect.objectContaining({ field: "quoteId", code: "quote_mismatch" })]);
    expect(bankOrder.detail).toBe(`Quote '${card.id}' was priced for card payments (paymentType 'mypos'), not bank; get an estimate with paymentType 'bank'`);
    const bank = await estimate("bank");
    const cardOrder = await expectProblem(await post("/onramp", { asset: "EURX", quoteId: bank.id, walletAddress: wallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }), 422);
    expect(cardOrder.detail).toBe(`Quote '${bank.id}' was priced for bank payments (paymentType 'bank'), not card; get an estimate with paymentType 'mypos'`);
    expect((await pool("EURX")).reserved).toBe(reserved);
    expect(await quoteOf(card.id)).toMatchObject({ used_by: null });
    expect(await quoteOf(bank.id)).toMatchObject({ used_by: null });
    // The card quote still serves the card order it was made for.
    const ordered = await ok(await post("/onramp", { asset: "EURX", quoteId: card.id, walletAddress: wallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }), 201);
    expect(ordered).toMatchObject({ rail: "card", quoteId: card.id, charge: { amount: card.chargeAmount } });
  });

  it("a bank quote stored before estimates always named their payment type (payment_type NULL) still buys by bank", async () => {
    await setPool("EURX", "100000");
    const q = await estimate("bank");
    await env.DB.prepare("UPDATE quotes SET payment_type = NULL WHERE id = ?").bind(q.id).run();
    const order = await ok(await post("/onramp/bank", { asset: "EURX", quoteId: q.id, walletAddress: wallet() }), 201);
    expect(order).toMatchObject({ rail: "bank", quoteId: q.id });
  });
});

describe("POST /onramp", () => {
  it("card: a signed MyPOS checkout for the charge at card fees, liquidity reserved; bank: instructions", async () => {
    await setPool("USDX", "100000");
    const before = await pool("USDX");
    const card = await ok(await post("/onramp", { asset: "USDX", receiveAmount: "100", walletAddress: wallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }), 201);
    expect(card).toMatchObject({ rail: "card", status: "awaiting_funds", bankInstructions: null, nextAction: { type: "redirect_to_checkout" }, receive: { asset: "USDX", amount: "100.000000" } });
    const fields = Object.fromEntries(card.checkout.fields as Array<[string, string]>);
    expect(fields).toMatchObject({ OrderID: card.id, Currency: "USD", Amount: card.charge.amount, URL_OK: "https://shop.example.com/done" });
    expect(fields.URL_Notify).toMatch(/\/api\/v1\/payments\/mypos\/webhook$/);
    expect(fields.Signature).toBeTruthy();
    const estimate = await ok(await post("/onramp/forex-estimate", { asset: "USDX", receiveAmount: "100", paymentType: "mypos" }));
    expect(card.charge.amount).toBe(estimate.chargeAmount);
    expect((await pool("USDX")).reserved).toBe(dec(before.reserved).plus(100).toFixed(6));
    expect(await d1Order(card.id)).toMatchObject({ rail: "card", provider_code: "mypos", status: "awaiting_funds" });

    const p = await expectProblem(await post("/onramp", { asset: "USDX", receiveAmount: "100", walletAddress: wallet(), paymentMethod: "card" }), 400);
    expect(p.errors?.[0]).toMatchObject({ field: "returnUrl" });
    // No bank scheme for USD: refused naming the currency, and the reservation made for it is released.
    const reserved = (await pool("USDX")).reserved;
    const usd = await expectProblem(await post("/onramp", { asset: "USDX", receiveAmount: "100", walletAddress: wallet(), paymentMethod: "bank" }), 422);
    expect(usd.errors?.[0]).toMatchObject({ field: "currency", code: "currency_not_supported" });
    expect((await pool("USDX")).reserved).toBe(reserved);
    const eur = await ok(await post("/onramp", { asset: "EURX", receiveAmount: "100", walletAddress: wallet(), paymentMethod: "bank" }), 201);
    expect(eur).toMatchObject({ rail: "bank", checkout: null, nextAction: { type: "bank_transfer" } });
  });
});
