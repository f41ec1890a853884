import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { D1_BOOKMARK_HEADER, d1ConstraintFor } from "../lib/d1-sessions";
import { runInScope, type RequestScope } from "../lib/request-scope";
import { RoundTrips, instrumentBindings, roundTripsEnabled } from "../lib/round-trips";

/**
 * Right after the request id and the logger (so a refused bookmark is a proper problem), opens the request's scope (lib/request-scope.ts) with
 *  - its round-trip counter, reported in a `Server-Timing` header on every response when enabled (in
 *    development and under the bench by default; in production only with SERVER_TIMING = "on", since
 *    the header tells a caller how the worker spends its time);
 *  - its D1 session for API routes (read replication, lib/d1-sessions.ts), whose bookmark goes back
 *    in `x-d1-bookmark` so the client's next request reads at least what this one wrote or saw.
 * Every later middleware and handler sees the bindings wrapped once per isolate.
 */
export const requestScope: MiddlewareHandler<AppEnv> = async (c, next) => {
  const scope: RequestScope = {};
  if (roundTripsEnabled(c.env)) {
    scope.trips = new RoundTrips();
    c.set("roundTrips", scope.trips);
  }
  scope.d1Constraint = d1ConstraintFor(c.req.raw); // throws a 400 problem for a malformed bookmark
  c.env = instrumentBindings(c.env);
  await runInScope(scope, next);

  const headers: Array<[string, string]> = [];
  if (scope.trips) headers.push(["Server-Timing", scope.trips.serverTiming()]);
  const bookmark = scope.d1Session?.getBookmark() ?? c.req.header(D1_BOOKMARK_HEADER);
  if (scope.d1Constraint && bookmark) headers.push([D1_BOOKMARK_HEADER, bookmark]);
  if (!headers.length) return;
  try {
    for (const [name, value] of headers) c.res.headers.set(name, value);
  } catch {
    // A response passed through from a fetch has immutable headers: copy it.
    c.res = new Response(c.res.body, c.res);
    for (const [name, value] of headers) c.res.headers.set(name, value);
  }
};
