/**
 * Every way a ramp order ends, through HTTP and signed webhooks: the card on-ramp end to end, expiry
 * by the order's alarm (liquidity back in the pool), failed and returned payouts (refund path), the
 * merchant notification of each final state, and decisions refused from every other state.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { dec } from "../../src/lib/money";
import { applyEvent } from "../../src/services/payments/payments.service";
import { offrampMachine } from "../../src/services/payments/machine/offramp.machine";
import { onrampMachine } from "../../src/services/payments/machine/onramp.machine";
import { CORE_NETWORKS } from "../../src/providers/network";
import { buildDeliveries } from "../../src/providers/simulate/scenarios";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";
import { isCatalogued } from "../../src/services/notifications/catalogue";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { api, expectProblem, postJson } from "../helpers/http";
import { d1Order, deliver, notificationTypes, passExpiry, stubOf } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";
import { creditFor, deliverWallMoney, ONRAMP_WEBHOOK, payoutCallback } from "../helpers/wallmoney";

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  await setPool("EURX", "1000000");
});

async function ok<T = any>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.json<T>();
}
const post = (path: string, body: unknown, headers: Record<string, string> = bearer(m.sk)) => postJson(`/api/v1${path}`, body, headers);
const onrampHook = (payload: object) => deliver("/api/v1/onramp/webhook", { timestamp: new Date().toISOString(), ...payload }, env.ONRAMP_WEBHOOK_SECRET!).then((r) => ok(r));
const offrampHook = (payload: object) => deliver("/api/v1/offramp/webhook", { timestamp: new Date().toISOString(), ...payload }, env.OFFRAMP_WEBHOOK_SECRET!).then((r) => ok(r));
const credit = (order: Parameters<typeof creditFor>[0]) => deliverWallMoney(ONRAMP_WEBHOOK, creditFor(order)).then((r) => ok(r));
const wallet = () => testWallet();
const setPool = async (asset: string, size: string) => ok(await postJson(`/api/v1/admin/liquidity/${asset}`, { size }, ADMIN));
const pool = async (asset: string) => ok(await api(`/api/v1/admin/liquidity/${asset}`, { headers: ADMIN }));

function freshIban(): string {
  const bban = `37040044${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}`;
  let rem = 0;
  for (const ch of `${bban}131400`) rem = (rem * 10 + Number(ch)) % 97;
  return `DE${String(98 - rem).padStart(2, "0")}${bban}`;
}
const bankAccount = (over: Record<string, unknown> = {}) => ({ iban: freshIban(), accountHolderName: "Anna Müller", country: "DE", ...over });
const bankOnramp = async (asset = "EURX") => ok(await post("/onramp/bank", { asset, receiveAmount: "120", walletAddress: wallet() }), 201);
const bankOfframp = async (amount = "100") => ok(await post("/offramp/bank", { asset: "EURX", amount, bankAccount: bankAccount() }), 201);

/** Flush the order's outbox and list the merchant notifications it produced. */
async function notified(orderId: string): Promise<string[]> {
  await runDurableObjectAlarm(stubOf(orderId));
  return notificationTypes(orderId);
}

/** Let an order's expiry pass: the order's alarm time and the pool hold taken for it (the same instant). */
async function lapse(orderId: string, asset: string) {
  await passExpiry(orderId);
  await runInDurableObject(env.LIQUIDITY_POOL.get(env.LIQUIDITY_POOL.idFromName(asset)), (_i, state) => {
    const hold = state.storage.sql.exec<{ hold_until: number }>("SELECT hold_until FROM reservations WHERE order_id = ?", orderId).one().hold_until;
    expect(hold).not.toBeNull();
    state.storage.sql.exec("UPDATE reservations SET hold_until = ? WHERE order_id = ?", Date.now() - 1, orderId);
  });
}

