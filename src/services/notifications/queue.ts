/**
 * Messages on the notifications Queue (wrangler.toml: producer NOTIFICATIONS, consumer in
 * src/index.ts `queue`). Two kinds: a published event, fanned out to the merchant's endpoints when
 * consumed, and one delivery to attempt (a retry on its schedule, a sweep, a re-enabled endpoint).
 * The Queue holds what is to be done; D1 holds what happened (deliveries and attempts), so the
 * deliveries API shows every state and a redelivered message finds its work already done.
 */
import type { Bindings } from "../../env";
import type { MerchantEvent } from "./publish";

export type NotificationMessage =
  | { kind: "event"; event: MerchantEvent }
  | { kind: "delivery"; deliveryId: string };

/** A dead letter: the message itself and why it ended here (our schedule, or the Queue's retries). */
export type DeadLetter = NotificationMessage & { reason?: "schedule_exhausted" };

/** The longest delay a Queue message can carry (12 h); longer waits are re-queued when they arrive. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;
/** sendBatch takes at most 100 messages. */
const SEND_BATCH = 100;

export function queueDelaySeconds(dueAt: number, now = Date.now()): number {
  return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil((dueAt - now) / 1000)));
}

/** Queue each delivery to be attempted at its due time (epoch ms; now when omitted or past). */
export async function enqueueDeliveries(env: Bindings, deliveries: Array<{ id: string; dueAt?: number }>, now = Date.now()): Promise<void> {
  for (let i = 0; i < deliveries.length; i += SEND_BATCH) {
    await env.NOTIFICATIONS.sendBatch(
      deliveries.slice(i, i + SEND_BATCH).map((d) => ({
        body: { kind: "delivery", deliveryId: d.id } satisfies NotificationMessage,
        contentType: "json" as const,
        delaySeconds: d.dueAt === undefined ? 0 : queueDelaySeconds(d.dueAt, now),
      })),
    );
  }
}

/**
 * A re-enabled endpoint: its pending deliveries (at most 10,000; the sweep finds any others) go back
 * on the Queue for when they are due (messages that arrived while it was disabled were dropped).
 */
export async function enqueuePendingOf(env: Bindings, endpointId: string): Promise<number> {
  const { results } = await env.DB.prepare("SELECT id, next_attempt_at FROM webhook_deliveries WHERE endpoint_id = ?1 AND status = 'pending' ORDER BY created_at LIMIT 10000")
    .bind(endpointId).all<{ id: string; next_attempt_at: number | null }>();
  await enqueueDeliveries(env, results.map((r) => ({ id: r.id, dueAt: r.next_attempt_at ?? undefined })));
  return results.length;
}
