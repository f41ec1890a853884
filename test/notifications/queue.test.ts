// The notifications Queue consumer under failure: a consumer killed mid-batch loses nothing (the
// un-acked messages come back and finish the job), redeliveries send nothing twice that was recorded,
// and dead letters end up visible and replayable through the deliveries API.
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";
import type { MerchantEvent } from "../../src/services/notifications/publish";
import { api } from "../helpers/http";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { consume, deliveryMessage, eventMessage, messagesOf, NOTIFICATIONS_DLQ, NOTIFICATIONS_QUEUE, recordingQueue } from "../helpers/queue";
import { installReceiver, refuseNetwork } from "../helpers/receiver";

beforeEach(() => refuseNetwork());

async function setup() {
  const merchant = await merchantWithKeys();
  const res = await api("/api/v1/webhook-endpoints", {
    method: "POST",
    headers: { ...bearer(merchant.sk), "Content-Type": "application/json" },
    body: JSON.stringify({ url: "https://hooks.merchant.example.com/coreport", eventTypes: ["*"] }),
  });
  return { merchant, endpoint: await res.json<{ id: string; secret: string }>() };
}

function event(merchant: TestMerchant): MerchantEvent {
  const objectId = newId("pay");
  return { id: newId("evt"), type: "payment.succeeded", merchantId: merchant.id, objectId, createdAt: new Date().toISOString(), data: { id: objectId, status: "succeeded" } };
}

const deliveries = async (endpointId: string) =>
  (await env.DB.prepare("SELECT id, event_id, status, attempt_count, last_error FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at, id").bind(endpointId)
    .all<{ id: string; event_id: string; status: string; attempt_count: number; last_error: string | null }>()).results;

