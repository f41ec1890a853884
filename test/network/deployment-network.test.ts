/**
 * One Core Blockchain network per deployment: CORE_NETWORK decides the network the info endpoints
 * report, the wallet addresses the ramps accept and the payout address a merchant may register.
 * The test worker runs testnet (wrangler.toml, as `npm run dev`); "a mainnet deployment" is the same
 * worker and database called with CORE_NETWORK = "mainnet".
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { makeIcan } from "../../src/lib/ican";
import { assetNetwork, CORE_NETWORKS, coreNetwork } from "../../src/providers/network";
import { api, expectProblem } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { TEST_NETWORK } from "../helpers/wallets";

type Deployment = "testnet" | "mainnet" | "enterprise" | "moonnet";
const hex = () => crypto.randomUUID().replaceAll("-", "").padEnd(40, "0");
const walletOn = (network: Exclude<Deployment, "moonnet">) => makeIcan(CORE_NETWORKS[network].icanPrefix, hex());

/** A request to the worker deployed on `network` (same bindings and database otherwise). */
function call(network: Deployment, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Response> {
  const json = init.body === undefined ? {} : { method: init.method ?? "POST", headers: { "Content-Type": "application/json", ...init.headers }, body: JSON.stringify(init.body) };
  return api(`/api/v1${path}`, { method: init.method, headers: init.headers, ...json, env: { CORE_NETWORK: network } });
}

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  // Enough coins in the pool that every on-ramp below can be reserved.
  for (const asset of ["EURX", "USDX"]) {
    const res = await call("testnet", `/admin/liquidity/${asset}`, { headers: ADMIN, body: { size: "1000000" } });
    expect(res.status).toBe(200);
  }
});

it("the test worker runs the network local development runs", () => {
  expect(env.CORE_NETWORK).toBe("testnet");
  expect(TEST_NETWORK).toBe(CORE_NETWORKS.testnet);
});

describe("info endpoints report the deployment's network", () => {
  it.each([
    ["testnet", "core-testnet"],
    ["mainnet", "core-mainnet"],
    ["enterprise", "core-enterprise"],
  ] as const)("%s: every stablecoin is on %s, fiat on none", async (network, id) => {
    for (const type of ["purchase", "unwrap"]) {
      const body = await (await call(network, `/info/assets/${type}`)).json<{ data: Array<{ code: string; kind: string; network: string | null }> }>();
      expect(body.data.length).toBeGreaterThan(0);
      for (const asset of body.data) expect(asset.network, asset.code).toBe(asset.kind === "stablecoin" ? id : null);
    }
    const types = await (await call(network, "/info/payment-types")).json<{ data: Array<{ code: string; config: Record<string, unknown> }> }>();
    const config = Object.fromEntries(types.data.map((t) => [t.code, t.config]));
    // Methods that move Core coins say which network; card and bank rails have none.
    expect(config.payto).toMatchObject({ network: id });
    expect(config.corepay).toMatchObject({ network: id });
    expect(config.mypos).not.toHaveProperty("network");
    expect(config.bank).not.toHaveProperty("network");
  });

  it("a misconfigured CORE_NETWORK is a 503 saying what to set, never a guess or a 500", async () => {
    const problem = await expectProblem(await call("moonnet", "/info/assets/purchase"), 503);
    expect(problem.detail).toContain("CORE_NETWORK must be mainnet, testnet or enterprise");
  });

  it("a Core asset row written by an older seed (`core-mainnet`) is still reported on the deployment's network", async () => {
    expect(assetNetwork({ CORE_NETWORK: "testnet" }, "core-mainnet")).toBe("core-testnet");
    expect(assetNetwork({ CORE_NETWORK: "mainnet" }, "core")).toBe("core-mainnet");
    expect(assetNetwork({ CORE_NETWORK: "mainnet" }, null)).toBeNull();
    // Another chain is not Core's to decide.
    expect(assetNetwork({ CORE_NETWORK: "mainnet" }, "ethereum")).toBe("ethereum");
    expect(assetNetwork({ ENVIRONMENT: "production" }, "core")).toBe("core-mainnet");
    expect(assetNetwork({ ENVIRONMENT: "development" }, "core")).toBe("core-testnet");
    expect(() => coreNetwork({ CORE_NETWORK: "toString" })).toThrow(/CORE_NETWORK must be/);
  });
});

