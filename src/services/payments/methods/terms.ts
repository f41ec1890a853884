/**
 * The money terms of a new payment, common to every method: the asset it is paid in, the exact amount
 * due, the fees and the rate — either priced now by the fee engine, or taken from a stored quote the
 * payment locks (claimQuote). Method modules (payto.ts, …) add what is specific to them.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { quotes, type Asset } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { dec, formatDecimal } from "../../../lib/money";
import { assertAssetAmount } from "../../../providers/amounts";
import { getConfigSnapshot } from "../../config/config-cache";
import { claimQuote, type StoredQuote } from "../../quotes/quote.store";
import { priceQuote } from "../../quotes/quotes.service";
import type { Referral } from "../../referrals/referrals.service";

export type FeeLine = { type: string; amount: string; asset: string };

export interface PaymentTerms {
  asset: Asset;
  /** Exact amount due, in `asset`, written with the asset's decimals. */
  amountExpected: string;
  /** What the merchant is credited: amount due minus fees (same asset), or the converted amount (cross-currency). */
  settlementAsset: string;
  settlementAmount: string;
  rate: string;
  fees: FeeLine[];
  quoteId: string | null;
  referrerId: string | null;
}

/** A stablecoin CorePort accepts payments in; anything else is a 400 naming the field. */
export async function loadPaymentAsset(env: Bindings, code: string, field = "asset"): Promise<Asset> {
  const snapshot = await getConfigSnapshot(env);
  const asset = snapshot.assets.find((a) => a.code === code.trim().toUpperCase());
  if (!asset || asset.kind !== "stablecoin") {
    throw ApiError.invalidField(field, `'${code}' is not a stablecoin CorePort accepts payments in`, "body", "unknown_asset");
  }
  return asset;
}

/** The asset's per-payment limits (inclusive), as a 422 naming `amount`. */
export function assertWithinAssetLimits(asset: Asset, amount: string, field = "amount"): void {
  const value = dec(amount);
  const min = dec(asset.minAmount);
  if (value.lt(min)) {
    const detail = `${formatDecimal(value, asset.decimals)} ${asset.code} is below the minimum of ${formatDecimal(min, asset.decimals, "up")} ${asset.code}`;
    throw new ApiError("UNPROCESSABLE", { detail, errors: [{ in: "body", field, message: detail, code: "below_minimum" }] });
  }
  if (asset.maxAmount !== null && value.gt(asset.maxAmount)) {
    const detail = `${formatDecimal(value, asset.decimals)} ${asset.code} is above the maximum of ${formatDecimal(dec(asset.maxAmount), asset.decimals, "down")} ${asset.code}`;
    throw new ApiError("UNPROCESSABLE", { detail, errors: [{ in: "body", field, message: detail, code: "above_maximum" }] });
  }
}

/** Fees of a payment in one asset, priced now: the "enter" schedule for the method's payment type, on the gross amount. */
export async function priceSameAssetPayment(env: Bindings, asset: Asset, amount: string, paymentType: string, referral: Referral | null): Promise<PaymentTerms> {
  // Decimals first: "10.1234567 USDX" is malformed (400), never rounded.
  assertAssetAmount(amount, asset);
  const priced = await priceQuote(env, { asset: asset.code, action: "enter", amount, side: "send", paymentType }, referral, { where: "body" });
  return {
    asset,
    amountExpected: priced.amount,
    settlementAsset: asset.code,
    // enter: receive = amount − totalFee of the asset, exact (no rounding).
    settlementAmount: priced.receive.amount,
    rate: "1",
    fees: priced.fees.map(({ type, amount: feeAmount, asset: feeAsset }) => ({ type, amount: feeAmount, asset: feeAsset })),
    quoteId: null,
    referrerId: priced.referral?.referrerId ?? null,
  };
}

/** A quote as the caller may see it: unknown or another merchant's is the same 404. */
export async function findQuoteForMerchant(env: Bindings, quoteId: string, merchantId: string): Promise<StoredQuote> {
  const [row] = await getDb(env.DB).select().from(quotes).where(eq(quotes.id, quoteId)).limit(1);
  if (!row || (row.merchantId !== null && row.merchantId !== merchantId)) throw ApiError.notFound("Quote", quoteId);
  return row;
}

export function quoteMismatch(detail: string, field = "quoteId"): ApiError {
  return new ApiError("UNPROCESSABLE", { detail, errors: [{ in: "body", field, message: detail, code: "quote_mismatch" }] });
}

/**
 * Lock the quote for this payment: atomically (two payments can never share one quote); an expired
 * quote is a 422, one already used by another payment a 409. Checks of what the quote prices are done
 * by the caller before (a mismatching quote is never locked).
 */
export async function lockQuote(env: Bindings, quote: StoredQuote, paymentId: string, merchantId: string): Promise<StoredQuote> {
  return claimQuote(env, quote.id, paymentId, { merchantId });
}

/** Terms taken from a locked quote (the customer pays `sourceAmount` of `sourceAsset`). */
export function termsFromQuote(asset: Asset, quote: StoredQuote, amountExpected: string, settlement: { asset: string; amount: string }): PaymentTerms {
  return {
    asset,
    amountExpected,
    settlementAsset: settlement.asset,
    settlementAmount: settlement.amount,
    rate: quote.rate,
    fees: quote.fees,
    quoteId: quote.id,
    referrerId: quote.referrerId,
  };
}
