/**
 * `npm run simulate -- <pay_…|ord_…> <scenario>` with no other flag: the object is read through the API
 * with the merchant's secret key (readObject, here over the worker's own fetch), the scenario's input is
 * derived from it (subjects.ts), and the signed deliveries reach the real webhook endpoints. The
 * scenarios' own outcomes are covered by simulate-endpoints and ramp-simulator; this is the derivation.
 */
import { runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { makeIcan } from "../../src/lib/ican";
import { CORE_NETWORKS } from "../../src/providers/network";
import { buildRampDeliveries } from "../../src/providers/simulate/ramp-scenarios";
import { readObject, type Transport } from "../../src/providers/simulate/read-object";
import { buildDeliveries, ScenarioError, type Delivery } from "../../src/providers/simulate/scenarios";
import { orderSimulation, paymentSimulation, scenariosFor, statusLine, type OrderObject, type PaymentObject, type SimulationOverrides } from "../../src/providers/simulate/subjects";
import { api, BASE, fetcherOf, postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { passExpiry, stubOf } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";
import { SIMULATION_SECRETS } from "../helpers/simulation";

const secrets = SIMULATION_SECRETS;
const common = () => ({ network: CORE_NETWORKS.testnet, now: new Date() });
/** The CLI's transport, in-process: the same URLs and headers, answered by the worker. */
const worker: Transport = fetcherOf();

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  const payoutAddress = makeIcan("ab", "2755c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f");
  const res = await api(`/api/v1/admin/merchants/${m.id}`, { method: "PATCH", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ payoutAddress }) });
  expect(res.status).toBe(200);
  for (const asset of ["EURX", "USDX"]) await postJson(`/api/v1/admin/liquidity/${asset}`, { size: "1000000" }, ADMIN);
});

async function created(res: Response): Promise<{ id: string }> {
  if (res.status !== 201) throw new Error(`Expected 201, got ${res.status}: ${await res.text()}`);
  return res.json();
}
const idempotent = () => ({ ...bearer(m.sk), "Idempotency-Key": crypto.randomUUID() });
const read = (id: string, key = m.sk) => readObject(worker, BASE, id, key);
const readPayment = async (id: string) => (await read(id)) as PaymentObject;
const readOrder = async (id: string) => (await read(id)) as OrderObject;

async function send(deliveries: Delivery[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const d of deliveries) statuses.push((await api(d.path, { method: "POST", headers: d.headers, body: d.body })).status);
  return statuses;
}
const simulatePayment = async (id: string, scenario: string, flags: SimulationOverrides = {}) =>
  send(await buildDeliveries(paymentSimulation(await readPayment(id), scenario, flags, common()), secrets));
const simulateOrder = async (id: string, scenario: string, flags: SimulationOverrides = {}) =>
  send(await buildRampDeliveries(orderSimulation(await readOrder(id), scenario, flags, common()), secrets));

