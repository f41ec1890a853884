import { getDb } from "../../db/client";
import { liquidityPools } from "../../db/schema";
import { dec } from "../../lib/money";
import type { CheckOutcome, HealthCheck } from "../health/health.service";

/**
 * Liquidity pools that run low, from the D1 mirror (no Durable Object fan-out on every /health).
 * A pool below its low-water mark, or empty, makes the service `degraded` — never `down`: orders of
 * other assets still work, and estimates already report the pool as `limited`/`unavailable`.
 */
export const liquidityHealthCheck: HealthCheck = {
  name: "liquidity",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const pools = await getDb(env.DB).select().from(liquidityPools).orderBy(liquidityPools.assetCode);
    const empty = pools.filter((p) => dec(p.available).lte(0)).map((p) => p.assetCode);
    const low = pools.filter((p) => dec(p.available).gt(0) && dec(p.available).lt(p.lowWaterMark)).map((p) => p.assetCode);
    const details = { pools: pools.length, low: low.join(",") || null, empty: empty.join(",") || null };
    if (!empty.length && !low.length) return { status: "ok", details };
    const parts = [empty.length ? `empty: ${empty.join(", ")}` : "", low.length ? `below low-water mark: ${low.join(", ")}` : ""].filter(Boolean);
    return { status: "degraded", message: `liquidity pools ${parts.join("; ")}`, details };
  },
};
