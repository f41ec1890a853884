/**
 * Which provider adapters run: "sandbox" (local sandboxes that speak the real protocols, with the
 * committed SANDBOX-ONLY credentials) or "live" (real providers, credentials from secrets).
 * `PAYMENT_PROVIDER_MODE` decides; unset, development runs sandbox and everything else live.
 * Sandbox mode outside development is a configuration error, never a silent fallback.
 */
import type { Bindings } from "../env";
import { ApiError } from "../lib/errors";

export type ProviderMode = "sandbox" | "live";

export function isDevelopment(env: Partial<Pick<Bindings, "ENVIRONMENT">>): boolean {
  return env.ENVIRONMENT === "development";
}

export function providerMode(env: Partial<Pick<Bindings, "ENVIRONMENT" | "PAYMENT_PROVIDER_MODE">>): ProviderMode {
  const configured = env.PAYMENT_PROVIDER_MODE?.trim();
  const mode: ProviderMode = configured === "sandbox" || configured === "live" ? configured : isDevelopment(env) ? "sandbox" : "live";
  if (configured && configured !== mode) throw notConfigured("payments", `PAYMENT_PROVIDER_MODE must be "sandbox" or "live", not "${configured}"`);
  if (mode === "sandbox" && !isDevelopment(env)) {
    throw notConfigured("payments", 'PAYMENT_PROVIDER_MODE "sandbox" is only allowed when ENVIRONMENT is "development"');
  }
  return mode;
}

/** 503: the operator has not configured a provider; the detail says what to set (never a secret value). */
export function notConfigured(provider: string, what: string): ApiError {
  return new ApiError("SERVICE_UNAVAILABLE", { detail: `The ${provider} provider is not configured: ${what}` });
}