describe("payments, from their id alone", () => {
  it("payto: method, amount, asset, decimals and deposit address come from the payment; `pay` settles it", async () => {
    const { id } = await created(await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "125.50" }, idempotent()));
    const payment = await readPayment(id);
    expect(payment).toMatchObject({ id, method: "payto", status: "requires_payment", amountExpected: "125.500000" });
    const input = paymentSimulation(payment, "pay", {}, common());
    expect(input).toMatchObject({ method: "payto", paymentId: id, amount: "125.500000", asset: "USDX", decimals: 6, address: payment.payto!.depositAddress });

    expect(await simulatePayment(id, "pay")).toEqual([200, 200]);
    const after = await readPayment(id);
    expect(after).toMatchObject({ status: "succeeded", amountReceived: "125.500000" });
    expect(statusLine(after)).toBe(`${id} is succeeded (125.500000 of 125.500000 USDX received)`);
  });

  it("corepay: the confirmations the payment requires are the ones reported", async () => {
    const { id } = await created(await postJson("/api/v1/payments/corepay", { asset: "USDX", amount: "49.99" }, idempotent()));
    const payment = await readPayment(id);
    const input = paymentSimulation(payment, "confirmations", {}, common());
    expect(input).toMatchObject({ method: "corepay", amount: "49.990000", confirmations: payment.corepay!.confirmationsRequired });
    const deliveries = await buildDeliveries(input, secrets);
    expect(deliveries.filter((d) => d.label.includes("confirmation")).length).toBeGreaterThanOrEqual(payment.corepay!.confirmationsRequired);
    expect((await send(deliveries)).every((s) => s === 200)).toBe(true);
    expect(await readPayment(id)).toMatchObject({ status: "succeeded", amountReceived: "49.990000" });
  });

  it("mypos: the currency and its two decimals come from the payment", async () => {
    const { id } = await created(await postJson("/api/v1/payments/mypos", { amount: "25.50", currency: "EUR", returnUrl: "https://shop.acme.example/done" }, idempotent()));
    const payment = await readPayment(id);
    expect(paymentSimulation(payment, "pay", {}, common())).toMatchObject({ method: "mypos", amount: "25.50", asset: "EUR", decimals: 2 });
    expect(await simulatePayment(id, "pay")).toEqual([200]);
    expect(await readPayment(id)).toMatchObject({ status: "succeeded", amountReceived: "25.50" });
  });

  it("flags override what the payment says (here: a smaller amount leaves it partially paid)", async () => {
    const { id } = await created(await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "100" }, idempotent()));
    expect(await simulatePayment(id, "pay", { amount: "40" })).toEqual([200, 200]);
    expect(await readPayment(id)).toMatchObject({ status: "partially_paid", amountReceived: "40.000000", amountRemaining: "60.000000" });
  });

  it("lists the scenarios of the payment's method, those for its status first; `late` fits once it expired", async () => {
    const { id } = await created(await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "10" }, idempotent()));
    const open = scenariosFor(await readPayment(id));
    expect(open.map((s) => [s.name, s.now])).toEqual([["pay", true], ["partial", true], ["over", true], ["duplicate", true], ["out-of-order", true], ["late", false]]);
    await passExpiry(id);
    expect(await runDurableObjectAlarm(stubOf(id))).toBe(true);
    const expired = await readPayment(id);
    expect(expired.status).toBe("expired");
    expect(scenariosFor(expired).filter((s) => s.now).map((s) => s.name)).toEqual(["late"]);
    // A scenario of another method does not fit, and the error names the ones that do.
    expect(() => paymentSimulation(expired, "confirmations", {}, common())).toThrow(/'confirmations' does not fit .* payto payment\)\. Scenarios for it: late, pay/);
  });
});

