import type { Asset, FeeSchedule } from "../../db/schema";
import type { Bindings } from "../../env";
import { intVar } from "../../lib/config";
import { ApiError, type FieldError } from "../../lib/errors";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import { getLatestRate, type ResolvedRate } from "../rates/rates.service";
import { getConfigSnapshot, type ConfigSnapshot } from "../config/config-cache";
import type { Referral } from "../referrals/referrals.service";
import { FeeEngineError, priceForAmount, priceForReceive, sendAndReceive, type Pricing, type QuoteAction } from "./fee-engine";
import type { PricedQuote } from "./quote.schemas";

/**
 * Prices quotes: loads the asset, its fee schedule and the rate, runs the fee engine, enforces the
 * asset's limits, and turns every refusal into a problem naming the parameter. Storage is quote.store.
 */

export interface QuoteParams {
  asset: string;
  action: QuoteAction;
  /** Decimal string: the gross asset amount (side "send") or the amount to receive (side "receive"). */
  amount: string;
  side: "send" | "receive";
  /** Counter currency (fiat or asset code); default: the asset's fiat. */
  currency?: string;
  paymentType?: string;
}

/** Where the parameters came from, so problems point at them (`in` + field names). */
export interface ParamLocation {
  where: FieldError["in"];
  fields?: Partial<Record<"asset" | "amount" | "currency" | "paymentType", string>>;
}

export interface PricingContext {
  asset: Asset;
  counter: Asset;
  schedule: FeeSchedule;
  rate: ResolvedRate;
}

function fieldName(location: ParamLocation, key: "asset" | "amount" | "currency" | "paymentType"): string {
  return location.fields?.[key] ?? key;
}

function findAsset(snapshot: ConfigSnapshot, code: string): Asset | undefined {
  const upper = code.trim().toUpperCase();
  return snapshot.assets.find((a) => a.code === upper);
}

/** The schedule for (asset, action, payment type), falling back to the asset's default for the action. */
export function selectFeeSchedule(snapshot: ConfigSnapshot, asset: string, action: QuoteAction, paymentType?: string): FeeSchedule | undefined {
  const candidates = snapshot.feeSchedules.filter((f) => f.assetCode === asset && f.action === action);
  return candidates.find((f) => paymentType !== undefined && f.paymentType === paymentType) ?? candidates.find((f) => f.paymentType === null);
}

/**
 * A rate that is no longer current cannot price money: refuse rather than quote a stale price.
 * "Current" is calendar-aware (services/rates/calendar/freshness.ts): Friday's ECB fixing prices
 * all weekend; a fixing older than the last business day's publication plus the grace is refused.
 */
function assertCurrentRate(rate: ResolvedRate): void {
  if (!rate.stale) return;
  throw new ApiError("SERVICE_UNAVAILABLE", {
    detail: `The ${rate.requested.base}/${rate.requested.quote} rate (${rate.source}, as of ${rate.asOf.toISOString()}) is no longer current` +
      `${rate.currentUntil ? ` since ${rate.currentUntil.toISOString()}` : ""}; quotes resume when rates are refreshed`,
    headers: { "Retry-After": "60" },
    extensions: { rateAsOf: rate.asOf.toISOString(), rateCurrentUntil: rate.currentUntil?.toISOString() ?? null },
  });
}

