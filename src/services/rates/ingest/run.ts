import { eq } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { assets } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { intVar, listVar } from "../../../lib/config";
import { createLogger, describeError } from "../../../lib/logger";
import { OutboundError } from "../../../lib/outbound";
import { publishRatesSnapshot } from "../snapshot";
import { ECB_DAILY_URL, ECB_FULL_HISTORY_URL, ECB_HISTORY_URL, ECB_SOURCE, ecbSource } from "./ecb";
import { jsonSource, parseJsonSourceConfigs } from "./json-source";
import { loadReferences, recordSourceFailure, writeAcceptedRates } from "./store";
import { SourceError, type RateObservation, type RateSource, type SourceContext } from "./types";
import { validateObservations, type RejectedRate } from "./validate";

export const DEFAULT_SOURCE_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_JUMP_PERCENT = 20;

export interface SourceReport {
  name: string;
  /** ok: every rate accepted; partial: some rejected (kept out, shown in health); failed: nothing written. */
  status: "ok" | "partial" | "failed";
  accepted: number;
  rejected: number;
  message?: string;
  durationMs: number;
}

export interface IngestionReport {
  sources: SourceReport[];
  snapshotVersion: string | null;
}

export interface IngestionOptions {
  fetcher?: typeof fetch;
  selfFetch?: (request: Request) => Promise<Response>;
  now?: number;
  /** Run only these sources (default: RATE_SOURCES). */
  only?: string[];
}

const log = createLogger({ component: "rates-ingestion" });

/** The configured sources, in RATE_SOURCES order. A name that cannot be built becomes a failing source. */
export function configuredSources(env: Bindings): RateSource[] {
  const names = listVar(env.RATE_SOURCES);
  let jsonConfigs: ReturnType<typeof parseJsonSourceConfigs> | SourceError;
  try {
    jsonConfigs = parseJsonSourceConfigs(env.RATE_JSON_SOURCES);
  } catch (error) {
    jsonConfigs = error instanceof SourceError ? error : new SourceError("RATE_JSON_SOURCES could not be read");
  }
  return names.map((name): RateSource => {
    if (name === ECB_SOURCE) {
      // ECB_FULL_HISTORY_URL = "" turns the one-time full-history load off.
      const fullHistory = env.ECB_FULL_HISTORY_URL ?? ECB_FULL_HISTORY_URL;
      return ecbSource({ daily: env.ECB_RATES_URL || ECB_DAILY_URL, history: env.ECB_HISTORY_URL || ECB_HISTORY_URL, fullHistory });
    }
    const failing = (message: string): RateSource => ({ name, history: "fill", fetch: () => Promise.reject(new SourceError(message)) });
    if (jsonConfigs instanceof SourceError) return failing(jsonConfigs.message);
    const config = jsonConfigs.get(name);
    return config ? jsonSource(config) : failing(`source '${name}' is not defined in RATE_JSON_SOURCES`);
  });
}

/**
 * What /health may show about a failure: our own messages, or the outbound failure class. Network
 * errors carry the runtime's text (hostnames, internal references), so only a fixed phrase is shown.
 */
function publicMessage(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  if (error instanceof OutboundError) return error.reason === "network" ? "network: the source could not be reached" : `${error.reason}: ${error.message}`;
  return "internal error while ingesting (see logs)";
}

/** Stablecoin tickers become their fiat (USDX → USD); other codes pass through upper-cased. */
function resolveCodes(observations: RateObservation[], fiatOf: Map<string, string>): { kept: RateObservation[]; rejected: RejectedRate[] } {
  const kept: RateObservation[] = [];
  const rejected: RejectedRate[] = [];
  for (const o of observations) {
    const base = fiatOf.get(o.base) ?? o.base;
    const quote = fiatOf.get(o.quote) ?? o.quote;
    if (!/^[A-Z]{3}$/.test(base) || !/^[A-Z]{3}$/.test(quote)) {
      rejected.push({ ...o, reason: `unknown currency ${/^[A-Z]{3}$/.test(base) ? quote : base}` });
      continue;
    }
    if (base === quote) continue; // e.g. USDX→USD: stablecoins are priced at par with their fiat
    kept.push({ ...o, base, quote });
  }
  return { kept, rejected };
}

