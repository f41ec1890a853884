/**
 * The dead-letter queue's consumer. Two kinds of letters arrive: deliveries whose retry schedule ran
 * out (already `failed` in D1 by the consumer), and any message the Queue itself gave up on after its
 * retries (a consumer failing again and again). Each is made visible where merchants and operators
 * look — the delivery is `failed` with the reason in `lastError`, listed by the deliveries API and
 * replayable with POST …/deliveries/{id}/replay — and logged as an error for alerting.
 */
import type { Bindings } from "../../env";
import { createLogger } from "../../lib/logger";
import { recordEvents } from "./consume";
import { endpointsOfMerchants } from "./consume-reads";
import type { DeadLetter } from "./queue";

const log = createLogger({ component: "notifications.dead_letters" });

export async function consumeDeadLetters(batch: MessageBatch<DeadLetter>, env: Bindings): Promise<void> {
  const now = Date.now();
  const db = env.DB;
  const statements: D1PreparedStatement[] = [];
  const events = batch.messages.flatMap((m) => (m.body?.kind === "event" ? [m.body] : []));
  const endpoints = events.length ? await endpointsOfMerchants(env, [...new Set(events.map((e) => e.event.merchantId))]) : [];
  // An event never recorded is recorded now, so that its deliveries exist to be seen and replayed.
  statements.push(...recordEvents(env, events, endpoints, now));
  for (const m of batch.messages) {
    const letter = m.body;
    const reason = letter?.reason === "schedule_exhausted" ? "retry schedule exhausted" : `the Queue gave up after ${m.attempts} tries`;
    log.error("notification dead-lettered", { messageId: m.id, kind: letter?.kind, reason, deliveryId: letter?.kind === "delivery" ? letter.deliveryId : undefined, eventId: letter?.kind === "event" ? letter.event.id : undefined });
    if (letter?.kind !== "delivery" && letter?.kind !== "event") continue;
    const where = letter.kind === "delivery" ? "id = ?3" : "event_id = ?3";
    statements.push(
      db.prepare(
        `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, updated_at = ?1,
           last_error = CASE WHEN last_error IS NULL THEN ?2 ELSE substr(last_error || '; ' || ?2, 1, 500) END
         WHERE ${where} AND status = 'pending'`,
      ).bind(now, `dead-lettered: ${reason}`, letter.kind === "delivery" ? letter.deliveryId : letter.event.id),
    );
  }
  if (statements.length) await db.batch(statements);
  batch.ackAll();
}
