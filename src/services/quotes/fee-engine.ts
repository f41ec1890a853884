import { Rounding, dec, scaleOf, type Decimal as DecimalT } from "../../lib/money";

/**
 * THE fee engine: every quote, estimate, payment and ramp order prices itself here. Pure functions of
 * (amount, fee terms, rate, referral share) — no I/O, no clock — so that they can be property-tested
 * and a stored quote can be recomputed exactly.
 *
 * Model (all fees in units of the asset, each rounded UP to the asset's decimals so a fee is never
 * under-collected):
 *   percentage = amount × percentFee %
 *   fixed      = fixedFee
 *   minimum    = max(0, minFee − (percentage + fixed))      tops the service fee up to minFee
 *   network    = networkFee                                 blockchain fee, passed through
 *   referral   = amount × min(referrer's defi:fee, maxReferralPercent) %   the referring site's share
 *   totalFee   = percentage + fixed + minimum + network + referral
 *   net        = amount − totalFee                          exact: fees + net = amount
 * Then the counter currency (fiat the customer pays with or is paid in), at `rate` = counter units per
 * asset unit:
 *   enter (customer pays in):   charge = amount × rate, rounded UP to the counter's decimals
 *                               (the customer never pays less than the asset amount is worth);
 *                               the customer receives `net` of the asset.
 *   exit  (customer cashes out): payout = net × rate, rounded DOWN to the counter's decimals
 *                               (never more than the money allows); the customer sends `amount`.
 * The referral share is charged on top of CorePort's service fee, not carved out of it.
 */

export type QuoteAction = "enter" | "exit";

/** A fee schedule's terms: decimal strings, percentages as "1.50" = 1.5 %. */
export interface FeeTermsInput {
  percentFee: string;
  fixedFee: string;
  networkFee: string;
  minFee: string;
  maxReferralPercent: string;
}

export interface PricingTerms {
  action: QuoteAction;
  /** Decimal places of the asset (fees and net amount are expressed with exactly this many). */
  assetDecimals: number;
  fees: FeeTermsInput;
  /** The referrer's declared share, percent ("1.00"); absent or "0" = no referral. */
  referralPercent?: string;
  /** 1 asset unit = `rate` counter units; `counterDecimals` = decimal places of the counter currency. */
  rate: string;
  counterDecimals: number;
}

export interface FeeBreakdown {
  percentage: string;
  fixed: string;
  minimum: string;
  network: string;
  referral: string;
}

export interface Pricing {
  action: QuoteAction;
  /** Gross amount of the asset (what enters / leaves the customer's asset side), asset decimals. */
  amount: string;
  fees: FeeBreakdown;
  /** CorePort's part: percentage + fixed + minimum. */
  serviceFee: string;
  totalFee: string;
  /** amount − totalFee, asset decimals. */
  net: string;
  /** enter: charge in the counter currency (rounded up); exit: payout in the counter currency (rounded down). */
  counterAmount: string;
  referral: { declaredPercent: string; appliedPercent: string; capped: boolean };
}

export type FeeEngineFailure =
  | "invalid_amount" // not a positive decimal, or more decimals than allowed
  | "fees_exceed_amount" // fees take everything
  | "infeasible"; // no amount can produce the requested receive amount (fees ≥ 100 %)

export class FeeEngineError extends Error {
  constructor(
    readonly reason: FeeEngineFailure,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = "FeeEngineError";
  }
}

const HUNDRED = dec(100);
const ZERO = dec(0);

function unit(places: number): DecimalT {
  return dec(1).div(dec(10).pow(places));
}

function up(x: DecimalT, places: number): DecimalT {
  return x.round(places, Rounding.up);
}

function fixed(x: DecimalT, places: number): string {
  return x.toFixed(places);
}

function parsePositive(value: string, places: number, what: string): DecimalT {
  let parsed: DecimalT;
  try {
    parsed = dec(value);
  } catch {
    throw new FeeEngineError("invalid_amount", `${what} is not a decimal number`);
  }
  if (parsed.lte(0)) throw new FeeEngineError("invalid_amount", `${what} must be greater than zero`);
  if (scaleOf(parsed.toString()) > places) {
    throw new FeeEngineError("invalid_amount", `${what} has more than ${places} decimal places`, { decimals: String(places) });
  }
  return parsed;
}

/** The referral share actually applied: the declared one, capped by the schedule's maximum. */
export function appliedReferralPercent(terms: PricingTerms): { declared: DecimalT; applied: DecimalT; capped: boolean } {
  const declared = terms.referralPercent ? dec(terms.referralPercent) : ZERO;
  const max = dec(terms.fees.maxReferralPercent);
  const capped = declared.gt(max);
  return { declared, applied: capped ? max : declared, capped };
}

interface RawPricing {
  amount: DecimalT;
  percentage: DecimalT;
  fixed: DecimalT;
  minimum: DecimalT;
  network: DecimalT;
  referral: DecimalT;
  total: DecimalT;
  net: DecimalT;
}

