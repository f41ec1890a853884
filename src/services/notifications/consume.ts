/**
 * The notifications Queue consumer. For one batch of messages:
 *  1. events are recorded with one delivery per matching endpoint (one D1 batch, insert-if-absent, so
 *     a redelivered event records nothing twice), and every due delivery of the batch is claimed
 *     with a lease in the same transaction (a delivery in flight is never claimed twice);
 *  2. the claimed deliveries are attempted in chunks: POST in parallel, then one D1 batch records the
 *     chunk's attempts, then retries are queued with their delay, then the chunk's messages are acked.
 * A message is acked only once everything it asked for is recorded in D1 (at least once): a consumer
 * that dies mid-batch leaves the rest un-acked, the Queue redelivers them, and what was done is not
 * done again. A delivery whose schedule is exhausted is `failed` in D1 and goes to the dead-letter
 * queue; so does any message the Queue gave up on (dead-letters.ts). Deliveries are not ordered.
 */
import type { Bindings } from "../../env";
import { newId } from "../../lib/ids";
import { createLogger, describeError } from "../../lib/logger";
import type { WebhookEndpoint } from "../../db/schema";
import { subscribes } from "./catalogue";
import { attemptStatements, sendSigned, signingSecrets, type FollowUp } from "./dispatch";
import { endpointsAndPayloads, endpointsOfMerchants } from "./consume-reads";
import { eventPayload } from "./publish";
import { enqueueDeliveries, type DeadLetter, type NotificationMessage } from "./queue";

/** Attempts in flight at once; also the size of a recorded-then-acked chunk. */
const CONCURRENCY = 25;
/** A claim lasts longer than the slowest possible run of a full batch (100 deliveries / 25 in parallel × 10 s timeout). */
export const LEASE_MS = 60_000;
/** A delayed message may arrive a little early: due within this much counts as due. */
const DUE_SLACK_MS = 1_000;
/** Delay of a message retried after an unexpected error (D1 unavailable, …). */
const ERROR_RETRY_SECONDS = 10;

const log = createLogger({ component: "notifications.queue" });

interface Claimed {
  id: string;
  event_id: string;
  endpoint_id: string;
  attempt_count: number;
}

type Msg = Message<NotificationMessage>;

/** Statements recording each event and its deliveries to every subscribed endpoint (insert-if-absent). */
export function recordEvents(env: Bindings, events: NotificationMessage[], endpoints: WebhookEndpoint[], now: number): D1PreparedStatement[] {
  const db = env.DB;
  const statements: D1PreparedStatement[] = [];
  for (const m of events) {
    if (m.kind !== "event") continue;
    const e = m.event;
    statements.push(
      db.prepare(
        `INSERT INTO webhook_events (id, merchant_id, type, object_id, mode, payload, occurred_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING`,
      ).bind(e.id, e.merchantId, e.type, e.objectId, e.mode ?? null, eventPayload(e), Date.parse(e.createdAt), now),
    );
    for (const endpoint of endpoints) {
      if (endpoint.merchantId !== e.merchantId || (e.mode && endpoint.mode !== e.mode) || !subscribes(endpoint.eventTypes, e.type)) continue;
      // Only for the merchant the stored event belongs to: a reused id can never leak another merchant's payload.
      statements.push(
        db.prepare(
          `INSERT INTO webhook_deliveries (id, event_id, endpoint_id, merchant_id, status, attempt_count, next_attempt_at, created_at, updated_at)
           SELECT ?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5, ?5 WHERE EXISTS (SELECT 1 FROM webhook_events WHERE id = ?2 AND merchant_id = ?4)
           ON CONFLICT (event_id, endpoint_id) DO NOTHING`,
        ).bind(newId("del"), e.id, endpoint.id, e.merchantId, now),
      );
    }
  }
  return statements;
}

/** Lease every due, pending delivery of these events and these delivery ids (of endpoints not disabled). */
function claimStatement(env: Bindings, eventIds: string[], deliveryIds: string[], now: number): D1PreparedStatement {
  return env.DB.prepare(
    `UPDATE webhook_deliveries SET next_attempt_at = ?1, updated_at = ?2
     WHERE (event_id IN (SELECT value FROM json_each(?3)) OR id IN (SELECT value FROM json_each(?4)))
       AND status = 'pending' AND next_attempt_at <= ?5
       AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE status <> 'disabled')
     RETURNING id, event_id, endpoint_id, attempt_count`,
  ).bind(now + LEASE_MS, now, JSON.stringify(eventIds), JSON.stringify(deliveryIds), now + DUE_SLACK_MS);
}

/** Pending deliveries of these events/ids that were not claimed (leased elsewhere, or not yet due): queued for when they are due. */
function unclaimedStatement(env: Bindings, eventIds: string[], deliveryIds: string[]): D1PreparedStatement {
  return env.DB.prepare(
    `SELECT d.id, d.next_attempt_at, d.attempt_count FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
     WHERE (d.event_id IN (SELECT value FROM json_each(?1)) OR d.id IN (SELECT value FROM json_each(?2)))
       AND d.status = 'pending' AND w.status <> 'disabled'`,
  ).bind(JSON.stringify(eventIds), JSON.stringify(deliveryIds));
}

