import { createRoute, z } from "@hono/zod-openapi";
import { checkIcan, normalizeIcan } from "../../lib/ican";
import { idPattern } from "../../lib/ids";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { OriginListSchema } from "../../lib/origins";
import { pageSchema, PaginationQuerySchema } from "../../lib/pagination";
import { EventId } from "../notifications/notifications.routes";

const TAG = "Admin";

const MerchantId = z.string().regex(idPattern("mer"), "Expected a merchant id (mer_…)")
  .openapi({ param: { name: "id", in: "path" }, example: "mer_4x9abcdefghjkmnpqrstvwxyz0" });
const KeyId = z.string().regex(idPattern("key"), "Expected a key id (key_…)")
  .openapi({ param: { name: "keyId", in: "path" }, example: "key_7k2abcdefghjkmnpqrstvwxyz0" });
const Timestamp = z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" });

const IcanAddress = z.string().max(64).refine((v) => checkIcan(v).valid, { message: "Not a valid ICAN address (cb/ab/ce, mod-97 check digits)" })
  .transform(normalizeIcan)
  .openapi({ example: "ab70b1a1f4e0b6b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9", description: "Core Blockchain ICAN where CorePay payments settle, on the deployment's network (CORE_NETWORK): `cb…` on mainnet, `ab…` on testnet (sandbox), `ce…` on enterprise; another network's address is a 400 (`address_network`). Electronic or printed form (upper case in groups of four); stored and answered in the electronic form." });

export const MerchantSchema = z.object({
  id: z.string().openapi({ example: "mer_4x9abcdefghjkmnpqrstvwxyz0" }),
  name: z.string().openapi({ example: "Acme Coffee Ltd" }),
  status: z.enum(["active", "disabled"]).openapi({ example: "active", description: "A disabled merchant's keys are refused (401)" }),
  allowedOrigins: z.array(z.string()).openapi({ example: ["https://shop.acme.example"], description: "Default origin allow-list for its publishable keys" }),
  payoutAddress: z.string().nullable().openapi({ example: null }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).openapi("Merchant");

export const ApiKeySchema = z.object({
  id: z.string().openapi({ example: "key_7k2abcdefghjkmnpqrstvwxyz0" }),
  merchantId: z.string().openapi({ example: "mer_4x9abcdefghjkmnpqrstvwxyz0" }),
  kind: z.enum(["publishable", "secret"]).openapi({ example: "secret" }),
  mode: z.enum(["test", "live"]).openapi({ example: "test" }),
  prefix: z.string().openapi({ example: "sk_test_4x9a2b", description: "Start of the key, to recognise it; the key itself is never shown again" }),
  allowedOrigins: z.array(z.string()).openapi({ example: [], description: "Publishable keys: browser origins allowed to use it (empty: the merchant's list)" }),
  lastUsedAt: Timestamp.nullable().openapi({ example: "2026-11-27T10:15:00.000Z", description: "Updated at most once a minute" }),
  revokedAt: Timestamp.nullable().openapi({ example: null }),
  createdAt: Timestamp,
}).openapi("ApiKey");

export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({ example: "sk_test_4x9a2bcdefghjkmnpqrstvwxyz012345", description: "The full key. Shown only in this response: store it now." }),
}).openapi("CreatedApiKey");

const CreateMerchantBody = z.strictObject({
  name: z.string().trim().min(1).max(120).openapi({ example: "Acme Coffee Ltd" }),
  allowedOrigins: OriginListSchema.default([]).openapi({ example: ["https://shop.acme.example"] }),
  payoutAddress: IcanAddress.optional(),
}).openapi("CreateMerchantRequest");

const UpdateMerchantBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional().openapi({ example: "Acme Coffee Ltd" }),
  allowedOrigins: OriginListSchema.optional().openapi({ example: ["https://shop.acme.example", "https://*.acme.example"] }),
  payoutAddress: IcanAddress.nullable().optional(),
  status: z.enum(["active", "disabled"]).optional().openapi({ example: "active" }),
}).openapi("UpdateMerchantRequest");

const CreateKeyBody = z.strictObject({
  kind: z.enum(["publishable", "secret"]).openapi({ example: "publishable" }),
  mode: z.enum(["test", "live"]).openapi({ example: "test" }),
  allowedOrigins: OriginListSchema.optional().openapi({ example: ["https://shop.acme.example"], description: "Publishable keys only; default: the merchant's list" }),
}).openapi("CreateApiKeyRequest");

