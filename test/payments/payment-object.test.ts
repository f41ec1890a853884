import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "../../src/lib/errors";
import { newId } from "../../src/lib/ids";
import { hashClientSecret, verifyClientSecret } from "../../src/services/payments/client-secret";
import { applyEvent, readPayment, readRampOrder } from "../../src/services/payments/payments.service";
import { captureNotifications, d1Events, d1Order, d1Payment, inMinutes, newTestOrder, newTestPayment, objectOf, stubOf, type NotificationSink } from "../helpers/payments";

/** A payment (or order) whose merchant notifications are captured from its creation on. */
async function observed<T extends { row: { id: string } }>(create: (id: string) => Promise<T>, prefix: "pay" | "ord" = "pay") {
  const id = newId(prefix);
  const sink = await captureNotifications(id);
  published = sink;
  return { ...(await create(id)), sink };
}
let published: NotificationSink = { events: [], failNext: 0 };

const deposit = (transactionId: string, amount: string, providerEventId = `dlv_${transactionId}`) => ({
  type: "payment.funds_received",
  source: "payto",
  providerEventId,
  data: { transactionId, amount, asset: "USDX" },
});

/** Take D1's payment_events offline so that every projection batch fails, like a D1 outage. */
async function withD1Outage<T>(fn: () => Promise<T>): Promise<T> {
  await env.DB.exec("ALTER TABLE payment_events RENAME TO payment_events_offline");
  try {
    return await fn();
  } finally {
    await env.DB.exec("ALTER TABLE payment_events_offline RENAME TO payment_events");
  }
}

/** Let the clock pass a subject's expiry without waiting: move the expiry into the past in the object's storage. */
async function passExpiry(id: string) {
  await runInDurableObject(stubOf(id), (_instance, state) => {
    const stored = JSON.parse(state.storage.sql.exec<{ state: string }>("SELECT state FROM subject").one().state);
    stored.expiresAt = Date.now() - 1;
    state.storage.sql.exec("UPDATE subject SET state = ?", JSON.stringify(stored));
  });
}

beforeEach(() => {
  published = { events: [], failNext: 0 };
});

describe("creating a payment", () => {
  it("stores it in its Durable Object, projects row and creation event to D1, and notifies", async () => {
    const { row, clientSecret, projected } = await observed((id) => newTestPayment({ id, depositAddress: `cb${crypto.randomUUID().replaceAll("-", "")}` }));
    expect(projected).toBe(true);
    expect(row).toMatchObject({ status: "requires_payment", amountExpected: "10.00", amountReceived: "0", version: 1, needsReview: false });
    expect(clientSecret.startsWith(`${row.id}_secret_`)).toBe(true);
    expect(row.clientSecretHash).toBe(await hashClientSecret(clientSecret));
    expect(await verifyClientSecret(clientSecret, row.clientSecretHash)).toBe(true);
    expect(await verifyClientSecret(`${clientSecret}x`, row.clientSecretHash)).toBe(false);

    const stored = await d1Payment(row.id);
    expect(stored).toMatchObject({ id: row.id, status: "requires_payment", amount_received: "0", version: 1, merchant_id: "mer_test" });
    const events = await d1Events(row.id);
    expect(events).toMatchObject([{ seq: 1, type: "payment.created", from_status: "new", to_status: "requires_payment", accepted: 1, source: "merchant" }]);
    expect(published.events).toMatchObject([{ id: events[0]!.id, type: "payment.created", objectId: row.id, merchantId: "mer_test" }]);
    expect(JSON.stringify(published.events[0])).not.toContain(row.clientSecretHash);
  });

  it("refuses a second payment on a deposit address in use, keeping nothing of it", async () => {
    const address = `cb${crypto.randomUUID().replaceAll("-", "")}`;
    const first = await observed((id) => newTestPayment({ id, depositAddress: address }));
    const error = await observed((id) => newTestPayment({ id, depositAddress: address })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    const { results } = await env.DB.prepare("SELECT id FROM payments WHERE deposit_address = ?").bind(address).all();
    expect(results).toEqual([{ id: first.row.id }]);
  });

  it("is idempotent in the object for the same record, and refuses a different one under the same id", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    const stub = stubOf(row.id);
    const record = await runInDurableObject(stub, (_instance, state) => {
      const r = state.storage.sql.exec<{ record: string }>("SELECT record FROM subject").one();
      return JSON.parse(r.record);
    });
    const again = await stub.create({ record, expiresAt: row.expiresAt.getTime(), source: "merchant" });
    expect(again).toMatchObject({ status: "existing", row: { id: row.id, version: 1 } });
    const other = await stub.create({ record: { ...record, payment: { ...record.payment, amountExpected: "11.00" } }, expiresAt: row.expiresAt.getTime(), source: "merchant" });
    expect(other).toMatchObject({ status: "conflict" });
  });

  it("validates what it is given", async () => {
    await expect(newTestPayment({ amountExpected: "0" })).rejects.toThrow(/amountExpected/);
    await expect(newTestPayment({ amountExpected: "1e3" })).rejects.toThrow(/amountExpected/);
    await expect(newTestPayment({ expiresAt: new Date(Date.now() - 1000) })).rejects.toThrow(/expiresAt/);
    await expect(newTestPayment({ id: "ord_7h2k9m4q1x8c3v6b5n0z2w4e7r" })).rejects.toThrow(/payment id/);
  });
});

