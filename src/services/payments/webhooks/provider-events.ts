/**
 * Applying a payment provider's events (src/providers/types.ts `ProviderEvent`, produced by a
 * registry adapter's mapCallback or by a status check) to the payment's Durable Object. One place for
 * the webhook routes and the scheduled reconciliation, so the same fact learnt both ways is the same
 * event (same source + providerEventId) and is applied once.
 */
import type { ApplyEventInput, RecordedEventResult } from "../../../durable-objects/payment-object";
import type { Bindings } from "../../../env";
import { canonicalJson } from "../../../lib/canonical-json";
import { sha256Hex } from "../../../lib/sha256";
import { ApiError } from "../../../lib/errors";
import type { ProviderEvent } from "../../../providers/types";
import { afterOnrampChange } from "../../ramps/onramp-delivery";
import { applyEvent } from "../payments.service";
import { subjectFamily } from "../subject";
import { paymentIdFor } from "./fields";

/**
 * A card checkout can pay a payment or a card on-ramp order (issue 9, `ord_…` as the myPOS OrderID);
 * the adapters speak the payment vocabulary, the order's state machine has its own names for the same facts.
 */
const ORDER_EVENT_TYPES: Partial<Record<ProviderEvent["type"], string>> = {
  "payment.funds_received": "onramp.funds_received",
  "payment.reversed": "onramp.reversed",
  "payment.failed": "onramp.failed",
};

/** The core event for a provider event on a given subject (422 when it has no meaning for that subject). */
export async function toCoreEvent(subjectId: string, event: ProviderEvent): Promise<ApplyEventInput> {
  let type: string = event.type;
  if (subjectFamily(subjectId) === "order") {
    const orderType = ORDER_EVENT_TYPES[event.type];
    if (!orderType) throw new ApiError("UNPROCESSABLE", { detail: `'${event.type}' from ${event.source} cannot apply to order '${subjectId}'` });
    type = orderType;
  }
  return {
    type,
    source: event.source,
    providerEventId: event.providerEventId,
    // The fact's content, not the delivery's bytes: a notify and a status check of one payment hash alike.
    payloadHash: await sha256Hex(canonicalJson({ type: event.type, data: event.data })),
    occurredAt: Date.parse(event.occurredAt),
    data: event.data,
  };
}

/**
 * Apply one provider event; 404 for an unknown subject, 422 for an event its state machine does not know.
 * A card on-ramp order that the event moved gets its follow-up (coins sent once funds are confirmed),
 * whether the fact came by webhook or by a status check.
 */
export async function applyProviderEvent(env: Bindings, event: ProviderEvent): Promise<RecordedEventResult & { subjectId: string }> {
  const subjectId = await paymentIdFor(env, event);
  const result = await applyEvent(env, subjectId, await toCoreEvent(subjectId, event));
  if (result.status === "not_found") throw ApiError.notFound(subjectFamily(subjectId) === "order" ? "Order" : "Payment", subjectId);
  if (result.status === "invalid") throw new ApiError("UNPROCESSABLE", { detail: `The event cannot apply to '${subjectId}': ${result.reason}` });
  if (subjectFamily(subjectId) === "order" && result.accepted && !result.duplicate) await afterOnrampChange(env, subjectId, result.subjectStatus);
  return { ...result, subjectId };
}