export const PublishEventBody = z.strictObject({
  id: EventId.optional().openapi({ example: "evt_2n8abcdefghjkmnpqrstvwxyz0", description: "Reuse an id to re-emit that event (no-op if already recorded); default: a new id" }),
  type: z.string().regex(/^[a-z][a-z_]*\.[a-z][a-z_]*$/).openapi({ example: "payment.succeeded" }),
  merchantId: z.string().regex(idPattern("mer")).openapi({ example: "mer_4x9abcdefghjkmnpqrstvwxyz0" }),
  objectId: z.string().min(1).max(64).openapi({ example: "pay_5b0abcdefghjkmnpqrstvwxyz0" }),
  mode: z.enum(["test", "live"]).optional().openapi({ example: "test" }),
  data: z.record(z.string(), z.unknown()).openapi({ example: { id: "pay_5b0abcdefghjkmnpqrstvwxyz0", status: "succeeded", amountExpected: "25.00", asset: "EURX" } }),
}).openapi("PublishEventRequest");

export const createMerchant = createRoute({
  method: "post", path: "/admin/merchants", tags: [TAG], operationId: "adminCreateMerchant",
  summary: "Create a merchant",
  description: "Operator only (`Authorization: Bearer <ADMIN_TOKEN>`). Then create its keys with `POST /admin/merchants/{id}/keys`.",
  request: { body: jsonBody(CreateMerchantBody) },
  responses: { 201: jsonContent(MerchantSchema, "The merchant"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "RATE_LIMITED") },
});

export const listMerchants = createRoute({
  method: "get", path: "/admin/merchants", tags: [TAG], operationId: "adminListMerchants",
  summary: "List merchants", description: "Newest first, cursor pagination.",
  request: { query: PaginationQuerySchema },
  responses: { 200: jsonContent(pageSchema(MerchantSchema, "MerchantList"), "A page of merchants"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "RATE_LIMITED") },
});

export const getMerchant = createRoute({
  method: "get", path: "/admin/merchants/{id}", tags: [TAG], operationId: "adminGetMerchant",
  summary: "Get a merchant", request: { params: z.object({ id: MerchantId }) },
  responses: { 200: jsonContent(MerchantSchema, "The merchant"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED") },
});

export const updateMerchant = createRoute({
  method: "patch", path: "/admin/merchants/{id}", tags: [TAG], operationId: "adminUpdateMerchant",
  summary: "Update a merchant", description: "Rename, change the origin allow-list or payout address, or disable (all its keys stop working at once).",
  request: { params: z.object({ id: MerchantId }), body: jsonBody(UpdateMerchantBody) },
  responses: { 200: jsonContent(MerchantSchema, "The merchant"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED") },
});

export const createApiKey = createRoute({
  method: "post", path: "/admin/merchants/{id}/keys", tags: [TAG], operationId: "adminCreateApiKey",
  summary: "Create an API key",
  description: "Returns the full key once; only its SHA-256 hash and prefix are stored. A publishable key needs an origin allow-list (its own or the merchant's).",
  request: { params: z.object({ id: MerchantId }), body: jsonBody(CreateKeyBody) },
  responses: { 201: jsonContent(CreatedApiKeySchema, "The new key, shown once"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED") },
});

export const listApiKeys = createRoute({
  method: "get", path: "/admin/merchants/{id}/keys", tags: [TAG], operationId: "adminListApiKeys",
  summary: "List a merchant's API keys", description: "Prefixes, kinds, last use and revocation; never the keys.",
  request: { params: z.object({ id: MerchantId }) },
  responses: { 200: jsonContent(z.object({ object: z.literal("list"), data: z.array(ApiKeySchema) }).openapi("ApiKeyList"), "The keys"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED") },
});

export const revokeApiKey = createRoute({
  method: "post", path: "/admin/merchants/{id}/keys/{keyId}/revoke", tags: [TAG], operationId: "adminRevokeApiKey",
  summary: "Revoke an API key", description: "Effective immediately (every request looks the key up). Revoking twice is a no-op.",
  request: { params: z.object({ id: MerchantId, keyId: KeyId }) },
  responses: { 200: jsonContent(ApiKeySchema, "The revoked key"), ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED") },
});

export const publishEvent = createRoute({
  method: "post", path: "/admin/events", tags: [TAG], operationId: "adminPublishEvent",
  summary: "Publish a merchant event",
  description: "Puts an event on the notifications queue, exactly as a payment state change does: the consumer records it with one delivery per matching endpoint of the merchant (listed by GET /webhook-endpoints/{id}/deliveries) and attempts them. For operators: re-emitting an event, load tests, support.",
  request: { body: jsonBody(PublishEventBody) },
  responses: {
    202: jsonContent(z.object({ eventId: z.string().openapi({ example: "evt_2n8abcdefghjkmnpqrstvwxyz0" }), status: z.literal("queued").openapi({ description: "On the notifications queue; deliveries appear once it is consumed (about a second)" }) }).openapi("PublishEventResult"), "Queued for delivery"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "RATE_LIMITED"),
  },
});
