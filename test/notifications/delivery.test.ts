import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { beforeEach, describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";
import { RETRY_DELAYS_MS, RETRY_JITTER, MAX_SCHEDULED_ATTEMPTS } from "../../src/services/notifications/retry-schedule";
import { NOTIFICATION_RETENTION_MS, publishMerchantEvent, pruneNotificationHistory, sweepOverdueDeliveries, type MerchantEvent } from "../../src/services/notifications/publish";
import { api, expectProblem } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { consume, deliveryMessage, eventMessage, messagesOf, NOTIFICATIONS_QUEUE, recordingQueue } from "../helpers/queue";
import { installReceiver, refuseNetwork, waitFor, type Received } from "../helpers/receiver";

beforeEach(() => refuseNetwork());

interface Delivery {
  id: string;
  status: string;
  attempt_count: number;
  next_attempt_at: number | null;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_error: string | null;
}

async function setup(eventTypes: string[] = ["*"], mode: "test" | "live" = "test") {
  const merchant = await merchantWithKeys(mode);
  const res = await api("/api/v1/webhook-endpoints", {
    method: "POST",
    headers: { ...bearer(merchant.sk), "Content-Type": "application/json" },
    body: JSON.stringify({ url: "https://hooks.merchant.example.com/coreport", eventTypes }),
  });
  const endpoint = await res.json<{ id: string; secret: string }>();
  return { merchant, endpoint };
}

function event(merchant: TestMerchant, type = "payment.succeeded", extra: Partial<MerchantEvent> = {}): MerchantEvent {
  const objectId = newId("pay");
  return {
    id: newId("evt"), type, merchantId: merchant.id, objectId, createdAt: new Date().toISOString(),
    data: { id: objectId, status: "succeeded", amountExpected: "25.000000", amountReceived: "25.000000", asset: "EURX" }, ...extra,
  };
}

const deliveriesOf = async (endpointId: string) =>
  (await env.DB.prepare("SELECT * FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at").bind(endpointId).all<Delivery>()).results;
const attemptsOf = async (deliveryId: string) =>
  (await env.DB.prepare("SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempted_at, id").bind(deliveryId).all<Record<string, unknown>>()).results;
const endpointRow = (id: string) => env.DB.prepare("SELECT * FROM webhook_endpoints WHERE id = ?").bind(id).first<Record<string, unknown>>();

function verify(secret: string, req: Received) {
  return new Webhook(secret).verify(req.body, req.headers) as { id: string; type: string; data: Record<string, unknown> };
}

// The Queue consumer runs in the background (batches of up to 1 s) on a shared, busy machine: generous
// per-test time, no timing assertions. Tests that need exact control run the consumer by hand.
describe("delivering merchant notifications", { timeout: 60_000 }, () => {
  it("delivers each event once to each matching endpoint, signed so that standardwebhooks verifies it", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup(["payment.succeeded"]);
    const other = await setup(["offramp.completed"]); // another merchant, other types
    const evt = event(merchant);
    expect(await publishMerchantEvent(env, evt)).toEqual({ eventId: evt.id });

    const [delivery] = await waitFor(async () => {
      const rows = await deliveriesOf(endpoint.id);
      return rows[0]?.status === "succeeded" && rows;
    }, "delivery");
    expect(received).toHaveLength(1);
    const req = received[0]!;
    expect(req.url).toBe("https://hooks.merchant.example.com/coreport");
    expect(req.headers["webhook-id"]).toBe(evt.id);
    expect(req.headers["content-type"]).toBe("application/json");
    const payload = verify(endpoint.secret, req); // throws unless the signature is valid
    expect(payload).toMatchObject({ id: evt.id, type: "payment.succeeded", objectId: evt.objectId, data: evt.data });
    expect(() => verify(other.endpoint.secret, req)).toThrow();
    expect(() => new Webhook(endpoint.secret).verify(req.body.replace("25.000000", "250.00000"), req.headers)).toThrow();

    const attempts = await attemptsOf(delivery!.id);
    expect(attempts).toEqual([expect.objectContaining({ outcome: "succeeded", status_code: 200, trigger: "scheduled", error: null })]);
    expect(await deliveriesOf(other.endpoint.id)).toEqual([]);

    // The outbox may publish the same event again: nothing is sent twice.
    const again = await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(evt)]));
    expect(again.result.explicitAcks).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);

    // Listable through the API, with every attempt.
    const list = await (await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`, { headers: bearer(merchant.sk) })).json<{ data: Array<Record<string, unknown>> }>();
    expect(list.data).toEqual([expect.objectContaining({ id: delivery!.id, eventId: evt.id, eventType: "payment.succeeded", status: "succeeded", attemptCount: 1, nextAttemptAt: null })]);
    const detail = await (await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${delivery!.id}`, { headers: bearer(merchant.sk) })).json<{ attempts: Array<Record<string, unknown>> }>();
    expect(detail.attempts).toEqual([expect.objectContaining({ outcome: "succeeded", statusCode: 200, trigger: "scheduled" })]);
    expect(typeof detail.attempts[0]!.latencyMs).toBe("number");
    const events = await (await api(`/api/v1/events?objectId=${evt.objectId}`, { headers: bearer(merchant.sk) })).json<{ data: Array<Record<string, unknown>> }>();
    expect(events.data).toEqual([expect.objectContaining({ id: evt.id, type: "payment.succeeded", data: evt.data })]);
    await expectProblem(await api(`/api/v1/events/${evt.id}`, { headers: bearer(other.merchant.sk) }), 404);
  });

  it("signs with both secrets during a rotation's grace period; each verifies on its own", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup();
    const rotated = await (await api(`/api/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, { method: "POST", headers: bearer(merchant.sk) })).json<{ secret: string }>();
    await publishMerchantEvent(env, event(merchant));
    await waitFor(async () => received.length === 1, "delivery");
    expect(received[0]!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(verify(rotated.secret, received[0]!).type).toBe("payment.succeeded");
    expect(verify(endpoint.secret, received[0]!).type).toBe("payment.succeeded");

    // Grace period over: only the new secret signs.
    await env.DB.prepare("UPDATE webhook_endpoints SET previous_secret_expires_at = ? WHERE id = ?").bind(Date.now() - 1, endpoint.id).run();
    await publishMerchantEvent(env, event(merchant));
    await waitFor(async () => received.length === 2, "second delivery");
    expect(received[1]!.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(() => verify(endpoint.secret, received[1]!)).toThrow();
    expect(verify(rotated.secret, received[1]!).type).toBe("payment.succeeded");
  });

  it("retries a failing endpoint on the exponential schedule for ~3 days through the Queue, then marks it failing", async () => {
    const received = installReceiver(() => new Response("down for maintenance", { status: 503 }));
    const { merchant, endpoint } = await setup();
    const evt = event(merchant, "payment.partially_paid");
    const { queue, sent } = recordingQueue();
    const dlq = recordingQueue();
    const bindings = { NOTIFICATIONS: queue, NOTIFICATIONS_DLQ: dlq.queue };
    expect((await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(evt)]), bindings)).result.explicitAcks).toHaveLength(1);

    let total = 0;
    for (let n = 1; n <= MAX_SCHEDULED_ATTEMPTS; n++) {
      const [delivery] = await deliveriesOf(endpoint.id);
      expect(delivery!.attempt_count).toBe(n);
      expect(delivery!.last_status_code).toBe(503);
      expect(delivery!.last_error).toBe("HTTP 503");
      if (n < MAX_SCHEDULED_ATTEMPTS) {
        const base = RETRY_DELAYS_MS[n - 1]!;
        const delay = delivery!.next_attempt_at! - delivery!.last_attempt_at!;
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * (1 - RETRY_JITTER)));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * (1 + RETRY_JITTER)));
        total += base;
        // The retry went back on the Queue with that delay (at most 12 h, a Queue's longest).
        const retry = sent.shift()!;
        expect(retry.body).toEqual(deliveryMessage(delivery!.id));
        expect(Math.abs(retry.delaySeconds - Math.min(43_200, delay / 1000))).toBeLessThanOrEqual(2);
        expect(sent).toEqual([]);
        expect((await endpointRow(endpoint.id))!.status).toBe("enabled");
        if (delay > 43_200_000) {
          // Longer than a Queue delay: the message arrives early and goes back for the rest of the wait.
          const early = await consume(NOTIFICATIONS_QUEUE, messagesOf([retry.body as ReturnType<typeof deliveryMessage>]), bindings);
          expect(early.result.explicitAcks).toHaveLength(1);
          expect(sent.shift()).toEqual({ body: retry.body, delaySeconds: expect.any(Number) });
          expect((await deliveriesOf(endpoint.id))[0]!.attempt_count).toBe(n);
        }
        // Let the time pass: make it due and hand the message to the consumer.
        await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?").bind(Date.now() - 1, delivery!.id).run();
        expect((await consume(NOTIFICATIONS_QUEUE, messagesOf([retry.body as ReturnType<typeof deliveryMessage>]), bindings)).result.explicitAcks).toHaveLength(1);
      } else {
        expect(delivery!.status).toBe("failed");
        expect(delivery!.next_attempt_at).toBeNull();
        // Exhausted: no retry, a dead letter instead.
        expect(sent).toEqual([]);
        expect(dlq.sent).toEqual([{ body: { kind: "delivery", deliveryId: delivery!.id, reason: "schedule_exhausted" }, delaySeconds: 0 }]);
      }
    }
    expect(total / 3_600_000).toBeGreaterThan(60); // about three days of retrying
    expect(total / 3_600_000).toBeLessThan(80);
    expect(received).toHaveLength(MAX_SCHEDULED_ATTEMPTS);
    expect(new Set(received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([evt.id]));
    expect(await endpointRow(endpoint.id)).toMatchObject({ status: "failing", consecutive_failures: MAX_SCHEDULED_ATTEMPTS });

    // A later success makes it healthy again.
    installReceiver();
    await publishMerchantEvent(env, event(merchant));
    await waitFor(async () => (await endpointRow(endpoint.id))!.status === "enabled", "endpoint healthy again");
    expect((await endpointRow(endpoint.id))!.consecutive_failures).toBe(0);
  });

  it("disables an endpoint that keeps failing for days; the merchant re-enables it and pending deliveries resume", async () => {
    installReceiver(() => new Response("nope", { status: 500 }));
    const { merchant, endpoint } = await setup();
    await env.DB.prepare("UPDATE webhook_endpoints SET failing_since = ?, status = 'failing' WHERE id = ?").bind(Date.now() - 6 * 86_400_000, endpoint.id).run();
    const first = event(merchant);
    await publishMerchantEvent(env, first);
    await waitFor(async () => (await endpointRow(endpoint.id))!.status === "disabled", "endpoint disabled");
    expect((await endpointRow(endpoint.id))!.disabled_reason).toBe("persistent_failure");

    // Disabled: no new deliveries are recorded, and the replay is refused.
    await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(event(merchant))]));
    const rows = await deliveriesOf(endpoint.id);
    expect(rows).toHaveLength(1);
    const [pending] = rows;
    expect(pending!.status).toBe("pending");
    const refused = await expectProblem(await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${pending!.id}/replay`, { method: "POST", headers: bearer(merchant.sk) }), 409);
    expect(refused.currentState).toBe("disabled");

    const received = installReceiver();
    await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?").bind(Date.now() - 1, pending!.id).run();
    const res = await api(`/api/v1/webhook-endpoints/${endpoint.id}`, { method: "PATCH", headers: { ...bearer(merchant.sk), "Content-Type": "application/json" }, body: JSON.stringify({ disabled: false }) });
    expect(await res.json()).toMatchObject({ status: "enabled", failingSince: null });
    // The re-enable put its pending deliveries back on the Queue: nothing to drive by hand.
    await waitFor(async () => (await deliveriesOf(endpoint.id))[0]?.status === "succeeded", "resumed delivery");
    expect(received.map((r) => r.headers["webhook-id"])).toEqual([first.id]);
  });

  it("replays a delivery by hand: same event id, same body, a new recorded attempt", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup();
    const evt = event(merchant, "offramp.completed");
    await publishMerchantEvent(env, evt);
    const [delivery] = await waitFor(async () => {
      const rows = await deliveriesOf(endpoint.id);
      return rows[0]?.status === "succeeded" && rows;
    }, "delivery");

    const res = await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${delivery!.id}/replay`, { method: "POST", headers: bearer(merchant.sk) });
    expect(res.status).toBe(200);
    const replay = await res.json<{ eventId: string; attempt: { trigger: string; outcome: string; statusCode: number } }>();
    expect(replay).toMatchObject({ eventId: evt.id, attempt: { trigger: "replay", outcome: "succeeded", statusCode: 200 } });
    expect(received).toHaveLength(2);
    expect(received[1]!.headers["webhook-id"]).toBe(evt.id);
    expect(received[1]!.body).toBe(received[0]!.body);
    expect(verify(endpoint.secret, received[1]!).id).toBe(evt.id);
    expect(await attemptsOf(delivery!.id)).toHaveLength(2);
    await expectProblem(await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${newId("del")}/replay`, { method: "POST", headers: bearer(merchant.sk) }), 404);
  });

  it("a replay that succeeds settles a failed delivery", async () => {
    installReceiver(() => new Response(null, { status: 500 }));
    const { merchant, endpoint } = await setup();
    await publishMerchantEvent(env, event(merchant));
    const [d] = await waitFor(async () => {
      const rows = await deliveriesOf(endpoint.id);
      return rows[0]?.attempt_count === 1 && rows;
    }, "first attempt");
    await env.DB.prepare("UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL WHERE id = ?").bind(d!.id).run();
    installReceiver();
    const res = await api(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${d!.id}/replay`, { method: "POST", headers: bearer(merchant.sk) });
    expect(res.status).toBe(200);
    expect((await deliveriesOf(endpoint.id))[0]!.status).toBe("succeeded");
  });

  it("records network errors and redirects as failed attempts with their reason", async () => {
    installReceiver(() => {
      throw new TypeError("connection refused");
    });
    const { merchant, endpoint } = await setup();
    await publishMerchantEvent(env, event(merchant));
    const [d] = await waitFor(async () => {
      const rows = await deliveriesOf(endpoint.id);
      return rows[0]?.attempt_count === 1 && rows;
    }, "first attempt");
    expect(d!.last_status_code).toBeNull();
    expect(d!.last_error).toContain("network");

    installReceiver(() => new Response(null, { status: 302, headers: { Location: "http://169.254.169.254/" } }));
    const two = await setup();
    await publishMerchantEvent(env, event(two.merchant));
    const [r] = await waitFor(async () => {
      const rows = await deliveriesOf(two.endpoint.id);
      return rows[0]?.attempt_count === 1 && rows;
    }, "redirect attempt");
    expect(r!.last_status_code).toBe(302);
    expect(r!.last_error).toContain("redirect");
  });

  it("routes by mode: a live event never reaches a test endpoint", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup(["*"], "test");
    const { result } = await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(event(merchant, "payment.succeeded", { mode: "live" }))]));
    expect(result.explicitAcks).toHaveLength(1);
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it("the cron sweep queues again deliveries whose message was lost", async () => {
    const received = installReceiver();
    const { merchant, endpoint } = await setup();
    // Recorded, but its Queue message was lost.
    const evt = event(merchant);
    const deliveryIdOf = newId("del");
    await env.DB.batch([
      env.DB.prepare("INSERT INTO webhook_events (id, merchant_id, type, object_id, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(evt.id, merchant.id, evt.type, evt.objectId, JSON.stringify({ id: evt.id, type: evt.type, timestamp: evt.createdAt, data: evt.data }), Date.now()),
      env.DB.prepare("INSERT INTO webhook_deliveries (id, event_id, endpoint_id, merchant_id, next_attempt_at) VALUES (?, ?, ?, ?, ?)")
        .bind(deliveryIdOf, evt.id, endpoint.id, merchant.id, Date.now() - 10 * 60_000),
    ]);
    expect(await sweepOverdueDeliveries(env)).toContain(deliveryIdOf);
    await waitFor(async () => received.length === 1, "swept delivery");
    expect(received[0]!.headers["webhook-id"]).toBe(evt.id);
  });

  it("prunes settled history after the retention period, never pending deliveries", async () => {
    const received = installReceiver(() => new Response(null, { status: 500 }));
    const { merchant, endpoint } = await setup();
    const settled = event(merchant);
    const pending = event(merchant);
    await publishMerchantEvent(env, settled);
    await publishMerchantEvent(env, pending);
    await waitFor(async () => received.length >= 2, "first attempts");
    await waitFor(async () => (await deliveriesOf(endpoint.id)).every((d) => d.attempt_count === 1), "attempts recorded");
    const old = Date.now() - NOTIFICATION_RETENTION_MS - 60_000;
    await env.DB.batch([
      env.DB.prepare("UPDATE webhook_deliveries SET created_at = ?1 WHERE endpoint_id = ?2").bind(old, endpoint.id),
      env.DB.prepare("UPDATE webhook_events SET created_at = ?1 WHERE id IN (?2, ?3)").bind(old, settled.id, pending.id),
      env.DB.prepare("UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL WHERE event_id = ?1").bind(settled.id),
    ]);
    await pruneNotificationHistory(env);
    const left = await deliveriesOf(endpoint.id);
    expect(left.map((d) => d.status)).toEqual(["pending"]);
    const events = (await env.DB.prepare("SELECT id FROM webhook_events WHERE id IN (?, ?)").bind(settled.id, pending.id).all<{ id: string }>()).results;
    expect(events.map((e) => e.id)).toEqual([pending.id]);
    expect(await attemptsOf(left[0]!.id)).toHaveLength(1);
  });

  it("health reports deliveries stuck past the sweep interval as degraded", async () => {
    const { merchant, endpoint } = await setup();
    const evt = event(merchant);
    await env.DB.batch([
      env.DB.prepare("INSERT INTO webhook_events (id, merchant_id, type, object_id, payload, occurred_at) VALUES (?, ?, ?, ?, '{}', ?)").bind(evt.id, merchant.id, evt.type, evt.objectId, Date.now()),
      env.DB.prepare("INSERT INTO webhook_deliveries (id, event_id, endpoint_id, merchant_id, next_attempt_at) VALUES (?, ?, ?, ?, ?)").bind(newId("del"), evt.id, endpoint.id, merchant.id, Date.now() - 3_600_000),
    ]);
    const health = await (await api("/api/v1/health")).json<{ status: string; checks: Record<string, { status: string; details: { overdueDeliveries: number } }> }>();
    expect(health.checks.notifications!.status).toBe("degraded");
    expect(health.checks.notifications!.details.overdueDeliveries).toBeGreaterThanOrEqual(1);
    expect(health.status).toBe("degraded");
  });

  it("refuses malformed events from the publisher (programming errors, not silent drops)", async () => {
    const { merchant } = await setup();
    await expect(publishMerchantEvent(env, { ...event(merchant), id: "evt with spaces" })).rejects.toThrow("Invalid event id");
    await expect(publishMerchantEvent(env, { ...event(merchant), type: "PaymentSucceeded" })).rejects.toThrow("Invalid event type");
    await expect(publishMerchantEvent(env, { ...event(merchant), createdAt: "yesterday" })).rejects.toThrow("Invalid event time");
  });
});

describe("GET /events/{id} takes event ids as every id route takes its ids", { timeout: 60_000 }, () => {
  it("answers its event, 404 for a well-formed id of no event, 400 naming the path parameter for a malformed one", async () => {
    const { merchant } = await setup();
    const evt = event(merchant);
    expect((await consume(NOTIFICATIONS_QUEUE, messagesOf([eventMessage(evt)]))).result.explicitAcks).toHaveLength(1);
    const found = await api(`/api/v1/events/${evt.id}`, { headers: bearer(merchant.sk) });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ id: evt.id, type: "payment.succeeded", objectId: evt.objectId, data: evt.data });
    await expectProblem(await api(`/api/v1/events/${newId("evt")}`, { headers: bearer(merchant.sk) }), 404);
    for (const malformed of ["payment.succeeded", "evt_short", `evt_${"0".repeat(25)}i`, evt.id.toUpperCase(), newId("pay")]) {
      const problem = await expectProblem(await api(`/api/v1/events/${malformed}`, { headers: bearer(merchant.sk) }), 400);
      expect(problem.errors, malformed).toEqual([expect.objectContaining({ in: "path", field: "id" })]);
    }
  });

  it("an operator re-emits only ids GET /events/{id} can read back; the publisher refuses others", async () => {
    const { merchant } = await setup();
    const body = { id: "order-shipped-1", type: "payment.succeeded", merchantId: merchant.id, objectId: newId("pay"), data: {} };
    const refused = await api("/api/v1/admin/events", { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await expectProblem(refused, 400)).errors).toEqual([expect.objectContaining({ in: "body", field: "id" })]);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM webhook_events WHERE id = ?").bind(body.id).first("n")).toBe(0);
    await expect(publishMerchantEvent(env, { ...event(merchant), id: body.id })).rejects.toThrow("Invalid event id");

    const id = newId("evt");
    const published = await api("/api/v1/admin/events", { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ ...body, id }) });
    expect(await published.json()).toMatchObject({ eventId: id });
    // Recorded by the Queue consumer in the background, then readable by the id it was published under.
    const read = await waitFor(async () => {
      const res = await api(`/api/v1/events/${id}`, { headers: bearer(merchant.sk) });
      return res.status === 200 && res.json<Record<string, unknown>>();
    }, "the published event", 30_000);
    expect(read).toMatchObject({ id, objectId: body.objectId });
  });
});
