// The typed client (openapi-fetch over the generated schema) against the real worker.
import { describe, expect, it } from "vitest";
import { ApiProblemError, createCorePortClient, toProblemError, unwrap, unwrapResponse } from "../../src/client";
import { api, fetcherOf } from "../helpers/http";

const viaWorker = fetcherOf();

describe("createCorePortClient", () => {
  it("calls a typed operation and returns its data", async () => {
    const client = createCorePortClient({ baseUrl: "http://localhost/", fetch: viaWorker });
    const ping = await unwrap(client.GET("/api/v1/ping"));
    expect(ping.message).toBe("pong");
    expect(Date.parse(ping.time)).not.toBeNaN();
    const { data, response } = await unwrapResponse(client.GET("/api/v1/health"));
    expect(["ok", "degraded"]).toContain(data.status);
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("sends the key and client secret headers", async () => {
    let seen: Request | undefined;
    const client = createCorePortClient({
      baseUrl: "http://localhost",
      apiKey: "pk_test_0123456789abcdefghjkmnpqrstvwx",
      clientSecret: "pay_x_secret_y",
      fetch: async (request) => ((seen = request), viaWorker(request)),
    });
    await unwrap(client.GET("/api/v1/ping"));
    expect(seen?.headers.get("authorization")).toBe("Bearer pk_test_0123456789abcdefghjkmnpqrstvwx");
    expect(seen?.headers.get("x-client-secret")).toBe("pay_x_secret_y");
  });

  it("turns a problem+json answer into an ApiProblemError carrying its detail and request id", async () => {
    const client = createCorePortClient({
      baseUrl: "http://localhost",
      // Route the typed call to a path that does not exist, to get a real problem document.
      fetch: (request) => viaWorker(new Request(request.url.replace("/ping", "/no-such-route"), request)),
    });
    const error = await unwrap(client.GET("/api/v1/ping")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblemError);
    const problem = error as ApiProblemError;
    expect(problem.status).toBe(404);
    expect(problem.message).toBe("No route for GET /api/v1/no-such-route");
    expect(problem.problem.code).toBe("NOT_FOUND");
    expect(problem.requestId).toMatch(/^req_/);
  });

  it("gives a readable message for bodies that are not problems, and for network failures", async () => {
    expect(toProblemError(502, "<html>Bad gateway</html>").message).toMatch(/unavailable right now \(HTTP 502\)/);
    expect(toProblemError(429, undefined, new Headers({ "retry-after": "7" }))).toMatchObject({ status: 429, retryAfter: "7" });
    expect(toProblemError(400, { detail: "   " }).message).toBe("The request failed (HTTP 400).");
    const client = createCorePortClient({ baseUrl: "http://localhost", fetch: () => Promise.reject(new TypeError("fetch failed")) });
    const error = (await unwrap(client.GET("/api/v1/ping")).catch((e: unknown) => e)) as ApiProblemError;
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Could not reach the payment service/);
  });

  it("the problem document the worker sends has what toProblemError reads", async () => {
    const res = await api("/api/v1/nope");
    const error = toProblemError(res.status, await res.json(), res.headers);
    expect(error.message).toContain("/api/v1/nope");
    expect(error.requestId).toBe(res.headers.get("x-request-id"));
  });
});