function summarise(rejected: RejectedRate[]): string | null {
  if (rejected.length === 0) return null;
  const shown = rejected.slice(0, 3).map((r) => `${r.base}/${r.quote} ${r.date}: ${r.reason}`);
  return `rejected ${rejected.length} rate(s): ${shown.join("; ")}${rejected.length > 3 ? "; …" : ""}`;
}

async function runSource(source: RateSource, ctx: SourceContext, fiatOf: Map<string, string>, maxJumpPercent: number): Promise<SourceReport> {
  const started = Date.now();
  const report = (status: SourceReport["status"], accepted: number, rejected: number, message?: string): SourceReport => ({
    name: source.name, status, accepted, rejected, message, durationMs: Date.now() - started,
  });
  try {
    const result = await source.fetch(ctx);
    const { kept, rejected: unknown } = resolveCodes(result.observations, fiatOf);
    const references = await loadReferences(ctx.env, kept);
    const { accepted, rejected } = validateObservations(kept, references, maxJumpPercent, ctx.now);
    const allRejected = [...unknown, ...rejected];
    if (accepted.length === 0) throw new SourceError(summarise(allRejected) ?? "no rates");
    const warning = [...(result.warnings ?? []), summarise(allRejected)].filter(Boolean).join(" | ") || null;
    await writeAcceptedRates(ctx.env, source.name, source.history, accepted, { now: ctx.now, warning, completesHistory: result.completesHistory });
    if (warning) log.warn("rate source: some rates rejected", { source: source.name, rejected: allRejected.slice(0, 20) });
    return report(warning ? "partial" : "ok", accepted.length, allRejected.length, warning ?? undefined);
  } catch (error) {
    const message = publicMessage(error);
    log.warn("rate source failed; keeping the last good rates", { source: source.name, message, ...describeError(error) });
    try {
      await recordSourceFailure(ctx.env, source.name, message, ctx.now);
    } catch (recordError) {
      log.error("could not record the rate source failure", { source: source.name, ...describeError(recordError) });
    }
    return report("failed", 0, 0, message);
  }
}

/**
 * One ingestion run (the Cron Trigger): every configured source concurrently; each validated and
 * written in its own D1 batch, so one failing source never blocks or rolls back another. Then the
 * snapshot is rebuilt and published to KV, which also picks up asset changes.
 */
export async function runRateIngestion(env: Bindings, options: IngestionOptions = {}): Promise<IngestionReport> {
  const now = options.now ?? Date.now();
  const ctx: SourceContext = {
    env,
    now,
    timeoutMs: intVar(env.RATE_SOURCE_TIMEOUT_MS, DEFAULT_SOURCE_TIMEOUT_MS) || DEFAULT_SOURCE_TIMEOUT_MS,
    fetcher: options.fetcher,
    selfFetch: options.selfFetch,
  };
  const maxJumpPercent = intVar(env.RATE_MAX_JUMP_PERCENT, DEFAULT_MAX_JUMP_PERCENT) || DEFAULT_MAX_JUMP_PERCENT;
  const sources = configuredSources(env).filter((s) => !options.only || options.only.includes(s.name));
  const assetRows = await getDb(env.DB).select({ code: assets.code, fiat: assets.fiatCode }).from(assets).where(eq(assets.enabled, true));
  const fiatOf = new Map(assetRows.map((a) => [a.code, a.fiat]));
  const reports = await Promise.all(sources.map((s) => runSource(s, ctx, fiatOf, maxJumpPercent)));
  let snapshotVersion: string | null = null;
  try {
    snapshotVersion = (await publishRatesSnapshot(env)).version;
  } catch (error) {
    log.error("could not publish the rates snapshot", describeError(error));
  }
  for (const r of reports) log.info("rate source run", { ...r });
  return { sources: reports, snapshotVersion };
}
