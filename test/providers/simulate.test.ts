import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";
import { CORE_NETWORKS } from "../../src/providers/network";
import { paymentAdapter } from "../../src/providers/registry";
import { buildDeliveries, PATHS, ScenarioError, scenariosOf, type Delivery, type SimulationInput } from "../../src/providers/simulate/scenarios";
import type { PaymentMethod, ProviderEvent } from "../../src/providers/types";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";

const secrets = {
  myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM,
  myposSid: SANDBOX_MYPOS_STORE.sid,
  paytoWebhookSecret: env.PAYTO_WEBHOOK_SECRET!,
  corepayWebhookSecret: env.COREPAY_WEBHOOK_SECRET!,
  depositAddressSecret: env.DEPOSIT_ADDRESS_SECRET!,
};

function input(method: PaymentMethod, scenario: string, over: Partial<SimulationInput> = {}): SimulationInput {
  return {
    method,
    paymentId: newId("pay"),
    scenario,
    amount: method === "mypos" ? "25.50" : "100.000000",
    asset: method === "mypos" ? "EUR" : "USDX",
    decimals: method === "mypos" ? 2 : 6,
    network: CORE_NETWORKS.testnet,
    confirmations: 3,
    now: new Date(),
    ...over,
  };
}

/** Run a delivery through the adapter that will receive it, as the endpoint will. */
async function receive(method: PaymentMethod, delivery: Delivery): Promise<{ events: ProviderEvent[] }> {
  const callback = { headers: new Headers(delivery.headers), body: new TextEncoder().encode(delivery.body) };
  if (method === "mypos") {
    const adapter = paymentAdapter(env, "mypos");
    expect(delivery.path).toBe(PATHS.mypos);
    return { events: adapter.mapCallback(await adapter.verifyCallback(callback), { receivedAt: new Date() }) };
  }
  const adapter = paymentAdapter(env, method);
  const verified = await (adapter.verifyCallback as (c: typeof callback) => Promise<unknown>)(callback);
  return { events: (adapter.mapCallback as (c: unknown, x: { receivedAt: Date }) => ProviderEvent[])(verified, { receivedAt: new Date() }) };
}

async function run(method: PaymentMethod, scenario: string, over: Partial<SimulationInput> = {}) {
  const sim = input(method, scenario, over);
  const deliveries = await buildDeliveries(sim, secrets);
  const results = [];
  for (const d of deliveries) results.push(await receive(method, d));
  return { sim, deliveries, results, events: results.flatMap((r) => r.events) };
}

const types = (events: ProviderEvent[]) => events.map((e) => e.type);

describe("simulator scenarios are signed and shaped as the adapters expect", () => {
  it("mypos", async () => {
    const pay = await run("mypos", "pay");
    expect(pay.events).toMatchObject([{ paymentId: pay.sim.paymentId, type: "payment.funds_received", data: { amount: "25.5", asset: "EUR" } }]);
    expect((await run("mypos", "partial")).events[0]!.data).toMatchObject({ amount: "12.75" });
    expect((await run("mypos", "over")).events[0]!.data).toMatchObject({ amount: "38.25" });
    expect(types((await run("mypos", "late")).events)).toEqual(["payment.funds_received"]);
    const duplicate = await run("mypos", "duplicate");
    expect(duplicate.events).toHaveLength(2);
    expect(duplicate.events[0]!.providerEventId).toBe(duplicate.events[1]!.providerEventId);
    expect(types((await run("mypos", "out-of-order")).events)).toEqual(["payment.reversed", "payment.funds_received"]);
    expect(types((await run("mypos", "reversed")).events)).toEqual(["payment.funds_received", "payment.reversed"]);
    const decline = await run("mypos", "decline");
    // A decline reaches CorePort through no callback at all.
    expect(decline.deliveries).toEqual([]);
  });

  it("payto", async () => {
    const pay = await run("payto", "pay");
    expect(types(pay.events)).toEqual(["payment.processing", "payment.funds_received"]);
    expect(pay.events[1]).toMatchObject({ paymentId: pay.sim.paymentId, data: { amount: "100", asset: "USDX" } });
    // The simulator derives the same deposit address as the sandbox adapter.
    const session = await paymentAdapter(env, "payto").createSession({ paymentId: pay.sim.paymentId, amount: "100", asset: { code: "USDX", decimals: 6 }, expiresAt: new Date() });
    expect(pay.events[0]!.depositAddress).toBe(session.depositAddress);
    expect((await run("payto", "partial", { amount: "0.000003" })).events[1]!.data).toMatchObject({ amount: "0.000001" }); // half, rounded down
    expect((await run("payto", "over")).events[1]!.data).toMatchObject({ amount: "150" });
    const duplicate = await run("payto", "duplicate");
    expect(new Set(duplicate.events.map((e) => e.providerEventId)).size).toBe(1);
    expect(duplicate.deliveries[0]!.headers["webhook-id"]).toBe(duplicate.deliveries[1]!.headers["webhook-id"]);
    expect(duplicate.deliveries[2]!.headers["webhook-id"]).not.toBe(duplicate.deliveries[0]!.headers["webhook-id"]);
    const outOfOrder = await run("payto", "out-of-order", { amount: "10.000001" });
    expect(types(outOfOrder.events)).toEqual(["payment.funds_received", "payment.processing", "payment.funds_received"]);
    expect(outOfOrder.events.map((e) => (e.data as { amount: string }).amount)).toEqual(["5", "5", "5.000001"]);
  });

  it("corepay", async () => {
    expect(types((await run("corepay", "pay")).events)).toEqual(["payment.processing", "payment.funds_received"]);
    expect(types((await run("corepay", "confirmations")).events)).toEqual([
      "payment.processing",
      "payment.confirmations",
      "payment.confirmations",
      "payment.confirmations",
      "payment.funds_received",
    ]);
    expect(types((await run("corepay", "decline")).events)).toEqual(["payment.processing", "payment.dropped"]);
    expect((await run("corepay", "partial")).events[1]!.data).toMatchObject({ amount: "50" });
    expect((await run("corepay", "over")).events[1]!.data).toMatchObject({ amount: "150" });
    const duplicate = await run("corepay", "duplicate");
    expect(duplicate.events[1]!.providerEventId).toBe(duplicate.events[2]!.providerEventId);
    expect(types((await run("corepay", "out-of-order")).events)).toEqual(["payment.funds_received", "payment.processing", "payment.confirmations"]);
    expect(types((await run("corepay", "late")).events)).toEqual(["payment.processing", "payment.funds_received"]);
  });

  it("lists every scenario the issue asks for, and refuses the others", async () => {
    const all = new Set([...scenariosOf("mypos"), ...scenariosOf("payto"), ...scenariosOf("corepay")]);
    for (const s of ["pay", "decline", "partial", "over", "late", "duplicate", "out-of-order", "confirmations"]) expect(all.has(s), s).toBe(true);
    await expect(buildDeliveries(input("payto", "confirmations"), secrets)).rejects.toThrow(ScenarioError);
    await expect(buildDeliveries(input("payto", "pay", { amount: "-1" }), secrets)).rejects.toThrow(/positive decimal/);
  });
});
