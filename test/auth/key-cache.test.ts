// API keys held in the isolate: a warm key costs no D1 query; a revocation through the API is refused
// at once; one made by another isolate is honoured within KEY_CACHE_MS (no clock waited on here).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/sha256";
import { cachedKey, KEY_CACHE_MS } from "../../src/auth/key-cache";
import { api, expectProblem } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, revokeKey } from "../helpers/merchants";

const d1Queries = (res: Response) => Number(/d1;desc="(\d+) /.exec(res.headers.get("server-timing") ?? "")?.[1]);

describe("API keys cached in the isolate", () => {
  it("a warm key authenticates without D1; revoking it through the API is refused at once", async () => {
    const m = await merchantWithKeys();
    const cold = await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) });
    expect(cold.status).toBe(200);
    const warm = await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) });
    expect(warm.status).toBe(200);
    expect(d1Queries(warm)).toBeLessThan(d1Queries(cold)); // the key lookup is gone…
    expect(d1Queries(warm)).toBeGreaterThanOrEqual(1); // …the list query stays
    expect(cachedKey(await sha256Hex(m.sk))?.id).toBe(m.skId);
    await revokeKey(m.id, m.skId);
    await expectProblem(await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) }), 401);
  });

  it("disabling the merchant through the API is refused at once", async () => {
    const m = await merchantWithKeys();
    expect((await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) })).status).toBe(200);
    const res = await api(`/api/v1/admin/merchants/${m.id}`, { method: "PATCH", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ status: "disabled" }) });
    expect(res.status).toBe(200);
    await expectProblem(await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) }), 401);
  });

  it("a revocation written by another isolate is seen once the entry is older than KEY_CACHE_MS", async () => {
    const m = await merchantWithKeys();
    expect((await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) })).status).toBe(200);
    const hash = await sha256Hex(m.sk);
    await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?").bind(Date.now(), m.skId).run();
    expect(cachedKey(hash)?.revokedAt).toBeNull(); // this isolate has not heard of it yet…
    expect(cachedKey(hash, Date.now() + KEY_CACHE_MS)).toBeUndefined(); // …and stops trusting its copy at the bound
    expect(cachedKey(hash)).toBeUndefined(); // the stale entry is gone: the next request reads D1
    await expectProblem(await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) }), 401);
  });
});
