/**
 * The ECB's publication rules: its euro reference rates are "for information purposes only" and
 * their use for transactions is discouraged (ECB, euro foreign exchange reference rates). A live
 * deployment whose only rate source is the ECB is warned in /health (and by the deploy check).
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { ECB_ONLY_WARNING, rateUseWarning } from "../../src/services/health/rate-use";

async function rateUse(overrides: Partial<typeof env>) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request("http://localhost/api/v1/health"), { ...env, ...overrides } as typeof env, ctx);
  await waitOnExecutionContext(ctx);
  const body = await res.json<{ status: string; checks: Record<string, { status: string; message?: string; details?: Record<string, unknown> }> }>();
  return { overall: body.status, check: body.checks.rateUse };
}

describe("ECB-only pricing warning", () => {
  it("warns a live deployment that prices with the ECB alone", async () => {
    const { overall, check } = await rateUse({ ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", RATE_SOURCES: "ecb" });
    expect(check).toMatchObject({ status: "degraded", message: ECB_ONLY_WARNING, details: { mode: "live", sources: "ecb", ecbOnly: true } });
    expect(check!.message).toMatch(/for information only/);
    expect(overall).not.toBe("ok");
  });

  it("is quiet with a transaction-grade feed beside the ECB, and in the sandbox", async () => {
    expect((await rateUse({ ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", RATE_SOURCES: "ecb,desk" })).check).toMatchObject({ status: "ok", details: { ecbOnly: false } });
    expect((await rateUse({ RATE_SOURCES: "ecb" })).check).toMatchObject({ status: "ok", details: { mode: "sandbox" } });
  });

  it("decides by the sources alone (the deploy check uses the same rule)", () => {
    expect(rateUseWarning("ecb", "live")).toBe(ECB_ONLY_WARNING);
    expect(rateUseWarning(" ecb , sandbox ", "live")).toBe(ECB_ONLY_WARNING); // the sandbox feed does not price live payments
    expect(rateUseWarning("ecb,desk", "live")).toBeUndefined();
    expect(rateUseWarning("desk", "live")).toBeUndefined();
    expect(rateUseWarning("", "live")).toBeUndefined();
    expect(rateUseWarning("ecb", "sandbox")).toBeUndefined();
  });
});