/** Load and check everything a price depends on. */
export async function loadPricingContext(env: Bindings, params: QuoteParams, location: ParamLocation, snapshot?: ConfigSnapshot): Promise<PricingContext> {
  const config = snapshot ?? (await getConfigSnapshot(env));
  const where = location.where;
  const asset = findAsset(config, params.asset);
  if (!asset) throw ApiError.invalidField(fieldName(location, "asset"), `unknown or disabled asset '${params.asset}'`, where, "unknown_asset");
  const counter = findAsset(config, params.currency ?? asset.fiatCode);
  if (!counter) throw ApiError.invalidField(fieldName(location, "currency"), `unknown or disabled currency '${params.currency}'`, where, "unknown_currency");
  if (params.paymentType !== undefined && !config.paymentTypes.some((t) => t.code === params.paymentType)) {
    throw ApiError.invalidField(fieldName(location, "paymentType"), `unknown payment type '${params.paymentType}'`, where, "unknown_payment_type");
  }
  const schedule = selectFeeSchedule(config, asset.code, params.action, params.paymentType);
  if (!schedule) {
    throw new ApiError("UNPROCESSABLE", {
      detail: `${asset.code} cannot be quoted for '${params.action}': it has no fee schedule`,
      errors: [{ in: where, field: fieldName(location, "asset"), message: `no '${params.action}' fees configured for ${asset.code}`, code: "no_fee_schedule" }],
    });
  }
  const rate = await getLatestRate(env, asset.code, counter.code);
  assertCurrentRate(rate);
  return { asset, counter, schedule, rate };
}

function limitProblem(kind: "min" | "max", limit: string, amount: string, asset: Asset, side: QuoteParams["side"], location: ParamLocation): ApiError {
  const what = side === "send" ? `Amount ${amount} ${asset.code}` : `The amount to send, ${amount} ${asset.code},`;
  const detail = kind === "min" ? `${what} is below the minimum of ${limit} ${asset.code}` : `${what} is above the maximum of ${limit} ${asset.code}`;
  return new ApiError("UNPROCESSABLE", {
    detail,
    errors: [{ in: location.where, field: fieldName(location, "amount"), message: detail, code: kind === "min" ? "below_minimum" : "above_maximum" }],
    extensions: {
      limit: kind === "min" ? "minAmount" : "maxAmount",
      minAmount: formatDecimal(dec(asset.minAmount), asset.decimals, "up"),
      maxAmount: asset.maxAmount === null ? null : formatDecimal(dec(asset.maxAmount), asset.decimals, "down"),
      asset: asset.code,
    },
  });
}

function assertWithinLimits(gross: string, ctx: PricingContext, side: QuoteParams["side"], location: ParamLocation): void {
  const { asset } = ctx;
  const amount = dec(gross);
  const shown = formatDecimal(amount, asset.decimals);
  if (amount.lt(asset.minAmount)) throw limitProblem("min", formatDecimal(dec(asset.minAmount), asset.decimals, "up"), shown, asset, side, location);
  if (asset.maxAmount !== null && amount.gt(asset.maxAmount)) {
    throw limitProblem("max", formatDecimal(dec(asset.maxAmount), asset.decimals, "down"), shown, asset, side, location);
  }
}

function engineProblem(error: FeeEngineError, location: ParamLocation): ApiError {
  const field = fieldName(location, "amount");
  if (error.reason === "invalid_amount") return ApiError.invalidField(field, error.message, location.where, "invalid_amount");
  return new ApiError("UNPROCESSABLE", {
    detail: error.message,
    errors: [{ in: location.where, field, message: error.message, code: error.reason }],
    extensions: error.details,
  });
}

/** Run the fee engine for the request in either direction, with limits enforced on the gross amount. */
export function priceWithContext(params: QuoteParams, ctx: PricingContext, referral: Referral | null, location: ParamLocation): Pricing {
  const terms = {
    action: params.action,
    assetDecimals: ctx.asset.decimals,
    counterDecimals: ctx.counter.decimals,
    rate: ctx.rate.rate,
    fees: ctx.schedule,
    referralPercent: referral?.referrer.feePercent,
  };
  // Decimal places are checked before limits: "1.0000001 USDX" is malformed, not small.
  const receivesCounter = params.side === "receive" && params.action === "exit";
  const places = receivesCounter ? ctx.counter.decimals : ctx.asset.decimals;
  let requested: string;
  try {
    requested = dec(params.amount).toString();
  } catch {
    throw ApiError.invalidField(fieldName(location, "amount"), "Expected a decimal string such as \"100.50\"", location.where, "invalid_amount");
  }
  if (scaleOf(requested) > places) {
    const code = receivesCounter ? ctx.counter.code : ctx.asset.code;
    throw ApiError.invalidField(fieldName(location, "amount"), `${code} amounts have at most ${places} decimal places`, location.where, "too_many_decimals");
  }
  try {
    if (params.side === "send") {
      assertWithinLimits(params.amount, ctx, "send", location);
      return priceForAmount(params.amount, terms);
    }
    const pricing = priceForReceive(params.amount, terms);
    assertWithinLimits(pricing.amount, ctx, "receive", location);
    return pricing;
  } catch (error) {
    if (error instanceof FeeEngineError) throw engineProblem(error, location);
    throw error;
  }
}

