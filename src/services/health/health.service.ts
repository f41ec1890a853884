import type { Bindings } from "../../env";
import { withTimeout } from "../../lib/async";
import { describeError, type Logger } from "../../lib/logger";

export type CheckStatus = "ok" | "degraded" | "down";

export interface CheckResult {
  status: CheckStatus;
  latencyMs: number;
  /** Short, client-safe explanation when not ok (no stack traces, hostnames or secrets). */
  message?: string;
  /** Check-specific figures, e.g. the age of the newest rate. */
  details?: Record<string, string | number | boolean | null>;
}

export type CheckOutcome = Omit<CheckResult, "latencyMs">;

export interface HealthCheck {
  name: string;
  /** A failing critical check makes the service "down" (503); others only "degraded" (200). */
  critical: boolean;
  run(env: Bindings): Promise<CheckOutcome>;
}

const CHECK_TIMEOUT_MS = 2_000;

export interface HealthReport {
  status: CheckStatus;
  time: string;
  checks: Record<string, CheckResult>;
}

/** Run every check concurrently, each under a timeout; a thrown or timed-out check counts as "down". */
export async function runHealthChecks(env: Bindings, checks: HealthCheck[], log?: Logger): Promise<HealthReport> {
  const results = await Promise.all(
    checks.map(async (check): Promise<[HealthCheck, CheckResult]> => {
      const started = Date.now();
      try {
        const result = await withTimeout(check.run(env), CHECK_TIMEOUT_MS, `${check.name} check`);
        return [check, { ...result, latencyMs: Date.now() - started }];
      } catch (error) {
        log?.warn("health check failed", { check: check.name, ...describeError(error) });
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        return [check, { status: "down", latencyMs: Date.now() - started, message: timedOut ? "timed out" : "unavailable" }];
      }
    }),
  );
  let status: CheckStatus = "ok";
  for (const [check, result] of results) {
    if (result.status === "ok") continue;
    if (check.critical && result.status === "down") status = "down";
    else if (status === "ok") status = "degraded";
  }
  return { status, time: new Date().toISOString(), checks: Object.fromEntries(results.map(([c, r]) => [c.name, r])) };
}
