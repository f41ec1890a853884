import type { AppRouteHandler } from "../../lib/create-router";
import * as liquidity from "../../services/liquidity/liquidity.service";
import { assessAvailability, type PoolSnapshot } from "../../services/liquidity/pool-model";
import type { getPool, listPools, setPool } from "./liquidity.routes";

function present(pool: PoolSnapshot) {
  const configured = pool.version > 0;
  return {
    asset: pool.asset,
    size: pool.size,
    reserved: pool.reserved,
    available: pool.available,
    consumed: pool.consumed,
    lowWaterMark: pool.lowWaterMark,
    activeReservations: pool.activeReservations,
    status: assessAvailability(pool.asset, configured ? pool : null).status,
    version: pool.version,
    updatedAt: configured ? new Date(pool.updatedAt).toISOString() : null,
  };
}

export const listPoolsHandler: AppRouteHandler<typeof listPools> = async (c) => {
  c.header("Cache-Control", "no-store");
  return c.json({ data: (await liquidity.listPools(c.env)).map(present) }, 200);
};

export const getPoolHandler: AppRouteHandler<typeof getPool> = async (c) => {
  c.header("Cache-Control", "no-store");
  return c.json(present(await liquidity.getPool(c.env, c.req.valid("param").asset)), 200);
};

export const setPoolHandler: AppRouteHandler<typeof setPool> = async (c) => {
  const { asset } = c.req.valid("param");
  const pool = await liquidity.setPool(c.env, asset, c.req.valid("json"));
  c.get("log").info("liquidity pool set", { asset: pool.asset, size: pool.size, lowWaterMark: pool.lowWaterMark, version: pool.version });
  c.header("Cache-Control", "no-store");
  return c.json(present(pool), 200);
};
