/**
 * JSON calls to provider APIs (live mode only), through outboundFetch: timeout, byte cap, no
 * redirects, an Idempotency-Key on every write so that a retry after a timeout never pays twice.
 * Responses are validated with zod; provider failures become 502/504 problems that name the
 * provider but never echo its body (which may carry account data) to our clients.
 */
import type { z } from "@hono/zod-openapi";
import { ApiError } from "../lib/errors";
import { OutboundError, outboundFetch } from "../lib/outbound";
import type { LiveCredentials } from "./provider-config";

export const PROVIDER_TIMEOUT_MS = 10_000;
export const PROVIDER_MAX_BYTES = 64 * 1024;

export interface ProviderCall<S extends z.ZodType> {
  provider: string;
  credentials: LiveCredentials;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  idempotencyKey?: string;
  response: S;
  fetcher?: typeof fetch;
}

export async function callProvider<S extends z.ZodType>(call: ProviderCall<S>): Promise<z.output<S>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${call.credentials.apiKey}`, Accept: "application/json" };
  if (call.body !== undefined) headers["Content-Type"] = "application/json";
  if (call.idempotencyKey) headers["Idempotency-Key"] = call.idempotencyKey;
  let response;
  try {
    response = await outboundFetch(`${call.credentials.baseUrl}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      timeoutMs: PROVIDER_TIMEOUT_MS,
      maxBytes: PROVIDER_MAX_BYTES,
      redirect: "error",
      fetcher: call.fetcher,
    });
  } catch (error) {
    if (error instanceof OutboundError && error.reason === "timeout") {
      throw new ApiError("GATEWAY_TIMEOUT", { detail: `Provider '${call.provider}' did not answer in time`, extensions: { provider: call.provider }, cause: error });
    }
    throw new ApiError("BAD_GATEWAY", { detail: `Provider '${call.provider}' could not be reached`, extensions: { provider: call.provider }, cause: error });
  }
  if (response.status < 200 || response.status >= 300) {
    throw new ApiError("BAD_GATEWAY", {
      detail: `Provider '${call.provider}' refused the request (HTTP ${response.status})`,
      extensions: { provider: call.provider, providerStatus: response.status },
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(response.text());
  } catch (error) {
    throw new ApiError("BAD_GATEWAY", { detail: `Provider '${call.provider}' answered with malformed JSON`, extensions: { provider: call.provider }, cause: error });
  }
  const parsed = call.response.safeParse(json);
  if (!parsed.success) {
    throw new ApiError("BAD_GATEWAY", { detail: `Provider '${call.provider}' answered in an unexpected shape`, extensions: { provider: call.provider }, cause: parsed.error });
  }
  return parsed.data;
}