describe("applying events", () => {
  it("accepts an allowed transition, records it in the object and D1, and notifies with the event's id", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    const result = await applyEvent(env, row.id, deposit("0xaaa", "10.00"));
    expect(result).toMatchObject({ status: "recorded", duplicate: false, accepted: true, seq: 2, fromStatus: "requires_payment", toStatus: "succeeded", subjectStatus: "succeeded", projected: true });
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 2, provider_reference: "0xaaa" });
    const events = await d1Events(row.id);
    expect(events[1]).toMatchObject({ seq: 2, type: "payment.funds_received", source: "payto", provider_event_id: "dlv_0xaaa", accepted: 1, to_status: "succeeded" });
    expect(JSON.parse(events[1]!.data as string)).toEqual({ transactionId: "0xaaa", amount: "10.00", asset: "USDX" });
    const note = published.events.find((e) => e.type === "payment.succeeded");
    expect(note).toMatchObject({ id: events[1]!.id, objectId: row.id, data: { object: { status: "succeeded", amountReceived: "10.00" } } });
  });

  it("returns the first outcome for a repeated provider event id and changes nothing", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    const first = await applyEvent(env, row.id, deposit("0xbbb", "4.00"));
    const again = await applyEvent(env, row.id, deposit("0xbbb", "4.00"));
    expect(again).toMatchObject({ status: "recorded", duplicate: true, eventId: (first as { eventId: string }).eventId, accepted: true, seq: 2, toStatus: "partially_paid" });
    const changed = await applyEvent(env, row.id, { ...deposit("0xccc", "6.00"), providerEventId: "dlv_0xbbb" });
    expect(changed).toMatchObject({ duplicate: true, seq: 2, toStatus: "partially_paid" });
    await applyEvent(env, row.id, { ...deposit("0xeee", "1.00"), payloadHash: "h1" });
    const reused = await applyEvent(env, row.id, { ...deposit("0xeee", "9.00"), payloadHash: "h2" });
    expect(reused).toMatchObject({ duplicate: true, payloadMismatch: true, seq: 3 });
    expect(await d1Payment(row.id)).toMatchObject({ amount_received: "5.00", version: 3 });
    expect(await d1Events(row.id)).toHaveLength(3);
  });

  it("refuses a forbidden transition, records the refusal in the object and in D1, and leaves the state", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    await applyEvent(env, row.id, { type: "payment.cancelled", source: "merchant", data: { reason: "customer left" } });
    const refused = await applyEvent(env, row.id, { type: "payment.reversed", source: "mypos", providerEventId: "rb-1", data: {} });
    expect(refused).toMatchObject({ status: "recorded", accepted: false, fromStatus: "cancelled", toStatus: "cancelled", reason: "'payment.reversed' is not allowed in status 'cancelled'" });
    expect(await d1Payment(row.id)).toMatchObject({ status: "cancelled", version: 3 });
    expect((await d1Events(row.id))[2]).toMatchObject({ seq: 3, accepted: 0, reason: "'payment.reversed' is not allowed in status 'cancelled'", provider_event_id: "rb-1" });
    expect(published.events.map((e) => e.type)).toEqual(["payment.created", "payment.cancelled"]);
  });

  it("does not record malformed events or events for unknown subjects", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    expect(await applyEvent(env, row.id, { type: "payment.funds_received", source: "payto", data: { amount: "1" } })).toMatchObject({ status: "invalid" });
    expect(await applyEvent(env, row.id, { type: "offramp.payout_failed", source: "payto", data: {} })).toMatchObject({ status: "invalid" });
    expect(await applyEvent(env, row.id, { type: "payment.failed", source: "payto", data: {}, occurredAt: -5 })).toMatchObject({ status: "invalid" });
    expect(await applyEvent(env, "pay_0000000000000000000000000z", { type: "payment.failed", source: "payto", data: {} })).toEqual({ status: "not_found" });
    expect(await applyEvent(env, "nonsense", { type: "payment.failed", source: "payto", data: {} })).toEqual({ status: "not_found" });
    expect(await d1Events(row.id)).toHaveLength(1);
  });

  it("serialises 50 concurrent deliveries of one event: one transition, one event row", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    const results = await Promise.all(Array.from({ length: 50 }, () => applyEvent(env, row.id, deposit("0xddd", "10.00", "dlv_storm"))));
    const fresh = results.filter((r) => r.status === "recorded" && !r.duplicate);
    expect(fresh).toHaveLength(1);
    expect(results.every((r) => r.status === "recorded" && r.accepted && r.seq === 2)).toBe(true);
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 2 });
    const rows = await d1Events(row.id);
    expect(rows.filter((e) => e.provider_event_id === "dlv_storm")).toHaveLength(1);
    expect(published.events.filter((e) => e.type === "payment.succeeded")).toHaveLength(1);
  });

  it("adds 50 concurrent distinct deposits exactly, every one in D1", async () => {
    const { row } = await observed((id) => newTestPayment({ id, amountExpected: "10.00" }));
    await Promise.all(Array.from({ length: 50 }, (_, i) => applyEvent(env, row.id, deposit(`0x${i}`, "0.20"))));
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 51 });
    const events = await d1Events(row.id);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(events.filter((e) => e.to_status === "succeeded")).toHaveLength(1);
  });
});

