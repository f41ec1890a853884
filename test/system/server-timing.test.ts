// Server-Timing on every response (development and bench; off in production unless SERVER_TIMING=on),
// counting the request's real round trips through the wrapped bindings.
import { describe, expect, it } from "vitest";
import { api, postJson } from "../helpers/http";
import { bearer, merchantWithKeys } from "../helpers/merchants";

type Metrics = Record<string, { count?: number; dur?: number }>;

/** Parse `name;desc="N unit";dur=X, …` into counts and durations. */
function metrics(res: Response): Metrics {
  const header = res.headers.get("server-timing");
  if (!header) throw new Error("no Server-Timing header");
  const out: Metrics = {};
  for (const part of header.split(/,\s*/)) {
    const [name, ...params] = part.split(";");
    const entry: { count?: number; dur?: number } = {};
    for (const p of params) {
      const [k, v] = p.split("=");
      if (k === "desc") entry.count = Number(/^"(\d+) /.exec(v ?? "")?.[1]);
      if (k === "dur") entry.dur = Number(v);
    }
    out[name!] = entry;
  }
  return out;
}


describe("Server-Timing", () => {
  it("is on every response in development, naming every kind of round trip and the total", async () => {
    const res = await api("/api/v1/ping");
    expect(res.status).toBe(200);
    const m = metrics(res);
    expect(Object.keys(m)).toEqual(["d1", "kv", "kv-write", "do", "queue", "cache", "provider", "total"]);
    expect(m.d1).toEqual({ count: 0, dur: 0 });
    expect(m.do?.count).toBe(0);
    expect(m.total?.dur).toBeGreaterThanOrEqual(0);
    // Problems carry it too.
    const missing = await api("/api/v1/no-such-route");
    expect(missing.status).toBe(404);
    expect(metrics(missing).d1?.count).toBe(0);
  });

  it("counts D1 queries, Durable Object calls and KV writes of a real create and read", async () => {
    const m = await merchantWithKeys();
    const created = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(m.sk), "Idempotency-Key": crypto.randomUUID() });
    expect(created.status).toBe(201);
    const c = metrics(created);
    expect(c.d1?.count).toBeGreaterThanOrEqual(1);
    expect(c.do?.count).toBeGreaterThanOrEqual(1);
    const { id } = await created.json<{ id: string }>();
    const read = await api(`/api/v1/payments/payto/${id}`, { headers: bearer(m.sk) });
    expect(read.status).toBe(200);
    const r = metrics(read);
    expect((r.d1?.count ?? 0) + (r.do?.count ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it("counts an isolate-cache hit instead of D1 when the config snapshot is warm", async () => {
    await api("/api/v1/info/payment-types");
    const warm = metrics(await api("/api/v1/info/payment-types"));
    expect(warm.cache?.count).toBeGreaterThanOrEqual(1);
    expect(warm.d1?.count).toBe(0);
  });

  it("is absent in production unless SERVER_TIMING is on, and can be turned off in development", async () => {
    expect((await api("/api/v1/ping", { env: { ENVIRONMENT: "production" } })).headers.get("server-timing")).toBeNull();
    expect((await api("/api/v1/ping", { env: { SERVER_TIMING: "off" } })).headers.get("server-timing")).toBeNull();
    const on = await api("/api/v1/ping", { env: { ENVIRONMENT: "production", SERVER_TIMING: "on" } });
    expect(metrics(on).total?.dur).toBeGreaterThanOrEqual(0);
  });
});
