/**
 * Provider callbacks signed with Standard Webhooks (PayTo and CorePay): verify the HMAC over the
 * exact raw bytes with any of the provider's secrets (rotation), within the timestamp tolerance, then
 * parse and validate the JSON payload. Nothing is written before this returns.
 */
import type { z } from "@hono/zod-openapi";
import { ApiError } from "../lib/errors";
import { intVar } from "../lib/config";
import { DEFAULT_TOLERANCE_SECONDS, verifyWebhook, type WebhookVerification } from "../lib/standard-webhooks";
import { validationError } from "../lib/validation";
import type { RawCallback } from "./types";

const REASONS: Record<Exclude<WebhookVerification, { ok: true }>["reason"], string> = {
  missing_headers: "webhook-id, webhook-timestamp and webhook-signature headers are required",
  bad_timestamp: "webhook-timestamp is not a unix timestamp",
  stale_timestamp: "webhook-timestamp is outside the tolerance (replay protection)",
  bad_signature: "no webhook-signature matches",
  no_secret: "no webhook secret is configured",
};

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** How far a signed timestamp may be from now (WEBHOOK_TOLERANCE_SECONDS, default 300 s): replay protection. */
export function webhookToleranceSeconds(env: { WEBHOOK_TOLERANCE_SECONDS?: string }): number {
  return intVar(env.WEBHOOK_TOLERANCE_SECONDS, DEFAULT_TOLERANCE_SECONDS);
}

export interface VerifiedWebhook<T> {
  /** `webhook-id`: the same for every delivery of one message. */
  webhookId: string;
  /** `webhook-timestamp`, unix seconds. */
  timestamp: number;
  payload: T;
}

export async function verifyJsonWebhook<S extends z.ZodType>(
  provider: string,
  secrets: Array<string | undefined>,
  callback: RawCallback,
  schema: S,
  options: { nowSeconds?: number; toleranceSeconds?: number } = {},
): Promise<VerifiedWebhook<z.infer<S>>> {
  const verified = await verifyWebhook(secrets, callback.headers, callback.body, options);
  if (!verified.ok) {
    if (verified.reason === "no_secret") throw new ApiError("SERVICE_UNAVAILABLE", { detail: `The ${provider} webhook secret is not configured` });
    throw new ApiError("UNAUTHORIZED", { detail: `${provider} webhook signature check failed: ${REASONS[verified.reason]}`, extensions: { reason: verified.reason } });
  }
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(callback.body));
  } catch {
    throw new ApiError("MALFORMED_JSON", { detail: "The webhook body is not valid UTF-8 JSON" });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error, "json");
  return { webhookId: verified.id, timestamp: verified.timestamp, payload: parsed.data };
}