/** Fees of a gross amount on the asset grid; no validation, net may be ≤ 0. */
function rawFees(amount: DecimalT, terms: PricingTerms): RawPricing {
  const d = terms.assetDecimals;
  const { applied } = appliedReferralPercent(terms);
  const percentage = up(amount.times(terms.fees.percentFee).div(HUNDRED), d);
  const fixedFee = up(dec(terms.fees.fixedFee), d);
  const minFee = up(dec(terms.fees.minFee), d);
  const service = percentage.plus(fixedFee);
  const minimum = minFee.gt(service) ? minFee.minus(service) : ZERO;
  const network = up(dec(terms.fees.networkFee), d);
  const referral = up(amount.times(applied).div(HUNDRED), d);
  const total = percentage.plus(fixedFee).plus(minimum).plus(network).plus(referral);
  return { amount, percentage, fixed: fixedFee, minimum, network, referral, total, net: amount.minus(total) };
}

function finish(raw: RawPricing, terms: PricingTerms): Pricing {
  const d = terms.assetDecimals;
  const cd = terms.counterDecimals;
  if (raw.net.lte(0)) {
    throw new FeeEngineError("fees_exceed_amount", `Fees of ${fixed(raw.total, d)} take the whole amount of ${fixed(raw.amount, d)}`, {
      totalFee: fixed(raw.total, d),
    });
  }
  const rate = dec(terms.rate);
  const counter =
    terms.action === "enter" ? raw.amount.times(rate).round(cd, Rounding.up) : raw.net.times(rate).round(cd, Rounding.down);
  if (counter.lte(0)) {
    throw new FeeEngineError("fees_exceed_amount", `After fees, ${fixed(raw.net, d)} is worth less than the smallest unit of the payout currency`, {
      totalFee: fixed(raw.total, d),
    });
  }
  const referral = appliedReferralPercent(terms);
  return {
    action: terms.action,
    amount: fixed(raw.amount, d),
    fees: {
      percentage: fixed(raw.percentage, d),
      fixed: fixed(raw.fixed, d),
      minimum: fixed(raw.minimum, d),
      network: fixed(raw.network, d),
      referral: fixed(raw.referral, d),
    },
    serviceFee: fixed(raw.percentage.plus(raw.fixed).plus(raw.minimum), d),
    totalFee: fixed(raw.total, d),
    net: fixed(raw.net, d),
    counterAmount: fixed(counter, cd),
    referral: { declaredPercent: referral.declared.toFixed(2), appliedPercent: referral.applied.toFixed(2), capped: referral.capped },
  };
}

/** Forward: the customer sends `amount` of the asset (enter: its worth in the counter currency). */
export function priceForAmount(amount: string, terms: PricingTerms): Pricing {
  const gross = parsePositive(amount, terms.assetDecimals, "Amount");
  return finish(rawFees(gross, terms), terms);
}

/** Most search steps above the analytic lower bound; far more than rounding can ever require. */
const MAX_STEPS = 100_000;

/**
 * Reverse: the smallest gross amount whose forward pricing gives the customer at least `receive`:
 *   enter → `receive` is the asset amount to end up with (asset decimals); the result's net equals it exactly.
 *   exit  → `receive` is the payout in the counter currency (counter decimals); the result's payout is
 *           `receive` or at most one counter minor unit above it (when one asset unit is worth less
 *           than one counter unit, as for every 6-decimal stablecoin).
 * Why this is the smallest: every fee is rounded up, so net(A) ≤ A·(1 − p − r) − fixed − network and
 * net(A) ≤ A·(1 − r) − minFee − network. Any A that reaches the target is at least the larger of the two
 * bounds solved for A; we start at that bound (rounded up to the asset grid) and step up one unit at a
 * time, which can only overshoot by nothing: net grows by at most one unit per step.
 */
export function priceForReceive(receive: string, terms: PricingTerms): Pricing {
  const d = terms.assetDecimals;
  const u = unit(d);
  const { applied } = appliedReferralPercent(terms);
  const p = dec(terms.fees.percentFee).div(HUNDRED);
  const r = applied.div(HUNDRED);
  const rate = dec(terms.rate);
  let needNet: DecimalT;
  if (terms.action === "enter") {
    needNet = parsePositive(receive, d, "Receive amount");
  } else {
    const payout = parsePositive(receive, terms.counterDecimals, "Receive amount");
    if (rate.lte(0)) throw new FeeEngineError("infeasible", "The exchange rate is zero");
    needNet = up(payout.div(rate), d);
  }
  if (p.plus(r).gte(1)) throw new FeeEngineError("infeasible", "Percentage fees of 100 % or more leave nothing to receive");
  const fixedFee = up(dec(terms.fees.fixedFee), d);
  const minFee = up(dec(terms.fees.minFee), d);
  const network = up(dec(terms.fees.networkFee), d);
  const byPercentage = needNet.plus(fixedFee).plus(network).div(dec(1).minus(p).minus(r));
  const byMinimum = needNet.plus(minFee).plus(network).div(dec(1).minus(r));
  let amount = up(byPercentage.gt(byMinimum) ? byPercentage : byMinimum, d);
  if (amount.lt(u)) amount = u;
  for (let step = 0; step < MAX_STEPS; step++, amount = amount.plus(u)) {
    const raw = rawFees(amount, terms);
    if (raw.net.gte(needNet)) return finish(raw, terms);
  }
  throw new FeeEngineError("infeasible", "No amount produces the requested receive amount");
}

/** What the customer sends and receives, by action: enter sends the counter currency, exit the asset. */
export function sendAndReceive(pricing: Pricing): { send: string; receive: string } {
  return pricing.action === "enter"
    ? { send: pricing.counterAmount, receive: pricing.net }
    : { send: pricing.amount, receive: pricing.counterAmount };
}
