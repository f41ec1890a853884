/**
 * WallMoney & Partners configuration: provider rows `wallmoney` (bank on-ramp collections and coin
 * delivery) and `wallmoney-payout` (bank off-ramp payouts), the collection accounts customers pay
 * into (the `wallmoney` row's publicConfig.collectionAccounts, one per currency, validated with
 * ibantools on every load), and in live mode WALLMONEY_API_URL + the WALLMONEY_API_KEY secret.
 */
import { z } from "@hono/zod-openapi";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { resolveProvider, type ResolvedProvider } from "../provider-config";
import { CollectionAccountSchema, type CollectionAccount } from "./schemas";

export const WALLMONEY_ONRAMP = "wallmoney";
export const WALLMONEY_PAYOUT = "wallmoney-payout";

export function resolveWallMoney(env: Bindings, code: typeof WALLMONEY_ONRAMP | typeof WALLMONEY_PAYOUT): Promise<ResolvedProvider> {
  return resolveProvider(env, code, { baseUrl: env.WALLMONEY_API_URL, apiKey: env.WALLMONEY_API_KEY });
}

const CollectionAccountsSchema = z.array(CollectionAccountSchema).min(1);

/** The configured collection account for `currency`, or undefined when the currency is not collected. */
export function collectionAccountFor(resolved: ResolvedProvider, currency: string): CollectionAccount | undefined {
  const parsed = CollectionAccountsSchema.safeParse(resolved.provider.publicConfig.collectionAccounts);
  if (!parsed.success) {
    // An operator error: never show customers an account that fails its own checksum.
    throw new ApiError("SERVICE_UNAVAILABLE", {
      detail: `Provider '${resolved.provider.code}' is not available`,
      extensions: { provider: resolved.provider.code },
      cause: parsed.error,
    });
  }
  return parsed.data.find((a) => a.currency === currency);
}
