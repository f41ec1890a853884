import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectProblem } from "../helpers/http";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { refuseNetwork } from "../helpers/receiver";

let m: TestMerchant;
beforeAll(async () => {
  refuseNetwork();
  m = await merchantWithKeys();
});

const json = (key: string, method: string, body?: unknown): RequestInit => ({
  method,
  headers: { ...bearer(key), "Content-Type": "application/json" },
  body: body === undefined ? undefined : JSON.stringify(body),
});

async function createEndpoint(key: string, body: Record<string, unknown> = {}) {
  const res = await api("/api/v1/webhook-endpoints", json(key, "POST", { url: "https://hooks.example.com/coreport", eventTypes: ["payment.succeeded"], ...body }));
  if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
  return res.json<{ id: string; secret: string; status: string; mode: string; eventTypes: string[] }>();
}

describe("webhook endpoints", () => {
  it("registers an endpoint and shows its whsec_ secret once; the secret is encrypted at rest", async () => {
    const created = await createEndpoint(m.sk, { description: "Fulfilment", eventTypes: ["payment.succeeded", "payment.succeeded", "offramp.completed"] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created).toMatchObject({ status: "enabled", mode: "test", eventTypes: ["payment.succeeded", "offramp.completed"] });
    const row = await env.DB.prepare("SELECT * FROM webhook_endpoints WHERE id = ?").bind(created.id).first<Record<string, string>>();
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(6));
    expect(row!.secret_ciphertext).toMatch(/^v1\./);

    const got = await api(`/api/v1/webhook-endpoints/${created.id}`, { headers: bearer(m.sk) });
    expect(got.status).toBe(200);
    expect(await got.text()).not.toContain(created.secret);
    const list = await (await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) })).json<{ data: Array<{ id: string }> }>();
    expect(list.data.map((e) => e.id)).toContain(created.id);
  });

  it.each([
    ["http://hooks.example.com/x", "scheme"],
    ["https://127.0.0.1/x", "ip_literal"],
    ["https://[::1]/x", "ip_literal"],
    ["https://2130706433/x", "ip_literal"],
    ["https://localhost/x", "localhost"],
    ["https://metadata.internal/x", "internal_name"],
    ["https://user:pw@hooks.example.com/x", "userinfo"],
    ["https://hooks.example.com:8443/x", "port"],
    ["http://localhost:3000/hook", "scheme"], // allowed only when ENVIRONMENT=development
  ])("refuses %s (SSRF guard: %s)", async (url, reason) => {
    const res = await api("/api/v1/webhook-endpoints", json(m.sk, "POST", { url, eventTypes: ["*"] }));
    if (reason === "scheme" && url.startsWith("http://localhost") && env.ENVIRONMENT === "development") {
      expect(res.status).toBe(201); // local development: http://localhost is allowed
      return;
    }
    const problem = await expectProblem(res, 400);
    expect(problem.errors?.[0]).toMatchObject({ field: "url", code: reason });
  });

  it("refuses unknown event types and unknown fields, naming them", async () => {
    const p1 = await expectProblem(await api("/api/v1/webhook-endpoints", json(m.sk, "POST", { url: "https://a.example.com/h", eventTypes: ["payment.teleported"] })), 400);
    expect(p1.errors?.[0]?.field).toBe("eventTypes.0");
    const p2 = await expectProblem(await api("/api/v1/webhook-endpoints", json(m.sk, "POST", { url: "https://a.example.com/h", eventTypes: [] })), 400);
    expect(p2.errors?.[0]?.field).toBe("eventTypes");
    const p3 = await expectProblem(await api("/api/v1/webhook-endpoints", json(m.sk, "POST", { url: "https://a.example.com/h", eventTypes: ["*"], secret: "mine" })), 400);
    expect(p3.errors?.[0]?.field).toBe("secret");
  });

  it("caps endpoints per merchant and mode at 16", async () => {
    const own = await merchantWithKeys();
    for (let i = 0; i < 16; i++) await createEndpoint(own.sk);
    const problem = await expectProblem(await api("/api/v1/webhook-endpoints", json(own.sk, "POST", { url: "https://a.example.com/h", eventTypes: ["*"] })), 422);
    expect(problem.detail).toContain("16");
  });

  it("hides other merchants' endpoints and other modes' endpoints (404)", async () => {
    const other = await merchantWithKeys();
    const live = await merchantWithKeys("live");
    const created = await createEndpoint(m.sk);
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}`, { headers: bearer(other.sk) }), 404);
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}`, json(other.sk, "PATCH", { disabled: true })), 404);
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}`, { method: "DELETE", headers: bearer(other.sk) }), 404);
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}/rotate-secret`, { method: "POST", headers: bearer(other.sk) }), 404);
    const liveList = await (await api("/api/v1/webhook-endpoints", { headers: bearer(live.sk) })).json<{ data: unknown[] }>();
    expect(liveList.data).toEqual([]);
  });

  it("updates, disables, re-enables and deletes", async () => {
    const created = await createEndpoint(m.sk);
    const patched = await (await api(`/api/v1/webhook-endpoints/${created.id}`, json(m.sk, "PATCH", { url: "https://new.example.com/h", eventTypes: ["*"], disabled: true }))).json<Record<string, unknown>>();
    expect(patched).toMatchObject({ url: "https://new.example.com/h", eventTypes: ["*"], status: "disabled", disabledReason: "merchant" });
    const enabled = await (await api(`/api/v1/webhook-endpoints/${created.id}`, json(m.sk, "PATCH", { disabled: false }))).json<Record<string, unknown>>();
    expect(enabled).toMatchObject({ status: "enabled", disabledReason: null, consecutiveFailures: 0 });
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}`, json(m.sk, "PATCH", { url: "https://10.0.0.1/h" })), 400);
    const deleted = await api(`/api/v1/webhook-endpoints/${created.id}`, { method: "DELETE", headers: bearer(m.sk) });
    expect(await deleted.json()).toEqual({ id: created.id, deleted: true });
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}`, { headers: bearer(m.sk) }), 404);
  });

  it("rotates the secret: new one returned once, previous kept for the grace period", async () => {
    const created = await createEndpoint(m.sk);
    const res = await api(`/api/v1/webhook-endpoints/${created.id}/rotate-secret`, json(m.sk, "POST", { gracePeriodSeconds: 3600 }));
    const rotated = await res.json<{ secret: string; previousSecretExpiresAt: string }>();
    expect(rotated.secret).not.toBe(created.secret);
    const expires = Date.parse(rotated.previousSecretExpiresAt) - Date.now();
    expect(expires).toBeGreaterThan(3500_000);
    expect(expires).toBeLessThanOrEqual(3600_000);
    // No body: the default grace period of a day.
    const again = await (await api(`/api/v1/webhook-endpoints/${created.id}/rotate-secret`, { method: "POST", headers: bearer(m.sk) })).json<{ previousSecretExpiresAt: string }>();
    expect(Date.parse(again.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(86_000_000);
    await expectProblem(await api(`/api/v1/webhook-endpoints/${created.id}/rotate-secret`, json(m.sk, "POST", { gracePeriodSeconds: 604_801 })), 400);
  });

  it("serves the event catalogue publicly", async () => {
    const res = await api("/api/v1/event-types");
    const body = await res.json<{ data: Array<{ type: string; description: string }> }>();
    expect(body.data.map((t) => t.type)).toEqual(expect.arrayContaining(["payment.succeeded", "payment.partially_paid", "payment.expired", "offramp.completed", "onramp.completed"]));
    for (const t of body.data) expect(t.description.length).toBeGreaterThan(10);
  });
});
