/**
 * Delivery of merchant notifications, run by an endpoint's WebhookDispatcher Durable Object (its
 * alarm): claim the due deliveries of one endpoint with a lease, POST each signed event, record
 * every attempt, then reschedule or settle. D1 holds the whole state, so a crash mid-way only
 * delays a delivery until its lease ends (at least once, never lost).
 */
import { and, eq, inArray, min } from "drizzle-orm";
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

/** Deliveries claimed per round and attempts in flight at once. */
const CLAIM_BATCH = 40;
const CONCURRENCY = 10;
/** A claimed delivery is due again after its lease: longer than the slowest possible round, so never sent twice by overlap. */
const LEASE_MS = Math.ceil(CLAIM_BATCH / CONCURRENCY) * DELIVERY_TIMEOUT_MS + 20_000;
/** One alarm run works at most this long, then re-arms itself (keeps each invocation short). */
const RUN_BUDGET_MS = 20_000;
const SNIPPET_CHARS = 512;

const log = createLogger({ component: "notifications" });

export function localhostAllowed(env: Bindings): boolean {
  return env.ENVIRONMENT === "development";
}

interface Claimed {
  id: string;
  event_id: string;
  attempt_count: number;
}

/** Secrets to sign with now: the current one, plus the previous one during a rotation's grace period. */
export async function signingSecrets(env: Bindings, endpoint: WebhookEndpoint, now: number): Promise<string[]> {
  const secrets = [await openSecret(env, endpoint.id, endpoint.secretCiphertext)];
  if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > now) {
    secrets.push(await openSecret(env, endpoint.id, endpoint.previousSecretCiphertext));
  }
  return secrets;
}

async function claimDue(env: Bindings, endpointId: string, now: number): Promise<Claimed[]> {
  const { results } = await env.DB.prepare(
    `UPDATE webhook_deliveries SET next_attempt_at = ?1, updated_at = ?2
     WHERE id IN (SELECT id FROM webhook_deliveries WHERE endpoint_id = ?3 AND status = 'pending' AND next_attempt_at <= ?2
                  ORDER BY next_attempt_at, created_at LIMIT ?4)
     RETURNING id, event_id, attempt_count`,
  ).bind(now + LEASE_MS, now, endpointId, CLAIM_BATCH).all<Claimed>();
  return results;
}

async function mapLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await run(items[next++]!);
  });
  await Promise.all(workers);
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

/** The writes that record an attempt and its consequences for the delivery and the endpoint. */
function attemptStatements(
  env: Bindings,
  endpoint: WebhookEndpoint,
  delivery: { id: string; eventId: string; attemptCount: number },
  trigger: WebhookAttempt["trigger"],
  result: AttemptResult,
  now: number,
): { attempt: WebhookAttempt; statements: D1PreparedStatement[] } {
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
  return { attempt, statements };
}

async function loadEndpoint(env: Bindings, endpointId: string): Promise<WebhookEndpoint | undefined> {
  const [row] = await getDb(env.DB).select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).limit(1);
  return row;
}

/**
 * Attempts every due delivery of one endpoint. Returns when the dispatcher should run next
 * (epoch ms), or null when nothing is pending (or the endpoint is gone or disabled).
 */
export async function dispatchDue(env: Bindings, endpointId: string): Promise<number | null> {
  const started = Date.now();
  for (;;) {
    const endpoint = await loadEndpoint(env, endpointId);
    if (!endpoint || endpoint.status === "disabled") return null;
    const claimed = await claimDue(env, endpointId, Date.now());
    if (claimed.length === 0) break;
    const events = await getDb(env.DB)
      .select({ id: webhookEvents.id, payload: webhookEvents.payload })
      .from(webhookEvents)
      .where(inArray(webhookEvents.id, claimed.map((d) => d.event_id)));
    const payloads = new Map(events.map((e) => [e.id, e.payload]));
    const secrets = await signingSecrets(env, endpoint, Date.now());
    const writes: D1PreparedStatement[] = [];
    await mapLimited(claimed, CONCURRENCY, async (d) => {
      const payload = payloads.get(d.event_id);
      if (payload === undefined) return; // cannot happen (FK); the lease expires and it is retried
      const result = await sendSigned(env, endpoint, d.event_id, payload, secrets);
      writes.push(...attemptStatements(env, endpoint, { id: d.id, eventId: d.event_id, attemptCount: d.attempt_count }, "scheduled", result, Date.now()).statements);
    });
    try {
      // One transaction per round: cheap, and all-or-nothing.
      if (writes.length) await env.DB.batch(writes);
    } catch (error) {
      // Sent but not recorded: the leases expire and these events are sent again (at least once).
      log.error("recording delivery attempts failed", { endpointId, count: claimed.length, ...describeError(error) });
      return Date.now() + LEASE_MS;
    }
    if (Date.now() - started > RUN_BUDGET_MS) return Date.now();
  }
  const [row] = await getDb(env.DB)
    .select({ next: min(webhookDeliveries.nextAttemptAt) })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
  return row?.next ? row.next.getTime() : null;
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