describe("expiry", () => {
  it("the alarm is set at the expiry and expires an unpaid payment", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    expect(await runInDurableObject(stubOf(row.id), (_i, state) => state.storage.getAlarm())).toBe(row.expiresAt.getTime());
    await passExpiry(row.id);
    expect(await runDurableObjectAlarm(stubOf(row.id))).toBe(true);
    expect(await d1Payment(row.id)).toMatchObject({ status: "expired", needs_review: 0, version: 2 });
    expect((await d1Events(row.id))[1]).toMatchObject({ type: "payment.expired", source: "system", accepted: 1 });
    expect(await runInDurableObject(stubOf(row.id), (_i, state) => state.storage.getAlarm())).toBeNull();
    expect(published.events.map((e) => e.type)).toEqual(["payment.created", "payment.expired"]);
  });

  it("money after the expiry is counted and flagged for review, even before the alarm ran", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    await passExpiry(row.id);
    const late = await applyEvent(env, row.id, deposit("0xlate", "10.00"));
    expect(late).toMatchObject({ accepted: true, fromStatus: "expired", toStatus: "expired", subjectStatus: "expired" });
    expect(await d1Payment(row.id)).toMatchObject({ status: "expired", amount_received: "10.00", needs_review: 1 });
    expect((await d1Events(row.id)).map((e) => e.type)).toEqual(["payment.created", "payment.expired", "payment.funds_received"]);
    expect(published.events.map((e) => e.type)).toEqual(["payment.created", "payment.expired", "payment.needs_review"]);
  });

  it("a payment in flight does not expire; if its transaction drops after the expiry it expires then", async () => {
    const { row } = await newTestPayment();
    const seen = await applyEvent(env, row.id, { type: "payment.processing", source: "corepay", providerEventId: "seen", data: { transactionId: "0xfly", amount: "10.00" } });
    expect(seen).toMatchObject({ fromStatus: "requires_payment", toStatus: "processing" });
    await passExpiry(row.id);
    await runDurableObjectAlarm(stubOf(row.id));
    expect(await d1Payment(row.id)).toMatchObject({ status: "processing" });
    const dropped = await applyEvent(env, row.id, { type: "payment.dropped", source: "corepay", providerEventId: "drop", data: { transactionId: "0xfly" } });
    expect(dropped).toMatchObject({ accepted: true, toStatus: "requires_payment", subjectStatus: "expired" });
    expect(await d1Payment(row.id)).toMatchObject({ status: "expired" });
  });
});

