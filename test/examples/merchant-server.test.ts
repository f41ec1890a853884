/**
 * The merchant server example (examples/merchant-server) against the real worker: it creates a
 * payment with its secret key through the typed client, the payment is paid (signed PayTo deposit
 * webhooks), and the notification CorePort then sends is accepted by the example's
 * `standardwebhooks` verification — and refused once tampered with, re-signed with another secret,
 * or replayed too late.
 */
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { corePort, createPaytoPayment, verifyNotification } from "../../examples/merchant-server/coreport";
import { ApiProblemError } from "../../src/client";
import { api, fetcherOf } from "../helpers/http";
import { bearer, merchantWithKeys } from "../helpers/merchants";
import { deliver } from "../helpers/payments";
import { installReceiver, refuseNetwork } from "../helpers/receiver";

beforeEach(() => refuseNetwork());

const toWorker = fetcherOf();

async function webhookEndpoint(sk: string): Promise<string> {
  const res = await api("/api/v1/webhook-endpoints", {
    method: "POST",
    headers: { ...bearer(sk), "Content-Type": "application/json" },
    body: JSON.stringify({ url: "https://shop.merchant.example.com/webhooks/coreport", eventTypes: ["payment.succeeded"] }),
  });
  expect(res.status).toBe(201);
  return (await res.json<{ secret: string }>()).secret;
}

describe("merchant server example", { timeout: 60_000 }, () => {
  it("creates a payment through the typed client; a real CorePort notification verifies, a tampered one does not", async () => {
    const merchant = await merchantWithKeys();
    const secret = await webhookEndpoint(merchant.sk);
    const received = installReceiver();
    const client = corePort("http://localhost", merchant.sk, toWorker);

    const order = { id: `1042-${crypto.randomUUID().slice(0, 8)}`, amount: "25.00", asset: "USDX" };
    const payment = await createPaytoPayment(client, order);
    expect(payment).toMatchObject({ status: "requires_payment", asset: "USDX", amountExpected: "25.000000", merchantReference: order.id });
    // Idempotent per order: a retry returns the same payment.
    expect((await createPaytoPayment(client, order)).id).toBe(payment.id);

    // The customer pays: the provider reports the deposit (signed as PayTo signs it).
    const res = await deliver("/api/v1/payments/payto/webhook", { type: "deposit.confirmed", timestamp: new Date().toISOString(), data: { paymentId: payment.id, transactionId: "0xexample01", amount: "25.000000", asset: "USDX" } }, env.PAYTO_WEBHOOK_SECRET!);
    expect(res.status).toBe(200);

    const notification = await vi.waitFor(() => {
      const hit = received.find((r) => r.body.includes(payment.id));
      if (!hit) throw new Error("no notification yet");
      return hit;
    }, { timeout: 30_000, interval: 50 });
    expect(notification.url).toBe("https://shop.merchant.example.com/webhooks/coreport");

    const verified = verifyNotification(secret, notification.body, notification.headers);
    expect(verified).toMatchObject({ ok: true, event: { type: "payment.succeeded", objectId: payment.id } });

    const tampered = notification.body.replace("25.000000", "2500.000000");
    expect(tampered).not.toBe(notification.body);
    expect(verifyNotification(secret, tampered, notification.headers)).toMatchObject({ ok: false });
    // Another endpoint's secret, a changed id, a timestamp outside the 5-minute window: all refused.
    expect(verifyNotification(await webhookEndpoint(merchant.sk), notification.body, notification.headers)).toMatchObject({ ok: false });
    expect(verifyNotification(secret, notification.body, { ...notification.headers, "webhook-id": "evt_other" })).toMatchObject({ ok: false });
    const late = String(Number(notification.headers["webhook-timestamp"]) - 3600);
    expect(verifyNotification(secret, notification.body, { ...notification.headers, "webhook-timestamp": late })).toMatchObject({ ok: false });
    expect(verifyNotification(secret, notification.body, {})).toMatchObject({ ok: false });
  });

  it("refuses a publishable key, and API refusals arrive as ApiProblemError with the problem's detail", async () => {
    const merchant = await merchantWithKeys();
    expect(() => corePort("http://localhost", merchant.pk)).toThrow(/secret key/);
    const client = corePort("http://localhost", merchant.sk, toWorker);
    const error = await createPaytoPayment(client, { id: "1043", amount: "25.0000001", asset: "USDX" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblemError);
    expect((error as ApiProblemError).status).toBe(400);
    expect((error as ApiProblemError).fieldErrors.map((f) => f.field)).toContain("amount");
  });
});
