import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/errors";
import { isDevelopment } from "../providers/mode";

/** Longest period a [[ratelimits]] binding can have (10 or 60 s): the honest upper bound for Retry-After. */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 60;

export type LimiterName = "PUBLIC_RATE_LIMITER" | "API_RATE_LIMITER";

/** The caller's IP as Cloudflare saw it; one shared bucket when absent (local tools). */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header("cf-connecting-ip") ?? "unknown";
}

/**
 * The binding that counts for `limiter`: a development instance (`npm run dev`) has the same limiters
 * with generous limits (`<NAME>_DEV` in wrangler.toml, 5,000 a minute) so a newcomer can run every
 * documented example in a row and still meets a real 429 when hammering; anything else uses the
 * production limits.
 */
export function limiterBinding(env: AppEnv["Bindings"], limiter: LimiterName): RateLimit | undefined {
  const development = isDevelopment(env) ? (env as unknown as Partial<Record<string, RateLimit>>)[`${limiter}_DEV`] : undefined;
  return development ?? env[limiter];
}

/**
 * Counts one request against a Workers Rate Limiting binding; over the limit → 429 problem with
 * Retry-After. `RATE_LIMITS=off` (load tests) or a missing binding skips the check: limits protect
 * capacity, they must never take the API down when misconfigured.
 */
export async function enforceRateLimit(c: Context<AppEnv>, limiter: LimiterName, key: string): Promise<void> {
  if (c.env.RATE_LIMITS === "off") return;
  const binding = limiterBinding(c.env, limiter);
  if (!binding) return;
  let success = true;
  try {
    ({ success } = await binding.limit({ key }));
  } catch (error) {
    c.get("log")?.warn("rate limiter unavailable", { limiter, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!success) {
    throw new ApiError("RATE_LIMITED", {
      detail: `Too many requests; retry after ${RATE_LIMIT_RETRY_AFTER_SECONDS} seconds`,
      headers: { "Retry-After": String(RATE_LIMIT_RETRY_AFTER_SECONDS) },
    });
  }
}
