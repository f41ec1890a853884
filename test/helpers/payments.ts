import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { MerchantEvent } from "../../src/services/notifications/publish";
import { signWebhook } from "../../src/lib/standard-webhooks";
import { createPayment, createRampOrder, subjectStub, type NewPayment, type NewRampOrder } from "../../src/services/payments/payments.service";
import { api } from "./http";

export const MERCHANT = "mer_test";

export function inMinutes(minutes: number): Date {
  return new Date(Date.now() + minutes * 60_000);
}

export function newTestPayment(overrides: Partial<NewPayment> = {}) {
  return createPayment(env, {
    merchantId: MERCHANT,
    method: "payto",
    asset: "USDX",
    amountExpected: "10.00",
    fees: [],
    metadata: {},
    expiresAt: inMinutes(30),
    ...overrides,
  });
}

export function newTestOrder(overrides: Partial<NewRampOrder> & Pick<NewRampOrder, "direction">) {
  const onramp = overrides.direction === "onramp";
  return createRampOrder(env, {
    merchantId: MERCHANT,
    rail: onramp ? "bank" : "crypto",
    sourceAsset: onramp ? "EUR" : "USDX",
    targetAsset: onramp ? "EURX" : "USD",
    sourceAmount: onramp ? "100.00" : "250.000000",
    targetAmount: onramp ? "98.500000" : "247.50",
    fees: [],
    destination: {},
    metadata: {},
    expiresAt: inMinutes(30),
    ...overrides,
  });
}

/** The raw stub, for cloudflare:test helpers (runInDurableObject, runDurableObjectAlarm). */
export function stubOf(id: string) {
  return env.PAYMENT_OBJECT.get(env.PAYMENT_OBJECT.idFromName(id));
}

/** The typed RPC surface, for view()/inspect(). */
export function objectOf(id: string) {
  return subjectStub(env, id);
}

export async function d1Payment(id: string) {
  return env.DB.prepare("SELECT * FROM payments WHERE id = ?").bind(id).first<Record<string, unknown>>();
}

export async function d1Order(id: string) {
  return env.DB.prepare("SELECT * FROM ramp_orders WHERE id = ?").bind(id).first<Record<string, unknown>>();
}

export async function d1Events(subjectId: string) {
  const { results } = await env.DB.prepare("SELECT * FROM payment_events WHERE subject_id = ? ORDER BY seq").bind(subjectId).all<Record<string, unknown>>();
  return results;
}

let counter = 0;
export function deliveryId(): string {
  counter += 1;
  return `msg_${Date.now().toString(36)}_${counter}_${crypto.randomUUID().slice(0, 8)}`;
}

export interface DeliveryOptions {
  id?: string;
  timestamp?: number;
  /** Send these bytes instead of JSON.stringify(payload) (still signed). */
  body?: string;
  /** Sign with these secrets instead of the one given (rotation: several signatures). */
  secrets?: string[];
}

/** POST a Standard Webhooks delivery, signed over the exact body, to the worker. */
export async function deliver(path: string, payload: unknown, secret: string, options: DeliveryOptions = {}): Promise<Response> {
  const body = options.body ?? JSON.stringify(payload);
  const headers = await signWebhook(options.secrets ?? [secret], options.id ?? deliveryId(), options.timestamp ?? Math.floor(Date.now() / 1000), body);
  return api(path, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body });
}

export interface NotificationSink {
  events: MerchantEvent[];
  /** Make the next n deliveries fail (the notification system is down). */
  failNext: number;
}

/**
 * Capture the merchant notifications of one subject: replaces the object's notification seam on its
 * live instance. Call it before creating the subject (with a pre-allocated id) to see the creation too.
 */
export async function captureNotifications(subjectId: string): Promise<NotificationSink> {
  const sink: NotificationSink = { events: [], failNext: 0 };
  await runInDurableObject(stubOf(subjectId), (instance) => {
    (instance as unknown as { notifyMerchant: (e: MerchantEvent) => Promise<void> }).notifyMerchant = async (event) => {
      if (sink.failNext > 0) {
        sink.failNext -= 1;
        throw new Error("notification system unavailable");
      }
      sink.events.push(event);
    };
  });
  return sink;
}

/** Let the clock pass a subject's expiry without waiting: move the expiry into the past in the object's storage. */
export async function passExpiry(id: string) {
  await runInDurableObject(stubOf(id), (_instance, state) => {
    const stored = JSON.parse(state.storage.sql.exec<{ state: string }>("SELECT state FROM subject").one().state);
    stored.expiresAt = Date.now() - 1;
    state.storage.sql.exec("UPDATE subject SET state = ?", JSON.stringify(stored));
  });
}

/**
 * The merchant notifications recorded in D1 for an object (types, oldest first): those its Durable
 * Object has published to the notifications Queue, once the Queue consumer has recorded them all.
 */
export async function notificationTypes(objectId: string): Promise<string[]> {
  const published = await runInDurableObject(stubOf(objectId), (_instance, state) =>
    state.storage.sql.exec<{ notification: string }>("SELECT notification FROM events WHERE notification IS NOT NULL AND published = 1").toArray()
      .map((r) => (JSON.parse(r.notification) as MerchantEvent).id));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { results } = await env.DB.prepare("SELECT id, type FROM webhook_events WHERE object_id = ? ORDER BY created_at, rowid").bind(objectId).all<{ id: string; type: string }>();
    const recorded = new Set(results.map((r) => r.id));
    if (published.every((id) => recorded.has(id))) return results.map((r) => r.type);
    if (Date.now() > deadline) throw new Error(`notifications of ${objectId} not recorded: ${published.filter((id) => !recorded.has(id)).join(", ")}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
