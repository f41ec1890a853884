/**
 * Ramp order limits (table ramp_limits, seeded per stablecoin, direction and rail): minimum and
 * maximum per order, and a maximum per destination over a rolling 24 hours. Amounts are in units of
 * the stablecoin — what an on-ramp delivers (target) or an off-ramp takes in (source).
 *
 * A refusal is a 422 problem naming the limit, its amount, and `remaining`: the largest order to
 * this destination that would pass right now (for the daily limit, what is left today, capped by
 * the per-order maximum). The check reads then the caller inserts, so two orders to the same
 * destination at the same instant could both pass; callers that must be exact serialise per
 * destination (the per-order Durable Object does not).
 */
import { and, desc, eq, gt, isNull, notInArray, or } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, rampLimits, rampOrders } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { dec, formatDecimal, type Decimal } from "../../lib/money";
import { normalizeIban } from "../../lib/bank-details";

export type RampDirection = (typeof rampOrders.$inferSelect)["direction"];
export type RampRail = (typeof rampOrders.$inferSelect)["rail"];
export type RampLimitName = "min_per_order" | "max_per_order" | "max_per_destination_per_day";

export const DAILY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Orders in these statuses moved no money (or gave it back), so they do not count toward the
 * daily limit. Every other status — open or completed — counts.
 */
export const STATUSES_NOT_COUNTED = ["expired", "failed", "cancelled", "rejected", "refunded"];

export interface EffectiveRampLimits {
  asset: string;
  direction: RampDirection;
  rail: RampRail;
  decimals: number;
  minPerOrder: string;
  /** null = no maximum. */
  maxPerOrder: string | null;
  maxPerDestinationPerDay: string | null;
  /** Which configuration applied: a rail's row, the asset/direction default row, or the asset's own min/max. */
  source: "rail" | "default" | "asset";
}

/** Canonical key of a destination, so that "DE89 3704…" and "de893704…" count as one account. */
export function destinationKey(destination: { kind: "wallet"; address: string } | { kind: "bank"; iban: string }): string {
  return destination.kind === "wallet" ? `wallet:${destination.address.trim().toLowerCase()}` : `iban:${normalizeIban(destination.iban)}`;
}

export async function getRampLimits(env: Bindings, assetCode: string, direction: RampDirection, rail: RampRail): Promise<EffectiveRampLimits> {
  const db = getDb(env.DB);
  const code = assetCode.toUpperCase();
  const [asset] = await db.select().from(assets).where(and(eq(assets.code, code), eq(assets.enabled, true)));
  if (!asset) throw ApiError.notFound("Asset", code);
  const rows = await db
    .select()
    .from(rampLimits)
    .where(and(eq(rampLimits.assetCode, code), eq(rampLimits.direction, direction), eq(rampLimits.enabled, true), or(eq(rampLimits.rail, rail), isNull(rampLimits.rail))))
    // The rail's own row first, then the default (NULL sorts last in DESC).
    .orderBy(desc(rampLimits.rail));
  const row = rows[0];
  const base = { asset: code, direction, rail, decimals: asset.decimals };
  if (!row) return { ...base, minPerOrder: asset.minAmount, maxPerOrder: asset.maxAmount, maxPerDestinationPerDay: null, source: "asset" };
  return {
    ...base,
    minPerOrder: row.minPerOrder,
    maxPerOrder: row.maxPerOrder,
    maxPerDestinationPerDay: row.maxPerDestinationPerDay,
    source: row.rail ? "rail" : "default",
  };
}