/** D1 whose n-th batch fails as if the consumer's isolate had died at that point (nothing after it runs). */
function dyingDb(failAt: number): D1Database {
  let batches = 0;
  return new Proxy(env.DB, {
    get(target, prop) {
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          if (++batches === failAt) throw new Error("D1_ERROR: Network connection lost.");
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("the notifications Queue consumer", { timeout: 60_000 }, () => {
  it("killed mid-batch, loses nothing: what was recorded is acked, the rest comes back and is delivered", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup();
    const events = Array.from({ length: 60 }, () => event(merchant));
    const messages = messagesOf(events.map(eventMessage));
    const { queue } = recordingQueue();

    // Batch 1 records and claims, chunk 1 (25) is sent and recorded, chunk 2 is sent, then D1 is gone.
    const killed = await consume(NOTIFICATIONS_QUEUE, messages, { DB: dyingDb(3), NOTIFICATIONS: queue });
    expect(killed.result.explicitAcks).toHaveLength(25);
    const acked = new Set(killed.result.explicitAcks);
    expect(killed.result.retryMessages.map((r: { msgId: string }) => r.msgId).sort()).toEqual(messages.filter((m) => !acked.has(m.id)).map((m) => m.id).sort());
    expect(received.length).toBe(50);
    const afterKill = await deliveries(endpoint.id);
    expect(afterKill).toHaveLength(60);
    expect(afterKill.filter((d) => d.status === "succeeded")).toHaveLength(25);

    // The Queue redelivers the rest once their lease has lapsed (the lease is what keeps two consumers apart).
    await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ?1 WHERE endpoint_id = ?2 AND status = 'pending'").bind(Date.now() - 1, endpoint.id).run();
    const again = await consume(NOTIFICATIONS_QUEUE, messages.filter((m) => !acked.has(m.id)).map((m) => ({ ...m, attempts: 2 })), { NOTIFICATIONS: queue });
    expect(again.result.explicitAcks).toHaveLength(35);
    expect(again.result.retryMessages).toEqual([]);

    // Every event delivered (at least once), every delivery settled once in D1, nothing recorded sent again.
    const final = await deliveries(endpoint.id);
    expect(final.map((d) => d.status)).toEqual(Array(60).fill("succeeded"));
    expect(new Set(final.map((d) => d.event_id))).toEqual(new Set(events.map((e) => e.id)));
    const sends = new Map<string, number>();
    for (const r of received) sends.set(r.headers["webhook-id"]!, (sends.get(r.headers["webhook-id"]!) ?? 0) + 1);
    expect(new Set(sends.keys())).toEqual(new Set(events.map((e) => e.id)));
    // Chunk 1 (recorded) went out once, chunk 2 (sent, not recorded) twice, chunk 3 (never reached) once.
    const order = events.map((e) => e.id);
    for (const [id, n] of sends) expect(n).toBe(order.indexOf(id) >= 25 && order.indexOf(id) < 50 ? 2 : 1);
    expect(received.length).toBe(85);
  });

  it("a redelivered event whose delivery is leased (a consumer died holding it) is queued for the lease's end, not sent twice", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup();
    const evt = event(merchant);
    const { queue, sent } = recordingQueue();
    // What a consumer leaves behind when it dies right after recording and claiming: a leased, never attempted delivery.
    const deliveryId = newId("del");
    await env.DB.batch([
      env.DB.prepare("INSERT INTO webhook_events (id, merchant_id, type, object_id, payload, occurred_at) VALUES (?, ?, ?, ?, '{}', ?)").bind(evt.id, merchant.id, evt.type, evt.objectId, Date.now()),
      env.DB.prepare("INSERT INTO webhook_deliveries (id, event_id, endpoint_id, merchant_id, next_attempt_at) VALUES (?, ?, ?, ?, ?)").bind(deliveryId, evt.id, endpoint.id, merchant.id, Date.now() + 60_000),
    ]);
    const again = await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(evt)], 2), { NOTIFICATIONS: queue });
    expect(again.result.explicitAcks).toHaveLength(1);
    expect(received).toHaveLength(0);
    expect(sent).toEqual([{ body: deliveryMessage(deliveryId), delaySeconds: expect.any(Number) }]);
    expect(sent[0]!.delaySeconds).toBeGreaterThan(50);
    expect(sent[0]!.delaySeconds).toBeLessThanOrEqual(60);

    // When it comes, the lease has lapsed: delivered once.
    await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?").bind(Date.now() - 1, deliveryId).run();
    await consume(NOTIFICATIONS_QUEUE, messagesOf([deliveryMessage(deliveryId)]), { NOTIFICATIONS: queue });
    expect(received).toHaveLength(1);
    expect((await deliveries(endpoint.id))[0]!.status).toBe("succeeded");
  });

  it("a message the Queue gave up on is dead-lettered: the delivery is failed, listed and replayable", async () => {
    const { merchant, endpoint } = await setup();
    const evt = event(merchant);
    // The receiver was down for the first attempt; then the consumer kept failing until the Queue gave up.
    installReceiver(() => new Response(null, { status: 502 }));
    const { queue } = recordingQueue();
    await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(evt)]), { NOTIFICATIONS: queue });
    const [d] = await deliveries(endpoint.id);
    expect(d).toMatchObject({ status: "pending", attempt_count: 1 });
    const letters = await consume(NOTIFICATIONS_DLQ, messagesOf([deliveryMessage(d!.id)], 11));
    expect(letters.result.ackAll).toBe(true);
    const [failed] = await deliveries(endpoint.id);
    expect(failed).toMatchObject({ status: "failed", last_error: "HTTP 502; dead-lettered: the Queue gave up after 11 tries" });

    const list = await (await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries?status=failed`, { headers: bearer(merchant.sk) })).json<{ data: Array<{ id: string; status: string }> }>();
    expect(list.data).toEqual([expect.objectContaining({ id: d!.id, status: "failed" })]);
    const received = installReceiver();
    const replay = await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${d!.id}/replay`, { method: "POST", headers: bearer(merchant.sk) });
    expect(replay.status).toBe(200);
    expect(received.map((r) => r.headers["webhook-id"])).toEqual([evt.id]);
    expect((await deliveries(endpoint.id))[0]!.status).toBe("succeeded");
  });

  it("an event that never got recorded and was dead-lettered is recorded as failed deliveries to replay", async () => {
    const { merchant, endpoint } = await setup();
    const evt = event(merchant);
    const letters = await consume(NOTIFICATIONS_DLQ, messagesOf([eventMessage(evt)], 11));
    expect(letters.result.ackAll).toBe(true);
    const [d] = await deliveries(endpoint.id);
    expect(d).toMatchObject({ event_id: evt.id, status: "failed", attempt_count: 0, last_error: "dead-lettered: the Queue gave up after 11 tries" });
    const received = installReceiver();
    expect((await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${d!.id}/replay`, { method: "POST", headers: bearer(merchant.sk) })).status).toBe(200);
    expect(received).toHaveLength(1);
    // An exhausted schedule's letter changes nothing more: the consumer already failed the delivery.
    const done = await consume(NOTIFICATIONS_DLQ, messagesOf([{ kind: "delivery", deliveryId: d!.id, reason: "schedule_exhausted" }]));
    expect(done.result.ackAll).toBe(true);
    expect((await deliveries(endpoint.id))[0]!.status).toBe("succeeded");
  });

  it("records and claims in one transaction: a failed recording acks nothing and retries the whole batch", async () => {
    installReceiver();
    const { merchant, endpoint } = await setup();
    const messages = messagesOf([eventMessage(event(merchant)), eventMessage(event(merchant))]);
    const failed = await consume(NOTIFICATIONS_QUEUE, messages, { DB: dyingDb(1) });
    expect(failed.result.explicitAcks).toEqual([]);
    expect(failed.result.retryMessages.map((r: { msgId: string }) => r.msgId).sort()).toEqual(messages.map((m) => m.id).sort());
    expect(await deliveries(endpoint.id)).toEqual([]);
  });
});
