import { EUR_REFERENCE_RATES } from "../../db/seed/data";
import { seedRate } from "../../db/seed";

/** The sandbox rates move every 10 minutes, deterministically (same window → same rates). */
const WINDOW_MS = 10 * 60_000;

/**
 * A synthetic EUR rate feed for local development, in the common `{base, timestamp, rates}` shape
 * with JSON numbers, so `npm run dev` exercises the generic JSON source end to end with no internet.
 * Rates stay within ±0.6 % of the seed's reference levels, so they pass the jump check.
 */
export function sandboxFeedJson(now = Date.now()): string {
  const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  const key = new Date(windowStart).toISOString();
  // Built as text so the decimals go out exactly as computed (no float round trip).
  const rates = Object.keys(EUR_REFERENCE_RATES).map((code) => `${JSON.stringify(code)}:${seedRate(code, key)}`);
  // Stamped with the time served, like a live feed, so each run moves the latest rates forward.
  return `{"base":"EUR","timestamp":${Math.floor(now / 1000)},"rates":{${rates.join(",")}}}`;
}
