import { and, eq, isNull } from "drizzle-orm";
import { forgetApiKeys } from "../../auth/key-cache";
import { getDb } from "../../db/client";
import { apiKeys, merchants, type ApiKey, type Merchant } from "../../db/schema";
import { generateApiKey } from "../../auth/api-keys";
import type { AppRouteHandler } from "../../lib/create-router";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { keyset, toPage } from "../../lib/pagination";
import { assertWalletAddress } from "../../lib/wallet-address";
import { coreNetwork } from "../../providers/network";
import { publishMerchantEvent } from "../../services/notifications/publish";
import type * as routes from "./merchants.routes";

export function presentMerchant(m: Merchant) {
  return {
    id: m.id, name: m.name, status: m.status, allowedOrigins: m.allowedOrigins, payoutAddress: m.payoutAddress,
    createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString(),
  };
}

export function presentApiKey(k: ApiKey) {
  return {
    id: k.id, merchantId: k.merchantId, kind: k.kind, mode: k.mode, prefix: k.prefix, allowedOrigins: k.allowedOrigins,
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null, revokedAt: k.revokedAt?.toISOString() ?? null, createdAt: k.createdAt.toISOString(),
  };
}

async function findMerchant(db: ReturnType<typeof getDb>, id: string): Promise<Merchant> {
  const [row] = await db.select().from(merchants).where(eq(merchants.id, id)).limit(1);
  if (!row) throw ApiError.notFound("Merchant", id);
  return row;
}

/** CorePay settles on the deployment's network: a payout address of another network would lose the coins. */
function payoutAddressOnNetwork(env: Bindings, address: string | null | undefined): string | null | undefined {
  return typeof address === "string" ? assertWalletAddress(coreNetwork(env).id, address, "payoutAddress") : address;
}

export const createMerchantHandler: AppRouteHandler<typeof routes.createMerchant> = async (c) => {
  const body = c.req.valid("json");
  const payoutAddress = payoutAddressOnNetwork(c.env, body.payoutAddress);
  const now = new Date();
  const [row] = await getDb(c.env.DB).insert(merchants).values({
    id: newId("mer"), name: body.name, allowedOrigins: body.allowedOrigins, payoutAddress: payoutAddress ?? null,
    status: "active", createdAt: now, updatedAt: now,
  }).returning();
  c.get("log").info("merchant created", { merchantId: row!.id });
  return c.json(presentMerchant(row!), 201);
};

export const listMerchantsHandler: AppRouteHandler<typeof routes.listMerchants> = async (c) => {
  const { limit, cursor } = c.req.valid("query");
  const page = keyset(merchants.createdAt, merchants.id, cursor);
  const rows = await getDb(c.env.DB).select().from(merchants).where(page.where).orderBy(...page.orderBy).limit(limit + 1);
  return c.json(toPage(rows, limit, presentMerchant), 200);
};

export const getMerchantHandler: AppRouteHandler<typeof routes.getMerchant> = async (c) => {
  return c.json(presentMerchant(await findMerchant(getDb(c.env.DB), c.req.valid("param").id)), 200);
};

export const updateMerchantHandler: AppRouteHandler<typeof routes.updateMerchant> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const payoutAddress = payoutAddressOnNetwork(c.env, body.payoutAddress);
  const db = getDb(c.env.DB);
  await findMerchant(db, id);
  const [row] = await db.update(merchants).set({
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.allowedOrigins !== undefined ? { allowedOrigins: body.allowedOrigins } : {}),
    ...(payoutAddress !== undefined ? { payoutAddress } : {}),
    ...(body.status !== undefined ? { status: body.status } : {}),
    updatedAt: new Date(),
  }).where(eq(merchants.id, id)).returning();
  forgetApiKeys(id); // status and origins are part of every cached key of the merchant
  c.get("log").info("merchant updated", { merchantId: id, fields: Object.keys(body) });
  return c.json(presentMerchant(row!), 200);
};

export const createApiKeyHandler: AppRouteHandler<typeof routes.createApiKey> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const db = getDb(c.env.DB);
  const merchant = await findMerchant(db, id);
  if (body.kind === "secret" && body.allowedOrigins?.length) {
    throw ApiError.invalidField("allowedOrigins", "Only publishable keys are bound to origins; secret keys must never reach a browser");
  }
  if (body.kind === "publishable" && !body.allowedOrigins?.length && merchant.allowedOrigins.length === 0) {
    throw ApiError.invalidField("allowedOrigins", "A publishable key needs at least one allowed origin (here or on the merchant)");
  }
  const generated = await generateApiKey(body.kind, body.mode);
  const [row] = await db.insert(apiKeys).values({
    id: newId("key"), merchantId: id, kind: body.kind, mode: body.mode, prefix: generated.prefix, hash: generated.hash,
    allowedOrigins: body.allowedOrigins ?? [], createdAt: new Date(),
  }).returning();
  c.get("log").info("api key created", { merchantId: id, keyId: row!.id, kind: body.kind, mode: body.mode });
  c.header("Cache-Control", "no-store");
  return c.json({ ...presentApiKey(row!), key: generated.key }, 201);
};

export const listApiKeysHandler: AppRouteHandler<typeof routes.listApiKeys> = async (c) => {
  const { id } = c.req.valid("param");
  const db = getDb(c.env.DB);
  await findMerchant(db, id);
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.merchantId, id)).orderBy(apiKeys.createdAt, apiKeys.id);
  return c.json({ object: "list" as const, data: rows.map(presentApiKey) }, 200);
};

export const revokeApiKeyHandler: AppRouteHandler<typeof routes.revokeApiKey> = async (c) => {
  const { id, keyId } = c.req.valid("param");
  const db = getDb(c.env.DB);
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, keyId), eq(apiKeys.merchantId, id), isNull(apiKeys.revokedAt)));
  forgetApiKeys(id); // this isolate at once; others within KEY_CACHE_MS (auth/key-cache.ts)
  const [row] = await db.select().from(apiKeys).where(and(eq(apiKeys.id, keyId), eq(apiKeys.merchantId, id))).limit(1);
  if (!row) throw ApiError.notFound("API key", keyId);
  c.get("log").info("api key revoked", { merchantId: id, keyId });
  return c.json(presentApiKey(row), 200);
};

// Merchants are never deleted: once seen, an id is known to exist for the isolate's lifetime (bounded set).
const knownMerchants = new Set<string>();

export const publishEventHandler: AppRouteHandler<typeof routes.publishEvent> = async (c) => {
  const body = c.req.valid("json");
  if (!knownMerchants.has(body.merchantId)) {
    await findMerchant(getDb(c.env.DB), body.merchantId);
    if (knownMerchants.size >= 10_000) knownMerchants.clear();
    knownMerchants.add(body.merchantId);
  }
  const result = await publishMerchantEvent(c.env, {
    id: body.id ?? newId("evt"), type: body.type, merchantId: body.merchantId, objectId: body.objectId,
    data: body.data, createdAt: new Date().toISOString(), mode: body.mode,
  });
  return c.json({ eventId: result.eventId, status: "queued" as const }, 202);
};
