import { getDb } from "../../db/client";
import { exchangeRates } from "../../db/schema";
import type { CheckOutcome, HealthCheck } from "../health/health.service";
import { expectedFixingDay, fixingDayOf, rateFreshness } from "./calendar/freshness";
import { freshnessRules, scheduleOf } from "./freshness-policy";

/**
 * Are the latest rates current? Each stored pair is judged by its own source's rule (the ECB's
 * fixing on the TARGET calendar, feeds by age), exactly as quotes judge them: a stale pair degrades
 * the service (quotes through it are refused) but does not take it down.
 */
export const rateFreshnessCheck: HealthCheck = {
  name: "rates",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const rows = await getDb(env.DB)
      .select({ base: exchangeRates.base, quote: exchangeRates.quote, source: exchangeRates.source, asOf: exchangeRates.asOf })
      .from(exchangeRates);
    const now = Date.now();
    const rules = freshnessRules(env);
    if (rows.length === 0) return { status: "degraded", message: "no exchange rates loaded", details: { newestAsOf: null, ageSeconds: null } };
    let newest = 0;
    let newestFixing: string | null = null;
    let currentUntil: number | null = null;
    const stale: string[] = [];
    for (const r of rows) {
      const asOf = r.asOf.getTime();
      newest = Math.max(newest, asOf);
      const schedule = scheduleOf(r.source);
      if (schedule === "target" && (!newestFixing || fixingDayOf(asOf) > newestFixing)) newestFixing = fixingDayOf(asOf);
      const f = rateFreshness(asOf, schedule, rules, now);
      if (!f.current) stale.push(`${r.base}/${r.quote}`);
      else if (currentUntil === null || f.currentUntil < currentUntil) currentUntil = f.currentUntil;
    }
    const details = {
      newestAsOf: new Date(newest).toISOString(),
      ageSeconds: Math.max(0, Math.floor((now - newest) / 1000)),
      pairs: rows.length,
      stalePairs: stale.length,
      newestFixingDay: newestFixing,
      expectedFixingDay: expectedFixingDay(now, rules.publicationGraceMs),
      currentUntil: currentUntil === null ? null : new Date(currentUntil).toISOString(),
      publicationGraceSeconds: rules.publicationGraceMs / 1000,
      staleAfterSeconds: rules.continuousMaxAgeMs / 1000,
    };
    if (stale.length) {
      return { status: "degraded", message: `${stale.length} of ${rows.length} rates are no longer current: ${stale.slice(0, 5).join(", ")}${stale.length > 5 ? ", …" : ""}`, details };
    }
    return { status: "ok", details };
  },
};