export async function consumeNotifications(batch: MessageBatch<NotificationMessage>, env: Bindings): Promise<void> {
  const now = Date.now();
  const messages = batch.messages.filter((m) => {
    const body = m.body as Partial<NotificationMessage> | null;
    if (body?.kind === "event" || body?.kind === "delivery") return true;
    log.error("dropping a message of unknown shape", { messageId: m.id });
    m.ack();
    return false;
  });
  const eventIds = [...new Set(messages.flatMap((m) => (m.body.kind === "event" ? [m.body.event.id] : [])))];
  const deliveryIds = [...new Set(messages.flatMap((m) => (m.body.kind === "delivery" ? [m.body.deliveryId] : [])))];

  let claimed: Claimed[];
  let endpoints: WebhookEndpoint[] = [];
  try {
    const merchants = [...new Set(messages.flatMap((m) => (m.body.kind === "event" ? [m.body.event.merchantId] : [])))];
    if (merchants.length) endpoints = await endpointsOfMerchants(env, merchants);
    const results = await env.DB.batch([...recordEvents(env, messages.map((m) => m.body), endpoints, now), claimStatement(env, eventIds, deliveryIds, now), unclaimedStatement(env, eventIds, deliveryIds)]);
    claimed = (results[results.length - 2]?.results ?? []) as Claimed[];
    const pending = (results[results.length - 1]?.results ?? []) as Array<{ id: string; next_attempt_at: number; attempt_count: number }>;
    // Not claimed but pending: leased by a consumer that may have died, or not due yet (a wait longer than a
    // Queue delay): queued again for then. For a redelivered event, only deliveries never attempted (those
    // with attempts already have their retry on the Queue), so messages do not multiply.
    const claimedIds = new Set(claimed.map((c) => c.id));
    const asked = new Set(deliveryIds);
    const later = pending.filter((p) => !claimedIds.has(p.id) && (asked.has(p.id) || p.attempt_count === 0)).map((p) => ({ id: p.id, dueAt: p.next_attempt_at }));
    if (later.length) await enqueueDeliveries(env, later, now);
  } catch (error) {
    log.error("could not record or claim a batch; retrying it", { messages: messages.length, ...describeError(error) });
    for (const m of messages) m.retry({ delaySeconds: ERROR_RETRY_SECONDS });
    return;
  }

  // Which messages each claimed delivery belongs to: a message is acked once all of its deliveries are recorded.
  const waiting = new Map<Msg, number>(messages.map((m) => [m, 0]));
  const owners = new Map<string, Msg[]>();
  for (const d of claimed) {
    const mine = messages.filter((m) => (m.body.kind === "event" ? m.body.event.id === d.event_id : m.body.deliveryId === d.id));
    owners.set(d.id, mine);
    for (const m of mine) waiting.set(m, waiting.get(m)! + 1);
  }
  for (const [m, n] of waiting) if (n === 0) m.ack(); // nothing (left) to do: recorded, settled, not due or disabled

  try {
    const known = new Map(endpoints.map((e) => [e.id, e]));
    const missing = [...new Set(claimed.map((d) => d.endpoint_id))].filter((id) => !known.has(id));
    const loaded = await endpointsAndPayloads(env, missing, [...new Set(claimed.map((d) => d.event_id))]);
    for (const e of loaded.endpoints) known.set(e.id, e);
    const payloads = loaded.payloads;
    const secrets = new Map<string, Promise<string[]>>();
    for (let i = 0; i < claimed.length; i += CONCURRENCY) {
      const chunk = claimed.slice(i, i + CONCURRENCY);
      const done = await Promise.all(chunk.map(async (d) => {
        const endpoint = known.get(d.endpoint_id);
        const payload = payloads.get(d.event_id);
        if (!endpoint || payload === undefined) return null; // deleted meanwhile: its lease lapses, nothing to send
        if (!secrets.has(endpoint.id)) secrets.set(endpoint.id, signingSecrets(env, endpoint, now));
        const result = await sendSigned(env, endpoint, d.event_id, payload, await secrets.get(endpoint.id)!);
        return { d, ...attemptStatements(env, endpoint, { id: d.id, eventId: d.event_id, attemptCount: d.attempt_count }, "scheduled", result, Date.now()) };
      }));
      const recorded = done.filter((x) => x !== null);
      if (recorded.length) await env.DB.batch(recorded.flatMap((r) => r.statements));
      await followUp(env, recorded.map((r) => ({ id: r.d.id, followUp: r.followUp })));
      for (const d of chunk) {
        for (const m of owners.get(d.id) ?? []) {
          const left = waiting.get(m)! - 1;
          waiting.set(m, left);
          if (left === 0) m.ack();
        }
      }
    }
  } catch (error) {
    // Sent but perhaps not recorded: the un-acked messages come back after the leases (at least once).
    log.error("delivering a batch failed midway; the rest is retried", describeError(error));
    for (const [m, n] of waiting) if (n > 0) m.retry({ delaySeconds: Math.ceil(LEASE_MS / 1000) });
  }
}

/** Retries go back on the Queue with their delay; exhausted deliveries go to the dead-letter queue. */
async function followUp(env: Bindings, outcomes: Array<{ id: string; followUp: FollowUp }>): Promise<void> {
  const retries = outcomes.flatMap((o) => (o.followUp && "retryAt" in o.followUp ? [{ id: o.id, dueAt: o.followUp.retryAt }] : []));
  const dead = outcomes.filter((o) => o.followUp && "exhausted" in o.followUp);
  if (retries.length) await enqueueDeliveries(env, retries);
  if (dead.length) {
    await env.NOTIFICATIONS_DLQ.sendBatch(dead.map((o) => ({ body: { kind: "delivery", deliveryId: o.id, reason: "schedule_exhausted" } satisfies DeadLetter, contentType: "json" as const })));
  }
}
