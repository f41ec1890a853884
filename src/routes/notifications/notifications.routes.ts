import { createRoute, z } from "@hono/zod-openapi";
import { idPattern } from "../../lib/ids";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { pageSchema, PaginationQuerySchema } from "../../lib/pagination";
import { ALL_EVENTS, EVENT_TYPES, isCatalogued } from "../../services/notifications/catalogue";

const TAG = "Notifications";
const Timestamp = z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" });

const EndpointId = z.string().regex(idPattern("whe"), "Expected an endpoint id (whe_…)")
  .openapi({ param: { name: "id", in: "path" }, example: "whe_3m1abcdefghjkmnpqrstvwxyz0" });
const DeliveryId = z.string().regex(idPattern("del"), "Expected a delivery id (del_…)")
  .openapi({ param: { name: "deliveryId", in: "path" }, example: "del_6q2abcdefghjkmnpqrstvwxyz0" });
/** Every event id CorePort makes (and the only ones an operator may re-emit): `evt_` + 26 base32 characters. */
export const EventId = z.string().regex(idPattern("evt"), "Expected an event id (evt_…)");
const EventIdParam = EventId.openapi({ param: { name: "id", in: "path" }, example: "evt_2n8abcdefghjkmnpqrstvwxyz0" });

const EventTypeList = z.array(
  z.string().refine((t) => t === ALL_EVENTS || isCatalogued(t), { message: `Unknown event type; see GET /api/v1/event-types (or "${ALL_EVENTS}")` }),
).min(1).max(50).openapi({ example: ["payment.succeeded", "payment.partially_paid", "offramp.completed"], description: `Types from the catalogue, or ["${ALL_EVENTS}"]` });

const EndpointUrl = z.string().min(1).max(2048).openapi({
  example: "https://shop.acme.example/webhooks/coreport",
  description: "Public https URL on the default port (http://localhost only in local development)",
});

