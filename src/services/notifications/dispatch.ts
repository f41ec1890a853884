/**
 * One attempt of a merchant notification: POST the signed event, then the D1 writes that record the
 * attempt and its consequences (settle, reschedule on the retry schedule, fail, mark the endpoint
 * failing or disabled). The Queue consumer (consume.ts) runs scheduled attempts; a merchant's manual
 * replay runs here directly.
 */
import { and, eq } from "drizzle-orm";
import type { Bindings } from "../../env";
import { getDb } from "../../db/client";
import { webhookDeliveries, webhookEndpoints, webhookEvents, type WebhookAttempt, type WebhookEndpoint } from "../../db/schema";
import { newId } from "../../lib/ids";
import { createLogger, describeError } from "../../lib/logger";
import { outboundFetch, OutboundError } from "../../lib/outbound";
import { signWebhook } from "../../lib/standard-webhooks";
import { assertPublicHttpsUrl, UnsafeUrlError } from "../../lib/ssrf";
import { DISABLE_AFTER_FAILING_MS, retryDelayMs } from "./retry-schedule";
import { openSecret } from "./secret-box";
import { DELIVERY_MAX_RESPONSE_BYTES, DELIVERY_TIMEOUT_MS, notificationTransport, USER_AGENT } from "./transport";

const SNIPPET_CHARS = 512;

export function localhostAllowed(env: Bindings): boolean {
  return env.ENVIRONMENT === "development";
}

/** Secrets to sign with now: the current one, plus the previous one during a rotation's grace period. */
export async function signingSecrets(env: Bindings, endpoint: WebhookEndpoint, now: number): Promise<string[]> {
  const secrets = [await openSecret(env, endpoint.id, endpoint.secretCiphertext)];
  if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > now) {
    secrets.push(await openSecret(env, endpoint.id, endpoint.previousSecretCiphertext));
  }
  return secrets;
}

export interface AttemptResult {
  outcome: "succeeded" | "failed";
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseSnippet: string | null;
}

/** One signed POST of `payload` to the endpoint; never throws. */
export async function sendSigned(env: Bindings, endpoint: WebhookEndpoint, eventId: string, payload: string, secrets: string[]): Promise<AttemptResult> {
  const started = Date.now();
  try {
    const url = assertPublicHttpsUrl(endpoint.url, { allowLocalhostHttp: localhostAllowed(env) });
    const headers = await signWebhook(secrets, eventId, Math.floor(Date.now() / 1000), payload);
    const res = await outboundFetch(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": USER_AGENT },
      body: payload,
      timeoutMs: DELIVERY_TIMEOUT_MS,
      maxBytes: DELIVERY_MAX_RESPONSE_BYTES,
      fetcher: notificationTransport.fetcher,
    });
    const ok = res.status >= 200 && res.status < 300;
    return {
      outcome: ok ? "succeeded" : "failed",
      statusCode: res.status,
      latencyMs: res.latencyMs,
      error: ok ? null : res.status >= 300 && res.status < 400 ? `redirect (${res.status}) not followed` : `HTTP ${res.status}`,
      responseSnippet: res.text().slice(0, SNIPPET_CHARS) || null,
    };
  } catch (error) {
    const message =
      error instanceof OutboundError ? `${error.reason}: ${error.message}`
      : error instanceof UnsafeUrlError ? `url refused (${error.reason}): ${error.message}`
      : `error: ${error instanceof Error ? error.message : String(error)}`;
    return { outcome: "failed", statusCode: null, latencyMs: Date.now() - started, error: message.slice(0, 500), responseSnippet: null };
  }
}

/** What follows a recorded attempt: nothing (settled, or a replay), another attempt at `retryAt`, or the dead-letter queue. */
export type FollowUp = { retryAt: number } | { exhausted: true } | null;

