/**
 * `npm run simulate -- onramp|offramp …` against the real worker: every scenario's deliveries, exactly as
 * the CLI builds and signs them, are posted to the webhook routes and the order's state is checked.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { CORE_NETWORKS } from "../../src/providers/network";
import { buildRampDeliveries, RAMP_SCENARIOS, type RampSimulationInput } from "../../src/providers/simulate/ramp-scenarios";
import { ScenarioError } from "../../src/providers/simulate/scenarios";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { api, postJson } from "../helpers/http";
import { d1Order } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";
import { bankPayoutOf } from "../helpers/wallmoney";
import { SIMULATION_SECRETS } from "../helpers/simulation";

const secrets = SIMULATION_SECRETS;

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  for (const asset of ["EURX", "USDX"]) await postJson(`/api/v1/admin/liquidity/${asset}`, { size: "1000000" }, ADMIN);
});

async function created(res: Response): Promise<any> {
  if (res.status !== 201) throw new Error(`Expected 201, got ${res.status}: ${await res.text()}`);
  return res.json();
}
const wallet = () => testWallet();
const bankOnramp = (receiveAmount = "100") => postJson("/api/v1/onramp/bank", { asset: "EURX", receiveAmount, walletAddress: wallet() }, bearer(m.sk)).then(created);
const cardOnramp = () =>
  postJson("/api/v1/onramp", { asset: "EURX", receiveAmount: "80", walletAddress: wallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }, bearer(m.sk)).then(created);
const bankOfframp = (amount = "100") =>
  postJson("/api/v1/offramp/bank", { asset: "EURX", amount, bankAccount: { iban: freshIban(), accountHolderName: "Anna Müller", country: "DE" } }, bearer(m.sk)).then(created);

function freshIban(): string {
  const bban = `37040044${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}`;
  let rem = 0;
  for (const ch of `${bban}131400`) rem = (rem * 10 + Number(ch)) % 97;
  return `DE${String(98 - rem).padStart(2, "0")}${bban}`;
}

/** The simulator's --payout options for an off-ramp whose deposit matched (its bank payout record). */
async function payoutOption(order: { id: string }) {
  const p = await bankPayoutOf(order.id);
  return { id: p.id, amount: p.amount, currency: p.asset };
}

interface Sent {
  label: string;
  status: number;
  body: any;
}

/** Build a scenario like the CLI does and post its deliveries, in order, to the worker. */
async function simulate(over: Partial<RampSimulationInput> & Pick<RampSimulationInput, "method" | "orderId" | "scenario" | "amount">): Promise<Sent[]> {
  const onramp = over.method === "onramp";
  const deliveries = await buildRampDeliveries(
    { asset: onramp ? "EUR" : "EURX", decimals: onramp ? 2 : 6, network: CORE_NETWORKS.testnet, now: new Date(), ...over },
    secrets,
  );
  const sent: Sent[] = [];
  for (const d of deliveries) {
    const res = await api(d.path, { method: "POST", headers: d.headers, body: d.body });
    const text = await res.text();
    sent.push({ label: d.label, status: res.status, body: text.startsWith("{") ? JSON.parse(text) : text });
  }
  return sent;
}

