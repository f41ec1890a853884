import { and, count, desc, eq, isNull, or } from "drizzle-orm";
import type { Context } from "hono";
import { requireAuth } from "../../auth/authenticate";
import { getDb } from "../../db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents, type WebhookAttempt, type WebhookEndpoint, type WebhookEvent } from "../../db/schema";
import type { AppEnv } from "../../env";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { keyset, toPage } from "../../lib/pagination";
import { assertPublicHttpsUrl, UnsafeUrlError } from "../../lib/ssrf";
import { generateWebhookSecret } from "../../lib/standard-webhooks";
import { EVENT_CATALOGUE, EVENT_TYPES } from "../../services/notifications/catalogue";
import { localhostAllowed } from "../../services/notifications/dispatch";
import { replayDelivery } from "../../services/notifications/dispatch";
import { enqueuePendingOf } from "../../services/notifications/queue";
import { sealSecret } from "../../services/notifications/secret-box";
import type * as routes from "./notifications.routes";

export const MAX_ENDPOINTS_PER_MERCHANT = 16;
const DEFAULT_GRACE_SECONDS = 86_400;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentEndpoint(e: WebhookEndpoint) {
  return {
    id: e.id, url: e.url, description: e.description, eventTypes: e.eventTypes, mode: e.mode, status: e.status,
    disabledReason: e.disabledReason, failingSince: iso(e.failingSince), consecutiveFailures: e.consecutiveFailures,
    lastSuccessAt: iso(e.lastSuccessAt), lastFailureAt: iso(e.lastFailureAt), previousSecretExpiresAt: iso(e.previousSecretExpiresAt),
    createdAt: e.createdAt.toISOString(), updatedAt: e.updatedAt.toISOString(),
  };
}

function presentAttempt(a: WebhookAttempt) {
  return {
    id: a.id, trigger: a.trigger, url: a.url, outcome: a.outcome, statusCode: a.statusCode, latencyMs: a.latencyMs,
    error: a.error, responseSnippet: a.responseSnippet, attemptedAt: a.attemptedAt.toISOString(),
  };
}

function presentEvent(e: WebhookEvent) {
  const payload = JSON.parse(e.payload) as { data?: Record<string, unknown> };
  return { id: e.id, type: e.type, objectId: e.objectId, mode: e.mode, timestamp: e.occurredAt.toISOString(), data: payload.data ?? {} };
}

/** The URL a merchant may register: through the SSRF guard (http://localhost only in development). */
function checkedUrl(c: Context<AppEnv>, url: string): string {
  try {
    return assertPublicHttpsUrl(url, { allowLocalhostHttp: localhostAllowed(c.env) }).toString();
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw ApiError.invalidField("url", error.message, "body", error.reason);
    throw error;
  }
}

/** The caller's endpoint (same merchant and mode) or 404. */
async function ownEndpoint(c: Context<AppEnv>, id: string): Promise<WebhookEndpoint> {
  const auth = requireAuth(c, "secret");
  const [row] = await getDb(c.env.DB).select().from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.merchantId, auth.merchantId), eq(webhookEndpoints.mode, auth.mode)))
    .limit(1);
  if (!row) throw ApiError.notFound("Webhook endpoint", id);
  return row;
}

export const listEventTypesHandler: AppRouteHandler<typeof routes.listEventTypes> = (c) => {
  c.header("Cache-Control", "public, max-age=3600");
  return c.json({ object: "list" as const, data: EVENT_TYPES.map((type) => ({ type, description: EVENT_CATALOGUE[type] })) }, 200);
};

export const createEndpointHandler: AppRouteHandler<typeof routes.createEndpoint> = async (c) => {
  const auth = requireAuth(c, "secret");
  const body = c.req.valid("json");
  const url = checkedUrl(c, body.url);
  const db = getDb(c.env.DB);
  const [existing] = await db.select({ n: count() }).from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.merchantId, auth.merchantId), eq(webhookEndpoints.mode, auth.mode)));
  if ((existing?.n ?? 0) >= MAX_ENDPOINTS_PER_MERCHANT) {
    throw new ApiError("UNPROCESSABLE", { detail: `At most ${MAX_ENDPOINTS_PER_MERCHANT} endpoints per merchant and mode; delete one first` });
  }
  const id = newId("whe");
  const secret = generateWebhookSecret();
  const now = new Date();
  const [row] = await db.insert(webhookEndpoints).values({
    id, merchantId: auth.merchantId, mode: auth.mode, url, description: body.description ?? null,
    eventTypes: [...new Set(body.eventTypes)], status: "enabled", secretCiphertext: await sealSecret(c.env, id, secret),
    createdAt: now, updatedAt: now,
  }).returning();
  c.get("log").info("webhook endpoint created", { merchantId: auth.merchantId, endpointId: id });
  c.header("Cache-Control", "no-store");
  return c.json({ ...presentEndpoint(row!), secret }, 201);
};

