/**
 * "Load this merchant's payment (or order), or 404": the one way handlers read a single payment or
 * ramp order on behalf of a caller. Allowed: the owning merchant's secret key, or the object's
 * client secret (alone, or with a publishable key of the same merchant). Everything else is a 404
 * that looks exactly like a missing id, so other merchants' ids are never confirmed.
 */
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { getDb } from "../db/client";
import { payments, rampOrders, type Payment, type RampOrder } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/errors";
import { clientSecretObjectId, presentedClientSecret, verifyClientSecret } from "./client-secret";

interface Owned {
  id: string;
  merchantId: string;
  clientSecretHash: string;
}

/** True when the caller may read `row`; sets c.get("auth") for a client-secret caller. */
export async function callerMayAccess(c: Context<AppEnv>, row: Owned): Promise<boolean> {
  const auth = c.get("auth");
  if (auth && auth.merchantId !== row.merchantId) return false;
  if (auth?.kind === "secret") return true;
  const secret = presentedClientSecret(c);
  if (!secret || clientSecretObjectId(secret) !== row.id) return false;
  if (!(await verifyClientSecret(secret, row.clientSecretHash))) return false;
  if (!auth) {
    // No key came with it: the mode follows the deployment (payments carry no mode of their own).
    c.set("auth", { merchantId: row.merchantId, credentialId: row.id, kind: "client_secret", mode: c.env.ENVIRONMENT === "production" ? "live" : "test" });
  }
  return true;
}

export async function loadPaymentForCaller(c: Context<AppEnv>, id: string): Promise<Payment> {
  const [row] = await getDb(c.env.DB).select().from(payments).where(eq(payments.id, id)).limit(1);
  if (!row || !(await callerMayAccess(c, row))) throw ApiError.notFound("Payment", id);
  return row;
}

export async function loadOrderForCaller(c: Context<AppEnv>, id: string): Promise<RampOrder> {
  const [row] = await getDb(c.env.DB).select().from(rampOrders).where(eq(rampOrders.id, id)).limit(1);
  if (!row || !(await callerMayAccess(c, row))) throw ApiError.notFound("Order", id);
  return row;
}
