import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets } from "../../db/schema";
import type { Bindings } from "../../env";
import { intVar } from "../../lib/config";
import { utcDay } from "../../lib/dates";
import { ApiError, type FieldError } from "../../lib/errors";
import { dec } from "../../lib/money";
import { DEFAULT_MAX_JUMP_PERCENT } from "./ingest/run";
import { loadReferences, writeAcceptedRates } from "./ingest/store";
import type { RateObservation } from "./ingest/types";
import { validateObservations } from "./ingest/validate";
import { publishRatesSnapshot } from "./snapshot";

export interface RatePush {
  base: string;
  rates: Record<string, string>;
  asOf?: string;
  date?: string;
  source: string;
  allowLargeMove: boolean;
}

export interface RatePushResult {
  base: string;
  resolvedBase: string;
  accepted: Record<string, string>;
  date: string;
  asOf: string;
  source: string;
  snapshotVersion: string;
}

/**
 * An operator's manual rates: validated exactly like a feed (plus: every code must be an enabled
 * asset), all-or-nothing (any rejection → 422 naming each rate), written as fixings in one batch,
 * then published to the snapshot so lookups see them immediately in this isolate.
 */
export async function pushRates(env: Bindings, push: RatePush, now = Date.now()): Promise<RatePushResult> {
  const asOf = push.asOf ? Date.parse(push.asOf) : now;
  if (asOf > now + 60_000) throw ApiError.invalidField("asOf", "must not be in the future", "body", "future_date");
  const date = push.date ?? utcDay(asOf);
  if (date > utcDay(now)) throw ApiError.invalidField("date", "must not be in the future", "body", "future_date");

  const rows = await getDb(env.DB).select({ code: assets.code, fiat: assets.fiatCode }).from(assets).where(eq(assets.enabled, true));
  const fiatOf = new Map(rows.map((a) => [a.code, a.fiat]));
  const errors: FieldError[] = [];
  const base = push.base.toUpperCase();
  const fiatBase = fiatOf.get(base);
  if (!fiatBase) errors.push({ in: "body", field: "base", pointer: "/base", message: `Unknown currency '${push.base}'`, code: "unknown_currency" });
  const observations: RateObservation[] = [];
  const fieldOf = new Map<string, string>();
  for (const [code, rate] of Object.entries(push.rates)) {
    const field = `rates.${code}`;
    const fiat = fiatOf.get(code.toUpperCase());
    if (!fiat) {
      errors.push({ in: "body", field, pointer: `/rates/${code}`, message: `Unknown currency '${code}'`, code: "unknown_currency" });
      continue;
    }
    if (fiat === fiatBase) {
      errors.push({ in: "body", field, pointer: `/rates/${code}`, message: `${code} is priced as ${fiat}, the same currency as the base`, code: "same_currency" });
      continue;
    }
    if (fieldOf.has(fiat)) {
      errors.push({ in: "body", field, pointer: `/rates/${code}`, message: `${fiat} is given twice (${fieldOf.get(fiat)} and ${field})`, code: "duplicate" });
      continue;
    }
    fieldOf.set(fiat, field);
    if (fiatBase) observations.push({ base: fiatBase, quote: fiat, rate, date, asOf });
  }
  if (errors.length) throw new ApiError("VALIDATION_FAILED", { detail: errors.length === 1 ? errors[0]!.message : `${errors.length} invalid fields in the request body`, errors });

  const maxJump = push.allowLargeMove ? 1_000_000_000 : intVar(env.RATE_MAX_JUMP_PERCENT, DEFAULT_MAX_JUMP_PERCENT) || DEFAULT_MAX_JUMP_PERCENT;
  const { accepted, rejected } = validateObservations(observations, await loadReferences(env, observations), maxJump, now);
  if (rejected.length) {
    throw new ApiError("UNPROCESSABLE", {
      detail: `${rejected.length} rate(s) rejected; nothing was written${push.allowLargeMove ? "" : " (set allowLargeMove to accept large moves)"}`,
      errors: rejected.map((r) => {
        const field = fieldOf.get(r.quote) ?? "rates";
        return { in: "body" as const, field, pointer: `/${field.replace(".", "/")}`, message: r.reason, code: "rejected_rate" };
      }),
    });
  }
  await writeAcceptedRates(env, push.source, "fixing", accepted, { now, warning: null });
  const snapshot = await publishRatesSnapshot(env);
  return {
    base,
    resolvedBase: fiatBase!,
    accepted: Object.fromEntries(observations.map((o) => [o.quote, dec(o.rate).toString()])),
    date,
    asOf: new Date(asOf).toISOString(),
    source: push.source,
    snapshotVersion: snapshot.version,
  };
}
