/**
 * The seam between payment state changes and merchant notifications. The payments core calls
 * `publishMerchantEvent` from its outbox for every accepted state change; the notifications
 * capability (issue 7: endpoints, signing, delivery, retries) implements the delivery behind it.
 * Until that lands the event is only logged.
 */
import type { Bindings } from "../../env";
import { createLogger } from "../../lib/logger";

export interface MerchantEvent {
  /** Stable event id (`evt_…`): the same state change always carries the same id. */
  id: string;
  /** From the documented catalogue, e.g. `payment.succeeded`, `offramp.completed`. */
  type: string;
  merchantId: string;
  /** The payment or order id. */
  objectId: string;
  /** Snapshot of the object after the change. */
  data: Record<string, unknown>;
  createdAt: string;
}

export async function publishMerchantEvent(_env: Bindings, event: MerchantEvent): Promise<void> {
  createLogger({ component: "notifications" }).info("merchant event", { eventId: event.id, type: event.type, objectId: event.objectId });
}