export const listEndpointsHandler: AppRouteHandler<typeof routes.listEndpoints> = async (c) => {
  const auth = requireAuth(c, "secret");
  const rows = await getDb(c.env.DB).select().from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.merchantId, auth.merchantId), eq(webhookEndpoints.mode, auth.mode)))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  return c.json({ object: "list" as const, data: rows.map(presentEndpoint) }, 200);
};

export const getEndpointHandler: AppRouteHandler<typeof routes.getEndpoint> = async (c) => {
  return c.json(presentEndpoint(await ownEndpoint(c, c.req.valid("param").id)), 200);
};

export const updateEndpointHandler: AppRouteHandler<typeof routes.updateEndpoint> = async (c) => {
  const endpoint = await ownEndpoint(c, c.req.valid("param").id);
  const body = c.req.valid("json");
  const changes: Partial<typeof webhookEndpoints.$inferInsert> = { updatedAt: new Date() };
  if (body.url !== undefined) changes.url = checkedUrl(c, body.url);
  if (body.eventTypes !== undefined) changes.eventTypes = [...new Set(body.eventTypes)];
  if (body.description !== undefined) changes.description = body.description;
  const reEnable = body.disabled === false && endpoint.status === "disabled";
  if (body.disabled === true) Object.assign(changes, { status: "disabled", disabledReason: "merchant" });
  if (reEnable) Object.assign(changes, { status: "enabled", disabledReason: null, failingSince: null, consecutiveFailures: 0 });
  const [row] = await getDb(c.env.DB).update(webhookEndpoints).set(changes).where(eq(webhookEndpoints.id, endpoint.id)).returning();
  if (reEnable) await enqueuePendingOf(c.env, endpoint.id);
  c.get("log").info("webhook endpoint updated", { endpointId: endpoint.id, fields: Object.keys(body) });
  return c.json(presentEndpoint(row!), 200);
};

export const deleteEndpointHandler: AppRouteHandler<typeof routes.deleteEndpoint> = async (c) => {
  const endpoint = await ownEndpoint(c, c.req.valid("param").id);
  const db = c.env.DB;
  await db.batch([
    db.prepare("DELETE FROM webhook_attempts WHERE endpoint_id = ?1").bind(endpoint.id),
    db.prepare("DELETE FROM webhook_deliveries WHERE endpoint_id = ?1").bind(endpoint.id),
    db.prepare("DELETE FROM webhook_endpoints WHERE id = ?1").bind(endpoint.id),
  ]);
  c.get("log").info("webhook endpoint deleted", { endpointId: endpoint.id });
  return c.json({ id: endpoint.id, deleted: true as const }, 200);
};

export const rotateSecretHandler: AppRouteHandler<typeof routes.rotateSecret> = async (c) => {
  const endpoint = await ownEndpoint(c, c.req.valid("param").id);
  const body = (c.req.valid("json") as { gracePeriodSeconds?: number } | undefined) ?? {};
  const grace = body.gracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
  const secret = generateWebhookSecret();
  const now = Date.now();
  const previousExpires = grace > 0 ? new Date(now + grace * 1000) : null;
  const [row] = await getDb(c.env.DB).update(webhookEndpoints).set({
    secretCiphertext: await sealSecret(c.env, endpoint.id, secret),
    previousSecretCiphertext: previousExpires ? endpoint.secretCiphertext : null,
    previousSecretExpiresAt: previousExpires,
    updatedAt: new Date(now),
  }).where(eq(webhookEndpoints.id, endpoint.id)).returning();
  c.get("log").info("webhook secret rotated", { endpointId: endpoint.id, graceSeconds: grace });
  c.header("Cache-Control", "no-store");
  return c.json({ id: row!.id, secret, previousSecretExpiresAt: iso(row!.previousSecretExpiresAt) }, 200);
};

