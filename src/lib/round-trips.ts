/**
 * Round trips of one request: how many D1 queries, KV reads and writes, Durable Object calls, Queue
 * sends, isolate-cache hits and provider calls it cost, and how long each kind took in total (calls
 * that overlap add up, so a kind's time can exceed the request's). The counter lives in the request's
 * scope (request-scope.ts); the bindings are wrapped once per isolate (`instrumentBindings`) and count
 * into whichever request is current, so no service has to pass anything along. The D1 wrapper also
 * sends the request's queries to its D1 session when it has one (read replication).
 *
 * Counting is off unless enabled (`roundTripsEnabled`): the wrappers then only forward.
 */
import { currentScope, databaseFor } from "./request-scope";

export const ROUND_TRIP_KINDS = ["d1", "kv", "kv-write", "do", "queue", "cache", "provider"] as const;
export type RoundTripKind = (typeof ROUND_TRIP_KINDS)[number];

const UNITS: Record<RoundTripKind, [string, string]> = {
  d1: ["query", "queries"],
  kv: ["read", "reads"],
  "kv-write": ["write", "writes"],
  do: ["call", "calls"],
  queue: ["message", "messages"],
  cache: ["hit", "hits"],
  provider: ["call", "calls"],
};

export class RoundTrips {
  readonly started = performance.now();
  readonly counts = Object.fromEntries(ROUND_TRIP_KINDS.map((k) => [k, { n: 0, ms: 0 }])) as Record<RoundTripKind, { n: number; ms: number }>;

  add(kind: RoundTripKind, n = 1, ms = 0): void {
    this.counts[kind].n += n;
    this.counts[kind].ms += ms;
  }

  /** Plain counts for logs: `{ d1: 2, do: 1 }` (kinds that did not happen are left out). */
  summary(): Partial<Record<RoundTripKind, number>> {
    const out: Partial<Record<RoundTripKind, number>> = {};
    for (const kind of ROUND_TRIP_KINDS) if (this.counts[kind].n) out[kind] = this.counts[kind].n;
    return out;
  }

  /** The `Server-Timing` header value (W3C Server Timing): one metric per kind, then the total. */
  serverTiming(): string {
    const metrics = ROUND_TRIP_KINDS.map((kind) => {
      const { n, ms } = this.counts[kind];
      const desc = `desc="${n} ${UNITS[kind][n === 1 ? 0 : 1]}"`;
      return kind === "cache" ? `${kind};${desc}` : `${kind};${desc};dur=${ms.toFixed(1)}`;
    });
    metrics.push(`total;dur=${(performance.now() - this.started).toFixed(1)}`);
    return metrics.join(", ");
  }
}

/** An in-isolate cache answered (config snapshot, rates, API key, …): counted as a cache hit. */
export function countCacheHit(): void {
  currentScope()?.trips?.add("cache");
}

/** Time `work` and count it as `n` round trips of `kind` into the current request. */
export async function countRoundTrip<T>(kind: RoundTripKind, work: () => Promise<T>, n = 1): Promise<T> {
  const trips = currentScope()?.trips;
  if (!trips) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    trips.add(kind, n, performance.now() - started);
  }
}

/** `SERVER_TIMING` = "on" | "off"; unset: on in development (and so under the bench), off elsewhere. */
export function roundTripsEnabled(env: { SERVER_TIMING?: string; ENVIRONMENT?: string }): boolean {
  if (env.SERVER_TIMING === "on") return true;
  if (env.SERVER_TIMING === "off") return false;
  return env.ENVIRONMENT === "development";
}

// --- the wrappers ---------------------------------------------------------------------------------

const originals = new WeakMap<object, object>();
const wrapped = new WeakMap<object, object>();

/** The binding behind a wrapper (or the value itself): for caches keyed by binding identity. */
export function bindingKey<T extends object>(binding: T): T {
  return (originals.get(binding) as T | undefined) ?? binding;
}

function remember<T extends object>(original: T, proxy: T): T {
  originals.set(proxy, original);
  wrapped.set(original, proxy);
  return proxy;
}

/** A proxy that forwards everything to `target` except the members `override` returns a value for. */
function proxyOf<T extends object>(target: T, override: (prop: string, value: unknown) => unknown): T {
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t);
      if (typeof prop === "string") {
        const replaced = override(prop, value);
        if (replaced !== undefined) return replaced;
      }
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}

const STATEMENT_RUNS = new Set(["first", "all", "run", "raw"]);