describe("merchant notification catalogue", () => {
  it("has an entry for every status each ramp machine can reach (subscribers to a type get it)", () => {
    for (const machine of [onrampMachine, offrampMachine]) {
      const types = [`${machine.notificationPrefix}.created`, `${machine.notificationPrefix}.needs_review`];
      for (const status of Object.keys(machine.states)) if (status !== machine.initial) types.push(`${machine.notificationPrefix}.${status}`);
      expect(types.filter((t) => !isCatalogued(t))).toEqual([]);
    }
  });
});

describe("card on-ramp end to end", () => {
  it("POST /onramp card → myPOS notify (sandbox key) → coins sent → completed with the hash; liquidity consumed; merchant notified", async () => {
    await setPool("USDX", "500000");
    const before = await pool("USDX");
    const order = await ok(await post("/onramp", { asset: "USDX", receiveAmount: "75", walletAddress: wallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }), 201);
    expect((await pool("USDX")).reserved).toBe(dec(before.reserved).plus(75).toFixed(6));

    const [notify] = await buildDeliveries(
      { method: "mypos", paymentId: order.id, scenario: "pay", amount: order.charge.amount, asset: order.charge.currency, decimals: 2, network: CORE_NETWORKS.testnet, confirmations: 1, now: new Date() },
      { myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM, myposSid: env.MYPOS_SID ?? SANDBOX_MYPOS_STORE.sid, paytoWebhookSecret: "", corepayWebhookSecret: "", depositAddressSecret: "" },
    );
    const res = await api(notify!.path, { method: "POST", headers: notify!.headers, body: notify!.body });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("OK");
    const sent = await d1Order(order.id);
    expect(sent).toMatchObject({ status: "coins_sent", amount_deposited: order.charge.amount });
    const hash = String(sent!.payout_tx_hash);
    expect(hash).toMatch(/^0x[0-9a-f]{64}$/);

    expect(await onrampHook({ type: "coins.confirmed", data: { orderId: order.id, transactionHash: hash } })).toMatchObject({ status: "completed" });
    expect(await d1Order(order.id)).toMatchObject({ status: "completed", payout_tx_hash: hash });
    const after = await pool("USDX");
    expect(after.reserved).toBe(before.reserved);
    expect(dec(after.consumed).minus(before.consumed).toFixed(6)).toBe("75.000000");
    expect(await notified(order.id)).toEqual(["onramp.created", "onramp.funds_confirmed", "onramp.coins_sent", "onramp.completed"]);
  });
});

describe("expiry by the order's Durable Object alarm", () => {
  it("an unpaid on-ramp expires and its reservation returns to the pool; the merchant is notified", async () => {
    await setPool("GBPX", "100000");
    const before = await pool("GBPX");
    const order = await bankOnramp("GBPX");
    expect(dec((await pool("GBPX")).available).toFixed(6)).toBe(dec(before.available).minus(120).toFixed(6));
    await lapse(order.id, "GBPX");
    await runDurableObjectAlarm(stubOf(order.id));
    await runDurableObjectAlarm(env.LIQUIDITY_POOL.get(env.LIQUIDITY_POOL.idFromName("GBPX")));
    expect(await d1Order(order.id)).toMatchObject({ status: "expired" });
    const after = await pool("GBPX");
    expect(after.available).toBe(before.available);
    expect(after.reserved).toBe(before.reserved);
    expect(await notified(order.id)).toEqual(["onramp.created", "onramp.expired"]);
    // Money after the expiry waits for a decision, it is not lost.
    expect(await credit(order)).toMatchObject({ status: "awaiting_decision" });
  });

  it("an off-ramp without a deposit expires; the merchant is notified", async () => {
    const order = await bankOfframp();
    await passExpiry(order.id);
    await runDurableObjectAlarm(stubOf(order.id));
    expect(await d1Order(order.id)).toMatchObject({ status: "expired" });
    expect(await notified(order.id)).toEqual(["offramp.created", "offramp.expired"]);
  });
});

