import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { getLatestRate, resolveCurrency } from "../../src/services/rates/rates.service";
import { forgetRatesSnapshot, publishRatesSnapshot, SNAPSHOT_KEY } from "../../src/services/rates/snapshot";
import { api, expectProblem, postJson } from "../helpers/http";
import { ADMIN, restoreRatesAfterEach, type RateBody } from "./helpers";

/** A D1 binding that fails every query and counts the attempts. */
function throwingDb() {
  let attempts = 0;
  const fail = () => {
    attempts++;
    throw new Error("D1 must not be touched on this path");
  };
  return { db: { prepare: fail, batch: fail, exec: fail, dump: fail } as unknown as D1Database, attempts: () => attempts };
}

/** The real D1 binding, counting round trips: batches and statements executed on their own. */
function countingDb() {
  let roundTrips = 0;
  const countCalls = <T extends object>(target: T, names: string[]) =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop) as unknown;
        if (typeof value !== "function") return value;
        if (names.includes(String(prop))) {
          return (...args: unknown[]) => {
            roundTrips++;
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        // Reads run in a D1 session (src/lib/d1-sessions.ts): count what goes through it too.
        if (prop === "withSession") {
          return (...args: unknown[]) => countCalls((value as (...a: unknown[]) => object).apply(t, args), ["batch", "exec"]);
        }
        if (prop === "prepare" || prop === "bind") {
          return (...args: unknown[]) => countCalls((value as (...a: unknown[]) => object).apply(t, args), ["all", "first", "run", "raw"]);
        }
        return (value as (...a: unknown[]) => unknown).bind(t);
      },
    });
  const db = countCalls(env.DB, ["batch", "exec"]);
  return { db, roundTrips: () => roundTrips };
}

/** A KV binding whose reads fail. */
const failingKv = { get: () => Promise.reject(new Error("KV down")), put: () => Promise.reject(new Error("KV down")) } as unknown as KVNamespace;

