/**
 * Merchant API keys: `pk_test_…`/`pk_live_…` (publishable, browser-safe, origin-bound) and
 * `sk_test_…`/`sk_live_…` (secret, server side). 160 random bits each, shown once at creation and
 * stored only as a SHA-256 hash plus a short visible prefix.
 */
import { randomToken } from "../lib/ids";
import { sha256Hex } from "../lib/sha256";

export type ApiKeyKind = "publishable" | "secret";
export type ApiKeyMode = "test" | "live";

const KIND_PREFIX: Record<ApiKeyKind, "pk" | "sk"> = { publishable: "pk", secret: "sk" };
const PREFIX_KIND: Record<string, ApiKeyKind> = { pk: "publishable", sk: "secret" };

/** 20 random bytes → 32 Crockford base32 characters (160 bits). */
const RANDOM_BYTES = 20;
export const API_KEY_PATTERN = /^(pk|sk)_(test|live)_([0-9a-hjkmnp-tv-z]{32})$/;
/** Visible part: kind, mode and the first 6 random characters (30 of 160 bits). */
const VISIBLE_RANDOM_CHARS = 6;

export interface NewApiKey {
  /** The full key: returned to the operator once, never stored. */
  key: string;
  prefix: string;
  hash: string;
}

export async function generateApiKey(kind: ApiKeyKind, mode: ApiKeyMode): Promise<NewApiKey> {
  const key = `${KIND_PREFIX[kind]}_${mode}_${randomToken(RANDOM_BYTES)}`;
  return { key, prefix: visiblePrefix(key), hash: await sha256Hex(key) };
}

export function visiblePrefix(key: string): string {
  const at = key.indexOf("_", 3) + 1;
  return key.slice(0, at + VISIBLE_RANDOM_CHARS);
}

/** Kind and mode a well-formed key claims, or undefined for anything that is not a CorePort key. */
export function parseApiKey(token: string): { kind: ApiKeyKind; mode: ApiKeyMode } | undefined {
  const match = API_KEY_PATTERN.exec(token);
  if (!match) return undefined;
  return { kind: PREFIX_KIND[match[1]!]!, mode: match[2] as ApiKeyMode };
}
