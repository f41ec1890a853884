import type { Context } from "hono";

/**
 * `waitUntil` of the request, as a plain function for services: work that must finish but need not
 * delay the response (cache writes, re-verification, housekeeping). Without an execution context
 * (a bare `app.fetch` in a script) the work simply runs unawaited.
 */
export function backgroundTasks(c: Context): (work: Promise<unknown>) => void {
  return (work) => {
    try {
      c.executionCtx.waitUntil(work);
    } catch {
      void work;
    }
  };
}
