import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { paymentProvidersCheck } from "../../src/providers/health";
import { MERCHANT_PKCS1_PRIVATE_KEY_PEM } from "../fixtures/mypos-test-keys";
import { api } from "../helpers/http";

describe("paymentProviders health check", () => {
  it("is ok in the sandbox and part of /health", async () => {
    expect(await paymentProvidersCheck.run(env)).toEqual({ status: "ok", details: { mode: "sandbox", mypos: "ok", payto: "ok", corepay: "ok" } });
    const body = await (await api("/api/v1/health")).json<{ checks: Record<string, { status: string }> }>();
    expect(body.checks.paymentProviders?.status).toBe("ok");
  });

  it("degrades (without secrets in the message) when live mode lacks settings", async () => {
    const outcome = await paymentProvidersCheck.run({
      ...env,
      ENVIRONMENT: "production",
      PAYMENT_PROVIDER_MODE: "live",
      MYPOS_CHECKOUT_URL: "https://www.mypos.com/vmp/checkout",
      MYPOS_PRIVATE_KEY: MERCHANT_PKCS1_PRIVATE_KEY_PEM,
      MYPOS_PUBLIC_CERT: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
      PAYTO_WEBHOOK_SECRET: undefined,
    });
    expect(outcome.status).toBe("degraded");
    expect(outcome.details).toEqual({ mode: "live", mypos: "not configured", payto: "not configured", corepay: "ok" });
    expect(outcome.message).toContain("MYPOS_PUBLIC_CERT does not load");
    expect(outcome.message).toContain("set PAYTO_WEBHOOK_SECRET");
    expect(outcome.message).not.toContain("BEGIN");

    const payto = await paymentProvidersCheck.run({ ...env, ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live" });
    expect(payto.details?.payto).toBe("not configured");
    expect(payto.message).toContain("custody provider");
  });
});
