/**
 * Off-ramp orders (stablecoin → bank account or another asset): estimates in both directions, order
 * creation with a locked quote and a one-time deposit address, and the merchant's decisions on an
 * order whose deposit differs (proceed at a fresh quote, or reject). The state machine itself is
 * src/services/payments/machine/offramp.machine.ts; this module only prices, checks and asks the order's object.
 */
import type { RampOrder } from "../../db/schema";
import type { Bindings } from "../../env";
import type { BankAccount } from "../../lib/bank-details";
import { normalizeIban } from "../../lib/bank-details";
import { ApiError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { dec } from "../../lib/money";
import { createRampOrder, applyEvent, readRampOrder, type Created } from "../payments/payments.service";
import { offrampMachine } from "../payments/machine/offramp.machine";
import { deriveDepositAddress } from "../../providers/payto/deposit-address";
import { readPaytoConfig } from "../../providers/payto/adapter";
import { OTC_PROVIDER } from "../../providers/coins/coin-transfers";
import { WALLMONEY_PAYOUT } from "../../providers/wallmoney/config";
import { priceQuote, quoteForReceive, quoteTtlSeconds } from "../quotes/quotes.service";
import { claimQuote, loadQuote, quoteMismatch, storeQuote, type StoredQuote } from "../quotes/quote.store";
import type { Quote } from "../quotes/quote.schemas";
import { triggerOfframpPayout } from "./offramp-payout";
import { assertAssetWalletAddress, assertPayoutBankAccount } from "./destinations";
import { checkRampLimits, destinationKey, type EffectiveRampLimits } from "./limits";

export type OfframpRail = "bank" | "crypto";
export const OFFRAMP_QUOTE_KIND = "offramp";

export interface OfframpEstimate extends Quote {
  rail: OfframpRail;
  rampLimits: { minPerOrder: string; maxPerOrder: string | null; maxPerDestinationPerDay: string | null };
}

function rampLimitsView(limits: EffectiveRampLimits): OfframpEstimate["rampLimits"] {
  return { minPerOrder: limits.minPerOrder, maxPerOrder: limits.maxPerOrder, maxPerDestinationPerDay: limits.maxPerDestinationPerDay };
}

/**
 * Price an off-ramp from the amount sent (side "send") or the amount to receive (side "receive"),
 * check the ramp's per-order limits on the coin amount, and store the quote so an order can lock it.
 */
export async function estimateOfframp(
  env: Bindings,
  input: { asset: string; currency?: string; rail: OfframpRail; side: "send" | "receive"; amount: string; merchantId: string | null },
): Promise<OfframpEstimate> {
  const params = { asset: input.asset, action: "exit" as const, currency: input.currency };
  const amountField = input.side === "send" ? "amount" : "receiveAmount";
  const location = { where: "body" as const, fields: { amount: amountField } };
  const priced = input.side === "send"
    ? await priceQuote(env, { ...params, amount: input.amount, side: "send" }, null, location)
    : await quoteForReceive(env, { ...params, receive: input.amount }, null, location);
  const check = await checkRampLimits(env, { asset: priced.asset, direction: "offramp", rail: input.rail, amount: priced.amount, field: amountField });
  const quote = await storeQuote(env, priced, { kind: OFFRAMP_QUOTE_KIND, merchantId: input.merchantId, ttlSeconds: quoteTtlSeconds(env) });
  return { ...quote, rail: input.rail, rampLimits: rampLimitsView(check.limits) };
}

/** How long the customer has to make the deposit; a later deposit waits for a decision at a fresh quote. */
export const DEPOSIT_WINDOW_MS = 30 * 60 * 1000;

export type OfframpDestination = { kind: "bank"; account: BankAccount } | { kind: "crypto"; asset: string; walletAddress: string };

export interface CreateOfframpInput {
  merchantId: string;
  asset: string;
  /** Payout currency (bank) or asset (crypto). */
  currency?: string;
  amount?: string;
  quoteId?: string;
  destination: OfframpDestination;
  merchantReference?: string;
  metadata?: Record<string, string>;
}

/** The quote must be an off-ramp quote for this asset pair (and amount, when one was given). */
function assertQuoteFits(quote: StoredQuote, want: { asset: string; currency: string; amount?: string }): void {
  if (quote.kind !== OFFRAMP_QUOTE_KIND || quote.action !== "exit") throw quoteMismatch(`Quote '${quote.id}' is not an off-ramp quote; get one from /offramp/estimate`);
  if (quote.sourceAsset !== want.asset || quote.targetAsset !== want.currency) {
    throw quoteMismatch(`Quote '${quote.id}' is for ${quote.sourceAsset} → ${quote.targetAsset}, not ${want.asset} → ${want.currency}`);
  }
  if (want.amount !== undefined && !dec(want.amount).eq(dec(quote.sourceAmount))) {
    throw quoteMismatch(`Quote '${quote.id}' is for ${quote.sourceAmount} ${quote.sourceAsset}, not ${want.amount}`, "amount");
  }
}

async function depositAddressFor(env: Bindings, orderId: string): Promise<string> {
  const config = readPaytoConfig(env);
  if (!config.depositAddressSecret) throw new ApiError("SERVICE_UNAVAILABLE", { detail: "Off-ramp deposit addresses need a custody provider, and none is configured" });
  return deriveDepositAddress(config.depositAddressSecret, orderId, config.network.icanPrefix);
}

/**
 * Create an off-ramp order: validate the destination, price it (or take the locked quote), check
 * the ramp limits incl. the destination's daily total, lock the quote, then create the order in its
 * Durable Object. Everything that can refuse runs before the quote is locked.
 */
export async function createOfframpOrder(env: Bindings, input: CreateOfframpInput): Promise<Created<RampOrder>> {
  const asset = input.asset.toUpperCase();
  const rail: OfframpRail = input.destination.kind;
  let destination: Record<string, string>;
  let key: string;
  let currency: string | undefined;
  if (input.destination.kind === "bank") {
    const account = input.destination.account;
    await assertPayoutBankAccount(env, account);
    const iban = normalizeIban(account.iban);
    destination = { type: "bank_account", iban, accountHolderName: account.accountHolderName, country: account.country, ...(account.bic ? { bic: account.bic.toUpperCase() } : {}) };
    key = destinationKey({ kind: "bank", iban });
    currency = input.currency?.toUpperCase();
  } else {
    const target = input.destination.asset.toUpperCase();
    const address = await assertAssetWalletAddress(env, target, input.destination.walletAddress, "walletAddress");
    destination = { type: "wallet", asset: target, address };
    key = destinationKey({ kind: "wallet", address });
    currency = target;
  }

  const id = newId("ord");
  let quote: StoredQuote;
  if (input.quoteId) {
    quote = await loadQuote(env, input.quoteId, input.merchantId);
    assertQuoteFits(quote, { asset, currency: currency ?? quote.targetAsset, amount: input.amount });
  } else {
    if (input.amount === undefined) throw ApiError.invalidField("amount", "Give the amount to send, or a quoteId from /offramp/estimate");
    const priced = await estimateOfframp(env, { asset, currency, rail, side: "send", amount: input.amount, merchantId: input.merchantId });
    quote = await loadQuote(env, priced.id, input.merchantId);
  }
  await checkRampLimits(env, { asset, direction: "offramp", rail, amount: quote.sourceAmount, destinationKey: key, field: input.quoteId ? "quoteId" : "amount" });
  await claimQuote(env, quote.id, id, { merchantId: input.merchantId });

  const expiresAt = new Date(Date.now() + DEPOSIT_WINDOW_MS);
  return createRampOrder(env, {
    id,
    merchantId: input.merchantId,
    direction: "offramp",
    rail,
    sourceAsset: quote.sourceAsset,
    targetAsset: quote.targetAsset,
    sourceAmount: quote.sourceAmount,
    targetAmount: quote.targetAmount,
    rate: quote.rate,
    fees: quote.fees,
    quoteId: quote.id,
    providerCode: rail === "bank" ? WALLMONEY_PAYOUT : OTC_PROVIDER,
    depositAddress: await depositAddressFor(env, id),
    destination,
    destinationKey: key,
    merchantReference: input.merchantReference ?? null,
    metadata: input.metadata ?? {},
    expiresAt,
  });
}

type DecisionEvent = "offramp.proceed" | "offramp.rejected";

/** The statuses a merchant decision may be taken from, straight from the state machine. */
export function decisionAllowedFrom(event: DecisionEvent): string[] {
  return Object.keys(offrampMachine.events[event].from);
}

function notAllowed(orderId: string, status: string, event: DecisionEvent, what: string): ApiError {
  const allowed = decisionAllowedFrom(event);
  return new ApiError("CONFLICT", {
    detail: `Order '${orderId}' is '${status}'; it can be ${what} only while ${allowed.map((s) => `'${s}'`).join(" or ")}`,
    extensions: { orderId, currentStatus: status, allowedStatuses: allowed },
  });
}

async function currentOrder(env: Bindings, id: string) {
  const read = await readRampOrder(env, id, { events: true });
  if (!read || read.row.direction !== "offramp") throw ApiError.notFound("Order", id);
  return read;
}

/**
 * Pay out what was deposited, at the fresh quote `quoteId` (an /offramp/estimate for exactly the
 * deposited amount). Idempotent: repeating it after it was accepted answers with the order.
 */
export async function proceedPartial(env: Bindings, order: RampOrder, quoteId: string): Promise<RampOrder> {
  const read = await currentOrder(env, order.id);
  const proceeded = read.events?.find((e) => e.type === "offramp.proceed" && e.accepted);
  if (proceeded && read.row.quoteId === quoteId) return read.row;
  if (read.row.status !== "awaiting_decision") throw notAllowed(order.id, read.row.status, "offramp.proceed", "proceeded with");

  const quote = await loadQuote(env, quoteId, order.merchantId);
  assertQuoteFits(quote, { asset: read.row.sourceAsset, currency: read.row.targetAsset });
  if (!dec(quote.sourceAmount).eq(dec(read.row.amountDeposited))) {
    throw quoteMismatch(`Quote '${quoteId}' is for ${quote.sourceAmount} ${quote.sourceAsset} but ${read.row.amountDeposited} ${read.row.sourceAsset} was deposited; estimate that amount`);
  }
  await claimQuote(env, quoteId, order.id, { merchantId: order.merchantId });
  const result = await applyEvent(env, order.id, {
    type: "offramp.proceed",
    source: "merchant",
    data: { quoteId, sourceAmount: quote.sourceAmount, targetAmount: quote.targetAmount, rate: quote.rate, fees: quote.fees },
  });
  if (result.status !== "recorded") throw new ApiError("CONFLICT", { detail: `Order '${order.id}' could not be updated; retry` });
  if (!result.accepted) throw notAllowed(order.id, result.fromStatus, "offramp.proceed", "proceeded with");
  await triggerOfframpPayout(env, order.id);
  return (await currentOrder(env, order.id)).row;
}

/**
 * Reject the order: closed if nothing was deposited, the deposit refunded (less the network fee)
 * otherwise. Idempotent: rejecting a rejected order answers with the order.
 */
export async function rejectOfframp(env: Bindings, order: RampOrder, reason: string): Promise<RampOrder> {
  const read = await currentOrder(env, order.id);
  if (read.events?.some((e) => e.type === "offramp.rejected" && e.accepted)) return read.row;
  if (!decisionAllowedFrom("offramp.rejected").includes(read.row.status)) throw notAllowed(order.id, read.row.status, "offramp.rejected", "rejected");
  const result = await applyEvent(env, order.id, { type: "offramp.rejected", source: "merchant", data: { reason } });
  if (result.status !== "recorded") throw new ApiError("CONFLICT", { detail: `Order '${order.id}' could not be updated; retry` });
  if (!result.accepted) throw notAllowed(order.id, result.fromStatus, "offramp.rejected", "rejected");
  return (await currentOrder(env, order.id)).row;
}
