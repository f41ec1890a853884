/** The reads of the notifications consumer (consume.ts): endpoints and the recorded payloads of a batch. */
import { and, inArray, ne } from "drizzle-orm";
import type { Bindings } from "../../env";
import { getDb } from "../../db/client";
import { webhookEndpoints, webhookEvents, type WebhookEndpoint } from "../../db/schema";

/** Endpoints (not disabled) of the merchants whose events are in the batch: where each event fans out to. */
export async function endpointsOfMerchants(env: Bindings, merchantIds: string[]): Promise<WebhookEndpoint[]> {
  return getDb(env.DB).select().from(webhookEndpoints).where(and(inArray(webhookEndpoints.merchantId, merchantIds), ne(webhookEndpoints.status, "disabled")));
}

/**
 * One round trip: the endpoints not loaded yet (those of delivery messages) and the payloads as
 * recorded in D1 (the first publication of an event id is the one every attempt sends).
 */
export async function endpointsAndPayloads(env: Bindings, endpointIds: string[], eventIds: string[]): Promise<{ endpoints: WebhookEndpoint[]; payloads: Map<string, string> }> {
  if (!eventIds.length) return { endpoints: [], payloads: new Map() };
  const db = getDb(env.DB);
  const payloadQuery = db.select({ id: webhookEvents.id, payload: webhookEvents.payload }).from(webhookEvents).where(inArray(webhookEvents.id, eventIds));
  if (!endpointIds.length) return { endpoints: [], payloads: new Map((await payloadQuery).map((e) => [e.id, e.payload])) };
  const [endpoints, events] = await db.batch([db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, endpointIds)), payloadQuery]);
  return { endpoints, payloads: new Map(events.map((e) => [e.id, e.payload])) };
}
