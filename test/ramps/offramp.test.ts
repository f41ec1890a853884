import { payoutCallback } from "../helpers/wallmoney";
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { dec } from "../../src/lib/money";
import { makeIcan } from "../../src/lib/ican";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { restoreTablesAfterEach } from "../helpers/d1-state";
import { expectProblem, postJson } from "../helpers/http";
import { d1Order, deliver, notificationTypes, stubOf } from "../helpers/payments";
import { TEST_NETWORK } from "../helpers/wallets";

const OFFRAMP_WEBHOOK = "/api/v1/offramp/webhook";
const secret = env.OFFRAMP_WEBHOOK_SECRET!;
const IBAN = "DE89 3704 0044 0532 0130 00";
const account = (overrides: Record<string, unknown> = {}) => ({ iban: IBAN, bic: "COBADEFFXXX", accountHolderName: "Anna Müller", country: "DE", ...overrides });

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
});

async function ok<T = any>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.json<T>();
}
const post = (path: string, body: unknown, headers: Record<string, string> = bearer(m.sk)) => postJson(`/api/v1${path}`, body, headers);
const webhook = async (payload: unknown) => ok(await deliver(OFFRAMP_WEBHOOK, { timestamp: new Date().toISOString(), ...payload as object }, secret));

/** A fresh IBAN per test, so per-account daily limits of other tests never interfere. */
function freshIban(): string {
  const account = String(Math.floor(Math.random() * 1e10)).padStart(10, "0");
  const bban = `37040044${account}`;
  const numeric = `${bban}131400`; // DE → 13 14, check digits 00
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `DE${String(98 - rem).padStart(2, "0")}${bban}`;
}

