import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api } from "../helpers/http";
import { restoreRatesAfterEach } from "../rates/helpers";

const healthWith = (overrides: Partial<typeof env>) => api("/api/v1/health", { env: overrides });

describe("GET /api/v1/ping", () => {
  it("answers pong", async () => {
    const res = await api("/api/v1/ping");
    expect(res.status).toBe(200);
    const body = await res.json<{ message: string; time: string }>();
    expect(body.message).toBe("pong");
    expect(Date.parse(body.time)).not.toBeNaN();
  });
});

describe("GET /api/v1/health", () => {
  restoreRatesAfterEach();

  it("reports every dependency ok with latencies", async () => {
    const res = await api("/api/v1/health");
    expect(res.status).toBe(200);
    const body = await res.json<{ status: string; checks: Record<string, { status: string; latencyMs: number; details?: Record<string, unknown> }> }>();
    expect(body.status).toBe("ok");
    expect(Object.keys(body.checks).sort()).toEqual(expect.arrayContaining(["d1", "durableObject", "kv", "rates"]));
    for (const check of Object.values(body.checks)) {
      expect(check.status).toBe("ok");
      expect(check.latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(body.checks.rates?.details?.ageSeconds).toBeTypeOf("number");
    expect(await env.RATES_KV.get("health:probe")).not.toBeNull();
  });

  it("is 503 with the same body shape when D1 is down, and leaks nothing", async () => {
    const brokenDb = {
      prepare() {
        throw new Error("D1_ERROR: internal host db-7.internal refused");
      },
      batch() {
        throw new Error("D1_ERROR");
      },
    } as unknown as D1Database;
    const res = await healthWith({ DB: brokenDb });
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).not.toContain("db-7.internal");
    const body = JSON.parse(text) as { status: string; checks: Record<string, { status: string; message?: string }> };
    expect(body.status).toBe("down");
    expect(body.checks.d1?.status).toBe("down");
    expect(body.checks.kv?.status).toBe("ok");
  });

  it("is 503 when KV hangs past the check timeout", async () => {
    const hangingKv = { get: () => new Promise(() => {}), put: () => new Promise(() => {}) } as unknown as KVNamespace;
    const res = await healthWith({ RATES_KV: hangingKv });
    expect(res.status).toBe(503);
    const body = await res.json<{ checks: Record<string, { status: string; message?: string }> }>();
    expect(body.checks.kv).toMatchObject({ status: "down", message: "timed out" });
  });

  it("is degraded (still 200) when the newest rate is stale", async () => {
    await env.DB.prepare("UPDATE exchange_rates SET as_of = ?").bind(Date.now() - 3 * 86_400_000).run();
    const res = await healthWith({ RATE_STALE_AFTER_SECONDS: "86400" });
    expect(res.status).toBe(200);
    const body = await res.json<{ status: string; checks: Record<string, { status: string }> }>();
    expect(body.status).toBe("degraded");
    expect(body.checks.rates?.status).toBe("degraded");
  });
});