const deliveryColumns = {
  id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, eventId: webhookDeliveries.eventId, eventType: webhookEvents.type,
  status: webhookDeliveries.status, attemptCount: webhookDeliveries.attemptCount, nextAttemptAt: webhookDeliveries.nextAttemptAt,
  lastAttemptAt: webhookDeliveries.lastAttemptAt, lastStatusCode: webhookDeliveries.lastStatusCode, lastError: webhookDeliveries.lastError,
  succeededAt: webhookDeliveries.succeededAt, createdAt: webhookDeliveries.createdAt,
};
function presentDelivery(d: {
  id: string; endpointId: string; eventId: string; eventType: string; status: "pending" | "succeeded" | "failed"; attemptCount: number;
  nextAttemptAt: Date | null; lastAttemptAt: Date | null; lastStatusCode: number | null; lastError: string | null; succeededAt: Date | null; createdAt: Date;
}) {
  return {
    ...d,
    // A claimed delivery's next_attempt_at is its lease: still the honest "not before" time.
    nextAttemptAt: d.status === "pending" ? iso(d.nextAttemptAt) : null,
    lastAttemptAt: iso(d.lastAttemptAt), succeededAt: iso(d.succeededAt), createdAt: d.createdAt.toISOString(),
  };
}

export const listDeliveriesHandler: AppRouteHandler<typeof routes.listDeliveries> = async (c) => {
  const endpoint = await ownEndpoint(c, c.req.valid("param").id);
  const { limit, cursor, status } = c.req.valid("query");
  const page = keyset(webhookDeliveries.createdAt, webhookDeliveries.id, cursor);
  const rows = await getDb(c.env.DB).select(deliveryColumns).from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.endpointId, endpoint.id), status ? eq(webhookDeliveries.status, status) : undefined, page.where))
    .orderBy(...page.orderBy)
    .limit(limit + 1);
  return c.json(toPage(rows, limit, presentDelivery), 200);
};

export const getDeliveryHandler: AppRouteHandler<typeof routes.getDelivery> = async (c) => {
  const { id, deliveryId } = c.req.valid("param");
  const endpoint = await ownEndpoint(c, id);
  const db = getDb(c.env.DB);
  const [row] = await db.select(deliveryColumns).from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpoint.id)))
    .limit(1);
  if (!row) throw ApiError.notFound("Delivery", deliveryId);
  const attempts = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, deliveryId)).orderBy(webhookAttempts.attemptedAt, webhookAttempts.id);
  return c.json({ ...presentDelivery(row), attempts: attempts.map(presentAttempt) }, 200);
};

export const replayDeliveryHandler: AppRouteHandler<typeof routes.replayDeliveryRoute> = async (c) => {
  const { id, deliveryId } = c.req.valid("param");
  const endpoint = await ownEndpoint(c, id);
  const outcome = await replayDelivery(c.env, endpoint.id, deliveryId);
  if (!outcome.ok) {
    if (outcome.reason === "endpoint_disabled") {
      throw new ApiError("CONFLICT", { detail: "The endpoint is disabled; re-enable it (PATCH disabled=false) before replaying", extensions: { currentState: "disabled" } });
    }
    throw ApiError.notFound("Delivery", deliveryId);
  }
  const attempt = outcome.attempt;
  c.get("log").info("webhook delivery replayed", { endpointId: endpoint.id, deliveryId, outcome: attempt.outcome });
  return c.json({ deliveryId, eventId: attempt.eventId, attempt: presentAttempt({ ...attempt, attemptedAt: new Date(attempt.attemptedAt) }) }, 200);
};

export const listEventsHandler: AppRouteHandler<typeof routes.listEvents> = async (c) => {
  const auth = requireAuth(c, "secret");
  const { limit, cursor, type, objectId } = c.req.valid("query");
  const page = keyset(webhookEvents.createdAt, webhookEvents.id, cursor);
  const rows = await getDb(c.env.DB).select().from(webhookEvents)
    .where(and(
      eq(webhookEvents.merchantId, auth.merchantId),
      or(isNull(webhookEvents.mode), eq(webhookEvents.mode, auth.mode)),
      type ? eq(webhookEvents.type, type) : undefined,
      objectId ? eq(webhookEvents.objectId, objectId) : undefined,
      page.where,
    ))
    .orderBy(...page.orderBy)
    .limit(limit + 1);
  return c.json(toPage(rows, limit, presentEvent), 200);
};

export const getEventHandler: AppRouteHandler<typeof routes.getEvent> = async (c) => {
  const auth = requireAuth(c, "secret");
  const { id } = c.req.valid("param");
  const [row] = await getDb(c.env.DB).select().from(webhookEvents)
    .where(and(eq(webhookEvents.id, id), eq(webhookEvents.merchantId, auth.merchantId), or(isNull(webhookEvents.mode), eq(webhookEvents.mode, auth.mode))))
    .limit(1);
  if (!row) throw ApiError.notFound("Event", id);
  return c.json(presentEvent(row), 200);
};
