/**
 * Liquidity per asset: the seam between ramp orders / operators and the asset's LiquidityPool
 * Durable Object. Results of the object become ApiErrors here, so callers only see problems.
 */
import { and, eq, inArray, or } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, liquidityPools } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import { DEFAULT_LOW_WATER_FRACTION, type LiquidityAvailability, type PoolSnapshot, type Reservation } from "./pool-model";

export function poolStub(env: Bindings, asset: string) {
  return env.LIQUIDITY_POOL.get(env.LIQUIDITY_POOL.idFromName(asset));
}

/** The enabled asset a pool is for (404 naming it otherwise). */
export async function poolAsset(env: Bindings, code: string) {
  const upper = code.toUpperCase();
  const [asset] = await getDb(env.DB).select().from(assets).where(and(eq(assets.code, upper), eq(assets.enabled, true)));
  if (!asset) throw ApiError.notFound("Asset", upper);
  return asset;
}

function assertScale(amount: string, decimals: number, field: string, asset: string) {
  if (scaleOf(amount) > decimals) throw ApiError.invalidField(field, `${asset} amounts have at most ${decimals} decimal places`, "body", "too_many_decimals");
}

export interface SetPoolInput {
  size: string;
  lowWaterMark?: string;
  expectedVersion?: number;
}

/** Operator: set what the pool of `assetCode` holds now (and its low-water mark). */
export async function setPool(env: Bindings, assetCode: string, input: SetPoolInput): Promise<PoolSnapshot> {
  const asset = await poolAsset(env, assetCode);
  assertScale(input.size, asset.decimals, "size", asset.code);
  if (input.lowWaterMark !== undefined) assertScale(input.lowWaterMark, asset.decimals, "lowWaterMark", asset.code);
  const lowWaterMark = input.lowWaterMark ?? formatDecimal(dec(input.size).times(DEFAULT_LOW_WATER_FRACTION), asset.decimals, "up");
  const result = await poolStub(env, asset.code).configure({
    asset: asset.code,
    decimals: asset.decimals,
    size: input.size,
    lowWaterMark,
    expectedVersion: input.expectedVersion,
  });
  if (result.ok) return result.pool;
  switch (result.reason) {
    case "below_reserved":
      throw new ApiError("CONFLICT", {
        detail: `The ${asset.code} pool has ${result.reserved} reserved for open orders; its size cannot be set below that`,
        extensions: { reserved: result.reserved },
      });
    case "version_mismatch":
      throw new ApiError("CONFLICT", {
        detail: `The ${asset.code} pool changed (now version ${result.version}); read it again and retry`,
        extensions: { currentVersion: result.version },
      });
    default:
      throw new ApiError("INTERNAL", { detail: "Liquidity pool holds another asset" });
  }
}

/** A pool's live state; an asset never configured reads as an empty pool. */
export async function getPool(env: Bindings, assetCode: string): Promise<PoolSnapshot> {
  const asset = await poolAsset(env, assetCode);
  return (await poolStub(env, asset.code).snapshot(asset.code)) ?? emptyPool(asset.code, asset.decimals);
}

function emptyPool(asset: string, decimals: number): PoolSnapshot {
  const zero = dec(0).toFixed(decimals);
  return { asset, decimals, size: zero, reserved: zero, consumed: zero, available: zero, lowWaterMark: zero, activeReservations: 0, version: 0, updatedAt: 0 };
}

/** Live state of every stablecoin's pool and of any other asset that has one, in asset order. */
export async function listPools(env: Bindings): Promise<PoolSnapshot[]> {
  const db = getDb(env.DB);
  const configured = (await db.select({ code: liquidityPools.assetCode }).from(liquidityPools)).map((r) => r.code);
  const rows = await db
    .select({ code: assets.code, decimals: assets.decimals })
    .from(assets)
    .where(and(eq(assets.enabled, true), or(eq(assets.kind, "stablecoin"), configured.length ? inArray(assets.code, configured) : undefined)))
    .orderBy(assets.sortOrder, assets.code);
  return Promise.all(rows.map(async (a) => (await poolStub(env, a.code).snapshot(a.code)) ?? emptyPool(a.code, a.decimals)));
}

export async function getAvailability(env: Bindings, assetCode: string, amount?: string, minimum?: string): Promise<LiquidityAvailability> {
  const asset = await poolAsset(env, assetCode);
  return poolStub(env, asset.code).availability(asset.code, amount, minimum);
}

/**
 * Reserve liquidity for an order. Not enough: a 422 problem with the most that can be filled now
 * (`limit: "liquidity"`, `remaining`), in the same shape as the ramp limits.
 */
export async function reserveLiquidity(
  env: Bindings,
  input: { asset: string; orderId: string; amount: string; holdUntil?: Date },
): Promise<{ reservation: Reservation; replay: boolean }> {
  const asset = input.asset.toUpperCase();
  const result = await poolStub(env, asset).reserve({ asset, orderId: input.orderId, amount: input.amount, holdUntil: input.holdUntil?.getTime() });
  if (result.ok) return { reservation: result.reservation, replay: result.replay };
  if (result.reason === "conflict") {
    throw new ApiError("CONFLICT", {
      detail: `Order ${input.orderId} already has a ${result.reservation.state} reservation of ${result.reservation.amount} ${asset}`,
      extensions: { reservation: result.reservation },
    });
  }
  if (result.reason === "invalid_amount") throw ApiError.invalidField("amount", `Not a valid ${asset} amount`, "body", "invalid_amount");
  const status = result.reason === "not_configured" || dec(result.maxFillable).lte(0) ? "unavailable" : "limited";
  throw new ApiError("UNPROCESSABLE", {
    detail: status === "unavailable"
      ? `No ${asset} liquidity is available right now`
      : `Only ${result.maxFillable} ${asset} can be filled right now`,
    extensions: { limit: "liquidity", liquidity: status, asset, remaining: result.maxFillable },
  });
}

/** The order completed: its reserved amount leaves the pool. Idempotent. */
export async function consumeLiquidity(env: Bindings, asset: string, orderId: string): Promise<Reservation> {
  const result = await poolStub(env, asset.toUpperCase()).consume(asset.toUpperCase(), orderId);
  if (result.ok) return result.reservation;
  throw new ApiError("CONFLICT", {
    detail: result.reason === "released"
      ? `The liquidity reservation of order ${orderId} was already released`
      : `Order ${orderId} has no liquidity reservation`,
    extensions: { reservationState: result.reason === "released" ? "released" : null },
  });
}

/** The order expired or failed: its reservation returns to the pool. Idempotent; unknown orders are a no-op. */
export async function releaseLiquidity(env: Bindings, asset: string, orderId: string): Promise<Reservation | null> {
  const result = await poolStub(env, asset.toUpperCase()).release(asset.toUpperCase(), orderId);
  if (result.ok) return result.reservation;
  throw new ApiError("CONFLICT", {
    detail: `The liquidity reservation of order ${orderId} was consumed; a completed order cannot release it`,
    extensions: { reservationState: "consumed" },
  });
}
