/**
 * The liquidity pool's data and its availability rule, shared by the LiquidityPool Durable Object
 * (which owns the state) and the services/routes that read it. Pure: no bindings.
 */
import { dec } from "../../lib/money";

/** Changes reach the D1 mirror this long after the first change of a burst. */
export const MIRROR_DELAY_MS = 1_000;
/** A failed D1 mirror write is tried again after this long (forever, until it lands). */
export const MIRROR_RETRY_MS = 30_000;
/** Default low-water mark when an operator sets none: a tenth of the pool's size. */
export const DEFAULT_LOW_WATER_FRACTION = "0.1";

export type ReservationState = "reserved" | "consumed" | "released";

export interface Reservation {
  orderId: string;
  amount: string;
  state: ReservationState;
  /** Epoch ms after which the pool releases the reservation by itself (null = held until released). */
  holdUntil: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface PoolSnapshot {
  asset: string;
  decimals: number;
  /** What the pool holds now; completed orders take their amount out of it. */
  size: string;
  /** Promised to open orders. */
  reserved: string;
  /** Delivered by completed orders since the pool was created (running total). */
  consumed: string;
  /** size − reserved: what new orders may still reserve. Never negative. */
  available: string;
  /** Below this available amount the pool reports `limited` and /health `degraded`. */
  lowWaterMark: string;
  activeReservations: number;
  /** Increases with every change; an operator update may require it (optimistic concurrency). */
  version: number;
  updatedAt: number;
}

export interface ConfigureInput {
  asset: string;
  decimals: number;
  size: string;
  lowWaterMark: string;
  expectedVersion?: number;
}

export type ConfigureResult =
  | { ok: true; pool: PoolSnapshot }
  | { ok: false; reason: "below_reserved"; reserved: string }
  | { ok: false; reason: "version_mismatch"; version: number }
  | { ok: false; reason: "wrong_asset" };

export interface ReserveInput {
  asset: string;
  orderId: string;
  amount: string;
  holdUntil?: number;
}

export type ReserveResult =
  | { ok: true; replay: boolean; reservation: Reservation; pool: PoolSnapshot }
  | { ok: false; reason: "insufficient" | "not_configured" | "invalid_amount"; available: string; maxFillable: string }
  | { ok: false; reason: "conflict"; reservation: Reservation; available: string; maxFillable: string };

export type ConsumeResult =
  | { ok: true; replay: boolean; reservation: Reservation; pool: PoolSnapshot }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "released"; reservation: Reservation };

export type ReleaseResult =
  | { ok: true; replay: boolean; reservation: Reservation | null }
  | { ok: false; reason: "consumed"; reservation: Reservation };

export type LiquidityStatus = "available" | "limited" | "unavailable";

export interface LiquidityAvailability {
  status: LiquidityStatus;
  asset: string;
  available: string;
  /** The most a new order can be filled for now; present when `limited`. */
  maxFillable?: string;
}

/**
 * The documented rule. With an amount: `available` if the pool covers it; `limited` if it covers
 * at least `minimum` (the smallest order allowed, default the smallest unit) but not the amount —
 * `maxFillable` is then what it does cover; `unavailable` below that. Without an amount, the pool
 * is `limited` below its low-water mark and `unavailable` when it cannot fill `minimum`.
 * An unconfigured pool is `unavailable`.
 */
export function assessAvailability(asset: string, pool: PoolSnapshot | null, amount?: string, minimum?: string): LiquidityAvailability {
  if (!pool) return { status: "unavailable", asset, available: "0" };
  const available = dec(pool.available);
  const smallestUnit = dec(1).div(dec(10).pow(pool.decimals));
  const floor = minimum !== undefined && dec(minimum).gt(smallestUnit) ? dec(minimum) : smallestUnit;
  const base = { asset: pool.asset, available: pool.available };
  if (available.lt(floor)) return { status: "unavailable", ...base };
  if (amount !== undefined) {
    return dec(amount).lte(available) ? { status: "available", ...base } : { status: "limited", ...base, maxFillable: pool.available };
  }
  return available.lt(pool.lowWaterMark) ? { status: "limited", ...base, maxFillable: pool.available } : { status: "available", ...base };
}
