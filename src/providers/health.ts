/**
 * /health check of the payment provider configuration: every method's adapter can be built (vars and
 * secrets present, sandbox keys not used live) and the myPOS keys load. Not critical: a misconfigured
 * method degrades the service, it does not take the rest down. Messages name settings, never values.
 */
import { ApiError } from "../lib/errors";
import { cachedPrivateKey, cachedPublicKey } from "../lib/rsa";
import type { CheckOutcome, HealthCheck } from "../services/health/health.service";
import { providerMode } from "./mode";
import { paymentAdapter } from "./registry";
import type { PaymentMethod } from "./types";

const METHODS: PaymentMethod[] = ["mypos", "payto", "corepay"];

export const paymentProvidersCheck: HealthCheck = {
  name: "paymentProviders",
  critical: false,
  async run(env): Promise<CheckOutcome> {
    const details: Record<string, string> = {};
    try {
      details.mode = providerMode(env);
    } catch (error) {
      return { status: "degraded", message: error instanceof ApiError ? error.detail : "provider mode unreadable", details: { mode: "invalid" } };
    }
    const problems: string[] = [];
    for (const method of METHODS) {
      try {
        if (method === "mypos") {
          const { config } = paymentAdapter(env, "mypos");
          const keyOptions = { minBits: config.minKeyBits };
          await cachedPrivateKey(config.privateKeyPem, keyOptions).catch(() => Promise.reject(new Error("MYPOS_PRIVATE_KEY does not load")));
          await cachedPublicKey(config.providerCertPem, keyOptions).catch(() => Promise.reject(new Error("MYPOS_PUBLIC_CERT does not load")));
        } else if (method === "payto") {
          const { config } = paymentAdapter(env, "payto");
          if (!config.depositAddressSecret) throw new Error("PayTo live deposit addresses need a custody provider integration, which does not exist yet");
        } else {
          paymentAdapter(env, method);
        }
        details[method] = "ok";
      } catch (error) {
        const message = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : "unusable";
        details[method] = "not configured";
        problems.push(message);
      }
    }
    return problems.length ? { status: "degraded", message: problems.join("; "), details } : { status: "ok", details };
  },
};
