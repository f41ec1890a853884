/**
 * The seam between payment state changes and merchant notifications. The payments core calls
 * `publishMerchantEvent` from its outbox for every accepted state change. It durably records the
 * event and one delivery per matching endpoint (one D1 batch), then wakes each endpoint's
 * WebhookDispatcher Durable Object, which delivers off the request path. Publishing the same event
 * id again is a no-op (safe for outbox retries).
 */
import { and, eq, ne } from "drizzle-orm";
import type { Bindings } from "../../env";
import { getDb } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import { newId } from "../../lib/ids";
import { createLogger, describeError } from "../../lib/logger";
import { isCatalogued, subscribes } from "./catalogue";

export interface MerchantEvent {
  /** Stable event id (`evt_…`): the same state change always carries the same id. */
  id: string;
  /** From the documented catalogue (services/notifications/catalogue.ts), e.g. `payment.succeeded`. */
  type: string;
  merchantId: string;
  /** The payment or order id. */
  objectId: string;
  /** Snapshot of the object after the change. */
  data: Record<string, unknown>;
  createdAt: string;
  /** Mode of the object; when given, only endpoints of that mode receive it. */
  mode?: "test" | "live";
}

export interface PublishResult {
  eventId: string;
  /** Endpoints the event is (or already was) queued for. */
  endpointIds: string[];
}

const log = createLogger({ component: "notifications" });
const EVENT_ID = /^[A-Za-z0-9_-]{1,128}$/;
const EVENT_TYPE = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;

/** The exact JSON body every delivery of this event carries (Standard Webhooks payload shape). */
export function eventPayload(event: MerchantEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    timestamp: event.createdAt,
    ...(event.mode ? { mode: event.mode } : {}),
    objectId: event.objectId,
    data: event.data,
  });
}

export async function publishMerchantEvent(env: Bindings, event: MerchantEvent): Promise<PublishResult> {
  if (!EVENT_ID.test(event.id)) throw new Error(`Invalid event id '${event.id}'`);
  if (!EVENT_TYPE.test(event.type)) throw new Error(`Invalid event type '${event.type}'`);
  const occurredAt = Date.parse(event.createdAt);
  if (!Number.isFinite(occurredAt)) throw new Error(`Invalid event time '${event.createdAt}'`);
  if (!isCatalogued(event.type)) log.warn("event type not in the catalogue: only '*' endpoints receive it", { type: event.type });

  const endpoints = (await getDb(env.DB)
    .select({ id: webhookEndpoints.id, mode: webhookEndpoints.mode, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.merchantId, event.merchantId), ne(webhookEndpoints.status, "disabled"))))
    .filter((e) => (!event.mode || e.mode === event.mode) && subscribes(e.eventTypes, event.type));

  const now = Date.now();
  const db = env.DB;
  await db.batch([
    db.prepare(
      `INSERT INTO webhook_events (id, merchant_id, type, object_id, mode, payload, occurred_at, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING`,
    ).bind(event.id, event.merchantId, event.type, event.objectId, event.mode ?? null, eventPayload(event), occurredAt, now),
    // Only for the merchant the stored event belongs to: a reused id can never leak another merchant's payload.
    ...endpoints.map((endpoint) =>
      db.prepare(
        `INSERT INTO webhook_deliveries (id, event_id, endpoint_id, merchant_id, status, attempt_count, next_attempt_at, created_at, updated_at)
         SELECT ?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5, ?5 WHERE EXISTS (SELECT 1 FROM webhook_events WHERE id = ?2 AND merchant_id = ?4)
         ON CONFLICT (event_id, endpoint_id) DO NOTHING`,
      ).bind(newId("del"), event.id, endpoint.id, event.merchantId, now),
    ),
  ]);

  await wakeDispatchers(env, endpoints.map((e) => e.id));
  return { eventId: event.id, endpointIds: endpoints.map((e) => e.id) };
}

/** Arms each endpoint's dispatcher. A failure here loses nothing: the deliveries are in D1 and the cron sweep re-arms them. */
export async function wakeDispatchers(env: Bindings, endpointIds: string[]): Promise<void> {
  const results = await Promise.allSettled(
    endpointIds.map((id) => env.WEBHOOK_DISPATCHER.get(env.WEBHOOK_DISPATCHER.idFromName(id)).kick(id)),
  );
  results.forEach((r, i) => {
    if (r.status === "rejected") log.warn("could not wake a webhook dispatcher", { endpointId: endpointIds[i], ...describeError(r.reason) });
  });
}

/** Cron safety net: endpoints whose deliveries are overdue (a lost wake-up, an evicted alarm) are woken again. */
export async function sweepOverdueDeliveries(env: Bindings, now = Date.now()): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT DISTINCT d.endpoint_id AS id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
     WHERE d.status = 'pending' AND d.next_attempt_at <= ?1 AND e.status <> 'disabled' LIMIT 1000`,
  ).bind(now - 120_000).all<{ id: string }>();
  const ids = results.map((r) => r.id);
  await wakeDispatchers(env, ids);
  return ids;
}

/** Events, settled deliveries and their attempts are kept this long (then pruned by the cron). */
export const NOTIFICATION_RETENTION_MS = 30 * 86_400_000;
const PRUNE_BATCH = 1000;

/** Cron: drops notification history older than the retention period, a bounded slice per run. */
export async function pruneNotificationHistory(env: Bindings, now = Date.now()): Promise<void> {
  const cutoff = now - NOTIFICATION_RETENTION_MS;
  const old = `SELECT id FROM webhook_deliveries WHERE status <> 'pending' AND created_at < ?1 LIMIT ${PRUNE_BATCH}`;
  await env.DB.batch([
    env.DB.prepare(`DELETE FROM webhook_attempts WHERE delivery_id IN (${old})`).bind(cutoff),
    env.DB.prepare(`DELETE FROM webhook_deliveries WHERE id IN (${old})`).bind(cutoff),
    env.DB.prepare(
      `DELETE FROM webhook_events WHERE id IN (SELECT e.id FROM webhook_events e WHERE e.created_at < ?1
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id) LIMIT ${PRUNE_BATCH})`,
    ).bind(cutoff),
  ]);
}
