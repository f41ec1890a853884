/**
 * Client secrets let a browser read and act on one payment/order without the merchant's secret key
 * (as Stripe's `client_secret`). Only a SHA-256 hash is stored; the secret is returned once, at creation.
 */
import { sha256Hex } from "../../lib/sha256";
import { randomToken } from "../../lib/ids";
import { timingSafeEqualStrings } from "../../middleware/admin-auth";

/** The format auth/client-secret.ts recognises (`<id>_secret_` + 32 base32 characters = 160 random bits). */
export function newClientSecret(subjectId: string): string {
  return `${subjectId}_secret_${randomToken(20)}`;
}

export function hashClientSecret(secret: string): Promise<string> {
  return sha256Hex(secret);
}

/** Constant-time check of a presented client secret against the stored hash. */
export async function verifyClientSecret(presented: string, storedHash: string): Promise<boolean> {
  if (presented.length > 200) return false;
  return timingSafeEqualStrings(await hashClientSecret(presented), storedHash);
}
