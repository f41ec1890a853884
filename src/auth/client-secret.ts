/**
 * Client secrets: the credential a create call returns for the customer's browser, so that the
 * payment page can read that one payment or order (and nothing else) without a merchant key.
 * Format `<objectId>_secret_<160 random bits>`; only the SHA-256 hash is stored (column
 * `client_secret_hash` of payments / ramp_orders). Sent as `X-Client-Secret: …` (preferred) or
 * `?client_secret=…`.
 */
import type { Context } from "hono";
import { randomToken } from "../lib/ids";
import { timingSafeEqualStrings } from "../middleware/admin-auth";
import { sha256Hex } from "../lib/sha256";

export const CLIENT_SECRET_HEADER = "X-Client-Secret";
export const CLIENT_SECRET_QUERY = "client_secret";
const CLIENT_SECRET_PATTERN = /^((?:pay|ord)_[0-9a-hjkmnp-tv-z]{26})_secret_[0-9a-hjkmnp-tv-z]{32}$/;

export interface NewClientSecret {
  /** Return this to the caller of the create endpoint, once. */
  clientSecret: string;
  /** Store this in `client_secret_hash`. */
  hash: string;
}

export async function createClientSecret(objectId: string): Promise<NewClientSecret> {
  const clientSecret = `${objectId}_secret_${randomToken(20)}`;
  return { clientSecret, hash: await sha256Hex(clientSecret) };
}

/** The payment/order id a well-formed client secret names, or undefined. */
export function clientSecretObjectId(secret: string): string | undefined {
  return CLIENT_SECRET_PATTERN.exec(secret)?.[1];
}

/** Constant-time check of a presented client secret against the stored hash. */
export async function verifyClientSecret(secret: string, storedHash: string): Promise<boolean> {
  if (!clientSecretObjectId(secret)) return false;
  return timingSafeEqualStrings(await sha256Hex(secret), storedHash);
}

/** The client secret presented with a request (header first, then query), if any. */
export function presentedClientSecret(c: Context): string | undefined {
  const value = c.req.header(CLIENT_SECRET_HEADER) ?? c.req.query(CLIENT_SECRET_QUERY);
  return value && value.length <= 128 ? value : undefined;
}
