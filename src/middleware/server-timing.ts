import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { RoundTrips, instrumentBindings, roundTripsEnabled, runCountingRoundTrips } from "../lib/round-trips";

/**
 * Counts the request's round trips (lib/round-trips.ts) and reports them in a `Server-Timing` header
 * on every response, when enabled: in development and under the bench by default, in production only
 * with `SERVER_TIMING = "on"` (the header tells a caller how the worker spends its time).
 * First middleware of the app, so the total covers everything and every later one sees counting bindings.
 */
export const serverTiming: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!roundTripsEnabled(c.env)) return next();
  const trips = new RoundTrips();
  c.env = instrumentBindings(c.env);
  c.set("roundTrips", trips);
  await runCountingRoundTrips(trips, next);
  const value = trips.serverTiming();
  try {
    c.res.headers.append("Server-Timing", value);
  } catch {
    // A response passed through from a fetch has immutable headers: copy it.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.append("Server-Timing", value);
  }
};
