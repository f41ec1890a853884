import { inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { rateSources } from "../../db/schema";
import { listVar } from "../../lib/config";
import type { CheckOutcome, HealthCheck } from "../health/health.service";

/**
 * Each configured rate source's last run, from `rate_sources`. A source whose last run failed, or
 * whose rates were partly rejected, degrades the service (lookups keep serving the last good rates,
 * whose age the `rates` check reports). A source that has not run yet is pending, not a failure.
 */
export const rateSourcesCheck: HealthCheck = {
  name: "rateSources",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const names = listVar(env.RATE_SOURCES);
    if (names.length === 0) return { status: "ok", message: "no rate sources configured", details: { sources: "" } };
    const rows = await getDb(env.DB).select().from(rateSources).where(inArray(rateSources.name, names));
    const details: Record<string, string | number | null> = { sources: names.join(",") };
    const problems: string[] = [];
    for (const name of names) {
      const row = rows.find((r) => r.name === name);
      const state = !row ? "pending" : row.consecutiveFailures > 0 ? "failing" : row.lastError ? "partial" : "ok";
      details[`${name}.status`] = state;
      details[`${name}.lastSuccessAt`] = row?.lastSuccessAt?.toISOString() ?? null;
      details[`${name}.consecutiveFailures`] = row?.consecutiveFailures ?? 0;
      if (row?.lastError) details[`${name}.lastError`] = row.lastError;
      if (state === "failing" || state === "partial") problems.push(`${name} ${state}: ${row?.lastError ?? ""}`);
    }
    return problems.length ? { status: "degraded", message: problems.join(" | ").slice(0, 500), details } : { status: "ok", details };
  },
};