/** The writes that record an attempt and its consequences for the delivery and the endpoint. */
export function attemptStatements(
  env: Bindings,
  endpoint: WebhookEndpoint,
  delivery: { id: string; eventId: string; attemptCount: number },
  trigger: WebhookAttempt["trigger"],
  result: AttemptResult,
  now: number,
): { attempt: WebhookAttempt; statements: D1PreparedStatement[]; followUp: FollowUp } {
  const attempt: WebhookAttempt = {
    id: newId("att"),
    deliveryId: delivery.id,
    endpointId: endpoint.id,
    eventId: delivery.eventId,
    trigger,
    url: endpoint.url,
    outcome: result.outcome,
    statusCode: result.statusCode,
    latencyMs: result.latencyMs,
    error: result.error,
    responseSnippet: result.responseSnippet,
    attemptedAt: new Date(now),
  };
  const db = env.DB;
  const statements = [
    db.prepare(
      `INSERT INTO webhook_attempts (id, delivery_id, endpoint_id, event_id, "trigger", url, outcome, status_code, latency_ms, error, response_snippet, attempted_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)`,
    ).bind(attempt.id, attempt.deliveryId, attempt.endpointId, attempt.eventId, trigger, attempt.url, attempt.outcome, attempt.statusCode, attempt.latencyMs, attempt.error, attempt.responseSnippet, now),
  ];
  const succeeded = result.outcome === "succeeded";
  let followUp: FollowUp = null;
  if (succeeded) {
    statements.push(
      db.prepare(
        `UPDATE webhook_deliveries SET status = 'succeeded', next_attempt_at = NULL, succeeded_at = ?1, last_attempt_at = ?1,
           last_status_code = ?2, last_error = NULL, attempt_count = attempt_count + ?3, updated_at = ?1 WHERE id = ?4`,
      ).bind(now, result.statusCode, trigger === "scheduled" ? 1 : 0, delivery.id),
      db.prepare(
        `UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL, last_success_at = ?1, updated_at = ?1,
           status = CASE WHEN status = 'failing' THEN 'enabled' ELSE status END WHERE id = ?2`,
      ).bind(now, endpoint.id),
    );
  } else if (trigger === "replay") {
    // A manual replay that fails changes nothing but the record of it.
    statements.push(
      db.prepare(`UPDATE webhook_deliveries SET last_attempt_at = ?1, last_status_code = ?2, last_error = ?3, updated_at = ?1 WHERE id = ?4`)
        .bind(now, result.statusCode, result.error, delivery.id),
    );
  } else {
    const failedAttempts = delivery.attemptCount + 1;
    const delay = retryDelayMs(failedAttempts);
    followUp = delay === undefined ? { exhausted: true } : { retryAt: now + delay };
    statements.push(
      db.prepare(
        `UPDATE webhook_deliveries SET attempt_count = ?1, status = ?2, next_attempt_at = ?3, last_attempt_at = ?4,
           last_status_code = ?5, last_error = ?6, updated_at = ?4 WHERE id = ?7 AND status = 'pending'`,
      ).bind(failedAttempts, delay === undefined ? "failed" : "pending", delay === undefined ? null : now + delay, now, result.statusCode, result.error, delivery.id),
      db.prepare(
        `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1, failing_since = COALESCE(failing_since, ?1),
           last_failure_at = ?1, updated_at = ?1, status = CASE WHEN ?2 AND status = 'enabled' THEN 'failing' ELSE status END WHERE id = ?3`,
      ).bind(now, delay === undefined ? 1 : 0, endpoint.id),
      db.prepare(
        `UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = 'persistent_failure', updated_at = ?1
         WHERE id = ?2 AND status <> 'disabled' AND failing_since IS NOT NULL AND failing_since <= ?3`,
      ).bind(now, endpoint.id, now - DISABLE_AFTER_FAILING_MS),
    );
  }
  return { attempt, statements, followUp };
}

async function loadEndpoint(env: Bindings, endpointId: string): Promise<WebhookEndpoint | undefined> {
  const [row] = await getDb(env.DB).select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).limit(1);
  return row;
}

export type ReplayOutcome = { ok: true; attempt: WebhookAttempt } | { ok: false; reason: "not_found" | "endpoint_disabled" };

/** A manual re-send of one delivery (same event id, same payload), now. */
export async function replayDelivery(env: Bindings, endpointId: string, deliveryId: string): Promise<ReplayOutcome> {
  const endpoint = await loadEndpoint(env, endpointId);
  if (!endpoint) return { ok: false, reason: "not_found" };
  if (endpoint.status === "disabled") return { ok: false, reason: "endpoint_disabled" };
  const [row] = await getDb(env.DB)
    .select({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId, attemptCount: webhookDeliveries.attemptCount, payload: webhookEvents.payload })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId)))
    .limit(1);
  if (!row) return { ok: false, reason: "not_found" };
  const result = await sendSigned(env, endpoint, row.eventId, row.payload, await signingSecrets(env, endpoint, Date.now()));
  const { attempt, statements } = attemptStatements(env, endpoint, row, "replay", result, Date.now());
  await env.DB.batch(statements);
  return { ok: true, attempt };
}
