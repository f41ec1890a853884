import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectProblem, postJson } from "../helpers/http";
import { d1Order, d1Payment, deliver, stubOf } from "../helpers/payments";

const ADMIN = { Authorization: "Bearer test-admin-token" };
type Subject = { id: string; kind: string; status: string; amountExpected: string; amountReceived: string; version: number; row: Record<string, unknown> };
type Inspection = {
  subject: Subject;
  events: { total: number; accepted: number; inD1: number; acceptedInD1: number };
  d1Version: number | null;
  outbox: { unprojectedEvents: number; failures: number; lastError: string | null; alarmAt: string | null };
  consistent: boolean;
};

const createPayment = (body: Record<string, unknown>, headers: Record<string, string> = ADMIN) =>
  postJson("/api/v1/admin/sandbox/payments", { method: "payto", asset: "USDX", amount: "25.000000", ...body }, headers);

describe("sandbox payments (operator)", () => {
  it("creates a payment through the payments core", async () => {
    const res = await createPayment({ expiresInSeconds: 600, metadata: { purpose: "test" } });
    expect(res.status).toBe(201);
    const body = await res.json<{ payment: Subject; clientSecret: string }>();
    expect(body.payment).toMatchObject({ kind: "payment", status: "requires_payment", amountExpected: "25.000000", amountReceived: "0", version: 1 });
    expect(body.payment.row).not.toHaveProperty("clientSecretHash");
    expect(body.clientSecret.startsWith(`${body.payment.id}_secret_`)).toBe(true);
    expect(await d1Payment(body.payment.id)).toMatchObject({ merchant_id: "mer_sandbox", method: "payto", metadata: '{"purpose":"test"}' });
  });

  it("replays a create with the same Idempotency-Key", async () => {
    const key = crypto.randomUUID();
    const first = await (await createPayment({}, { ...ADMIN, "Idempotency-Key": key })).json<{ payment: Subject }>();
    const again = await createPayment({}, { ...ADMIN, "Idempotency-Key": key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json<{ payment: Subject }>()).payment.id).toBe(first.payment.id);
    await expectProblem(await createPayment({ amount: "26" }, { ...ADMIN, "Idempotency-Key": key }), 422);
  });

  it("refuses anonymous callers, unknown assets, too many decimals and production", async () => {
    await expectProblem(await createPayment({}, {}), 401);
    expect((await expectProblem(await createPayment({ asset: "XXX" }), 400)).errors![0]!.field).toBe("asset");
    expect((await expectProblem(await createPayment({ amount: "1.0000001" }), 400)).errors![0]!.field).toBe("amount");
    expect((await expectProblem(await createPayment({ surprise: 1 }), 400)).errors![0]).toMatchObject({ field: "surprise", code: "unknown_field" });
    const res = await postJson("/api/v1/admin/sandbox/payments", { method: "payto", asset: "USDX", amount: "1" }, ADMIN, { env: { ENVIRONMENT: "production" } });
    await expectProblem(res, 403);
  });

  it("creates ramp orders", async () => {
    const res = await postJson(
      "/api/v1/admin/sandbox/orders",
      { direction: "onramp", rail: "bank", sourceAsset: "EUR", targetAsset: "EURX", sourceAmount: "100.00", targetAmount: "98.500000", paymentReference: `RF18${Date.now()}` },
      ADMIN,
    );
    expect(res.status).toBe(201);
    const { order } = await res.json<{ order: Subject }>();
    expect(order).toMatchObject({ kind: "onramp", status: "awaiting_funds", amountExpected: "100.00" });
    expect(await d1Order(order.id)).toMatchObject({ direction: "onramp", rail: "bank" });
  });
});

describe("subject inspection (operator)", () => {
  it("shows the object and D1 in agreement, and the gap while D1 is behind", async () => {
    const { payment } = await (await createPayment({})).json<{ payment: Subject }>();
    const inspect = async () => (await api(`/api/v1/admin/subjects/${payment.id}`, { headers: ADMIN })).json<Inspection>();
    expect(await inspect()).toMatchObject({ consistent: true, d1Version: 1, events: { total: 1, accepted: 1, inD1: 1, acceptedInD1: 1 } });

    await env.DB.exec("ALTER TABLE payment_events RENAME TO payment_events_offline");
    try {
      const res = await deliver("/api/v1/payments/payto/webhook", { type: "deposit.confirmed", data: { paymentId: payment.id, transactionId: "0x1", amount: "25", asset: "USDX" } }, env.PAYTO_WEBHOOK_SECRET!);
      expect(res.status).toBe(200); // durable in the object; D1 catches up later
    } finally {
      await env.DB.exec("ALTER TABLE payment_events_offline RENAME TO payment_events");
    }
    const behind = await inspect();
    expect(behind).toMatchObject({ consistent: false, d1Version: 1, subject: { status: "succeeded", version: 2 }, outbox: { unprojectedEvents: 1, failures: 1 } });
    expect(behind.outbox.lastError).toContain("payment_events");

    await runDurableObjectAlarm(stubOf(payment.id));
    expect(await inspect()).toMatchObject({ consistent: true, d1Version: 2, events: { total: 2, inD1: 2 }, outbox: { unprojectedEvents: 0, failures: 0, lastError: null } });
  });

  it("answers 404 for an unknown subject and 400 for a malformed id, 401 without the token", async () => {
    await expectProblem(await api("/api/v1/admin/subjects/pay_0000000000000000000000000z", { headers: ADMIN }), 404);
    expect((await expectProblem(await api("/api/v1/admin/subjects/nope", { headers: ADMIN }), 400)).errors![0]!.in).toBe("path");
    await expectProblem(await api("/api/v1/admin/subjects/pay_0000000000000000000000000z"), 401);
  });
});