/** Sum of the stablecoin side of counted orders to `key` in the 24 h before `now`. */
export async function destinationUsage(env: Bindings, limits: EffectiveRampLimits, key: string, now: Date): Promise<Decimal> {
  const coinAmount = limits.direction === "onramp" ? rampOrders.targetAmount : rampOrders.sourceAmount;
  const coinAsset = limits.direction === "onramp" ? rampOrders.targetAsset : rampOrders.sourceAsset;
  const rows = await getDb(env.DB)
    .select({ amount: coinAmount })
    .from(rampOrders)
    .where(and(
      eq(rampOrders.destinationKey, key),
      eq(rampOrders.direction, limits.direction),
      eq(rampOrders.rail, limits.rail),
      eq(coinAsset, limits.asset),
      gt(rampOrders.createdAt, new Date(now.getTime() - DAILY_WINDOW_MS)),
      notInArray(rampOrders.status, STATUSES_NOT_COUNTED),
    ));
  // Exact decimal sum in the worker: SQLite's sum() over TEXT would go through floating point.
  return rows.reduce((total, r) => total.plus(r.amount), dec(0));
}

export interface RampLimitCheck {
  limits: EffectiveRampLimits;
  /** Used toward the daily limit before this order (null when there is no daily limit or no destination). */
  usedToday: string | null;
  /** The largest order that would pass now. null = unbounded. */
  remaining: string | null;
}

/**
 * Check one order against the limits of its asset, direction and rail. Throws a 422 problem naming
 * the limit; returns what was checked otherwise. `field` names the amount in the request body.
 */
export async function checkRampLimits(
  env: Bindings,
  order: { asset: string; direction: RampDirection; rail: RampRail; amount: string; destinationKey?: string; now?: Date; field?: string },
): Promise<RampLimitCheck> {
  const limits = await getRampLimits(env, order.asset, order.direction, order.rail);
  const now = order.now ?? new Date();
  const amount = dec(order.amount);
  const fmt = (x: Decimal) => formatDecimal(x.lt(0) ? dec(0) : x, limits.decimals, "down");

  let used: Decimal | null = null;
  if (limits.maxPerDestinationPerDay !== null && order.destinationKey) used = await destinationUsage(env, limits, order.destinationKey, now);
  const leftToday = used === null ? null : dec(limits.maxPerDestinationPerDay!).minus(used);
  const caps = [limits.maxPerOrder === null ? null : dec(limits.maxPerOrder), leftToday].filter((x): x is Decimal => x !== null);
  const remainingDec = caps.length ? caps.reduce((a, b) => (a.lt(b) ? a : b)) : null;
  const remaining = remainingDec === null ? null : fmt(remainingDec);

  const refuse = (limit: RampLimitName, limitAmount: string, detail: string, extra: Record<string, unknown> = {}) =>
    new ApiError("UNPROCESSABLE", {
      detail,
      errors: [{ in: "body", field: order.field ?? "amount", pointer: `/${(order.field ?? "amount").replaceAll(".", "/")}`, message: detail, code: limit }],
      extensions: {
        limit,
        limitAmount,
        asset: limits.asset,
        direction: limits.direction,
        rail: limits.rail,
        minimum: limits.minPerOrder,
        remaining,
        ...extra,
      },
    });

  const label = `${limits.direction === "onramp" ? "On-ramp" : "Off-ramp"} ${limits.rail} orders of ${limits.asset}`;
  if (amount.lt(limits.minPerOrder)) {
    throw refuse("min_per_order", limits.minPerOrder, `${label} must be at least ${limits.minPerOrder} ${limits.asset}`);
  }
  if (limits.maxPerOrder !== null && amount.gt(limits.maxPerOrder)) {
    throw refuse("max_per_order", limits.maxPerOrder, `${label} may be at most ${limits.maxPerOrder} ${limits.asset}`);
  }
  if (used !== null && leftToday !== null && amount.gt(leftToday)) {
    throw refuse(
      "max_per_destination_per_day",
      limits.maxPerDestinationPerDay!,
      `${label} to this destination may total at most ${limits.maxPerDestinationPerDay} ${limits.asset} in 24 hours; ${fmt(leftToday)} ${limits.asset} remain`,
      { usedToday: fmt(used), windowHours: 24 },
    );
  }
  return { limits, usedToday: used === null ? null : fmt(used), remaining };
}
