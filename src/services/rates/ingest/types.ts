import type { Bindings } from "../../../env";

/** One rate as a source reported it: 1 base = rate quote, fixed/observed at `asOf` on UTC day `date`. */
export interface RateObservation {
  base: string;
  quote: string;
  /** As received (validated and normalised later). */
  rate: string;
  date: string;
  asOf: number;
}

/**
 * How a source's daily rows treat rows already there for the same pair and day:
 * "fixing" overwrites (official fixings such as the ECB's, operator pushes); "fill" only writes
 * days no other source has fixed (intraday feeds must not replace the official fixing).
 */
export type HistoryPolicy = "fixing" | "fill";

export interface SourceContext {
  env: Bindings;
  now: number;
  timeoutMs: number;
  /** Outbound fetch (tests pass a mock; production uses the global fetch). */
  fetcher?: typeof fetch;
  /** This worker's own fetch handler, for development-only relative source URLs (the sandbox feed). */
  selfFetch?: (request: Request) => Promise<Response>;
}

export interface SourceResult {
  observations: RateObservation[];
  /** This is the source's complete history: once stored, the source is marked backfilled (rate_sources). */
  completesHistory?: boolean;
  /** Something went wrong that did not stop the run (shown in /health like rejected rates). */
  warnings?: string[];
}

export interface RateSource {
  name: string;
  history: HistoryPolicy;
  /** Fetch and parse; throws SourceError (or OutboundError) when nothing usable came back. */
  fetch(ctx: SourceContext): Promise<SourceResult>;
}

/** A source answered, but with something unusable. The message is shown in /health: keep it free of URLs and secrets. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceError";
  }
}