describe("outbox", () => {
  it("a D1 failure during projection is caught up by the alarm, nothing lost", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    const stub = stubOf(row.id);
    const result = await withD1Outage(async () => {
      const r = await applyEvent(env, row.id, deposit("0xout", "10.00"));
      // D1 did not move: the batch is atomic, the row is still at version 1.
      expect(await d1Payment(row.id)).toMatchObject({ status: "requires_payment", version: 1 });
      // Reads never show less than what the object accepted: the object answers while D1 is behind.
      const read = await readPayment(env, row.id, { events: true });
      expect(read).toMatchObject({ source: "durable_object", d1Version: 1, liveVersion: 2, row: { status: "succeeded", amountReceived: "10.00" } });
      expect(read!.events!.map((e) => e.seq)).toEqual([1, 2]);
      const inspected = await objectOf(row.id).inspect();
      expect(inspected!.outbox).toMatchObject({ failures: 1, unprojectedEvents: 1, projectedVersion: 1 });
      expect(inspected!.outbox.lastError).toMatch(/payment_events/);
      expect(inspected!.outbox.alarmAt).toBeGreaterThan(Date.now());
      // A second failing attempt (e.g. the alarm during the outage) keeps everything for later.
      expect(await runDurableObjectAlarm(stub)).toBe(true);
      expect((await objectOf(row.id).inspect())!.outbox.failures).toBe(2);
      return r;
    });
    expect(result).toMatchObject({ status: "recorded", accepted: true, toStatus: "succeeded", projected: false });
    expect(published.events.map((e) => e.type)).toEqual(["payment.created"]); // not before D1 has it

    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 2 });
    expect((await d1Events(row.id)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await objectOf(row.id).inspect())!.outbox).toMatchObject({ failures: 0, unprojectedEvents: 0, unpublishedNotifications: 0, projectedVersion: 2, lastError: null });
    expect(published.events.map((e) => e.type)).toEqual(["payment.created", "payment.succeeded"]);
    expect((await readPayment(env, row.id))!.source).toBe("d1");
  });

  it("the alarm also lands a creation whose first projection failed", async () => {
    const created = await withD1Outage(() => newTestPayment());
    expect(created.projected).toBe(false);
    // D1 has no payment_events table during the outage, but the payments row is in the same batch: atomic, absent.
    expect(await d1Payment(created.row.id)).toBeNull();
    expect((await readPayment(env, created.row.id))!.row).toMatchObject({ id: created.row.id, status: "requires_payment" });
    await runDurableObjectAlarm(stubOf(created.row.id));
    expect(await d1Payment(created.row.id)).toMatchObject({ status: "requires_payment", version: 1 });
  });

  it("retries a failed notification with the same event id until it is published", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    published.failNext = 1;
    const result = await applyEvent(env, row.id, { type: "payment.failed", source: "mypos", providerEventId: "f-1", data: { reason: "declined" } });
    expect(result).toMatchObject({ accepted: true, projected: true });
    expect(await d1Payment(row.id)).toMatchObject({ status: "failed" });
    expect(published.events.map((e) => e.type)).toEqual(["payment.created"]);
    expect((await objectOf(row.id).inspect())!.outbox).toMatchObject({ unpublishedNotifications: 1, failures: 1 });
    await runDurableObjectAlarm(stubOf(row.id));
    const failedEvent = (await d1Events(row.id))[1]!;
    expect(published.events.map((e) => [e.type, e.id])).toEqual([
      ["payment.created", (await d1Events(row.id))[0]!.id],
      ["payment.failed", failedEvent.id],
    ]);
  });
});

