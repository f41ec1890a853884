// D1 read replication through the Sessions API: every API response carries the session's bookmark in
// x-d1-bookmark; a client that sends it back reads its own writes (Cloudflare's documented pattern).
import { describe, expect, it } from "vitest";
import { D1_BOOKMARK_PATTERN, d1ConstraintFor } from "../../src/lib/d1-sessions";
import { api, expectProblem } from "../helpers/http";
import { bearer, merchantWithKeys } from "../helpers/merchants";

const endpointBody = JSON.stringify({ url: "https://hooks.merchant.example.com/coreport", eventTypes: ["*"] });

describe("D1 sessions and bookmarks", () => {
  it("a write answers with its bookmark; a read sent with it sees the write and answers a bookmark at least as new", async () => {
    const m = await merchantWithKeys();
    const before = await api("/api/v1/webhook-endpoints", { headers: bearer(m.sk) });
    const first = before.headers.get("x-d1-bookmark");
    expect(first).toMatch(D1_BOOKMARK_PATTERN);

    const created = await api("/api/v1/webhook-endpoints", { method: "POST", headers: { ...bearer(m.sk), "Content-Type": "application/json", "x-d1-bookmark": first! }, body: endpointBody });
    expect(created.status).toBe(201);
    const written = created.headers.get("x-d1-bookmark");
    expect(written).toMatch(D1_BOOKMARK_PATTERN);
    expect(written! > first!).toBe(true); // bookmarks are fixed-width hex: later sorts after
    const { id } = await created.json<{ id: string }>();

    const read = await api("/api/v1/webhook-endpoints", { headers: { ...bearer(m.sk), "x-d1-bookmark": written! } });
    expect(read.status).toBe(200);
    expect((await read.json<{ data: Array<{ id: string }> }>()).data.map((e) => e.id)).toEqual([id]);
    expect(read.headers.get("x-d1-bookmark")! >= written!).toBe(true);
  });

  it("refuses a malformed bookmark with a problem naming the header, and reads nothing", async () => {
    const m = await merchantWithKeys();
    const problem = await expectProblem(await api("/api/v1/webhook-endpoints", { headers: { ...bearer(m.sk), "x-d1-bookmark": "'; DROP TABLE payments; --" } }), 400);
    expect(problem.errors).toEqual([expect.objectContaining({ in: "header", field: "x-d1-bookmark" })]);
  });

  it("reads start anywhere (or from the bookmark), writes with a bookmark on the primary; pages outside the API use no session", () => {
    const bookmark = "00000000-0000000a-00000000-00000000000000000000000000000000";
    const req = (method: string, path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { method, headers });
    expect(d1ConstraintFor(req("GET", "/api/v1/payments"))).toBe("first-unconstrained");
    expect(d1ConstraintFor(req("HEAD", "/api/v1/payments", { "x-d1-bookmark": bookmark }))).toBe(bookmark);
    expect(d1ConstraintFor(req("GET", "/api/v1/payments", { "x-d1-bookmark": bookmark }))).toBe(bookmark);
    expect(d1ConstraintFor(req("POST", "/api/v1/payments/payto"))).toBeUndefined(); // a write without a bookmark keeps no session
    expect(d1ConstraintFor(req("POST", "/api/v1/payments/payto", { "x-d1-bookmark": bookmark }))).toBe("first-primary");
    expect(d1ConstraintFor(req("GET", "/widget/v1/coreport.js"))).toBeUndefined();
  });

  it("a response that asked nothing of D1 hands back the client's bookmark unchanged, and none outside the API", async () => {
    const bookmark = "00000000-0000000a-00000000-00000000000000000000000000000000";
    expect((await api("/api/v1/ping", { headers: { "x-d1-bookmark": bookmark } })).headers.get("x-d1-bookmark")).toBe(bookmark);
    expect((await api("/api/v1/ping")).headers.get("x-d1-bookmark")).toBeNull();
    expect((await api("/widget/v1/coreport.js", { headers: { "x-d1-bookmark": bookmark } })).headers.get("x-d1-bookmark")).toBeNull();
  });
});
