import { env } from "cloudflare:workers";
import ecbFixture from "../../src/db/seed/ecb/eurofxref-hist-90d-2017-03-03.xml?raw";
import { runRateIngestion, type IngestionOptions } from "../../src/services/rates/ingest/run";
import { publishRatesSnapshot } from "../../src/services/rates/snapshot";
import { restoreTablesAfterEach } from "../helpers/d1-state";

export { ecbFixture };
export const ADMIN = { Authorization: "Bearer test-admin-token" };

/** A fetch double that serves fixed bodies by URL and records what was asked. */
export function fakeFetch(routes: Record<string, () => Response | Promise<Response>>) {
  const calls: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    const route = routes[url];
    if (!route) return new Response("not found", { status: 404 });
    return route();
  }) as typeof fetch;
  return { fetcher, calls };
}

/** A fetch that never answers, but honours the abort signal like the real one. */
export const hangingFetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  })) as typeof fetch;

export const ECB_DAILY = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
export const ECB_90D = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml";

/**
 * For tests that write rates (ingestion, admin pushes, reseeding): each starts from the seeded rates
 * and no source history, and the snapshot (KV and memory) is rebuilt from the restored rows.
 */
export function restoreRatesAfterEach(): void {
  restoreTablesAfterEach(["exchange_rates", "exchange_rate_history", "rate_sources"], () => publishRatesSnapshot(env));
}

export function ingest(overrides: Partial<typeof env>, options: IngestionOptions) {
  return runRateIngestion({ ...env, ...overrides } as typeof env, options);
}

/** Load the ECB 90-day fixture (2016-12-05 … 2017-03-03) through the real ECB source. */
export async function ingestEcbFixture() {
  const { fetcher, calls } = fakeFetch({ [ECB_90D]: () => new Response(ecbFixture, { headers: { "Content-Type": "text/xml" } }) });
  const report = await ingest({ RATE_SOURCES: "ecb" }, { fetcher });
  return { report, calls };
}

export interface RateBody {
  base: string;
  target: string;
  resolved: { base: string; target: string };
  rate: string;
  via: string | null;
  source: string;
  asOf?: string;
  stale?: boolean;
  date?: string;
  requestedDate?: string;
}