describe("failed and returned payouts take the refund path", () => {
  async function payoutRow(orderId: string) {
    return env.DB.prepare("SELECT status FROM ramp_payouts WHERE order_id = ? AND kind = 'bank_payout'").bind(orderId).first<{ status: string }>();
  }

  it("payout.failed → refund_pending → refund.completed → refunded; the payout record says failed", async () => {
    const order = await bankOfframp();
    await offrampHook({ type: "deposit.received", data: { orderId: order.id, transactionHash: `0xf-${order.id}`, amount: "100", asset: "EURX" } });
    expect(await payoutRow(order.id)).toEqual({ status: "submitted" });
    expect(await ok(await payoutCallback(order.id, "failed"))).toMatchObject({ status: "refund_pending" });
    expect(await payoutRow(order.id)).toEqual({ status: "failed" });
    const row = await env.DB.prepare("SELECT failure_code, failure_message FROM ramp_payouts WHERE order_id = ?").bind(order.id).first();
    expect(row).toEqual({ failure_code: "AC01", failure_message: "The account number is incorrect" });
    // The merchant reads the same through the API: the payout's id, status and reason.
    const read = await ok(await api(`/api/v1/orders/${order.id}`, { headers: bearer(m.sk) }));
    expect(read.payout).toMatchObject({ id: expect.stringMatching(/^pyo_/), status: "failed", failure: { code: "AC01", message: "The account number is incorrect" } });
    expect(await offrampHook({ type: "refund.completed", data: { orderId: order.id, transactionHash: `0xr-${order.id}`, amount: "99" } })).toMatchObject({ status: "refunded" });
    expect(await notified(order.id)).toEqual(["offramp.created", "offramp.payout_pending", "offramp.refund_pending", "offramp.refunded"]);
  });

  it("payout.returned by the bank after completion → refund_pending → refunded; the payout record says returned", async () => {
    const order = await bankOfframp();
    await offrampHook({ type: "deposit.received", data: { orderId: order.id, transactionHash: `0xd-${order.id}`, amount: "100", asset: "EURX" } });
    // A return cannot come before the payout left: 409, WallMoney retries it, nothing changed.
    await expectProblem(await payoutCallback(order.id, "returned"), 409);
    expect(await payoutRow(order.id)).toEqual({ status: "submitted" });
    await ok(await payoutCallback(order.id, "sent"));
    expect(await payoutRow(order.id)).toEqual({ status: "sent" });
    expect(await ok(await payoutCallback(order.id, "returned"))).toMatchObject({ accepted: true, status: "refund_pending" });
    expect(await payoutRow(order.id)).toEqual({ status: "returned" });
    expect(await offrampHook({ type: "refund.completed", data: { orderId: order.id, transactionHash: `0xr-${order.id}` } })).toMatchObject({ status: "refunded" });
    expect(await d1Order(order.id)).toMatchObject({ status: "refunded" });
    expect(await notified(order.id)).toEqual(["offramp.created", "offramp.payout_pending", "offramp.completed", "offramp.refund_pending", "offramp.refunded"]);
  });
});

describe("merchant notifications for each final state", () => {
  it("on-ramp: failed, refunded, rejected (completed and expired above)", async () => {
    const failed = await bankOnramp();
    // A bank transfer has no failure callback (it arrives or not); the card rail's failure is myPOS's.
    expect(await applyEvent(env, failed.id, { type: "onramp.failed", source: "mypos", providerEventId: `fail-${failed.id}`, data: { reason: "Card declined" } })).toMatchObject({ accepted: true, subjectStatus: "failed" });
    expect(await notified(failed.id)).toEqual(["onramp.created", "onramp.failed"]);

    const refunded = await bankOnramp();
    await credit(refunded);
    expect(await onrampHook({ type: "coins.failed", data: { orderId: refunded.id, reason: "wallet refused" } })).toMatchObject({ status: "refund_pending" });
    expect(await onrampHook({ type: "refund.completed", data: { orderId: refunded.id, transactionId: `back-${refunded.id}` } })).toMatchObject({ status: "refunded" });
    expect(await notified(refunded.id)).toEqual(["onramp.created", "onramp.funds_confirmed", "onramp.coins_sent", "onramp.refund_pending", "onramp.refunded"]);

    // The on-ramp has no public reject endpoint (the API reference has none); operators reject through the core.
    const rejected = await bankOnramp();
    const result = await applyEvent(env, rejected.id, { type: "onramp.rejected", source: "operator", data: { reason: "KYC failed" } });
    expect(result).toMatchObject({ accepted: true, subjectStatus: "rejected" });
    expect(await notified(rejected.id)).toEqual(["onramp.created", "onramp.rejected"]);
  });

  it("off-ramp: completed and rejected (refunded and expired above)", async () => {
    const completed = await bankOfframp();
    await offrampHook({ type: "deposit.received", data: { orderId: completed.id, transactionHash: `0xc-${completed.id}`, amount: "100", asset: "EURX" } });
    await ok(await payoutCallback(completed.id, "sent"));
    expect(await notified(completed.id)).toEqual(["offramp.created", "offramp.payout_pending", "offramp.completed"]);

    const rejected = await bankOfframp();
    await ok(await post(`/offramp/reject/${rejected.id}`, { reason: "Customer cancelled" }));
    expect(await notified(rejected.id)).toEqual(["offramp.created", "offramp.rejected"]);
  });
});

