import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { API_KEY_PATTERN } from "../../src/auth/api-keys";
import { sha256Hex } from "../../src/lib/sha256";
import { api, expectProblem, postJson } from "../helpers/http";
import { ADMIN, bearer, createKey, createMerchant, merchantWithKeys, revokeKey } from "../helpers/merchants";

const listPayments = (headers: Record<string, string>) => api("/api/v1/payments", { headers });

describe("admin: merchants and keys", () => {
  it("creates a merchant and keys; a key is shown once, stored only as hash + prefix", async () => {
    const merchant = await createMerchant("Acme", ["https://shop.acme.example"]);
    expect(merchant.id).toMatch(/^mer_/);
    const sk = await createKey(merchant.id, { kind: "secret", mode: "live" });
    expect(sk.key).toMatch(API_KEY_PATTERN);
    expect(sk.key.startsWith("sk_live_")).toBe(true);
    expect(sk.key.length - "sk_live_".length).toBe(32); // 160 random bits in base32
    expect(sk.prefix).toBe(sk.key.slice(0, 14));

    const row = await env.DB.prepare("SELECT * FROM api_keys WHERE id = ?").bind(sk.id).first<Record<string, unknown>>();
    expect(row!.hash).toBe(await sha256Hex(sk.key));
    expect(JSON.stringify(row)).not.toContain(sk.key);

    const list = await api(`/api/v1/admin/merchants/${merchant.id}/keys`, { headers: ADMIN });
    const text = await list.text();
    expect(list.status).toBe(200);
    expect(text).toContain(sk.prefix);
    expect(text).not.toContain(sk.key);
  });

  it("two keys never collide", async () => {
    const merchant = await createMerchant();
    const keys = await Promise.all(Array.from({ length: 10 }, () => createKey(merchant.id, { kind: "secret", mode: "test" })));
    expect(new Set(keys.map((k) => k.key)).size).toBe(10);
  });

  it("requires an origin allow-list for publishable keys and refuses one on secret keys", async () => {
    const bare = await createMerchant("No origins");
    const p1 = await expectProblem(await postJson(`/api/v1/admin/merchants/${bare.id}/keys`, { kind: "publishable", mode: "test" }, ADMIN), 400);
    expect(p1.errors?.[0]?.field).toBe("allowedOrigins");
    const p2 = await expectProblem(
      await postJson(`/api/v1/admin/merchants/${bare.id}/keys`, { kind: "secret", mode: "test", allowedOrigins: ["https://a.example.com"] }, ADMIN),
      400,
    );
    expect(p2.errors?.[0]?.field).toBe("allowedOrigins");
    const pk = await createKey(bare.id, { kind: "publishable", mode: "test", allowedOrigins: ["https://*.bare.example"] });
    expect(pk.key.startsWith("pk_test_")).toBe(true);
  });

  it.each([
    [{ name: "" }, "name"],
    [{ name: "x", allowedOrigins: ["https://shop.example.com/path"] }, "allowedOrigins.0"],
    [{ name: "x", allowedOrigins: ["http://shop.example.com"] }, "allowedOrigins.0"],
    [{ name: "x", allowedOrigins: ["javascript:alert(1)"] }, "allowedOrigins.0"],
    [{ name: "x", payoutAddress: "cb00" + "0".repeat(40) }, "payoutAddress"],
    [{ name: "x", isAdmin: true }, "isAdmin"],
  ])("refuses an invalid merchant %j naming %s", async (body, field) => {
    const problem = await expectProblem(await postJson("/api/v1/admin/merchants", body, ADMIN), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it("404s for an unknown merchant and requires the admin token", async () => {
    await expectProblem(await api("/api/v1/admin/merchants/mer_00000000000000000000000000", { headers: ADMIN }), 404);
    await expectProblem(await api("/api/v1/admin/merchants"), 401);
    const m = await merchantWithKeys();
    await expectProblem(await api("/api/v1/admin/merchants", { headers: bearer(m.sk) }), 401);
  });

  it("lists merchants newest first with a working cursor", async () => {
    for (let i = 0; i < 3; i++) await createMerchant(`Paged ${i}`);
    const first = await (await api("/api/v1/admin/merchants?limit=2", { headers: ADMIN })).json<{ data: Array<{ id: string; createdAt: string }>; hasMore: boolean; nextCursor: string }>();
    expect(first.data).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const second = await (await api(`/api/v1/admin/merchants?limit=2&cursor=${first.nextCursor}`, { headers: ADMIN })).json<{ data: Array<{ id: string; createdAt: string }> }>();
    expect(second.data.map((m) => m.id)).not.toContain(first.data[0]!.id);
    expect(Date.parse(second.data[0]!.createdAt)).toBeLessThanOrEqual(Date.parse(first.data[1]!.createdAt));
    await expectProblem(await api("/api/v1/admin/merchants?cursor=%%%", { headers: ADMIN }), 400);
  });
});

describe("merchant key authentication", () => {
  it("accepts a valid secret key and sets last-used at most once a minute", async () => {
    const m = await merchantWithKeys();
    const first = await listPayments(bearer(m.sk));
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toContain("no-store");
    const endpoints = await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) });
    expect(endpoints.headers.get("cache-control")).toBe("private, no-store");
    const used = await waitForLastUsed(m.skId);
    expect((await listPayments(bearer(m.sk))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const again = await env.DB.prepare("SELECT last_used_at FROM api_keys WHERE id = ?").bind(m.skId).first<{ last_used_at: number }>();
    expect(again!.last_used_at).toBe(used); // within the minute: not rewritten
  });

  it("401s a revoked key at once, and a disabled merchant's keys", async () => {
    const m = await merchantWithKeys();
    expect((await listPayments(bearer(m.sk))).status).toBe(200);
    await revokeKey(m.id, m.skId);
    const problem = await expectProblem(await listPayments(bearer(m.sk)), 401);
    expect(problem.detail).toContain("revoked");

    const m2 = await merchantWithKeys();
    const res = await api(`/api/v1/admin/merchants/${m2.id}`, { method: "PATCH", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ status: "disabled" }) });
    expect(res.status).toBe(200);
    await expectProblem(await listPayments(bearer(m2.sk)), 401);
  });

  it.each([
    ["Basic scheme", { Authorization: "Basic c2tfdGVzdA==" }],
    ["empty bearer", { Authorization: "Bearer " }],
    ["unknown but well-formed", { Authorization: `Bearer sk_test_${"a".repeat(32)}` }],
    ["mode swapped", { Authorization: "swap" }],
    ["SQL in the key", { Authorization: "Bearer sk_test_' OR 1=1 --" }],
    ["very long", { Authorization: `Bearer sk_test_${"x".repeat(600)}` }],
  ])("401s a %s key with WWW-Authenticate", async (name, headers) => {
    let h = headers as Record<string, string>;
    if (name === "mode swapped") {
      const m = await merchantWithKeys("test");
      h = bearer(m.sk.replace("sk_test_", "sk_live_"));
    }
    const res = await listPayments(h);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    expect((await expectProblem(res, 401)).code).toBe("UNAUTHORIZED");
  });

  it("binds a publishable key to its origins (wildcards included), 403 elsewhere", async () => {
    const merchant = await createMerchant("Wild", []);
    const pk = await createKey(merchant.id, { kind: "publishable", mode: "test", allowedOrigins: ["https://*.wild.example"] });
    const call = (origin: string) => api("/api/v1/payments", { headers: { ...bearer(pk.key), Origin: origin } });
    // Listing needs a secret key: the pk is authenticated (origin ok) and then refused for its kind.
    expect((await call("https://shop.wild.example")).status).toBe(401);
    const problem = await expectProblem(await call("https://wild.example.evil.net"), 403);
    expect(problem.code).toBe("FORBIDDEN");
    await expectProblem(await call("null"), 403);
  });
});

async function waitForLastUsed(keyId: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const row = await env.DB.prepare("SELECT last_used_at FROM api_keys WHERE id = ?").bind(keyId).first<{ last_used_at: number | null }>();
    if (row?.last_used_at) return row.last_used_at;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("last_used_at never set");
}