describe("POST /offramp/estimate and /offramp/reverse-estimate", () => {
  it("prices amount sent → received with fees, rate, limits and a stored quote", async () => {
    const q = await ok(await post("/offramp/estimate", { asset: "EURX", amount: "500", currency: "EUR" }));
    expect(q).toMatchObject({
      object: "quote", action: "exit", asset: "EURX", currency: "EUR", side: "send", rail: "bank",
      amount: "500.000000", send: { asset: "EURX", amount: "500.000000" },
      rampLimits: { minPerOrder: "20.00", maxPerOrder: "50000.00", maxPerDestinationPerDay: "100000.00" },
    });
    // 0.8 % + 1.00 network (minimum fee 1.00 does not apply): 4.000000 + 1.000000
    expect(q.totalFee).toBe("5.000000");
    expect(q.receive).toEqual({ asset: "EUR", amount: "495.00" });
    const row = await env.DB.prepare("SELECT kind, merchant_id, used_by FROM quotes WHERE id = ?").bind(q.id).first();
    expect(row).toEqual({ kind: "offramp", merchant_id: m.id, used_by: null });
  });

  it("refuses amounts outside the ramp limits with a 422 naming the limit", async () => {
    const p = await expectProblem(await post("/offramp/estimate", { asset: "EURX", amount: "15" }), 422);
    expect(p).toMatchObject({ limit: "min_per_order", limitAmount: "20.00" });
    expect(p.errors?.[0]).toMatchObject({ field: "amount" });
    const r = await expectProblem(await post("/offramp/reverse-estimate", { asset: "EURX", receiveAmount: "12" }), 422);
    expect(r.errors?.[0]).toMatchObject({ field: "receiveAmount" });
  });

  it("validates the body and naming unknown fields", async () => {
    const p = await expectProblem(await post("/offramp/estimate", { asset: "EURX", amount: "-1", sneaky: 1 }), 400);
    expect(JSON.stringify(p.errors)).toContain("amount");
    await expectProblem(await post("/offramp/estimate", { asset: "NOPE", amount: "100" }), 400);
    await expectProblem(await postJson("/api/v1/offramp/estimate", { asset: "EURX", amount: "100" }), 401);
  });

  it("reverse-estimate then estimate round-trips within one minor unit (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2_500, max: 4_000_000 }), fc.constantFrom("EUR", "USD", "GBP"), async (cents, currency) => {
        const want = dec(cents).div(100).toFixed(2);
        const rev = await post("/offramp/reverse-estimate", { asset: "EURX", receiveAmount: want, currency });
        if (rev.status === 422) return; // above/below the limits after conversion
        const reverse = await ok(rev);
        const forward = await ok(await post("/offramp/estimate", { asset: "EURX", amount: reverse.amount, currency }));
        const got = dec(forward.receive.amount);
        expect(got.gte(want), `${reverse.amount} EURX must deliver at least ${want} ${currency}, got ${got}`).toBe(true);
        expect(got.minus(want).lte("0.01"), `${got} vs ${want}`).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe("POST /offramp/bank", () => {
  restoreTablesAfterEach(["ramp_limits"]);

  it("refuses invalid bank details naming the field", async () => {
    const bad = async (bankAccount: Record<string, unknown>, field: string) => {
      const p = await expectProblem(await post("/offramp/bank", { asset: "EURX", amount: "100", bankAccount }), 400);
      expect(p.errors?.map((e) => e.field)).toContain(field);
    };
    await bad(account({ iban: "DE89 3704 0044 0532 0130 01" }), "bankAccount.iban"); // checksum
    await bad(account({ iban: "DE89 3704 0044 0532 0130" }), "bankAccount.iban"); // length
    await bad(account({ iban: "XX89370400440532013000" }), "bankAccount.iban"); // country
    await bad(account({ bic: "COBAFRFFXXX" }), "bankAccount.bic"); // BIC of another country
    await bad(account({ country: "US" }), "bankAccount.country"); // off-ramp not served
  });

  it("creates an order with deposit address, amounts, expiry and client secret; the quote is locked once", async () => {
    const q = await ok(await post("/offramp/estimate", { asset: "EURX", amount: "250" }));
    const iban = freshIban();
    const order = await ok(await post("/offramp/bank", { asset: "EURX", quoteId: q.id, bankAccount: account({ iban }), merchantReference: "w-1" }), 201);
    expect(order).toMatchObject({
      object: "order", direction: "offramp", rail: "bank", status: "awaiting_deposit", quoteId: q.id,
      deposit: { asset: "EURX", amount: "250.000000", received: "0" },
      payout: { asset: "EUR", amount: q.receive.amount, destination: { type: "bank_account", iban, accountHolderName: "Anna Müller", country: "DE", bic: "COBADEFFXXX" } },
      merchantReference: "w-1",
    });
    expect(order.deposit.address).toMatch(/^(cb|ab|ce)[0-9]{2}[0-9a-f]{40}$/);
    expect(order.clientSecret).toMatch(new RegExp(`^${order.id}_secret_`));
    expect(Date.parse(order.expiresAt)).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_deposit", provider_code: "wallmoney-payout", deposit_address: order.deposit.address });

    const again = await post("/offramp/bank", { asset: "EURX", quoteId: q.id, bankAccount: account({ iban: freshIban() }) });
    await expectProblem(again, 409);
    const wrongPair = await ok(await post("/offramp/estimate", { asset: "USDX", amount: "100" }));
    const p = await expectProblem(await post("/offramp/bank", { asset: "EURX", quoteId: wrongPair.id, bankAccount: account() }), 422);
    expect(p.errors?.[0]).toMatchObject({ field: "quoteId", code: "quote_mismatch" });
  });

  it("Idempotency-Key replays the first order", async () => {
    const key = `idem-${crypto.randomUUID()}`;
    const body = { asset: "EURX", amount: "40", bankAccount: account({ iban: freshIban() }) };
    const first = await ok(await post("/offramp/bank", body, { ...bearer(m.sk), "Idempotency-Key": key }), 201);
    const res = await post("/offramp/bank", body, { ...bearer(m.sk), "Idempotency-Key": key });
    expect(res.headers.get("idempotent-replayed")).toBe("true");
    expect((await ok(res, 201)).id).toBe(first.id);
  });

  it("enforces the per-account daily limit with the amount still allowed", async () => {
    const iban = freshIban();
    await env.DB.prepare("UPDATE ramp_limits SET max_per_destination_per_day = '100000.00'").run();
    await ok(await post("/offramp/bank", { asset: "EURX", amount: "45000", bankAccount: account({ iban }) }), 201);
    await ok(await post("/offramp/bank", { asset: "EURX", amount: "45000", bankAccount: account({ iban: iban.replace(/(.{4})/g, "$1 ").toLowerCase() }) }), 201);
    const p = await expectProblem(await post("/offramp/bank", { asset: "EURX", amount: "20000", bankAccount: account({ iban }) }), 422);
    expect(p).toMatchObject({ limit: "max_per_destination_per_day", remaining: "10000.000000" });
  });
});

async function bankOrder(amount = "100") {
  return ok(await post("/offramp/bank", { asset: "EURX", amount, bankAccount: account({ iban: freshIban() }) }), 201);
}

async function notifications(orderId: string): Promise<string[]> {
  await runDurableObjectAlarm(stubOf(orderId));
  return notificationTypes(orderId);
}

describe("off-ramp lifecycle through the signed webhook", () => {
  it("exact deposit → payout_pending → completed, with merchant notifications", async () => {
    const order = await bankOrder("100");
    const dep = await webhook({ type: "deposit.received", data: { depositAddress: order.deposit.address, transactionHash: "0xd1", amount: "100", asset: "EURX" } });
    expect(dep).toMatchObject({ subjectId: order.id, status: "payout_pending" });
    const payouts = await env.DB.prepare("SELECT kind, provider_code, asset, amount, status FROM ramp_payouts WHERE order_id = ?").bind(order.id).all();
    expect(payouts.results).toEqual([{ kind: "bank_payout", provider_code: "wallmoney-payout", asset: "EUR", amount: order.payout.amount, status: "submitted" }]);
    const sent = await ok(await payoutCallback(order.id, "sent"));
    expect(sent).toMatchObject({ subjectId: order.id, status: "completed" });
    expect(await env.DB.prepare("SELECT status FROM ramp_payouts WHERE order_id = ?").bind(order.id).first()).toEqual({ status: "sent" });
    expect(await d1Order(order.id)).toMatchObject({ status: "completed", payout_tx_hash: expect.stringMatching(/^E2E-/), amount_deposited: "100.000000" });
    expect(await notifications(order.id)).toContain("offramp.completed");

    const refused = await expectProblem(await post(`/offramp/reject/${order.id}`, { reason: "too late" }), 409);
    expect(refused).toMatchObject({ currentStatus: "completed", allowedStatuses: ["awaiting_deposit", "awaiting_decision"] });
    expect(refused.detail).toContain("'completed'");
  });

  it("short deposit → awaiting_decision → proceed-partial at a fresh quote (idempotent; refused elsewhere)", async () => {
    const order = await bankOrder("100");
    await expectProblem(await post("/offramp/proceed-partial", { orderId: order.id, quoteId: "quo_00000000000000000000000000" }), 409);
    await webhook({ type: "deposit.received", data: { orderId: order.id, transactionHash: "0xshort", amount: "60", asset: "EURX" } });
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_decision", amount_deposited: "60.000000" });

    const wrong = await ok(await post("/offramp/estimate", { asset: "EURX", amount: "100" }));
    const mismatch = await expectProblem(await post("/offramp/proceed-partial", { orderId: order.id, quoteId: wrong.id }), 422);
    expect(mismatch.detail).toContain("60.000000");
    const fresh = await ok(await post("/offramp/estimate", { asset: "EURX", amount: "60" }));
    const proceeded = await ok(await post("/offramp/proceed-partial", { orderId: order.id, quoteId: fresh.id }));
    expect(proceeded).toMatchObject({ status: "payout_pending", quoteId: fresh.id, deposit: { amount: "60.000000" }, payout: { amount: fresh.receive.amount, id: expect.stringMatching(/^pyo_/), status: "submitted", failure: null } });
    expect(await ok(await post("/offramp/proceed-partial", { orderId: order.id, quoteId: fresh.id }))).toMatchObject({ status: "payout_pending" });
    const payout = await env.DB.prepare("SELECT amount FROM ramp_payouts WHERE order_id = ?").bind(order.id).first();
    expect(payout).toEqual({ amount: fresh.receive.amount });
    await expectProblem(await post(`/offramp/reject/${order.id}`, { reason: "changed my mind" }), 409);
  });

  it("over deposit → reject refunds; a never-funded order just closes; client secret may reject; others get 404", async () => {
    const order = await bankOrder("100");
    await webhook({ type: "deposit.received", data: { orderId: order.id, transactionHash: "0xover", amount: "130", asset: "EURX" } });
    const rejected = await ok(await post(`/offramp/reject/${order.id}`, { reason: "Customer sent too much" }));
    expect(rejected).toMatchObject({ status: "refund_pending" });
    expect(await webhook({ type: "refund.completed", data: { orderId: order.id, transactionHash: "0xrefund", amount: "129" } })).toMatchObject({ status: "refunded" });
    expect(await notifications(order.id)).toEqual(expect.arrayContaining(["offramp.refund_pending", "offramp.refunded"]));

    const unfunded = await bankOrder("50");
    const other = await merchantWithKeys();
    await expectProblem(await post(`/offramp/reject/${unfunded.id}`, { reason: "x" }, bearer(other.sk)), 404);
    await expectProblem(await post(`/offramp/reject/${unfunded.id}`, { reason: "x" }, { "X-Client-Secret": `${unfunded.id}_secret_wrong` }), 404);
    const closed = await ok(await post(`/offramp/reject/${unfunded.id}`, { reason: "Customer cancelled" }, { "X-Client-Secret": unfunded.clientSecret }));
    expect(closed).toMatchObject({ status: "rejected" });
    expect(await ok(await post(`/offramp/reject/${unfunded.id}`, { reason: "Customer cancelled" }))).toMatchObject({ status: "rejected" });
    expect(await notifications(unfunded.id)).toContain("offramp.rejected");
  });
});

describe("POST /offramp (payout to another asset)", () => {
  it("validates the wallet address for the target asset's network and creates the order", async () => {
    const p = await expectProblem(await post("/offramp", { asset: "USDX", targetAsset: "EURX", amount: "100", walletAddress: "cb00deadbeef" }), 400);
    expect(p.errors?.[0]).toMatchObject({ field: "walletAddress" });
    const address = makeIcan(TEST_NETWORK.icanPrefix, crypto.randomUUID().replaceAll("-", "").padEnd(40, "a"));
    const order = await ok(await post("/offramp", { asset: "USDX", targetAsset: "EURX", amount: "100", walletAddress: address }), 201);
    expect(order).toMatchObject({ rail: "crypto", status: "awaiting_deposit", deposit: { asset: "USDX", amount: "100.000000" }, payout: { asset: "EURX", destination: { type: "wallet", asset: "EURX" } } });
    expect(dec(order.payout.amount).gt(0)).toBe(true);
    expect(await d1Order(order.id)).toMatchObject({ provider_code: "coreport-otc" });

    // The deposit arrives: the OTC desk sends the coins (sandbox: broadcast at once) and the order completes with the hash.
    await webhook({ type: "deposit.received", data: { depositAddress: order.deposit.address, transactionHash: "0xin", amount: "100", asset: "USDX" } });
    const done = await d1Order(order.id);
    expect(done).toMatchObject({ status: "completed" });
    expect(done!.payout_tx_hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await notifications(order.id)).toContain("offramp.completed");
  });
});
