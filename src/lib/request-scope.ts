/**
 * What belongs to the request being served, reachable from any layer without passing it along
 * (AsyncLocalStorage): its round-trip counter (round-trips.ts) and its D1 session (read replication,
 * d1-sessions.ts). Work outside a request (Durable Objects, the Queue consumer, cron) has no scope:
 * the bindings then behave exactly as the runtime's.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { RoundTrips } from "./round-trips";

export interface RequestScope {
  /** Set when round trips are counted (Server-Timing). */
  trips?: RoundTrips;
  /** D1 Sessions API constraint or bookmark this request's queries start from; unset = no session. */
  d1Constraint?: string;
  /** The session, opened on the first query (a request that asks nothing of D1 opens none). */
  d1Session?: D1DatabaseSession;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** Where the current request's queries go: its D1 session (opened now if needed), or the database itself. */
export function databaseFor<T extends Pick<D1Database, "prepare" | "batch">>(db: T): T | D1DatabaseSession {
  const scope = storage.getStore();
  if (!scope?.d1Constraint || typeof (db as Partial<D1Database>).withSession !== "function") return db;
  scope.d1Session ??= (db as unknown as D1Database).withSession(scope.d1Constraint);
  return scope.d1Session;
}