describe("on-ramp scenarios", () => {
  it("bank-pay: the transfer with the order's reference funds it, the coins go out; coins-confirmed completes it", async () => {
    const order = await bankOnramp();
    const [paid] = await simulate({ method: "onramp", orderId: order.id, scenario: "bank-pay", amount: order.charge.amount, reference: order.bankInstructions.reference, collectionIban: order.bankInstructions.iban });
    expect(paid).toMatchObject({ status: 200, body: { subjectId: order.id, accepted: true, status: "funds_confirmed" } });
    const sent = await d1Order(order.id);
    expect(sent).toMatchObject({ status: "coins_sent", amount_deposited: order.charge.amount });
    const [done] = await simulate({ method: "onramp", orderId: order.id, scenario: "coins-confirmed", amount: order.charge.amount, txHash: String(sent!.payout_tx_hash) });
    expect(done).toMatchObject({ status: 200, body: { status: "completed" } });
  });

  it("bank-remittance: a reference only in the free remittance text still matches", async () => {
    const order = await bankOnramp();
    const [paid] = await simulate({ method: "onramp", orderId: order.id, scenario: "bank-remittance", amount: order.charge.amount, reference: order.bankInstructions.reference });
    expect(paid).toMatchObject({ status: 200, body: { subjectId: order.id, accepted: true, status: "funds_confirmed" } });
  });

  it("bank-short and bank-over wait for a decision with what arrived", async () => {
    for (const [scenario, factor] of [["bank-short", "0.5"], ["bank-over", "1.5"]] as const) {
      const order = await bankOnramp("200");
      const [res] = await simulate({ method: "onramp", orderId: order.id, scenario, amount: order.charge.amount, reference: order.bankInstructions.reference });
      expect(res).toMatchObject({ status: 200, body: { status: "awaiting_decision" } });
      const row = await d1Order(order.id);
      expect(Number(row!.amount_deposited)).toBeCloseTo(Number(order.charge.amount) * Number(factor), 2);
    }
  });

  it("bank-wrong-reference and bank-no-reference are recorded as unmatched; no order changes", async () => {
    const order = await bankOnramp();
    const [wrong] = await simulate({ method: "onramp", orderId: order.id, scenario: "bank-wrong-reference", amount: order.charge.amount });
    expect(wrong).toMatchObject({ status: 202, body: { received: true, matched: false, reason: "unknown_reference", duplicate: false } });
    const [none] = await simulate({ method: "onramp", orderId: order.id, scenario: "bank-no-reference", amount: order.charge.amount });
    expect(none).toMatchObject({ status: 202, body: { matched: false, reason: "no_reference" } });
    const rows = await env.DB.prepare("SELECT id, amount, currency, reason, status FROM unmatched_transfers WHERE id IN (?, ?)")
      .bind(wrong!.body.unmatchedTransferId, none!.body.unmatchedTransferId)
      .all();
    expect(rows.results).toHaveLength(2);
    expect(rows.results.every((r) => r.amount === order.charge.amount && r.currency === "EUR" && r.status === "open")).toBe(true);
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_funds", amount_deposited: "0" });
  });

  it("bank-duplicate: a redelivery is recognised and the same transfer is never credited twice", async () => {
    const order = await bankOnramp();
    const [first, again, resent] = await simulate({ method: "onramp", orderId: order.id, scenario: "bank-duplicate", amount: order.charge.amount, reference: order.bankInstructions.reference });
    expect(first).toMatchObject({ status: 200, body: { accepted: true, duplicate: false } });
    expect(again).toMatchObject({ status: 200, body: { duplicate: true, eventId: first!.body.eventId } });
    expect(resent).toMatchObject({ status: 200, body: { accepted: false, duplicate: false } });
    expect(resent!.body.reason).toContain("already credited");
    expect(await d1Order(order.id)).toMatchObject({ amount_deposited: order.charge.amount });
  });

  it("card-pay: the signed myPOS notification funds the card order; coins-failed then refunded", async () => {
    const order = await cardOnramp();
    const [notify] = await simulate({ method: "onramp", orderId: order.id, scenario: "card-pay", amount: order.charge.amount });
    expect(notify).toMatchObject({ status: 200, body: "OK" });
    expect(await d1Order(order.id)).toMatchObject({ status: "coins_sent", amount_deposited: order.charge.amount });
    const [failed] = await simulate({ method: "onramp", orderId: order.id, scenario: "coins-failed", amount: order.charge.amount });
    expect(failed).toMatchObject({ status: 200, body: { status: "refund_pending" } });
    const [refunded] = await simulate({ method: "onramp", orderId: order.id, scenario: "refunded", amount: order.charge.amount });
    expect(refunded).toMatchObject({ status: 200, body: { status: "refunded" } });
  });
});

