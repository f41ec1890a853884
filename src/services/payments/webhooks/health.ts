import type { HealthCheck } from "../../health/health.service";
import type { WebhookSecretName } from "./standard-webhooks-adapter";

// The payment methods' webhooks (PayTo, CorePay, MyPOS) verify through their provider adapters, which
// fall back to the sandbox secrets in sandbox mode; the `paymentProviders` check reports those. The ramp
// webhooks have no fallback: without their secret they answer 503.
const PROVIDERS: Record<string, WebhookSecretName> = {
  onramp: "ONRAMP_WEBHOOK_SECRET",
  offramp: "OFFRAMP_WEBHOOK_SECRET",
};

/** Which provider webhooks can verify deliveries (a provider without a secret gets 503s): names only, never values. */
export const webhookSecretsCheck: HealthCheck = {
  name: "webhooks",
  critical: false,
  async run(env) {
    const configured = Object.fromEntries(
      Object.entries(PROVIDERS).map(([provider, name]) => [provider, !!(env[name] || env[`${name}_PREVIOUS`])]),
    );
    const missing = Object.entries(configured).filter(([, ok]) => !ok).map(([provider]) => provider);
    return missing.length
      ? { status: "degraded", message: `no webhook secret for: ${missing.join(", ")}`, details: configured }
      : { status: "ok", details: configured };
  },
};