describe("reject and proceed-partial are refused from every other state with a 409 naming it", () => {
  type Setup = (order: { id: string }) => Promise<void>;
  const deposit = (amount: string): Setup => async (o) => void (await offrampHook({ type: "deposit.received", data: { orderId: o.id, transactionHash: `0x${amount}-${o.id}`, amount, asset: "EURX" } }));
  const steps = (...s: Setup[]): Setup => async (o) => { for (const step of s) await step(o); };
  const hook = (type: string, data: object = {}): Setup => async (o) => void (await offrampHook({ type, data: { orderId: o.id, ...data } }));
  const wallMoney = (type: "sent" | "failed"): Setup => async (o) => void (await ok(await payoutCallback(o.id, type)));
  const reachable: Record<string, Setup> = {
    awaiting_deposit: async () => {},
    payout_pending: deposit("100"),
    completed: steps(deposit("100"), wallMoney("sent")),
    refund_pending: steps(deposit("100"), wallMoney("failed")),
    refunded: steps(deposit("100"), wallMoney("failed"), hook("refund.completed", { transactionHash: "0xback" })),
    rejected: async (o) => void (await ok(await post(`/offramp/reject/${o.id}`, { reason: "closed" }))),
    expired: async (o) => { await passExpiry(o.id); await runDurableObjectAlarm(stubOf(o.id)); },
  };

  it("covers every state of the off-ramp machine but awaiting_decision", () => {
    expect(Object.keys(reachable).sort()).toEqual(Object.keys(offrampMachine.states).filter((s) => s !== "awaiting_decision").sort());
  });

  for (const [status, setup] of Object.entries(reachable)) {
    it(`from ${status}`, async () => {
      const order = await bankOfframp();
      await setup(order);
      expect(await d1Order(order.id)).toMatchObject({ status });
      const fresh = await ok(await post("/offramp/estimate", { asset: "EURX", amount: "100" }));
      const proceed = await expectProblem(await post("/offramp/proceed-partial", { orderId: order.id, quoteId: fresh.id }), 409);
      expect(proceed).toMatchObject({ currentStatus: status, allowedStatuses: ["awaiting_decision"] });
      expect(proceed.detail).toContain(`'${status}'`);
      const reject = await post(`/offramp/reject/${order.id}`, { reason: "changed my mind" });
      if (status === "awaiting_deposit" || status === "rejected") {
        expect(await ok(reject)).toMatchObject({ status: "rejected" }); // allowed, and idempotent once rejected
      } else {
        const p = await expectProblem(reject, 409);
        expect(p).toMatchObject({ currentStatus: status, allowedStatuses: ["awaiting_deposit", "awaiting_decision"] });
      }
      expect(await d1Order(order.id)).toMatchObject({ status: status === "awaiting_deposit" ? "rejected" : status });
    });
  }
});

