/**
 * The seam between payment state changes and merchant notifications. The payments core calls
 * `publishMerchantEvent` from its outbox for every accepted state change: the event goes on the
 * notifications Queue (one send, durable once it resolves) and the consumer (consume.ts) records it
 * with one delivery per matching endpoint and attempts them, off the request path. Publishing the
 * same event id again is harmless (safe for outbox retries): the consumer records an event id once.
 */
import type { Bindings } from "../../env";
import { idPattern } from "../../lib/ids";
import { createLogger } from "../../lib/logger";
import { isCatalogued } from "./catalogue";
import { enqueueDeliveries, type NotificationMessage } from "./queue";

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
}

const log = createLogger({ component: "notifications" });
/** Event ids are CorePort's own (`evt_…`): the id a merchant reads back with GET /events/{id}. */
const EVENT_ID = idPattern("evt");
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

/** Checks an event and puts it on the notifications Queue. Throws on a malformed event (a programming error). */
export async function publishMerchantEvent(env: Bindings, event: MerchantEvent): Promise<PublishResult> {
  if (!EVENT_ID.test(event.id)) throw new Error(`Invalid event id '${event.id}'`);
  if (!EVENT_TYPE.test(event.type)) throw new Error(`Invalid event type '${event.type}'`);
  if (!Number.isFinite(Date.parse(event.createdAt))) throw new Error(`Invalid event time '${event.createdAt}'`);
  if (!isCatalogued(event.type)) log.warn("event type not in the catalogue: only '*' endpoints receive it", { type: event.type });
  await env.NOTIFICATIONS.send({ kind: "event", event } satisfies NotificationMessage, { contentType: "json" });
  return { eventId: event.id };
}

/** How long a pending delivery may be past due before the sweep queues it again (a lost message). */
const SWEEP_GRACE_MS = 120_000;

/** Cron safety net: pending deliveries overdue past the grace period (a lost Queue message) are queued again. Returns their ids. */
export async function sweepOverdueDeliveries(env: Bindings, now = Date.now()): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
     WHERE d.status = 'pending' AND d.next_attempt_at <= ?1 AND e.status <> 'disabled' LIMIT 1000`,
  ).bind(now - SWEEP_GRACE_MS).all<{ id: string }>();
  const ids = results.map((r) => r.id);
  if (ids.length) log.warn("queueing overdue notification deliveries again", { count: ids.length });
  await enqueueDeliveries(env, ids.map((id) => ({ id })), now);
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
