import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { LiquidityPool } from "../../src/durable-objects/liquidity-pool";
import { ApiError } from "../../src/lib/errors";
import { newId, randomToken } from "../../src/lib/ids";
import { consumeLiquidity, getAvailability, poolStub, releaseLiquidity, reserveLiquidity } from "../../src/services/liquidity/liquidity.service";
import { assessAvailability } from "../../src/services/liquidity/pool-model";
import { api, expectProblem, postJson } from "../helpers/http";

const ADMIN = { Authorization: "Bearer test-admin-token" };

/** A pool of its own per test (pools are per asset name; the object does not need the asset table). */
async function freshPool(size: string, lowWaterMark = "0", decimals = 6) {
  const asset = `T${randomToken(6).toUpperCase()}`;
  const result = await poolStub(env, asset).configure({ asset, decimals, size, lowWaterMark });
  expect(result.ok).toBe(true);
  return asset;
}

async function snapshot(asset: string) {
  return (await poolStub(env, asset).snapshot(asset))!;
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("LiquidityPool Durable Object", () => {
  it("lets exactly 10 of 50 concurrent reservations through a pool that fits 10, never going negative", async () => {
    const asset = await freshPool("1000.00");
    const orders = Array.from({ length: 50 }, () => newId("ord"));
    const results = await Promise.allSettled(orders.map((orderId) => reserveLiquidity(env, { asset, orderId, amount: "100.00" })));
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(ApiError);
      expect(r.reason).toMatchObject({ status: 422, code: "UNPROCESSABLE" });
      expect((r.reason as ApiError).extensions).toMatchObject({ limit: "liquidity", liquidity: "unavailable", remaining: "0.000000" });
    }
    expect(await snapshot(asset)).toMatchObject({ size: "1000.000000", reserved: "1000.000000", available: "0.000000", activeReservations: 10 });
  });

  it("refuses what it cannot cover with the most it can fill, and reports limited availability", async () => {
    const asset = await freshPool("250.00", "100.00");
    await reserveLiquidity(env, { asset, orderId: newId("ord"), amount: "180.50" });
    const error = await apiError(reserveLiquidity(env, { asset, orderId: newId("ord"), amount: "70.00" }));
    expect(error.extensions).toMatchObject({ limit: "liquidity", liquidity: "limited", remaining: "69.500000" });
    expect(await getAvailabilityOf(asset, "69.50")).toMatchObject({ status: "available" });
    expect(await getAvailabilityOf(asset, "70.00")).toMatchObject({ status: "limited", maxFillable: "69.500000" });
    expect(await getAvailabilityOf(asset, "70.00", "100.00")).toMatchObject({ status: "unavailable" });
    expect(await getAvailabilityOf(asset)).toMatchObject({ status: "limited", available: "69.500000" }); // below the low-water mark
  });

  it("is idempotent per order: the same reservation replays, another amount conflicts", async () => {
    const asset = await freshPool("500");
    const orderId = newId("ord");
    const first = await reserveLiquidity(env, { asset, orderId, amount: "120.000000" });
    const again = await reserveLiquidity(env, { asset, orderId, amount: "120" });
    expect(first.replay).toBe(false);
    expect(again).toMatchObject({ replay: true, reservation: { orderId, amount: "120.000000", state: "reserved" } });
    expect((await apiError(reserveLiquidity(env, { asset, orderId, amount: "121" }))).status).toBe(409);
    expect(await snapshot(asset)).toMatchObject({ reserved: "120.000000", available: "380.000000", activeReservations: 1 });
  });

  it("release restores availability, idempotently; a released order cannot be consumed or re-reserved", async () => {
    const asset = await freshPool("300");
    const orderId = newId("ord");
    await reserveLiquidity(env, { asset, orderId, amount: "300" });
    expect((await snapshot(asset)).available).toBe("0.000000");
    expect(await releaseLiquidity(env, asset, orderId)).toMatchObject({ state: "released" });
    expect(await releaseLiquidity(env, asset, orderId)).toMatchObject({ state: "released" });
    expect(await releaseLiquidity(env, asset, newId("ord"))).toBeNull();
    expect(await snapshot(asset)).toMatchObject({ reserved: "0.000000", available: "300.000000", consumed: "0.000000" });
    expect((await apiError(consumeLiquidity(env, asset, orderId))).status).toBe(409);
    expect((await apiError(reserveLiquidity(env, { asset, orderId, amount: "300" }))).status).toBe(409);
  });

  it("consume is final: the amount leaves the pool once, and it can no longer be released", async () => {
    const asset = await freshPool("1000");
    const orderId = newId("ord");
    await reserveLiquidity(env, { asset, orderId, amount: "400.25" });
    await consumeLiquidity(env, asset, orderId);
    await consumeLiquidity(env, asset, orderId); // replay
    expect(await snapshot(asset)).toMatchObject({ size: "599.750000", reserved: "0.000000", consumed: "400.250000", available: "599.750000", activeReservations: 0 });
    const error = await apiError(releaseLiquidity(env, asset, orderId));
    expect(error).toMatchObject({ status: 409, extensions: { reservationState: "consumed" } });
    expect((await apiError(consumeLiquidity(env, asset, newId("ord")))).status).toBe(409);
  });

  it("refuses amounts finer than the asset, zero, and an unconfigured pool", async () => {
    const asset = await freshPool("100", "0", 2);
    expect((await apiError(reserveLiquidity(env, { asset, orderId: newId("ord"), amount: "1.001" }))).status).toBe(400);
    expect((await apiError(reserveLiquidity(env, { asset, orderId: newId("ord"), amount: "0" }))).status).toBe(400);
    const missing = await apiError(reserveLiquidity(env, { asset: "TNOPOOL", orderId: newId("ord"), amount: "1" }));
    expect(missing.extensions).toMatchObject({ liquidity: "unavailable", remaining: "0" });
  });

  it("releases a reservation whose hold lapsed when its alarm runs, and mirrors every change to D1", async () => {
    const asset = await freshPool("100");
    const lapsed = newId("ord");
    const held = newId("ord");
    await reserveLiquidity(env, { asset, orderId: lapsed, amount: "30", holdUntil: new Date(Date.now() - 1) });
    await reserveLiquidity(env, { asset, orderId: held, amount: "20", holdUntil: new Date(Date.now() + 3_600_000) });
    const stub = poolStub(env, asset);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await snapshot(asset)).toMatchObject({ reserved: "20.000000", available: "80.000000", activeReservations: 1 });
    const row = await env.DB.prepare("SELECT size, reserved, available, active_reservations, version FROM liquidity_pools WHERE asset_code = ?").bind(asset).first();
    expect(row).toMatchObject({ size: "100.000000", reserved: "20.000000", available: "80.000000", active_reservations: 1 });
    expect(row!.version).toBe((await snapshot(asset)).version);
    // The next alarm is the remaining hold's expiry.
    const next = await runInDurableObject(stub, (_instance: LiquidityPool, state) => state.storage.getAlarm());
    expect(next).toBeGreaterThan(Date.now() + 3_000_000);
  });

  it("retries the D1 mirror after a failed write, and never lets an older snapshot overwrite a newer one", async () => {
    const asset = await freshPool("100");
    const stub = poolStub(env, asset);
    await runDurableObjectAlarm(stub);
    await reserveLiquidity(env, { asset, orderId: newId("ord"), amount: "10" });
    const broken = { prepare: () => ({ bind: () => ({ run: () => Promise.reject(new Error("D1 unavailable")) }) }) };
    await runInDurableObject(stub, async (instance: LiquidityPool, state) => {
      const holder = instance as unknown as { env: typeof env };
      const realDb = holder.env.DB;
      holder.env = { ...holder.env, DB: broken as unknown as D1Database };
      try {
        await instance.alarm();
      } finally {
        holder.env = { ...holder.env, DB: realDb };
      }
      expect(await state.storage.getAlarm()).toBeGreaterThan(Date.now() + 20_000);
    });
    expect((await env.DB.prepare("SELECT reserved FROM liquidity_pools WHERE asset_code = ?").bind(asset).first())!.reserved).toBe("0.000000");
    await runDurableObjectAlarm(stub);
    expect((await env.DB.prepare("SELECT reserved FROM liquidity_pools WHERE asset_code = ?").bind(asset).first())!.reserved).toBe("10.000000");
    // A stale snapshot (lower version) is ignored by the upsert.
    await env.DB.prepare("UPDATE liquidity_pools SET version = version + 100 WHERE asset_code = ?").bind(asset).run();
    await reserveLiquidity(env, { asset, orderId: newId("ord"), amount: "5" });
    await runDurableObjectAlarm(stub);
    expect((await env.DB.prepare("SELECT reserved FROM liquidity_pools WHERE asset_code = ?").bind(asset).first())!.reserved).toBe("10.000000");
  });
});

