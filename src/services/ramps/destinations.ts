/**
 * The checks on a ramp destination that need configuration from D1, run after the request body's
 * shape validated: the asset's network for a wallet address, and the served countries for a bank
 * account. Failures are 400 problems naming the field, like the shape checks before them.
 */
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, locations } from "../../db/schema";
import type { Bindings } from "../../env";
import { checkIban, type BankAccount } from "../../lib/bank-details";
import { ApiError, type FieldError } from "../../lib/errors";
import { assertWalletAddress } from "../../lib/wallet-address";
import { assetNetwork } from "../../providers/network";

export type RampDirection = "onramp" | "offramp";

/** Validate `address` for the network of `assetCode`; returns the canonical address. */
export async function assertAssetWalletAddress(env: Bindings, assetCode: string, address: string, field = "walletAddress"): Promise<string> {
  const code = assetCode.toUpperCase();
  const [asset] = await getDb(env.DB).select({ network: assets.network, kind: assets.kind }).from(assets).where(and(eq(assets.code, code), eq(assets.enabled, true)));
  if (!asset) throw ApiError.notFound("Asset", code);
  return assertWalletAddress(assetNetwork(env, asset.network), address, field);
}

/** Country codes (of `candidates`) where the ramp direction is offered. */
async function servedCountries(env: Bindings, direction: RampDirection, candidates: string[]): Promise<Set<string>> {
  const flag = direction === "onramp" ? locations.onrampEnabled : locations.offrampEnabled;
  const rows = await getDb(env.DB)
    .select({ code: locations.code })
    .from(locations)
    .where(and(inArray(locations.code, candidates), eq(locations.enabled, true), eq(flag, true)));
  return new Set(rows.map((r) => r.code));
}

/** A 400 unless `country` is a location where `direction` is offered. */
export async function assertRampCountry(env: Bindings, direction: RampDirection, country: string, field = "country"): Promise<void> {
  const served = await servedCountries(env, direction, [country]);
  if (!served.has(country)) {
    throw ApiError.invalidField(field, `${direction === "onramp" ? "On-ramp" : "Off-ramp"} is not available in '${country}'`, "body", "country_not_supported");
  }
}

/**
 * A bank account for an off-ramp payout: the holder's country and the IBAN's country must both be
 * locations with off-ramp enabled. Both failures are reported together.
 */
export async function assertPayoutBankAccount(env: Bindings, account: BankAccount, field = "bankAccount"): Promise<void> {
  const iban = checkIban(account.iban);
  if (!iban.valid) throw ApiError.invalidField(`${field}.iban`, iban.message, "body", iban.code);
  const served = await servedCountries(env, "offramp", [...new Set([account.country, iban.value.countryCode])]);
  const errors: FieldError[] = [];
  if (!served.has(account.country)) {
    errors.push({ in: "body", field: `${field}.country`, pointer: `/${field}/country`, message: `Off-ramp payouts are not available to residents of '${account.country}'`, code: "country_not_supported" });
  }
  if (!served.has(iban.value.countryCode)) {
    errors.push({ in: "body", field: `${field}.iban`, pointer: `/${field}/iban`, message: `Payouts to bank accounts in '${iban.value.countryCode}' are not available`, code: "iban_country_not_supported" });
  }
  if (errors.length) {
    throw new ApiError("VALIDATION_FAILED", {
      detail: errors.length === 1 ? `Invalid field '${errors[0]!.field}': ${errors[0]!.message}` : `${errors.length} invalid fields in the request body`,
      errors,
    });
  }
}
