/**
 * The ECB publishes its euro reference rates "for information purposes only" and strongly
 * discourages using them for transactions (ECB, "Euro foreign exchange reference rates": published
 * around 16:00 CET, once per TARGET business day). A live deployment that prices payments with the
 * ECB as its only rate source is therefore warned — in /health (degraded, with the reason) and by
 * the deploy check — not refused: the rates are correct, only not meant for this use.
 *
 * A source counts as transaction-grade when it is neither `ecb` nor the development `sandbox` feed
 * (RATE_JSON_SOURCES names the operator's own feeds).
 */
import type { Bindings } from "../../env";
import { listVar } from "../../lib/config";
import { ApiError } from "../../lib/errors";
import { providerMode, type ProviderMode } from "../../providers/mode";
import type { CheckOutcome, HealthCheck } from "./health.service";

export const ECB_ONLY_WARNING =
  "The ECB is the only rate source of this live deployment: the ECB publishes its reference rates for information only and " +
  "discourages their use for transactions. Add a transaction-grade feed to RATE_SOURCES (RATE_JSON_SOURCES).";

const NOT_TRANSACTION_GRADE = new Set(["ecb", "sandbox"]);

/** The warning for `RATE_SOURCES` in `mode`, or undefined. Pure, so the deploy check uses it too. */
export function rateUseWarning(rateSources: string | undefined, mode: ProviderMode): string | undefined {
  if (mode !== "live") return undefined;
  const sources = listVar(rateSources);
  if (!sources.includes("ecb")) return undefined;
  return sources.some((s) => !NOT_TRANSACTION_GRADE.has(s)) ? undefined : ECB_ONLY_WARNING;
}

export const rateUseCheck: HealthCheck = {
  name: "rateUse",
  critical: false,
  async run(env: Bindings): Promise<CheckOutcome> {
    let mode: ProviderMode;
    try {
      mode = providerMode(env);
    } catch (error) {
      return { status: "degraded", message: error instanceof ApiError ? error.detail : "provider mode unreadable", details: { mode: "invalid" } };
    }
    const details = { mode, sources: listVar(env.RATE_SOURCES).join(","), ecbOnly: false };
    const warning = rateUseWarning(env.RATE_SOURCES, mode);
    if (warning) return { status: "degraded", message: warning, details: { ...details, ecbOnly: true } };
    return { status: "ok", details };
  },
};
