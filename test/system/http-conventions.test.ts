import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { jsonBody, jsonContent, problemResponses } from "../../src/lib/openapi";
import { PositiveDecimalString } from "../../src/lib/money";
import { api, expectProblem } from "../helpers/http";

/** The real app plus two probe routes: one that validates a JSON body, one that throws. */
function appWithProbes() {
  const app = createApp();
  const echo = createRoute({
    method: "post",
    path: "/api/v1/__probe/echo",
    request: {
      query: z.object({ mode: z.enum(["a", "b"]).optional() }),
      body: jsonBody(z.strictObject({ amount: PositiveDecimalString, currency: z.string().length(3) })),
    },
    responses: { 200: jsonContent(z.object({ amount: z.string() }), "echo"), ...problemResponses("VALIDATION_FAILED") },
  });
  app.openapi(echo, (c) => c.json({ amount: c.req.valid("json").amount }, 200));
  app.get("/api/v1/__probe/boom", () => {
    throw new Error("secret internal detail: db password=hunter2");
  });
  return app;
}

const call = (path: string, init?: RequestInit) => api(path, { ...init, app: appWithProbes() });

describe("problem+json for every failure", () => {
  it("400 names each invalid body field, with a JSON pointer", async () => {
    const res = await call("/api/v1/__probe/echo", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ amount: "1e5", currency: "EURO" }),
    });
    const problem = await expectProblem(res, 400);
    expect(problem.code).toBe("VALIDATION_FAILED");
    expect(problem.type).toBe("https://coreport.net/problems/validation-failed");
    expect(problem.instance).toBe("/api/v1/__probe/echo");
    expect(problem.errors?.map((e) => [e.in, e.field, e.pointer])).toEqual([
      ["body", "amount", "/amount"],
      ["body", "currency", "/currency"],
    ]);
  });

  it("400 for unknown body fields (bodies are strict)", async () => {
    const res = await call("/api/v1/__probe/echo", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ amount: "10.00", currency: "EUR", isAdmin: true }),
    });
    const problem = await expectProblem(res, 400);
    expect(problem.errors).toEqual([expect.objectContaining({ field: "isAdmin", code: "unknown_field" })]);
  });

  it("400 for invalid query parameters, located in the query", async () => {
    const res = await call("/api/v1/__probe/echo?mode=zzz", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ amount: "10.00", currency: "EUR" }),
    });
    const problem = await expectProblem(res, 400);
    expect(problem.errors?.[0]).toMatchObject({ in: "query", field: "mode" });
  });

  it("400 MALFORMED_JSON for a body that is not JSON", async () => {
    const res = await call("/api/v1/__probe/echo", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{\"amount\": " });
    const problem = await expectProblem(res, 400);
    expect(problem.code).toBe("MALFORMED_JSON");
  });

  it("accepts a valid body", async () => {
    const res = await call("/api/v1/__probe/echo", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ amount: "10.50", currency: "EUR" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ amount: "10.50" });
  });

  it("404 for an unknown route", async () => {
    const problem = await expectProblem(await api("/api/v1/does-not-exist"), 404);
    expect(problem.code).toBe("NOT_FOUND");
  });

  it("405 with Allow for a known path and the wrong method", async () => {
    const res = await api("/api/v1/ping", { method: "DELETE" });
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    const problem = await expectProblem(res, 405);
    expect(problem.detail).toContain("DELETE");
  });

  it("413 for a body above MAX_BODY_BYTES, declared or streamed", async () => {
    const big = JSON.stringify({ amount: "1.00", currency: "EUR", pad: "x".repeat(70_000) });
    const declared = await call("/api/v1/__probe/echo", { method: "POST", headers: { "Content-Type": "application/json" }, body: big });
    expect((await expectProblem(declared, 413)).code).toBe("PAYLOAD_TOO_LARGE");
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await call("/api/v1/__probe/echo", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      body: stream,
      // @ts-expect-error: workerd needs duplex for streamed request bodies
      duplex: "half",
    });
    await expectProblem(streamed, 413);
  });

  it("415 for a non-JSON body", async () => {
    const res = await call("/api/v1/__probe/echo", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "amount=1" });
    expect((await expectProblem(res, 415)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("500 for a thrown error, without internals", async () => {
    const res = await call("/api/v1/__probe/boom");
    const problem = await expectProblem(res, 500);
    const text = JSON.stringify(problem);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("secret internal detail");
    expect(problem.requestId).toMatch(/^req_/);
  });
});

describe("request ids", () => {
  it("echoes a sane X-Request-Id from the caller, in headers and problems", async () => {
    const res = await api("/api/v1/nope", { headers: { "X-Request-Id": "merchant-trace-123" } });
    expect(res.headers.get("x-request-id")).toBe("merchant-trace-123");
    expect((await expectProblem(res, 404)).requestId).toBe("merchant-trace-123");
  });

  it("replaces an unsafe or oversized request id with a generated one", async () => {
    for (const bad of ["<script>", "a".repeat(300), "id with spaces"]) {
      const res = await api("/api/v1/ping", { headers: { "X-Request-Id": bad } });
      expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-z]{26}$/);
    }
  });

  it("generates distinct ids per request", async () => {
    const [a, b] = await Promise.all([api("/api/v1/ping"), api("/api/v1/ping")]);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });
});

describe("CORS", () => {
  it("allows a configured origin, including preflight", async () => {
    const res = await api("/api/v1/ping", { headers: { Origin: "http://localhost:8788" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:8788");
    expect(res.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
    const preflight = await api("/api/v1/ping", {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:8788", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "Idempotency-Key" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:8788");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Idempotency-Key");
  });

  it("gives a refused origin no Access-Control-Allow-Origin", async () => {
    for (const origin of ["https://evil.example", "http://localhost:8788.evil.example", "null"]) {
      const res = await api("/api/v1/ping", { headers: { Origin: origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});

describe("secure headers", () => {
  it("sets nosniff, a strict CSP on the API and no server banner", async () => {
    const res = await api("/api/v1/ping");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});