describe("rates cache tiers", () => {
  restoreRatesAfterEach();
  beforeEach(() => forgetRatesSnapshot());

  it("serves a warm lookup from isolate memory with no D1 (and no KV) at all", async () => {
    const warm = await api("/api/v1/rates/USDX/EUR");
    expect(warm.status).toBe(200);
    const { db, attempts } = throwingDb();
    const hot = await api("/api/v1/rates/USDX/EUR", { env: { DB: db, RATES_KV: failingKv } });
    expect(hot.status).toBe(200);
    expect(await hot.json()).toEqual(await warm.json());
    const all = await api("/api/v1/rates/GBPX", { env: { DB: db, RATES_KV: failingKv } });
    expect(all.status).toBe(200);
    expect(attempts()).toBe(0);
  });

  it("resolves stablecoins and prices pairs for other services without D1 when warm", async () => {
    await api("/api/v1/rates/EUR/USD");
    const { db, attempts } = throwingDb();
    const offline = { ...env, DB: db };
    expect(await resolveCurrency(offline, "usdx", "asset")).toBe("USD");
    const rate = await getLatestRate(offline, "EURX", "GBPX");
    expect(rate).toMatchObject({ requested: { base: "EURX", quote: "GBPX" }, resolved: { base: "EUR", quote: "GBP" }, via: null, stale: false });
    await expect(resolveCurrency(offline, "NOPE", "asset")).rejects.toMatchObject({ code: "NOT_FOUND", extensions: { field: "asset" } });
    expect(attempts()).toBe(0);
  });

  it("re-reads KV (never D1) once the memory copy expires", async () => {
    await api("/api/v1/rates/EUR/USD");
    const { db, attempts } = throwingDb();
    let kvReads = 0;
    const kv = new Proxy(env.RATES_KV, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown;
        if (prop === "get") return (...args: Parameters<KVNamespace["get"]>) => (kvReads++, (target.get as (...a: unknown[]) => unknown)(...args));
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const res = await api("/api/v1/rates/EUR/CHF", { env: { DB: db, RATES_KV: kv, RATE_CACHE_SECONDS: "0" } });
    expect(res.status).toBe(200);
    expect(kvReads).toBe(1);
    expect(attempts()).toBe(0);
  });

  it("goes to D1 once when KV is empty (cold), then fills KV so the next isolate needs no D1", async () => {
    await env.RATES_KV.delete(SNAPSHOT_KEY);
    const { db, roundTrips } = countingDb();
    const cold = await api("/api/v1/rates/USD/JPY", { env: { DB: db } });
    expect(cold.status).toBe(200);
    expect(roundTrips()).toBe(1); // one batch: latest rates + enabled assets
    const stored = await env.RATES_KV.get<{ version: string; rates: Record<string, unknown>; assets: Record<string, unknown> }>(SNAPSHOT_KEY, "json");
    expect(stored?.rates).toHaveProperty("EUR/JPY");
    expect(stored?.assets).toHaveProperty("USDX", { fiat: "USD", kind: "stablecoin" });

    forgetRatesSnapshot(); // another isolate
    const { db: offline, attempts } = throwingDb();
    const next = await api("/api/v1/rates/USD/JPY", { env: { DB: offline } });
    expect(next.status).toBe(200);
    expect(next.headers.get("etag")).toBe(cold.headers.get("etag"));
    expect(attempts()).toBe(0);
  });

  it("keeps serving the last good copy when KV fails after expiry, and falls back to D1 when it has none", async () => {
    await api("/api/v1/rates/EUR/USD");
    const { db, attempts } = throwingDb();
    expect((await api("/api/v1/rates/EUR/USD", { env: { DB: db, RATES_KV: failingKv, RATE_CACHE_SECONDS: "0" } })).status).toBe(200);
    expect(attempts()).toBe(0);
    forgetRatesSnapshot();
    expect((await api("/api/v1/rates/EUR/USD", { env: { RATES_KV: failingKv } })).status).toBe(200);
  });

  it("is a 503 problem (with Retry-After) when neither KV nor D1 can be read", async () => {
    const { db } = throwingDb();
    const res = await api("/api/v1/rates/EUR/USD", { env: { DB: db, RATES_KV: failingKv } });
    const problem = await expectProblem(res, 503);
    expect(problem.code).toBe("SERVICE_UNAVAILABLE");
    expect(res.headers.get("retry-after")).toBe("5");
    expect(JSON.stringify(problem)).not.toContain("D1 must not");
  });

  it("publishes an admin push to memory and KV at once; other isolates see it from KV without D1", async () => {
    await api("/api/v1/rates/EUR/SEK");
    const before = await env.RATES_KV.get<{ version: string }>(SNAPSHOT_KEY, "json");
    const pushed = await postJson("/api/v1/admin/rates", { base: "EUR", rates: { SEK: "11.4000" } }, ADMIN);
    expect(pushed.status).toBe(200);
    const { snapshotVersion } = await pushed.json<{ snapshotVersion: string }>();
    expect(snapshotVersion).not.toBe(before?.version);
    expect((await env.RATES_KV.get<{ version: string }>(SNAPSHOT_KEY, "json"))?.version).toBe(snapshotVersion);

    // Same isolate: immediately, inside the memory TTL.
    expect((await (await api("/api/v1/rates/EUR/SEK")).json<RateBody>()).rate).toBe("11.4");
    // Another isolate (empty memory): from KV, D1 untouched.
    forgetRatesSnapshot();
    const { db, attempts } = throwingDb();
    expect((await (await api("/api/v1/rates/EURX/SEK", { env: { DB: db } })).json<RateBody>()).rate).toBe("11.4");
    expect(attempts()).toBe(0);
  });

  it("does not go back to an older snapshot when KV still serves one after this isolate published", async () => {
    const old = await env.RATES_KV.get(SNAPSHOT_KEY);
    expect((await postJson("/api/v1/admin/rates", { base: "EUR", rates: { PLN: "4.3000" } }, ADMIN)).status).toBe(200);
    await env.RATES_KV.put(SNAPSHOT_KEY, old!); // a lagging edge copy
    const body = await (await api("/api/v1/rates/EUR/PLN", { env: { RATE_CACHE_SECONDS: "0" } })).json<RateBody>();
    expect(body.rate).toBe("4.3");
  });

  it("versions snapshots by content: republishing unchanged data keeps the version and the ETags", async () => {
    const a = await publishRatesSnapshot(env);
    const etag = (await api("/api/v1/rates/EUR/USD")).headers.get("etag");
    const b = await publishRatesSnapshot(env);
    expect(b.version).toBe(a.version);
    expect((await api("/api/v1/rates/EUR/USD")).headers.get("etag")).toBe(etag);
  });
});
