/**
 * Which adapter a provider runs: the `providers` row's `mode` decides (sandbox in development and
 * tests, live with real credentials). A disabled or missing provider, a live provider without its
 * URL or key, and a sandbox provider in production are all refused with 503: a sandbox adapter in
 * production would "complete" orders without moving money.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { providers, type Provider } from "../db/schema";
import type { Bindings } from "../env";
import { ApiError } from "../lib/errors";

export type ProviderMode = Provider["mode"];

export interface LiveCredentials {
  baseUrl: string;
  apiKey: string;
}

export type ResolvedProvider =
  | { provider: Provider; mode: "sandbox" }
  | { provider: Provider; mode: "live"; credentials: LiveCredentials };

function unavailable(code: string, why: string): ApiError {
  return new ApiError("SERVICE_UNAVAILABLE", { detail: `Provider '${code}' is not available`, extensions: { provider: code }, cause: new Error(why) });
}

/**
 * Load an enabled provider and, in live mode, its credentials (`baseUrl` must be https).
 * `credentials` names the vars/secrets holding them for this provider.
 */
export async function resolveProvider(
  env: Bindings,
  code: string,
  credentials: { baseUrl: string | undefined; apiKey: string | undefined },
): Promise<ResolvedProvider> {
  const [provider] = await getDb(env.DB).select().from(providers).where(eq(providers.code, code));
  if (!provider || !provider.enabled) throw unavailable(code, "missing or disabled");
  if (provider.mode === "sandbox") {
    if (env.ENVIRONMENT === "production") throw unavailable(code, "sandbox mode refused in production");
    return { provider, mode: "sandbox" };
  }
  const baseUrl = credentials.baseUrl?.trim();
  const apiKey = credentials.apiKey?.trim();
  if (!baseUrl || !apiKey) throw unavailable(code, "live mode without base URL or API key");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw unavailable(code, "base URL is not a URL");
  }
  if (url.protocol !== "https:") throw unavailable(code, "base URL is not https");
  return { provider, mode: "live", credentials: { baseUrl: url.href.replace(/\/+$/, ""), apiKey } };
}