describe("outbox timeouts", () => {
  it("a hung notification system does not hang the event: answered after the step timeout, retried by the alarm", async () => {
    const { row } = await newTestPayment();
    let release!: () => void;
    await runInDurableObject(stubOf(row.id), (instance) => {
      (instance as unknown as { notifyMerchant: () => Promise<void> }).notifyMerchant = () => new Promise<void>((resolve) => (release = resolve));
    });
    const result = await applyEvent(env, row.id, deposit("0xhang", "10.00"));
    expect(result).toMatchObject({ accepted: true, projected: true });
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded" });
    const { outbox } = (await objectOf(row.id).inspect())!;
    expect(outbox).toMatchObject({ unpublishedNotifications: 1, failures: 1 });
    expect(outbox.lastError).toContain("timed out");
    release();
    // At-least-once: the retry carries the same event id, so a receiver can drop the copy.
    const sink = await captureNotifications(row.id);
    expect(await runDurableObjectAlarm(stubOf(row.id))).toBe(true);
    expect(sink.events).toMatchObject([{ type: "payment.succeeded", id: (result as { eventId: string }).eventId }]);
    expect((await objectOf(row.id).inspect())!.outbox).toMatchObject({ unpublishedNotifications: 0, failures: 0 });
  }, 15_000);
});

describe("reads", () => {
  it("read D1 when it is current, with the timeline", async () => {
    const { row } = await observed((id) => newTestPayment({ id }));
    await applyEvent(env, row.id, deposit("0xr1", "3.00"));
    const read = await readPayment(env, row.id, { events: true });
    expect(read).toMatchObject({ source: "d1", d1Version: 2, liveVersion: 2, row: { status: "partially_paid", amountReceived: "3.00" } });
    expect(read!.state).toMatchObject({ credited: ["0xr1"] });
    expect(read!.events!.map((e) => e.type)).toEqual(["payment.created", "payment.funds_received"]);
    expect(read!.events![0]!.occurredAt).toBeInstanceOf(Date);
    expect(await readPayment(env, "pay_0000000000000000000000000z")).toBeNull();
    expect(await readRampOrder(env, row.id)).toBeNull();
  });
});

describe("ramp orders", () => {
  it("an off-ramp order runs through a short deposit, a decision and the payout", async () => {
    const { row } = await observed((id) => newTestOrder({ id, direction: "offramp" }), "ord");
    expect(await d1Order(row.id)).toMatchObject({ status: "awaiting_deposit", direction: "offramp", amount_deposited: "0", needs_review: 0 });
    await applyEvent(env, row.id, { type: "offramp.deposit_received", source: "offramp", providerEventId: "d1", data: { transactionId: "0xd1", amount: "200", asset: "USDX" } });
    expect(await d1Order(row.id)).toMatchObject({ status: "awaiting_decision", amount_deposited: "200.000000" });
    const proceed = await applyEvent(env, row.id, {
      type: "offramp.proceed",
      source: "merchant",
      data: { quoteId: "quo_fresh", sourceAmount: "200.000000", targetAmount: "198.00", rate: "1", fees: [{ type: "service", amount: "2.00", asset: "USD" }] },
    });
    expect(proceed).toMatchObject({ accepted: true, toStatus: "payout_pending" });
    await applyEvent(env, row.id, { type: "offramp.payout_completed", source: "offramp", providerEventId: "p1", data: { transactionId: "SEPA-77" } });
    expect(await d1Order(row.id)).toMatchObject({
      status: "completed",
      source_amount: "200.000000",
      target_amount: "198.00",
      quote_id: "quo_fresh",
      payout_tx_hash: "SEPA-77",
      fees: JSON.stringify([{ type: "service", amount: "2.00", asset: "USD" }]),
    });
    expect(published.events.map((e) => e.type)).toEqual(["offramp.created", "offramp.awaiting_decision", "offramp.payout_pending", "offramp.completed"]);
    const read = await readRampOrder(env, row.id);
    expect(read).toMatchObject({ source: "d1", row: { status: "completed", direction: "offramp" } });
  });

  it("an on-ramp order expires through its alarm", async () => {
    const { row } = await newTestOrder({ direction: "onramp" });
    await passExpiry(row.id);
    expect(await runDurableObjectAlarm(stubOf(row.id))).toBe(true);
    expect(await d1Order(row.id)).toMatchObject({ status: "expired", version: 2 });
  });

  it("rejects a wrong-direction event", async () => {
    const { row } = await newTestOrder({ direction: "onramp", expiresAt: inMinutes(10) });
    expect(await applyEvent(env, row.id, { type: "offramp.payout_failed", source: "offramp", data: {} })).toMatchObject({ status: "invalid" });
  });
});