describe("orders, from their id alone", () => {
  const bankOnramp = () => postJson("/api/v1/onramp/bank", { asset: "EURX", receiveAmount: "100", walletAddress: testWallet() }, bearer(m.sk)).then(created);
  const bankOfframp = () =>
    postJson("/api/v1/offramp/bank", { asset: "EURX", amount: "100", bankAccount: { iban: "DE89370400440532013000", accountHolderName: "Anna Müller", country: "DE" } }, bearer(m.sk)).then(created);

  it("bank on-ramp: charge, currency, RF reference and collection account from the order; then the coin transfer's hash", async () => {
    const { id } = await bankOnramp();
    const order = await readOrder(id);
    if (order.direction !== "onramp") throw new Error("not an on-ramp");
    const input = orderSimulation(order, "bank-pay", {}, common());
    expect(input).toMatchObject({ method: "onramp", orderId: id, amount: order.charge.amount, asset: "EUR", decimals: 2, reference: order.bankInstructions!.reference, collectionIban: order.bankInstructions!.iban });
    expect(await simulateOrder(id, "bank-pay")).toEqual([200]);

    const sent = await readOrder(id);
    expect(sent).toMatchObject({ status: "coins_sent", bankInstructions: null });
    if (sent.direction !== "onramp") throw new Error("not an on-ramp");
    expect(sent.receive.txHash).toMatch(/^0x[0-9a-f]{64}$/);
    // No instructions any more: a bank scenario says what is missing instead of sending a transfer without a reference.
    expect(() => orderSimulation(sent, "bank-pay", {}, common())).toThrow(/no bank instructions any more \(status coins_sent/);
    expect(orderSimulation(sent, "coins-confirmed", {}, common()).txHash).toBe(sent.receive.txHash);
    expect(await simulateOrder(id, "coins-confirmed")).toEqual([200]);
    expect(await readOrder(id)).toMatchObject({ status: "completed" });
  });

  it("bank off-ramp: the deposit from the order, then its bank payout's id, amount and currency (no --payout)", async () => {
    const { id } = await bankOfframp();
    const waiting = await readOrder(id);
    expect(() => orderSimulation(waiting, "payout-sent", {}, common())).toThrow(ScenarioError);
    expect(() => orderSimulation(waiting, "payout-sent", {}, common())).toThrow(/no bank payout yet \(status awaiting_deposit.*run 'exact' first/);
    expect(scenariosFor(waiting).filter((s) => s.now).map((s) => s.name)).toEqual(["exact", "short", "over", "duplicate"]);
    if (waiting.direction !== "offramp") throw new Error("not an off-ramp");
    expect(orderSimulation(waiting, "exact", {}, common())).toMatchObject({ amount: waiting.deposit.amount, asset: "EURX", decimals: 6, address: waiting.deposit.address });
    expect(await simulateOrder(id, "exact")).toEqual([200]);

    const paying = await readOrder(id);
    if (paying.direction !== "offramp") throw new Error("not an off-ramp");
    expect(paying).toMatchObject({ status: "payout_pending", payout: { id: expect.stringMatching(/^pyo_/), status: "submitted" } });
    expect(orderSimulation(paying, "payout-sent", {}, common()).payout).toEqual({ id: paying.payout.id, amount: paying.payout.amount, currency: paying.payout.asset });
    expect(await simulateOrder(id, "payout-sent")).toEqual([200]);
    const done = await readOrder(id);
    expect(done).toMatchObject({ status: "completed", payout: { id: paying.payout.id, status: "sent" } });
    expect(statusLine(done)).toBe(`${id} is completed (100.000000 EURX → ${paying.payout.amount} EUR, payout ${paying.payout.id} sent)`);
  });

  it("lists only what fits the rail: no bank transfers for a card on-ramp, no WallMoney payout for a crypto off-ramp", async () => {
    const card = await created(await postJson("/api/v1/onramp", { asset: "EURX", receiveAmount: "80", walletAddress: testWallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }, bearer(m.sk)));
    const cardScenarios = scenariosFor(await readOrder(card.id)).map((s) => s.name);
    expect(cardScenarios).toContain("card-pay");
    expect(cardScenarios.filter((s) => s.startsWith("bank-"))).toEqual([]);
    expect(await simulateOrder(card.id, "card-pay")).toEqual([200]);
    expect((await readOrder(card.id)).status).toMatch(/^(funds_confirmed|coins_sent)$/);

    const crypto = await created(await postJson("/api/v1/offramp", { asset: "USDX", targetAsset: "EURX", amount: "50", walletAddress: testWallet() }, idempotent()));
    const cryptoOrder = await readOrder(crypto.id);
    expect(cryptoOrder).toMatchObject({ rail: "crypto" });
    expect(scenariosFor(cryptoOrder).map((s) => s.name)).toEqual(["exact", "short", "over", "duplicate", "refunded"]);
    expect(() => orderSimulation(cryptoOrder, "payout-sent", {}, common())).toThrow(/does not fit .*crypto offramp order/);
  });
});

describe("reading the object", () => {
  it("needs the merchant's own key: another merchant's is told the payment does not exist", async () => {
    const { id } = await created(await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "10" }, idempotent()));
    const other = await merchantWithKeys();
    await expect(read(id, other.sk)).rejects.toThrow(new RegExp(`${id}: 404`));
    await expect(read("ord_00000000000000000000000000", m.sk)).rejects.toThrow(/GET \/api\/v1\/orders\/ord_0+ → 404/);
    await expect(read("cus_123", m.sk)).rejects.toThrow(/neither a payment id/);
  });
});
