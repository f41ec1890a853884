import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createRouter } from "../../src/lib/create-router";
import { bearerToken, requireAdmin, timingSafeEqualStrings } from "../../src/middleware/admin-auth";
import { errorHandler } from "../../src/middleware/error-handler";
import { requestIdMiddleware } from "../../src/middleware/request-context";
import { api, expectProblem } from "../helpers/http";

function probe() {
  const app = createRouter();
  app.use(requestIdMiddleware);
  app.use("/admin/*", requireAdmin);
  app.get("/admin/thing", (c) => c.json({ ok: true }));
  app.onError(errorHandler);
  return app;
}

const call = (headers: Record<string, string>, overrides: Partial<typeof env> = {}) => api("/admin/thing", { headers, app: probe(), env: overrides });

describe("requireAdmin", () => {
  it("lets the configured token through", async () => {
    const res = await call({ Authorization: "Bearer test-admin-token" });
    expect(res.status).toBe(200);
  });

  it.each([
    ["missing", {}],
    ["wrong", { Authorization: "Bearer test-admin-tokeN" }],
    ["prefix", { Authorization: "Bearer test-admin" }],
    ["basic scheme", { Authorization: "Basic dGVzdC1hZG1pbi10b2tlbg==" }],
  ])("refuses a %s token with a 401 problem", async (_name, headers) => {
    const res = await call(headers as Record<string, string>);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    expect((await expectProblem(res, 401)).code).toBe("UNAUTHORIZED");
  });

  it("refuses everyone when ADMIN_TOKEN is not configured", async () => {
    await expectProblem(await call({ Authorization: "Bearer " }, { ADMIN_TOKEN: undefined }), 401);
    await expectProblem(await call({ Authorization: "Bearer undefined" }, { ADMIN_TOKEN: undefined }), 401);
  });

  it("compares strings in constant time and parses bearer headers strictly", async () => {
    expect(await timingSafeEqualStrings("abc", "abc")).toBe(true);
    expect(await timingSafeEqualStrings("abc", "abcd")).toBe(false);
    expect(bearerToken("Bearer sk_test_123")).toBe("sk_test_123");
    expect(bearerToken("bearer  x")).toBe("x");
    expect(bearerToken("Bearer a b")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
