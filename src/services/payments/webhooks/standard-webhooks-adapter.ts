/**
 * The HMAC providers (PayTo, CorePay, on-ramp, off-ramp) follow Standard Webhooks:
 *
 *   webhook-id: msg_2Lp9…            unique per event, identical on every retry of it (de-duplication key)
 *   webhook-timestamp: 1795752488    unix seconds; refused outside WEBHOOK_TOLERANCE_SECONDS (default 300)
 *   webhook-signature: v1,<base64>   HMAC-SHA256 over `${id}.${timestamp}.${raw body}`; several
 *                                    space-separated signatures are allowed (key rotation)
 *
 * and a JSON body `{ "type": "...", "timestamp": "<ISO 8601>", "data": { ... } }`. Each provider has its
 * secret pair `<PROVIDER>_WEBHOOK_SECRET` and `<PROVIDER>_WEBHOOK_SECRET_PREVIOUS` (`whsec_…`): both are
 * accepted, so a secret can be rotated without dropping deliveries.
 */
import type { z } from "@hono/zod-openapi";
import type { Bindings, Secrets } from "../../../env";
import { intVar } from "../../../lib/config";
import { DEFAULT_TOLERANCE_SECONDS, verifyWebhook } from "../../../lib/standard-webhooks";
import { validationError } from "../../../lib/validation";
import { parseJsonBody, type MappedEvent, type VerifiedDelivery, type VerifyResult, type WebhookAdapter } from "./adapter";

export type WebhookSecretName = Extract<keyof Secrets, `${string}_WEBHOOK_SECRET`>;

/** Verify a Standard Webhooks delivery against the current and the previous secret of one provider. */
export async function verifyStandardWebhook(env: Bindings, secretName: WebhookSecretName, headers: Headers, body: Uint8Array): Promise<VerifyResult> {
  const current = env[secretName];
  const previous = env[`${secretName}_PREVIOUS` as keyof Secrets];
  if (!current && !previous) return { ok: false, reason: "not_configured" };
  const toleranceSeconds = intVar(env.WEBHOOK_TOLERANCE_SECONDS, DEFAULT_TOLERANCE_SECONDS);
  const result = await verifyWebhook([current, previous], headers, body, { toleranceSeconds });
  if (!result.ok) return { ok: false, reason: result.reason === "no_secret" ? "not_configured" : result.reason };
  return { ok: true, delivery: { deliveryId: result.id, timestamp: result.timestamp } };
}

/** The payload envelope every HMAC provider sends. */
export interface Envelope {
  type: string;
  timestamp?: string;
  data: unknown;
}

/** When the event happened: the payload's timestamp, else the signed delivery time, else now. */
export function occurredAt(payload: Envelope, delivery: VerifiedDelivery): number {
  if (payload.timestamp) return Date.parse(payload.timestamp);
  return delivery.timestamp !== undefined ? delivery.timestamp * 1000 : Date.now();
}

export function standardWebhooksAdapter<S extends z.ZodType<Envelope>>(options: {
  provider: string;
  secretName: WebhookSecretName;
  schema: S;
  map: (payload: z.infer<S>, context: { env: Bindings; delivery: VerifiedDelivery }) => Promise<MappedEvent>;
}): WebhookAdapter<z.infer<S>> {
  return {
    provider: options.provider,
    verify: ({ env, headers, body }) => verifyStandardWebhook(env, options.secretName, headers, body),
    parse(body) {
      const parsed = options.schema.safeParse(parseJsonBody(body));
      if (!parsed.success) throw validationError(parsed.error, "json");
      return parsed.data;
    },
    map: options.map,
  };
}
