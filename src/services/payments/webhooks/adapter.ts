/**
 * Provider webhooks, one pipeline for all: raw body → verify (signature over the exact bytes) → parse →
 * map to a core event on a subject → apply through the subject's Durable Object → answer 2xx only once
 * the event is durable. A provider plugs in with a `WebhookAdapter`; the pipeline never changes.
 *
 * Answers: 401 bad/missing/stale signature (nothing parsed, nothing written) · 503 verification not
 * configured · 400 malformed payload · 404 unknown payment/order · 202 money that names no subject
 * (recorded as unmatched, see UnmatchedDelivery) · 422 an event that does not apply to
 * that kind of subject · 200 recorded (accepted, refused by the state machine, or a repeat of an event
 * already recorded — the provider must not retry any of these).
 */
import type { Context } from "hono";
import type { ApplyEventInput, RecordedEventResult } from "../../../durable-objects/payment-object";
import type { AppEnv, Bindings } from "../../../env";
import { sha256Hex } from "../../../lib/sha256";
import { ApiError } from "../../../lib/errors";
import { applyEvent } from "../payments.service";

export interface VerifiedDelivery {
  /** The provider's id of this delivery (Standard Webhooks `webhook-id`): the de-duplication key. */
  deliveryId?: string;
  /** Signed send time, unix seconds. */
  timestamp?: number;
}

export type VerificationFailure = "missing_headers" | "missing_signature" | "bad_timestamp" | "stale_timestamp" | "bad_signature" | "not_configured";

export type VerifyResult = { ok: true; delivery: VerifiedDelivery } | { ok: false; reason: VerificationFailure };

export interface MappedEvent {
  subjectId: string;
  /** Who sent the event, recorded as its `source` (default: the adapter's provider); one endpoint can hear several senders. */
  source?: string;
  event: Omit<ApplyEventInput, "source" | "payloadHash">;
}

export interface WebhookAdapter<P> {
  /** The provider code, recorded as the event `source`. */
  provider: string;
  /** Check the delivery's authenticity over the exact raw bytes. Must not throw on hostile input. */
  verify(input: { env: Bindings; headers: Headers; body: Uint8Array }): Promise<VerifyResult>;
  /** Decode a verified body into the provider's payload (throws a 400 ApiError naming the field). */
  parse(body: Uint8Array): P;
  /** Find the subject and translate the payload into a core event (throws 404/422 ApiErrors). */
  map(payload: P, context: { env: Bindings; delivery: VerifiedDelivery }): Promise<MappedEvent>;
  /** The provider's expected success answer; default: the JSON acknowledgement. */
  respond?(c: Context<AppEnv>, result: RecordedEventResult, subjectId: string): Response;
  /**
   * Work that follows a newly accepted event (e.g. start the payout of an order now `payout_pending`).
   * Awaited before the acknowledgement; must not throw (the event is already recorded).
   */
  afterAccepted?(env: Bindings, subjectId: string, result: RecordedEventResult): Promise<void>;
}

/**
 * Thrown by `map` for money that names no subject (a bank transfer without a reference we issued):
 * the adapter has recorded it; the pipeline answers 202 with `matched: false` and applies nothing.
 */
export class UnmatchedDelivery extends Error {
  constructor(readonly acknowledgement: { unmatchedTransferId: string; reason: string; duplicate: boolean }) {
    super(`Unmatched delivery: ${acknowledgement.reason}`);
    this.name = "UnmatchedDelivery";
  }
}

const FAILURE_DETAIL: Record<Exclude<VerificationFailure, "not_configured">, string> = {
  missing_headers: "The delivery lacks valid signature headers",
  missing_signature: "The delivery carries no signature",
  bad_timestamp: "The signed timestamp is malformed",
  stale_timestamp: "The signed timestamp is outside the accepted tolerance (replayed or clock skew)",
  bad_signature: "No signature matches the payload",
};

/** The JSON acknowledgement returned to HMAC providers. */
export function acknowledgement(result: RecordedEventResult, subjectId: string) {
  return {
    received: true as const,
    subjectId,
    eventId: result.eventId,
    duplicate: result.duplicate,
    accepted: result.accepted,
    status: result.subjectStatus,
    ...(result.reason ? { reason: result.reason } : {}),
  };
}

export async function handleProviderWebhook<P>(c: Context<AppEnv>, adapter: WebhookAdapter<P>): Promise<Response> {
  const log = c.get("log").child({ provider: adapter.provider });
  const body = new Uint8Array(await c.req.arrayBuffer());

  const verified = await adapter.verify({ env: c.env, headers: c.req.raw.headers, body });
  if (!verified.ok) {
    if (verified.reason === "not_configured") {
      log.error("webhook verification is not configured; refusing delivery");
      throw new ApiError("SERVICE_UNAVAILABLE", {
        detail: `Webhook verification for '${adapter.provider}' is not configured`,
        headers: { "Retry-After": "300" },
      });
    }
    log.warn("webhook verification failed", { reason: verified.reason });
    throw new ApiError("UNAUTHORIZED", { detail: FAILURE_DETAIL[verified.reason], extensions: { reason: verified.reason } });
  }

  const payload = adapter.parse(body);
  let mapped: MappedEvent;
  try {
    mapped = await adapter.map(payload, { env: c.env, delivery: verified.delivery });
  } catch (error) {
    if (!(error instanceof UnmatchedDelivery)) throw error;
    log.warn("webhook delivery matches no subject; recorded as unmatched", error.acknowledgement);
    c.header("Cache-Control", "no-store");
    return c.json({ received: true as const, matched: false as const, ...error.acknowledgement }, 202);
  }
  const { subjectId, event } = mapped;
  const result = await applyEvent(c.env, subjectId, { ...event, source: mapped.source ?? adapter.provider, payloadHash: await sha256Hex(body) });
  if (result.status === "not_found") throw ApiError.notFound(subjectId.startsWith("ord_") ? "Order" : "Payment", subjectId);
  if (result.status === "invalid") throw new ApiError("UNPROCESSABLE", { detail: `The event cannot apply to '${subjectId}': ${result.reason}` });

  log.info("webhook event recorded", {
    subjectId,
    eventId: result.eventId,
    type: result.type,
    duplicate: result.duplicate,
    accepted: result.accepted,
    status: result.subjectStatus,
    projected: result.projected,
  });
  if (adapter.afterAccepted && result.accepted && !result.duplicate) await adapter.afterAccepted(c.env, subjectId, result);
  if (adapter.respond) return adapter.respond(c, result, subjectId);
  c.header("Cache-Control", "no-store");
  return c.json(acknowledgement(result, subjectId), 200);
}

/** Decode a JSON body, as a 400 problem when it is not JSON. */
export function parseJsonBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(body));
  } catch {
    throw new ApiError("MALFORMED_JSON", { detail: "The webhook body is not valid UTF-8 JSON" });
  }
}
