/**
 * The webhooks of the payment methods (MyPOS, PayTo, CorePay), through the ONE provider adapter
 * interface of src/providers (chosen by PAYMENT_PROVIDER_MODE in src/providers/registry.ts):
 *
 *   raw body → adapter.verifyCallback (signature over the exact bytes; 401, nothing parsed or written;
 *   503 when the provider is not configured; then 400 naming a malformed field) → adapter.mapCallback
 *   (events named by the fact, so a redelivery or the same fact learnt again is one event) → each
 *   event applied through the payment's Durable Object (404 unknown payment, 422 meaningless event)
 *   → the provider's success answer, only once every event is durable.
 *
 * The ramp providers (on-ramp/off-ramp) still use the generic pipeline of adapter.ts.
 */
import type { Context } from "hono";
import type { AppEnv } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { myposAcknowledgement } from "../../../providers/mypos/notify";
import { paymentAdapter } from "../../../providers/registry";
import type { PaymentMethod, ProviderEvent, RawCallback } from "../../../providers/types";
import { acknowledgement } from "./adapter";
import { applyProviderEvent } from "./provider-events";

type Applied = Awaited<ReturnType<typeof applyProviderEvent>>;

/** Verify and map a callback with the configured adapter of the method (the adapters' own types stay inside). */
async function verifyAndMap(c: Context<AppEnv>, method: PaymentMethod, callback: RawCallback): Promise<ProviderEvent[]> {
  const context = { receivedAt: new Date() };
  switch (method) {
    case "mypos": {
      const adapter = paymentAdapter(c.env, "mypos");
      return adapter.mapCallback(await adapter.verifyCallback(callback), context);
    }
    case "payto": {
      const adapter = paymentAdapter(c.env, "payto");
      return adapter.mapCallback(await adapter.verifyCallback(callback), context);
    }
    case "corepay": {
      const adapter = paymentAdapter(c.env, "corepay");
      return adapter.mapCallback(await adapter.verifyCallback(callback), context);
    }
  }
}

export async function handlePaymentWebhook(c: Context<AppEnv>, method: PaymentMethod): Promise<Response> {
  const log = c.get("log").child({ provider: method });
  const body = new Uint8Array(await c.req.arrayBuffer());
  let events: ProviderEvent[];
  try {
    events = await verifyAndMap(c, method, { headers: c.req.raw.headers, body });
  } catch (error) {
    if (error instanceof ApiError && (error.code === "UNAUTHORIZED" || error.code === "SERVICE_UNAVAILABLE")) {
      log.warn("webhook refused before parsing", { code: error.code, detail: error.detail });
    }
    throw error;
  }
  if (events.length === 0) throw new ApiError("UNPROCESSABLE", { detail: "The callback carries no payment event" });

  // In order: a callback's events build on each other (e.g. a hold, then its confirmation count).
  const applied: Applied[] = [];
  for (const event of events) {
    const result = await applyProviderEvent(c.env, event);
    applied.push(result);
    log.info("webhook event recorded", {
      subjectId: result.subjectId,
      eventId: result.eventId,
      type: result.type,
      providerEventId: event.providerEventId,
      duplicate: result.duplicate,
      accepted: result.accepted,
      status: result.subjectStatus,
      projected: result.projected,
      ...(event.details ? { details: event.details } : {}),
    });
  }

  // myPOS accepts exactly `OK`; anything else makes it reverse the payment.
  if (method === "mypos") return myposAcknowledgement();
  const last = applied[applied.length - 1]!;
  c.header("Cache-Control", "no-store");
  return c.json(
    {
      ...acknowledgement({ ...last, duplicate: applied.every((r) => r.duplicate) }, last.subjectId),
      events: applied.map((r) => ({ eventId: r.eventId, type: r.type, duplicate: r.duplicate, accepted: r.accepted })),
    },
    200,
  );
}
