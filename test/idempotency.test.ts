import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createRouter } from "../src/lib/create-router";
import { ApiError } from "../src/lib/errors";
import { errorHandler } from "../src/middleware/error-handler";
import { idempotency, parseIdempotencyKey, purgeExpiredIdempotencyKeys } from "../src/middleware/idempotency";
import { requestIdMiddleware, requestLogger } from "../src/middleware/request-context";
import { api, expectProblem } from "./helpers/http";

/** A probe create-endpoint: counts how often its handler really runs, can be held open, can fail. */
function probe() {
  const calls: unknown[] = [];
  let release: () => void = () => {};
  const gate = { held: false, promise: Promise.resolve() };
  const hold = () => {
    gate.held = true;
    gate.promise = new Promise<void>((resolve) => (release = resolve));
  };
  const app = createRouter();
  app.use(requestIdMiddleware, requestLogger);
  app.use("*", async (c, next) => {
    const merchant = c.req.header("x-test-merchant");
    if (merchant) c.set("auth", { merchantId: merchant, credentialId: "key_test", kind: "secret", mode: "test" });
    await next();
  });
  app.post("/things", idempotency(), async (c) => {
    const body = await c.req.json<{ name?: string; fail?: number }>();
    calls.push(body);
    if (gate.held) await gate.promise;
    if (body.fail === 422) throw new ApiError("UNPROCESSABLE", { detail: "limit reached" });
    if (body.fail === 500) throw new Error("boom");
    c.header("Location", `/things/${calls.length}`);
    return c.json({ id: `thing_${crypto.randomUUID()}`, name: body.name, n: calls.length }, 201);
  });
  app.post("/optional", idempotency({ required: false }), (c) => c.json({ ok: true }, 201));
  app.post("/other", idempotency(), (c) => c.json({ other: true }, 201));
  app.onError(errorHandler);

  const send = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    api(path, { app, method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { send, calls, hold, release: () => release() };
}

const newKey = () => `key-${crypto.randomUUID()}`;

describe("Idempotency-Key", () => {
  it("replays the stored response for the same key and body, without running the handler again", async () => {
    const { send, calls } = probe();
    const key = newKey();
    const first = await send("/things", { name: "a", tags: [1, 2] }, { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const created = await first.json<{ id: string }>();
    // Same parameters, different key order and spacing: the same request.
    const again = await send("/things", '{ "tags": [1,2],  "name": "a" }', { "Idempotency-Key": key });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("location")).toBe("/things/1");
    expect(again.headers.get("content-type")).toContain("application/json");
    expect(again.headers.get("x-request-id")).toBeTruthy();
    expect(await again.json()).toEqual(created);
    expect(calls).toHaveLength(1);
  });

  it("answers 422 for the same key with a different body or on another endpoint", async () => {
    const { send, calls } = probe();
    const key = newKey();
    await send("/things", { name: "a" }, { "Idempotency-Key": key });
    const problem = await expectProblem(await send("/things", { name: "b" }, { "Idempotency-Key": key }), 422);
    expect(problem).toMatchObject({ code: "UNPROCESSABLE", idempotencyKey: key });
    expect(problem.detail).toContain("different request");
    await expectProblem(await send("/other", { name: "a" }, { "Idempotency-Key": key }), 422);
    expect(calls).toHaveLength(1);
  });

  it("answers 409 while the first request with the key is still running, then replays it", async () => {
    const { send, calls, hold, release } = probe();
    const key = newKey();
    hold();
    const first = send("/things", { name: "slow" }, { "Idempotency-Key": key });
    while (calls.length === 0) await new Promise((r) => setTimeout(r, 5));
    const concurrent = await send("/things", { name: "slow" }, { "Idempotency-Key": key });
    const problem = await expectProblem(concurrent, 409);
    expect(concurrent.headers.get("retry-after")).toBe("1");
    expect(problem.detail).toContain("still being processed");
    // A different body while in flight is still a misuse of the key: 422.
    await expectProblem(await send("/things", { name: "other" }, { "Idempotency-Key": key }), 422);
    release();
    expect((await first).status).toBe(201);
    const replay = await send("/things", { name: "slow" }, { "Idempotency-Key": key });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(calls).toHaveLength(1);
  });

  it("does not store failures: the key is free to retry after a 4xx or 5xx", async () => {
    const { send, calls } = probe();
    const key = newKey();
    await expectProblem(await send("/things", { fail: 422 }, { "Idempotency-Key": key }), 422);
    await expectProblem(await send("/things", { fail: 500 }, { "Idempotency-Key": key }), 500);
    const ok = await send("/things", { name: "fixed" }, { "Idempotency-Key": key });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("idempotent-replayed")).toBeNull();
    expect(calls).toHaveLength(3);
  });

  it("scopes keys per merchant", async () => {
    const { send, calls } = probe();
    const key = newKey();
    await send("/things", { name: "a" }, { "Idempotency-Key": key, "x-test-merchant": "mer_one" });
    const other = await send("/things", { name: "b" }, { "Idempotency-Key": key, "x-test-merchant": "mer_two" });
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    const stored = await env.DB.prepare("SELECT scope FROM idempotency_keys WHERE key = ? ORDER BY scope").bind(key).all<{ scope: string }>();
    expect(stored.results.map((r) => r.scope)).toEqual(["mer_one", "mer_two"]);
    expect(calls).toHaveLength(2);
  });

  it("keeps a key 24 h: an expired entry no longer replays", async () => {
    const { send, calls } = probe();
    const key = newKey();
    await send("/things", { name: "a" }, { "Idempotency-Key": key });
    const row = await env.DB.prepare("SELECT expires_at - created_at AS ttl FROM idempotency_keys WHERE key = ?").bind(key).first<{ ttl: number }>();
    expect(row!.ttl).toBe(24 * 60 * 60 * 1000);
    await env.DB.prepare("UPDATE idempotency_keys SET expires_at = ? WHERE key = ?").bind(Date.now() - 1, key).run();
    const fresh = await send("/things", { name: "new" }, { "Idempotency-Key": key });
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();
    expect(calls).toHaveLength(2);
    await env.DB.prepare("UPDATE idempotency_keys SET expires_at = ? WHERE key = ?").bind(Date.now() - 1, key).run();
    expect(await purgeExpiredIdempotencyKeys(env)).toBeGreaterThanOrEqual(1);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys WHERE key = ?").bind(key).first("n")).toBe(0);
  });

  it("takes over the claim of a request that crashed, once its lock expired", async () => {
    const { send, calls } = probe();
    const key = newKey();
    const body = JSON.stringify({ name: "a" });
    await send("/things", body, { "Idempotency-Key": key });
    await env.DB.prepare("UPDATE idempotency_keys SET state = 'in_flight', locked_until = ?, response_body = NULL WHERE key = ?").bind(Date.now() - 1, key).run();
    const retried = await send("/things", body, { "Idempotency-Key": key });
    expect(retried.status).toBe(201);
    expect(calls).toHaveLength(2);
  });

  it("requires the header where configured, and validates its format", async () => {
    const { send } = probe();
    const missing = await expectProblem(await send("/things", {}), 400);
    expect(missing.errors![0]).toMatchObject({ in: "header", field: "Idempotency-Key", code: "required" });
    for (const bad of ["", "   ", "x".repeat(256), "ключ", "tab\there"]) {
      const problem = await expectProblem(await send("/things", {}, { "Idempotency-Key": bad }), 400);
      expect(problem.errors![0]).toMatchObject({ in: "header", field: "Idempotency-Key" });
    }
    expect((await send("/optional", {})).status).toBe(201);
    expect((await send("/things", { name: "q" }, { "Idempotency-Key": `"${newKey()}"` })).status).toBe(201);
  });

  it("parses bare and RFC 8941 quoted keys", () => {
    expect(parseIdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324")).toEqual({ key: "8e03978e-40d5-43e8-bc93-6894a57f9324" });
    expect(parseIdempotencyKey('"8e03978e"')).toEqual({ key: "8e03978e" });
    expect(parseIdempotencyKey('"a\\"b"')).toEqual({ key: 'a"b' });
    expect(parseIdempotencyKey('"a"b"')).toHaveProperty("error");
    expect(parseIdempotencyKey("x".repeat(255))).toEqual({ key: "x".repeat(255) });
  });
});
