import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectProblem } from "../helpers/http";
import { bearer, merchantWithKeys } from "../helpers/merchants";

/** The app with one real Workers rate limiter (3 per minute, TEST_RATE_LIMITER) in place of the configured ones. */
const call = (path: string, headers: Record<string, string>, overrides: Partial<typeof env>) => api(path, { headers, env: overrides });

/**
 * TEST_RATE_LIMITER in place of a limiter: the tests' worker is a development instance, so the
 * binding that counts is the development one (`<NAME>_DEV`); both are replaced.
 */
const limitedTo = (name: "PUBLIC_RATE_LIMITER" | "API_RATE_LIMITER") => ({ [name]: env.TEST_RATE_LIMITER, [`${name}_DEV`]: env.TEST_RATE_LIMITER });

describe("rate limits", () => {
  it("429 with Retry-After on a public route after the per-IP limit; other IPs unaffected", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const limited = limitedTo("PUBLIC_RATE_LIMITER");
    for (let i = 0; i < 3; i++) expect((await call("/api/v1/ping", { "CF-Connecting-IP": ip }, limited)).status).toBe(200);
    const res = await call("/api/v1/ping", { "CF-Connecting-IP": ip }, limited);
    expect(res.headers.get("retry-after")).toBe("60");
    expect((await expectProblem(res, 429)).code).toBe("RATE_LIMITED");
    expect((await call("/api/v1/ping", { "CF-Connecting-IP": `${ip}1` }, limited)).status).toBe(200);
  });

  it("429 on an authenticated route after the per-key limit, whatever the IP", async () => {
    const m = await merchantWithKeys();
    const limited = limitedTo("API_RATE_LIMITER");
    for (let i = 0; i < 3; i++) expect((await call("/api/v1/payments", { ...bearer(m.sk), "CF-Connecting-IP": `203.0.113.${i}` }, limited)).status).toBe(200);
    const problem = await expectProblem(await call("/api/v1/payments", { ...bearer(m.sk), "CF-Connecting-IP": "203.0.113.99" }, limited), 429);
    expect(problem.detail).toContain("retry after 60 seconds");
  });

  it("counts failed credentials against the caller's IP", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const limited = limitedTo("PUBLIC_RATE_LIMITER");
    const wrong = { ...bearer(`sk_test_${"b".repeat(32)}`), "CF-Connecting-IP": ip };
    for (let i = 0; i < 3; i++) await expectProblem(await call("/api/v1/payments", wrong, limited), 401);
    await expectProblem(await call("/api/v1/payments", wrong, limited), 429);
  });

  it("RATE_LIMITS=off skips the limiters (load tests)", async () => {
    const ip = "198.18.0.7";
    const off = { ...limitedTo("PUBLIC_RATE_LIMITER"), RATE_LIMITS: "off" };
    for (let i = 0; i < 5; i++) expect((await call("/api/v1/ping", { "CF-Connecting-IP": ip }, off)).status).toBe(200);
  });

  it("a development instance counts against its generous _DEV limiters, any other deployment against the production ones", async () => {
    // Production limits of 3 a minute, development ones that never run out (the suite's 1,000,000).
    const strict = { PUBLIC_RATE_LIMITER: env.TEST_RATE_LIMITER, PUBLIC_RATE_LIMITER_DEV: env.PUBLIC_RATE_LIMITER_DEV };
    const ip = `198.18.1.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++) expect((await call("/api/v1/ping", { "CF-Connecting-IP": ip }, { ...strict, ENVIRONMENT: "development" })).status).toBe(200);
    const prodIp = `198.18.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 3; i++) expect((await call("/api/v1/ping", { "CF-Connecting-IP": prodIp }, { ...strict, ENVIRONMENT: "production" })).status).toBe(200);
    await expectProblem(await call("/api/v1/ping", { "CF-Connecting-IP": prodIp }, { ...strict, ENVIRONMENT: "production" }), 429);
  });
});
