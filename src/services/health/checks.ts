import { max } from "drizzle-orm";
import { getDb } from "../../db/client";
import { intVar } from "../../lib/config";
import { exchangeRates } from "../../db/schema";
import type { CheckOutcome, HealthCheck } from "./health.service";
import { paymentProvidersCheck } from "../../providers/health";

const d1: HealthCheck = {
  name: "d1",
  critical: true,
  async run(env) {
    await env.DB.prepare("SELECT 1").first();
    return { status: "ok" };
  },
};

const kv: HealthCheck = {
  name: "kv",
  critical: true,
  async run(env) {
    // KV's minimum TTL is 60 s; the probe key expires by itself.
    const value = String(Date.now());
    await env.RATES_KV.put("health:probe", value, { expirationTtl: 60 });
    await env.RATES_KV.get("health:probe");
    return { status: "ok" };
  },
};

const durableObject: HealthCheck = {
  name: "durableObject",
  critical: true,
  async run(env) {
    const stub = env.PAYMENT_OBJECT.get(env.PAYMENT_OBJECT.idFromName("health-probe"));
    const result = await stub.ping();
    return { status: result.ok ? "ok" : "down" };
  },
};

/** Age of the newest exchange rate; stale or missing rates degrade the service but do not take it down. */
const rateFreshness: HealthCheck = {
  name: "rates",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const [row] = await getDb(env.DB).select({ newest: max(exchangeRates.asOf) }).from(exchangeRates);
    const newest = row?.newest ?? null;
    if (!newest) return { status: "degraded", message: "no exchange rates loaded", details: { newestAsOf: null, ageSeconds: null } };
    const ageSeconds = Math.max(0, Math.floor((Date.now() - newest.getTime()) / 1000));
    const staleAfter = intVar(env.RATE_STALE_AFTER_SECONDS, 172_800);
    const stale = ageSeconds > staleAfter;
    return {
      status: stale ? "degraded" : "ok",
      message: stale ? `newest rate is older than ${staleAfter} s` : undefined,
      details: { newestAsOf: newest.toISOString(), ageSeconds, staleAfterSeconds: staleAfter },
    };
  },
};

/** The checks /health runs. Capabilities add theirs here (rate sources, liquidity pools, …). */
export const HEALTH_CHECKS: HealthCheck[] = [d1, kv, durableObject, rateFreshness, paymentProvidersCheck];