function wrapStatement(statement: D1PreparedStatement): D1PreparedStatement {
  const proxy = proxyOf(statement, (prop, value) => {
    if (prop === "bind") return (...args: unknown[]) => wrapStatement((value as (...a: unknown[]) => D1PreparedStatement).apply(statement, args));
    if (STATEMENT_RUNS.has(prop)) return (...args: unknown[]) => countRoundTrip("d1", () => (value as (...a: unknown[]) => Promise<unknown>).apply(statement, args));
    return undefined;
  });
  originals.set(proxy, statement);
  return proxy;
}

function wrapD1<T extends Pick<D1Database, "prepare" | "batch">>(db: T): T {
  return proxyOf(db, (prop, value) => {
    // The request's D1 session when it has one (request-scope.ts), else the database.
    if (prop === "prepare") {
      return (sql: string) => {
        const statement = databaseFor(db).prepare(sql);
        return currentScope()?.trips ? wrapStatement(statement) : statement;
      };
    }
    // A batch is one round trip, whatever it holds; the statements go in unwrapped.
    if (prop === "batch") return (statements: D1PreparedStatement[]) => countRoundTrip("d1", () => databaseFor(db).batch(statements.map((s) => bindingKey(s))));
    if (prop === "exec") return (sql: string) => countRoundTrip("d1", () => (value as (s: string) => Promise<unknown>).call(db, sql));
    // D1 Sessions API: the session is a database of its own, counted the same way.
    if (prop === "withSession") return (...args: unknown[]) => wrapD1((value as (...a: unknown[]) => T).apply(db, args));
    return undefined;
  });
}

const KV_READS = new Set(["get", "getWithMetadata", "list"]);
const KV_WRITES = new Set(["put", "delete"]);

function wrapKv(kv: KVNamespace): KVNamespace {
  return proxyOf(kv, (prop, value) => {
    const kind: RoundTripKind | undefined = KV_READS.has(prop) ? "kv" : KV_WRITES.has(prop) ? "kv-write" : undefined;
    if (!kind) return undefined;
    return (...args: unknown[]) => countRoundTrip(kind, () => (value as (...a: unknown[]) => Promise<unknown>).apply(kv, args));
  });
}

function wrapStub(stub: DurableObjectStub): DurableObjectStub {
  return proxyOf(stub, (prop, value) => {
    // RPC methods and fetch are calls; ids and names are plain values; a stub is not a thenable.
    if (prop === "then" || typeof value !== "function") return undefined;
    // Reflect.apply: on an RPC stub `method.apply` would itself be a remote property.
    return (...args: unknown[]) => countRoundTrip("do", () => Promise.resolve(Reflect.apply(value as (...a: unknown[]) => unknown, stub, args)));
  });
}

function wrapNamespace(namespace: DurableObjectNamespace): DurableObjectNamespace {
  return proxyOf(namespace, (prop, value) => {
    if (prop === "get" || prop === "getByName") return (...args: unknown[]) => wrapStub((value as (...a: unknown[]) => DurableObjectStub).apply(namespace, args));
    return undefined;
  });
}

function wrapQueue(queue: Queue): Queue {
  return proxyOf(queue, (prop, value) => {
    if (prop === "send") return (...args: unknown[]) => countRoundTrip("queue", () => (value as (...a: unknown[]) => Promise<void>).apply(queue, args));
    if (prop === "sendBatch") {
      return (messages: Iterable<MessageSendRequest>, ...rest: unknown[]) => {
        const list = [...messages];
        return countRoundTrip("queue", () => (value as (...a: unknown[]) => Promise<void>).call(queue, list, ...rest), list.length);
      };
    }
    return undefined;
  });
}

function wrapBinding(value: unknown): unknown {
  if (!value || typeof value !== "object") return value;
  const known = wrapped.get(value);
  if (known) return known;
  const has = (...names: string[]) => names.every((n) => typeof (value as Record<string, unknown>)[n] === "function");
  if (has("prepare", "batch")) return remember(value, wrapD1(value as D1Database));
  if (has("idFromName", "get")) return remember(value, wrapNamespace(value as DurableObjectNamespace));
  if (has("get", "put", "getWithMetadata", "list")) return remember(value, wrapKv(value as KVNamespace));
  if (has("send", "sendBatch")) return remember(value, wrapQueue(value as Queue));
  return value;
}

const instrumented = new WeakMap<object, object>();

/** The same env with its D1, KV, Durable Object and Queue bindings counting round trips (one per isolate and env). */
export function instrumentBindings<E extends object>(env: E): E {
  const known = instrumented.get(env);
  if (known) return known as E;
  const copy = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, wrapBinding(value)])) as E;
  instrumented.set(env, copy);
  return copy;
}