describe("bank details are validated naming the field", () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["IBAN checksum", { iban: "DE89370400440532013001" }, "bankAccount.iban"],
    ["IBAN length", { iban: "DE8937040044053201300" }, "bankAccount.iban"],
    ["IBAN country unknown", { iban: "QQ89370400440532013000" }, "bankAccount.iban"],
    ["BIC length", { bic: "COBADEF" }, "bankAccount.bic"],
    ["BIC country ≠ IBAN country", { bic: "AGRIFRPPXXX" }, "bankAccount.bic"],
    ["BIC shape", { bic: "COBAD3FFXXX" }, "bankAccount.bic"],
    ["account country not served", { country: "US" }, "bankAccount.country"],
  ];
  for (const [what, override, field] of cases) {
    it(what, async () => {
      const p = await expectProblem(await post("/offramp/bank", { asset: "EURX", amount: "100", bankAccount: bankAccount(override) }), 400);
      expect(p.errors?.map((e) => e.field)).toContain(field);
    });
  }
});

describe("GET /orders/{id}: what to do next and the status history", () => {
  const get = (id: string, headers: Record<string, string> = bearer(m.sk)) => api(`/api/v1/orders/${id}`, { headers });

  it("off-ramp: the deposit to send, then the decision to take, with every status and when", async () => {
    const order = await bankOfframp("100");
    expect(order.nextAction).toEqual({ type: "send_deposit", description: expect.stringContaining(`Send exactly 100.000000 EURX to ${order.deposit.address}`) });
    expect(order.statusHistory).toEqual([{ status: "awaiting_deposit", at: order.createdAt, event: "offramp.created" }]);

    await offrampHook({ type: "deposit.received", data: { orderId: order.id, transactionHash: `0xs-${order.id}`, amount: "60", asset: "EURX" } });
    const waiting = await ok(await get(order.id, { "X-Client-Secret": order.clientSecret }));
    expect(waiting).toMatchObject({ direction: "offramp", status: "awaiting_decision", deposit: { received: "60.000000" }, nextAction: { type: "decide_partial" } });
    expect(waiting.nextAction.description).toContain(`/offramp/reject/${order.id}`);
    expect(waiting.statusHistory.map((h: { status: string }) => h.status)).toEqual(["awaiting_deposit", "awaiting_decision"]);
    expect(waiting.statusHistory[1].event).toBe("offramp.deposit_received");

    const fresh = await ok(await post("/offramp/estimate", { asset: "EURX", amount: "60" }));
    const proceeded = await ok(await post("/offramp/proceed-partial", { orderId: order.id, quoteId: fresh.id }));
    expect(proceeded).toMatchObject({ status: "payout_pending", nextAction: null });
    expect(proceeded.statusHistory.map((h: { status: string }) => h.status)).toEqual(["awaiting_deposit", "awaiting_decision", "payout_pending"]);

    const other = await merchantWithKeys();
    await expectProblem(await get(order.id, bearer(other.sk)), 404);
    await expectProblem(await get(order.id, { "X-Client-Secret": `${order.id}_secret_wrong` }), 404);
    await expectProblem(await get("ord_nope"), 400);
  });

  it("bank on-ramp: the same instructions while the transfer is awaited, then the path to completion", async () => {
    const order = await bankOnramp();
    expect(order.statusHistory).toEqual([{ status: "awaiting_funds", at: order.createdAt, event: "onramp.created" }]);
    const awaiting = await ok(await get(order.id, { "X-Client-Secret": order.clientSecret }));
    expect(awaiting).toMatchObject({ direction: "onramp", status: "awaiting_funds", bankInstructions: order.bankInstructions, nextAction: order.nextAction, charge: order.charge, fees: order.fees, rate: order.rate });
    expect(awaiting).not.toHaveProperty("clientSecret");

    await credit(order);
    const sent = await ok(await get(order.id));
    expect(sent).toMatchObject({ status: "coins_sent", bankInstructions: null, nextAction: null, receive: { txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/) } });
    expect(sent.statusHistory.map((h: { status: string }) => h.status)).toEqual(["awaiting_funds", "funds_confirmed", "coins_sent"]);
  });
});