/** The public view of a priced quote (without id and times, which storage assigns). */
export function describeQuote(params: QuoteParams, ctx: PricingContext, pricing: Pricing, referral: Referral | null): PricedQuote {
  const { asset, counter, schedule, rate } = ctx;
  const { send, receive } = sendAndReceive(pricing);
  const line = (type: keyof Pricing["fees"], recipient: "coreport" | "network" | "referrer") => ({ type, amount: pricing.fees[type], asset: asset.code, recipient });
  return {
    object: "quote",
    action: params.action,
    asset: asset.code,
    currency: counter.code,
    paymentType: params.paymentType ?? null,
    side: params.side,
    amount: pricing.amount,
    send: { asset: params.action === "enter" ? counter.code : asset.code, amount: send },
    receive: { asset: params.action === "enter" ? asset.code : counter.code, amount: receive },
    fees: [line("percentage", "coreport"), line("fixed", "coreport"), line("minimum", "coreport"), line("network", "network"), line("referral", "referrer")],
    totalFee: pricing.totalFee,
    split: { coreport: pricing.serviceFee, network: pricing.fees.network, referrer: pricing.fees.referral },
    rate: {
      base: rate.requested.base,
      quote: rate.requested.quote,
      value: rate.rate,
      resolvedBase: rate.resolved.base,
      resolvedQuote: rate.resolved.quote,
      asOf: rate.asOf.toISOString(),
      source: rate.source,
    },
    referral: referral
      ? {
          referrerId: referral.referrer.id,
          icanAddress: referral.referrer.icanAddress,
          site: referral.referrer.domain,
          via: referral.via,
          declaredPercent: pricing.referral.declaredPercent,
          appliedPercent: pricing.referral.appliedPercent,
          capped: pricing.referral.capped,
          amount: pricing.fees.referral,
        }
      : null,
    feeSchedule: {
      paymentType: schedule.paymentType,
      percent: schedule.percentFee,
      fixed: schedule.fixedFee,
      network: schedule.networkFee,
      minimum: schedule.minFee,
      maxReferralPercent: schedule.maxReferralPercent,
    },
    limits: {
      min: formatDecimal(dec(asset.minAmount), asset.decimals, "up"),
      max: asset.maxAmount === null ? null : formatDecimal(dec(asset.maxAmount), asset.decimals, "down"),
    },
  };
}

/** Price a quote without storing it (estimates, referral splits). */
export async function priceQuote(env: Bindings, params: QuoteParams, referral: Referral | null, location: ParamLocation): Promise<PricedQuote> {
  const ctx = await loadPricingContext(env, params, location);
  return describeQuote(params, ctx, priceWithContext(params, ctx, referral, location), referral);
}

/**
 * The reverse computation for later off-ramp reverse-estimates and "amount to receive" forms: the
 * smallest amount to send so that the customer receives `receive` (asset for enter, counter currency
 * for exit). Same limits, rounding and problems as the forward quote.
 */
export function quoteForReceive(env: Bindings, params: Omit<QuoteParams, "side" | "amount"> & { receive: string }, referral: Referral | null, location: ParamLocation) {
  return priceQuote(env, { ...params, amount: params.receive, side: "receive" }, referral, location);
}

/** Seconds a quote stays lockable: QUOTE_TTL_SECONDS, clamped to 30 s … 1 h. */
export function quoteTtlSeconds(env: Bindings): number {
  return Math.min(3_600, Math.max(30, intVar(env.QUOTE_TTL_SECONDS, 300)));
}