describe("availability rule", () => {
  const pool = { asset: "EURX", decimals: 6, size: "100", reserved: "60", consumed: "0", available: "40.000000", lowWaterMark: "50", activeReservations: 1, version: 3, updatedAt: 0 };
  it.each([
    [undefined, undefined, "limited"],
    ["40", undefined, "available"],
    ["40.000001", undefined, "limited"],
    ["41", "41", "unavailable"],
    ["41", "40", "limited"],
  ])("amount %s with minimum %s → %s", (amount, minimum, status) => {
    expect(assessAvailability("EURX", pool, amount, minimum).status).toBe(status);
  });
  it("an empty or unconfigured pool is unavailable", () => {
    expect(assessAvailability("EURX", { ...pool, available: "0.000000" }, "1").status).toBe("unavailable");
    expect(assessAvailability("EURX", null)).toEqual({ status: "unavailable", asset: "EURX", available: "0" });
  });
});

async function getAvailabilityOf(asset: string, amount?: string, minimum?: string) {
  return poolStub(env, asset).availability(asset, amount, minimum);
}

describe("admin liquidity endpoints", () => {
  it("refuse callers without the operator token", async () => {
    await expectProblem(await api("/api/v1/admin/liquidity"), 401);
    await expectProblem(await postJson("/api/v1/admin/liquidity/EURX", { size: "1000" }, { Authorization: "Bearer nope" }), 401);
    await expectProblem(await api("/api/v1/admin/liquidity/EURX"), 401);
  });

  it("set a pool, read it back and list it", async () => {
    const res = await postJson("/api/v1/admin/liquidity/usdx", { size: "250000.00" }, ADMIN);
    expect(res.status).toBe(200);
    const pool = await res.json<Record<string, unknown>>();
    expect(pool).toMatchObject({ asset: "USDX", size: "250000.000000", reserved: "0.000000", available: "250000.000000", lowWaterMark: "25000.000000", status: "available" });
    const read = await (await api("/api/v1/admin/liquidity/USDX", { headers: ADMIN })).json();
    expect(read).toEqual(pool);
    const list = await (await api("/api/v1/admin/liquidity", { headers: ADMIN })).json<{ data: Array<{ asset: string; status: string }> }>();
    expect(list.data.map((p) => p.asset)).toEqual(expect.arrayContaining(["USDX", "EURX", "GBPX", "CHFX", "AUDX"]));
    expect(list.data.find((p) => p.asset === "USDX")).toEqual(pool);
  });

  it("refuse a size below what is reserved and a stale version, with 409", async () => {
    const set = await (await postJson("/api/v1/admin/liquidity/GBPX", { size: "1000", lowWaterMark: "100" }, ADMIN)).json<{ version: number }>();
    await reserveLiquidity(env, { asset: "GBPX", orderId: newId("ord"), amount: "600" });
    const below = await expectProblem(await postJson("/api/v1/admin/liquidity/GBPX", { size: "599.999999" }, ADMIN), 409);
    expect(below.reserved).toBe("600.000000");
    const stale = await expectProblem(await postJson("/api/v1/admin/liquidity/GBPX", { size: "5000", expectedVersion: set.version }, ADMIN), 409);
    expect(stale.currentVersion).toBe(set.version + 1);
    const ok = await postJson("/api/v1/admin/liquidity/GBPX", { size: "5000", expectedVersion: set.version + 1 }, ADMIN);
    expect(await ok.json()).toMatchObject({ size: "5000.000000", reserved: "600.000000", available: "4400.000000" });
  });

  it.each([
    [{ size: "-5" }, "size"],
    [{ size: "1e6" }, "size"],
    [{ size: 1000 }, "size"],
    [{ size: "10.0000001" }, "size"],
    [{ size: "10", lowWaterMark: "x" }, "lowWaterMark"],
    [{ size: "10", expectedVersion: -1 }, "expectedVersion"],
    [{ size: "10", extra: true }, "extra"],
  ])("refuse %j naming %s", async (body, field) => {
    const problem = await expectProblem(await postJson("/api/v1/admin/liquidity/EURX", body, ADMIN), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it("are documented as operator endpoints behind the bearer scheme", async () => {
    const doc = await (await api("/api/v1/openapi.json")).json<{ paths: Record<string, Record<string, { security?: unknown }>>; components: { securitySchemes?: Record<string, unknown> } }>();
    expect(doc.components.securitySchemes?.adminToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths["/api/v1/admin/liquidity/{asset}"]?.post?.security).toEqual([{ adminToken: [] }]);
    expect(doc.paths["/api/v1/admin/liquidity"]?.get?.security).toEqual([{ adminToken: [] }]);
  });

  it("404 for an unknown asset, 400 for a malformed one", async () => {
    await expectProblem(await postJson("/api/v1/admin/liquidity/NOPE", { size: "1" }, ADMIN), 404);
    const bad = await expectProblem(await api("/api/v1/admin/liquidity/%3Cscript%3E", { headers: ADMIN }), 400);
    expect(bad.errors?.[0]?.field).toBe("asset");
  });

  it("an unconfigured pool reads as unavailable; availability of a real asset goes through the service", async () => {
    expect(await getAvailability(env, "AUDX", "10")).toMatchObject({ status: "unavailable", asset: "AUDX" });
  });
});

describe("health", () => {
  it("shows pools below their low-water mark as degraded (not down)", async () => {
    await postJson("/api/v1/admin/liquidity/CHFX", { size: "100", lowWaterMark: "500" }, ADMIN);
    await runDurableObjectAlarm(poolStub(env, "CHFX"));
    const res = await api("/api/v1/health");
    expect(res.status).toBe(200);
    const body = await res.json<{ status: string; checks: Record<string, { status: string; message?: string; details?: Record<string, unknown> }> }>();
    expect(body.status).toBe("degraded");
    expect(body.checks.liquidity).toMatchObject({ status: "degraded" });
    expect(String(body.checks.liquidity!.details!.low)).toContain("CHFX");
    expect(body.checks.liquidity!.message).toContain("CHFX");
  });
});