describe("off-ramp scenarios", () => {
  it("exact (by deposit address) → payout_pending; payout-sent → completed", async () => {
    const order = await bankOfframp();
    const [dep] = await simulate({ method: "offramp", orderId: order.id, scenario: "exact", amount: order.deposit.amount, address: order.deposit.address });
    expect(dep).toMatchObject({ status: 200, body: { subjectId: order.id, status: "payout_pending" } });
    const [sent] = await simulate({ method: "offramp", orderId: order.id, scenario: "payout-sent", amount: order.deposit.amount, payout: await payoutOption(order) });
    expect(sent).toMatchObject({ status: 200, body: { status: "completed" } });
  });

  it("short and over deposits wait for a decision", async () => {
    for (const [scenario, deposited] of [["short", "50.000000"], ["over", "150.000000"]] as const) {
      const order = await bankOfframp("100");
      const [res] = await simulate({ method: "offramp", orderId: order.id, scenario, amount: order.deposit.amount });
      expect(res).toMatchObject({ status: 200, body: { status: "awaiting_decision" } });
      expect(await d1Order(order.id)).toMatchObject({ amount_deposited: deposited });
    }
  });

  it("payout-failed → refund_pending → refunded; payout-returned after completion → refund_pending", async () => {
    const failing = await bankOfframp();
    await simulate({ method: "offramp", orderId: failing.id, scenario: "exact", amount: failing.deposit.amount });
    const [failed] = await simulate({ method: "offramp", orderId: failing.id, scenario: "payout-failed", amount: failing.deposit.amount, payout: await payoutOption(failing) });
    expect(failed).toMatchObject({ status: 200, body: { status: "refund_pending" } });
    const [refunded] = await simulate({ method: "offramp", orderId: failing.id, scenario: "refunded", amount: "99" });
    expect(refunded).toMatchObject({ status: 200, body: { status: "refunded" } });

    const returning = await bankOfframp();
    await simulate({ method: "offramp", orderId: returning.id, scenario: "exact", amount: returning.deposit.amount });
    const [completed, returned] = await simulate({ method: "offramp", orderId: returning.id, scenario: "payout-returned", amount: returning.deposit.amount, payout: await payoutOption(returning) });
    expect(completed).toMatchObject({ body: { status: "completed" } });
    expect(returned).toMatchObject({ status: 200, body: { accepted: true, status: "refund_pending" } });
  });

  it("duplicate: the deposit counts once; out-of-order: a payout.returned before its payout.sent is refused (409) until the payout left", async () => {
    const order = await bankOfframp();
    const [first, again, resent] = await simulate({ method: "offramp", orderId: order.id, scenario: "duplicate", amount: order.deposit.amount });
    expect(first).toMatchObject({ body: { accepted: true, status: "payout_pending" } });
    expect(again).toMatchObject({ body: { duplicate: true } });
    expect(resent).toMatchObject({ body: { accepted: false } });
    expect(await d1Order(order.id)).toMatchObject({ amount_deposited: "100.000000" });

    const late = await bankOfframp();
    await simulate({ method: "offramp", orderId: late.id, scenario: "exact", amount: late.deposit.amount });
    const [early, sent, retried] = await simulate({ method: "offramp", orderId: late.id, scenario: "out-of-order", amount: late.deposit.amount, payout: await payoutOption(late) });
    expect(early).toMatchObject({ status: 409 });
    expect(sent).toMatchObject({ status: 200, body: { accepted: true, status: "completed" } });
    expect(retried).toMatchObject({ status: 200, body: { accepted: true, status: "refund_pending" } });
  });
});

describe("scenario builder", () => {
  it("lists every scenario and refuses bad input before sending anything", async () => {
    expect(Object.keys(RAMP_SCENARIOS.onramp)).toHaveLength(11);
    expect(Object.keys(RAMP_SCENARIOS.offramp)).toHaveLength(9);
    const base = { method: "onramp" as const, orderId: "ord_00000000000000000000000000", amount: "10", asset: "EUR", decimals: 2, network: CORE_NETWORKS.testnet, now: new Date() };
    await expect(buildRampDeliveries({ ...base, scenario: "nope" }, secrets)).rejects.toBeInstanceOf(ScenarioError);
    await expect(buildRampDeliveries({ ...base, scenario: "bank-pay" }, secrets)).rejects.toThrow(/--reference/);
    await expect(buildRampDeliveries({ ...base, asset: "USD", scenario: "bank-no-reference" }, secrets)).rejects.toThrow(/--iban/);
    await expect(buildRampDeliveries({ ...base, scenario: "coins-confirmed" }, secrets)).rejects.toThrow(/--tx-hash/);
    await expect(buildRampDeliveries({ ...base, method: "offramp", scenario: "payout-sent" }, secrets)).rejects.toThrow(/--payout/);
    await expect(buildRampDeliveries({ ...base, orderId: "pay_00000000000000000000000000", scenario: "refunded" }, secrets)).rejects.toThrow(/order id/);
    await expect(buildRampDeliveries({ ...base, amount: "-1", scenario: "refunded" }, secrets)).rejects.toThrow(/--amount/);
  });
});