describe("on-ramp: the wallet must be on the deployment's network", () => {
  it.each([
    ["testnet", "mainnet", "'ab'"],
    ["mainnet", "testnet", "'cb'"],
  ] as const)("a %s deployment refuses a %s wallet with a 400 naming walletAddress, and takes its own", async (deployment, other, prefix) => {
    const refused = await expectProblem(await call(deployment, "/onramp/bank", { headers: bearer(m.sk), body: { asset: "EURX", currency: "EUR", receiveAmount: "25", walletAddress: walletOn(other) } }), 400);
    expect(refused.errors).toEqual([expect.objectContaining({ field: "walletAddress", code: "address_network", message: expect.stringContaining(`start with ${prefix}`) })]);

    const wallet = walletOn(deployment);
    const res = await call(deployment, "/onramp/bank", { headers: bearer(m.sk), body: { asset: "EURX", currency: "EUR", receiveAmount: "25", walletAddress: wallet.toUpperCase() } });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toMatchObject({ receive: { asset: "EURX", walletAddress: wallet } });
  });
});

describe("off-ramp: the payout wallet and the deposit address are on the deployment's network", () => {
  it.each(["testnet", "mainnet"] as const)("%s", async (deployment) => {
    const other = deployment === "testnet" ? "mainnet" : "testnet";
    const body = { asset: "USDX", targetAsset: "EURX", amount: "100" };
    const refused = await expectProblem(await call(deployment, "/offramp", { headers: bearer(m.sk), body: { ...body, walletAddress: walletOn(other) } }), 400);
    expect(refused.errors).toEqual([expect.objectContaining({ field: "walletAddress", code: "address_network" })]);

    const res = await call(deployment, "/offramp", { headers: bearer(m.sk), body: { ...body, walletAddress: walletOn(deployment) } });
    expect(res.status, await res.clone().text()).toBe(201);
    const order = await res.json<{ deposit: { address: string } }>();
    expect(order.deposit.address.slice(0, 2)).toBe(CORE_NETWORKS[deployment].icanPrefix);
  });
});

describe("merchant payout address (CorePay settles there)", () => {
  it("a testnet deployment refuses a mainnet payout address on create and update, naming payoutAddress", async () => {
    const created = await expectProblem(await call("testnet", "/admin/merchants", { headers: ADMIN, body: { name: "Mainnet shop", payoutAddress: walletOn("mainnet") } }), 400);
    expect(created.errors).toEqual([expect.objectContaining({ field: "payoutAddress", code: "address_network" })]);

    const own = walletOn("testnet");
    const ok = await call("testnet", "/admin/merchants", { headers: ADMIN, body: { name: "Testnet shop", payoutAddress: own.toUpperCase() } });
    expect(ok.status).toBe(201);
    const merchant = await ok.json<{ id: string; payoutAddress: string }>();
    expect(merchant.payoutAddress).toBe(own);

    const update = await expectProblem(await call("testnet", `/admin/merchants/${merchant.id}`, { method: "PATCH", headers: ADMIN, body: { payoutAddress: walletOn("enterprise") } }), 400);
    expect(update.errors).toEqual([expect.objectContaining({ field: "payoutAddress", code: "address_network" })]);
    // Nothing was written by the refused update; clearing the address is still allowed.
    const cleared = await call("testnet", `/admin/merchants/${merchant.id}`, { method: "PATCH", headers: ADMIN, body: { payoutAddress: null } });
    expect(await cleared.json()).toMatchObject({ payoutAddress: null });
  });

  it("a mainnet deployment takes a mainnet payout address and refuses a testnet one", async () => {
    expect((await call("mainnet", "/admin/merchants", { headers: ADMIN, body: { name: "Mainnet shop", payoutAddress: walletOn("mainnet") } })).status).toBe(201);
    const refused = await expectProblem(await call("mainnet", "/admin/merchants", { headers: ADMIN, body: { name: "Testnet shop", payoutAddress: walletOn("testnet") } }), 400);
    expect(refused.errors?.[0]).toMatchObject({ field: "payoutAddress", code: "address_network" });
  });
});