export const WebhookEndpointSchema = z.object({
  id: z.string().openapi({ example: "whe_3m1abcdefghjkmnpqrstvwxyz0" }),
  url: z.string().openapi({ example: "https://shop.acme.example/webhooks/coreport" }),
  description: z.string().nullable().openapi({ example: "Order fulfilment" }),
  eventTypes: z.array(z.string()).openapi({ example: ["payment.succeeded"] }),
  mode: z.enum(["test", "live"]).openapi({ example: "test", description: "Receives events of this mode only (the mode of the key that created it)" }),
  status: z.enum(["enabled", "failing", "disabled"]).openapi({
    example: "enabled",
    description: "failing: a delivery exhausted its retries (deliveries continue); disabled: by the merchant, or after 5 days without a successful delivery",
  }),
  disabledReason: z.enum(["merchant", "persistent_failure"]).nullable().openapi({ example: null }),
  failingSince: Timestamp.nullable().openapi({ example: null }),
  consecutiveFailures: z.number().int().openapi({ example: 0 }),
  lastSuccessAt: Timestamp.nullable().openapi({ example: "2026-11-27T10:15:31.000Z" }),
  lastFailureAt: Timestamp.nullable().openapi({ example: null }),
  previousSecretExpiresAt: Timestamp.nullable().openapi({ example: null, description: "While set and in the future, deliveries are signed with the previous secret too" }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).openapi("WebhookEndpoint");

const SecretField = z.string().openapi({ example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", description: "Signing secret (Standard Webhooks). Shown only in this response." });

export const CreatedWebhookEndpointSchema = WebhookEndpointSchema.extend({ secret: SecretField }).openapi("CreatedWebhookEndpoint");

const AttemptSchema = z.object({
  id: z.string().openapi({ example: "att_9w3abcdefghjkmnpqrstvwxyz0" }),
  trigger: z.enum(["scheduled", "replay"]).openapi({ example: "scheduled" }),
  url: z.string().openapi({ example: "https://shop.acme.example/webhooks/coreport" }),
  outcome: z.enum(["succeeded", "failed"]).openapi({ example: "failed" }),
  statusCode: z.number().int().nullable().openapi({ example: 503, description: "null when no HTTP answer came (timeout, network, refused URL)" }),
  latencyMs: z.number().int().openapi({ example: 412 }),
  error: z.string().nullable().openapi({ example: "HTTP 503" }),
  responseSnippet: z.string().nullable().openapi({ example: "upstream unavailable" }),
  attemptedAt: Timestamp,
}).openapi("WebhookAttempt");

export const DeliverySchema = z.object({
  id: z.string().openapi({ example: "del_6q2abcdefghjkmnpqrstvwxyz0" }),
  endpointId: z.string().openapi({ example: "whe_3m1abcdefghjkmnpqrstvwxyz0" }),
  eventId: z.string().openapi({ example: "evt_2n8abcdefghjkmnpqrstvwxyz0" }),
  eventType: z.string().openapi({ example: "payment.succeeded" }),
  status: z.enum(["pending", "succeeded", "failed"]).openapi({ example: "pending" }),
  attemptCount: z.number().int().openapi({ example: 2, description: "Scheduled attempts so far (replays not counted)" }),
  nextAttemptAt: Timestamp.nullable().openapi({ example: "2026-11-27T10:21:30.000Z" }),
  lastAttemptAt: Timestamp.nullable().openapi({ example: "2026-11-27T10:16:30.000Z" }),
  lastStatusCode: z.number().int().nullable().openapi({ example: 503 }),
  lastError: z.string().nullable().openapi({ example: "HTTP 503" }),
  succeededAt: Timestamp.nullable().openapi({ example: null }),
  createdAt: Timestamp,
}).openapi("WebhookDelivery");

const DeliveryWithAttemptsSchema = DeliverySchema.extend({ attempts: z.array(AttemptSchema) }).openapi("WebhookDeliveryDetail");

export const EventSchema = z.object({
  id: z.string().openapi({ example: "evt_2n8abcdefghjkmnpqrstvwxyz0" }),
  type: z.string().openapi({ example: "payment.succeeded" }),
  objectId: z.string().openapi({ example: "pay_5b0abcdefghjkmnpqrstvwxyz0" }),
  mode: z.enum(["test", "live"]).nullable().openapi({ example: "test" }),
  timestamp: Timestamp,
  data: z.record(z.string(), z.unknown()).openapi({ example: { id: "pay_5b0abcdefghjkmnpqrstvwxyz0", status: "succeeded" }, description: "Snapshot of the object after the change" }),
}).openapi("Event");

const idParams = z.object({ id: EndpointId });
const deliveryParams = z.object({ id: EndpointId, deliveryId: DeliveryId });
const common = ["VALIDATION_FAILED", "UNAUTHORIZED", "RATE_LIMITED"] as const;

export const listEventTypes = createRoute({
  method: "get", path: "/event-types", tags: [TAG], operationId: "listEventTypes",
  summary: "The event catalogue", description: "Every event type CorePort sends, with what it means.",
  responses: {
    200: jsonContent(z.object({
      object: z.literal("list"),
      data: z.array(z.object({ type: z.enum(EVENT_TYPES as [string, ...string[]]).openapi({ example: "payment.succeeded" }), description: z.string().openapi({ example: "The payment received the expected amount and is final." }) })),
    }).openapi("EventTypeList"), "The catalogue"),
    ...problemResponses("RATE_LIMITED"),
  },
});

export const createEndpoint = createRoute({
  method: "post", path: "/webhook-endpoints", tags: [TAG], operationId: "createWebhookEndpoint",
  summary: "Register a notification endpoint",
  description: "Secret key. Returns the `whsec_…` signing secret once. At most 16 endpoints per merchant and mode.",
  request: {
    body: jsonBody(z.strictObject({
      url: EndpointUrl,
      eventTypes: EventTypeList,
      description: z.string().trim().max(200).optional().openapi({ example: "Order fulfilment" }),
    }).openapi("CreateWebhookEndpointRequest")),
  },
  responses: { 201: jsonContent(CreatedWebhookEndpointSchema, "The endpoint and its secret"), ...problemResponses(...common, "UNPROCESSABLE", "SERVICE_UNAVAILABLE") },
});

export const listEndpoints = createRoute({
  method: "get", path: "/webhook-endpoints", tags: [TAG], operationId: "listWebhookEndpoints",
  summary: "List notification endpoints", description: "Secret key. The merchant's endpoints of the key's mode (never their secrets).",
  responses: {
    200: jsonContent(z.object({ object: z.literal("list"), data: z.array(WebhookEndpointSchema) }).openapi("WebhookEndpointList"), "The endpoints"),
    ...problemResponses(...common),
  },
});

export const getEndpoint = createRoute({
  method: "get", path: "/webhook-endpoints/{id}", tags: [TAG], operationId: "getWebhookEndpoint",
  summary: "Get a notification endpoint", request: { params: idParams },
  responses: { 200: jsonContent(WebhookEndpointSchema, "The endpoint"), ...problemResponses(...common, "NOT_FOUND") },
});

export const updateEndpoint = createRoute({
  method: "patch", path: "/webhook-endpoints/{id}", tags: [TAG], operationId: "updateWebhookEndpoint",
  summary: "Update, disable or re-enable an endpoint",
  description: "`disabled: false` re-enables a disabled endpoint (also one disabled after persistent failure): its failure count is reset and pending deliveries resume.",
  request: {
    params: idParams,
    body: jsonBody(z.strictObject({
      url: EndpointUrl.optional(),
      eventTypes: EventTypeList.optional(),
      description: z.string().trim().max(200).nullable().optional().openapi({ example: "Order fulfilment" }),
      disabled: z.boolean().optional().openapi({ example: false }),
    }).openapi("UpdateWebhookEndpointRequest")),
  },
  responses: { 200: jsonContent(WebhookEndpointSchema, "The endpoint"), ...problemResponses(...common, "NOT_FOUND") },
});

export const deleteEndpoint = createRoute({
  method: "delete", path: "/webhook-endpoints/{id}", tags: [TAG], operationId: "deleteWebhookEndpoint",
  summary: "Delete a notification endpoint", description: "Pending deliveries to it are dropped with it; events stay listable under /events.",
  request: { params: idParams },
  responses: {
    200: jsonContent(z.object({ id: z.string().openapi({ example: "whe_3m1abcdefghjkmnpqrstvwxyz0" }), deleted: z.literal(true) }).openapi("DeletedWebhookEndpoint"), "Deleted"),
    ...problemResponses(...common, "NOT_FOUND"),
  },
});

export const rotateSecret = createRoute({
  method: "post", path: "/webhook-endpoints/{id}/rotate-secret", tags: [TAG], operationId: "rotateWebhookEndpointSecret",
  summary: "Rotate the signing secret",
  description: "Returns a new secret once. For `gracePeriodSeconds` (default 86400, at most 7 days) deliveries carry signatures with both the new and the previous secret, so receivers can switch without dropping events.",
  request: {
    params: idParams,
    body: {
      required: false,
      content: { "application/json": { schema: z.strictObject({
        gracePeriodSeconds: z.number().int().min(0).max(604_800).optional().openapi({ example: 86_400 }),
      }).openapi("RotateSecretRequest") } },
    },
  },
  responses: {
    200: jsonContent(z.object({
      id: z.string().openapi({ example: "whe_3m1abcdefghjkmnpqrstvwxyz0" }),
      secret: SecretField,
      previousSecretExpiresAt: Timestamp.nullable().openapi({ example: "2026-11-28T10:15:30.000Z" }),
    }).openapi("RotatedSecret"), "The new secret"),
    ...problemResponses(...common, "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});

export const listDeliveries = createRoute({
  method: "get", path: "/webhook-endpoints/{id}/deliveries", tags: [TAG], operationId: "listWebhookDeliveries",
  summary: "List an endpoint's deliveries", description: "Newest first; filter by `status`.",
  request: {
    params: idParams,
    query: PaginationQuerySchema.extend({
      status: z.enum(["pending", "succeeded", "failed"]).optional().openapi({ param: { name: "status", in: "query" }, example: "failed" }),
    }),
  },
  responses: { 200: jsonContent(pageSchema(DeliverySchema, "WebhookDeliveryList"), "A page of deliveries"), ...problemResponses(...common, "NOT_FOUND") },
});

export const getDelivery = createRoute({
  method: "get", path: "/webhook-endpoints/{id}/deliveries/{deliveryId}", tags: [TAG], operationId: "getWebhookDelivery",
  summary: "A delivery with every attempt", request: { params: deliveryParams },
  responses: { 200: jsonContent(DeliveryWithAttemptsSchema, "The delivery"), ...problemResponses(...common, "NOT_FOUND") },
});

export const replayDeliveryRoute = createRoute({
  method: "post", path: "/webhook-endpoints/{id}/deliveries/{deliveryId}/replay", tags: [TAG], operationId: "replayWebhookDelivery",
  summary: "Send a delivery again, now",
  description: "Re-sends the same event (same `webhook-id`, same body, fresh timestamp and signature) and returns the attempt. A success settles a pending or failed delivery; a failure changes nothing else.",
  request: { params: deliveryParams },
  responses: {
    200: jsonContent(z.object({ deliveryId: z.string().openapi({ example: "del_6q2abcdefghjkmnpqrstvwxyz0" }), eventId: z.string().openapi({ example: "evt_2n8abcdefghjkmnpqrstvwxyz0" }), attempt: AttemptSchema }).openapi("ReplayResult"), "The attempt"),
    ...problemResponses(...common, "NOT_FOUND", "CONFLICT"),
  },
});

export const listEvents = createRoute({
  method: "get", path: "/events", tags: [TAG], operationId: "listEvents",
  summary: "List your events", description: "Secret key. Every event published for the merchant (whether or not an endpoint wanted it), newest first: reconcile against it after an outage.",
  request: {
    query: PaginationQuerySchema.extend({
      type: z.string().max(60).optional().openapi({ param: { name: "type", in: "query" }, example: "payment.succeeded" }),
      objectId: z.string().max(64).optional().openapi({ param: { name: "objectId", in: "query" }, example: "pay_5b0abcdefghjkmnpqrstvwxyz0" }),
    }),
  },
  responses: { 200: jsonContent(pageSchema(EventSchema, "EventList"), "A page of events"), ...problemResponses(...common) },
});

export const getEvent = createRoute({
  method: "get", path: "/events/{id}", tags: [TAG], operationId: "getEvent",
  summary: "Get an event", request: { params: z.object({ id: EventIdParam }) },
  responses: { 200: jsonContent(EventSchema, "The event"), ...problemResponses(...common, "NOT_FOUND") },
});
