import { liquidityHealthCheck } from "../liquidity/health";
import { rateFreshnessCheck } from "../rates/freshness-health";
import { rateSourcesCheck } from "../rates/sources-health";
import { rateUseCheck } from "./rate-use";
import { webhookSecretsCheck } from "../payments/webhooks/health";
import type { CheckOutcome, HealthCheck } from "./health.service";
import { getConfigSnapshot } from "../config/config-cache";
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

/** Payment-form config: loadable, something to sell, and no row left out as unusable. */
const paymentConfig: HealthCheck = {
  name: "config",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const snapshot = await getConfigSnapshot(env);
    const purchasable = snapshot.assets.filter((a) => a.purchasable).length;
    const degraded = snapshot.problems.length > 0 || purchasable === 0 || snapshot.feeSchedules.length === 0;
    return {
      status: degraded ? "degraded" : "ok",
      message: snapshot.problems.length ? `unusable config rows: ${snapshot.problems.slice(0, 3).join("; ")}` : purchasable === 0 ? "no purchasable asset" : undefined,
      details: { version: snapshot.version, assets: snapshot.assets.length, feeSchedules: snapshot.feeSchedules.length, unusableRows: snapshot.problems.length },
    };
  },
};

/**
 * Merchant notifications: the secrets key is configured, and no delivery is overdue by more than
 * the cron sweep interval (a lost Queue message, a stuck consumer). Failing endpoints are the merchants' business: reported, not degrading.
 */
const notifications: HealthCheck = {
  name: "notifications",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const overdueBefore = Date.now() - 10 * 60_000;
    const [overdue, failing] = await Promise.all([
      env.DB.prepare("SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at < ?1").bind(overdueBefore).first<{ n: number }>(),
      env.DB.prepare("SELECT count(*) AS n FROM webhook_endpoints WHERE status = 'failing'").first<{ n: number }>(),
    ]);
    const details = { overdueDeliveries: overdue?.n ?? 0, failingEndpoints: failing?.n ?? 0 };
    if (!env.WEBHOOK_SECRETS_KEY) return { status: "degraded", message: "WEBHOOK_SECRETS_KEY is not configured", details };
    if (details.overdueDeliveries > 0) return { status: "degraded", message: "notification deliveries are overdue", details };
    return { status: "ok", details };
  },
};

/** The checks /health runs. Capabilities add theirs here (rate sources, liquidity pools, …). */
export const HEALTH_CHECKS: HealthCheck[] = [
  d1,
  kv,
  durableObject,
  rateFreshnessCheck,
  rateSourcesCheck,
  rateUseCheck,
  liquidityHealthCheck,
  paymentConfig,
  webhookSecretsCheck,
  notifications,
  paymentProvidersCheck,
];
