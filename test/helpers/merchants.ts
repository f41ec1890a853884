import { env } from "cloudflare:workers";
import { createClientSecret } from "../../src/auth/client-secret";
import { newId } from "../../src/lib/ids";
import { api, postJson } from "./http";

export const ADMIN = { Authorization: "Bearer test-admin-token" };
export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

export interface TestMerchant {
  id: string;
  sk: string;
  skId: string;
  pk: string;
  pkId: string;
  origin: string;
}

export async function createMerchant(name = "Test merchant", allowedOrigins: string[] = []): Promise<{ id: string }> {
  const res = await postJson("/api/v1/admin/merchants", { name, allowedOrigins }, ADMIN);
  if (res.status !== 201) throw new Error(`create merchant: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function createKey(merchantId: string, body: Record<string, unknown>): Promise<{ id: string; key: string; prefix: string }> {
  const res = await postJson(`/api/v1/admin/merchants/${merchantId}/keys`, body, ADMIN);
  if (res.status !== 201) throw new Error(`create key: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A fresh merchant with a test secret key and a test publishable key bound to its own origin. */
export async function merchantWithKeys(mode: "test" | "live" = "test"): Promise<TestMerchant> {
  const origin = `https://shop-${crypto.randomUUID().slice(0, 8)}.example.com`;
  const merchant = await createMerchant("Merchant " + origin, [origin]);
  const sk = await createKey(merchant.id, { kind: "secret", mode });
  const pk = await createKey(merchant.id, { kind: "publishable", mode });
  return { id: merchant.id, sk: sk.key, skId: sk.id, pk: pk.key, pkId: pk.id, origin };
}

export async function revokeKey(merchantId: string, keyId: string) {
  const res = await api(`/api/v1/admin/merchants/${merchantId}/keys/${keyId}/revoke`, { method: "POST", headers: ADMIN });
  if (res.status !== 200) throw new Error(`revoke: ${res.status}`);
}

/** A payment row as the payments core would project it, with its client secret. */
export async function insertPayment(merchantId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; clientSecret: string }> {
  const id = newId("pay");
  const { clientSecret, hash } = await createClientSecret(id);
  const row = {
    id, merchant_id: merchantId, method: "payto", status: "requires_payment", asset: "EURX", amount_expected: "25.000000",
    fees: "[]", client_secret_hash: hash, metadata: "{}", expires_at: Date.now() + 3_600_000, ...overrides,
  };
  const cols = Object.keys(row);
  await env.DB.prepare(`INSERT INTO payments (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).bind(...Object.values(row)).run();
  return { id, clientSecret };
}

export async function insertOrder(merchantId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; clientSecret: string }> {
  const id = newId("ord");
  const { clientSecret, hash } = await createClientSecret(id);
  const row = {
    id, merchant_id: merchantId, direction: "offramp", rail: "bank", status: "awaiting_deposit", source_asset: "EURX", target_asset: "EUR",
    source_amount: "100.000000", target_amount: "98.20", fees: "[]", destination: "{}", client_secret_hash: hash, metadata: "{}",
    expires_at: Date.now() + 3_600_000, ...overrides,
  };
  const cols = Object.keys(row);
  await env.DB.prepare(`INSERT INTO ramp_orders (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).bind(...Object.values(row)).run();
  return { id, clientSecret };
}
