/**
 * On-ramp (fiat → stablecoin): the forex estimate with the pool's liquidity status, and the bank
 * transfer order with WallMoney & Partners — bank instructions with an ISO 11649 reference, liquidity
 * reserved until the order's expiry (the pool releases an unused hold by itself), coins delivered once
 * the funds are confirmed (src/services/ramps/onramp-delivery.ts).
 */
import type { RampOrder } from "../../db/schema";
import type { Bindings } from "../../env";
import { newCreditorReference } from "../../lib/creditor-reference";
import { ApiError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { createLogger, describeError } from "../../lib/logger";
import { createRampOrder } from "../payments/payments.service";
import { bankReferenceLength, createBankInstructions } from "../../providers/wallmoney/bank-onramp";
import { WALLMONEY_ONRAMP } from "../../providers/wallmoney/config";
import type { BankInstructions } from "../../providers/wallmoney/schemas";
import type { SignedForm } from "../../providers/mypos/purchase";
import { paymentAdapter } from "../../providers/registry";
import { getAvailability, releaseLiquidity, reserveLiquidity } from "../liquidity/liquidity.service";
import type { LiquidityAvailability } from "../liquidity/pool-model";
import { priceQuote, quoteForReceive, quoteTtlSeconds } from "../quotes/quotes.service";
import type { Quote } from "../quotes/quote.schemas";
import { claimQuote, loadQuote, quoteMismatch, storeQuote, type StoredQuote } from "../quotes/quote.store";
import { assertAssetWalletAddress } from "./destinations";
import { checkRampLimits, destinationKey } from "./limits";

export const ONRAMP_QUOTE_KIND = "onramp";
/** How long a bank on-ramp waits for the transfer (and holds its liquidity). */
export const BANK_TRANSFER_WINDOW_MS = 72 * 60 * 60 * 1000;

export type OnrampMethod = "bank" | "card";

/**
 * The payment type (the estimate's `paymentType`, the fee schedule's and the quote's) of each on-ramp
 * rail (the order's method). One table both ways, so an estimate and the order that locks it speak of
 * the same thing: an estimate for `bank` (or without a payment type) prices the bank rail.
 */
const RAIL_PAYMENT_TYPE = { bank: "bank", card: "mypos" } as const satisfies Record<OnrampMethod, string>;
/** The rail a quote's payment type prices; quotes stored without one (before it was always set) are bank quotes. */
const railOf = (paymentType: string | null): OnrampMethod => (paymentType === RAIL_PAYMENT_TYPE.card ? "card" : "bank");

export interface ForexEstimate extends Quote {
  chargeAmount: string;
  rateAgeSeconds: number;
  liquidity: LiquidityAvailability;
}

/**
 * Price buying `asset` with `currency`: from the coins to receive (`receiveAmount`) or the gross coin
 * amount (`amount`). The quote is stored for an order to lock; the liquidity status says whether
 * the pool can deliver `receive.amount` now.
 */
export async function forexEstimate(
  env: Bindings,
  input: { asset: string; currency?: string; amount?: string; receiveAmount?: string; paymentType?: string; merchantId: string | null },
): Promise<ForexEstimate> {
  const paymentType = input.paymentType ?? RAIL_PAYMENT_TYPE.bank;
  const params = { asset: input.asset, action: "enter" as const, currency: input.currency, paymentType };
  const priced = input.receiveAmount !== undefined
    ? await quoteForReceive(env, { ...params, receive: input.receiveAmount }, null, { where: "body", fields: { amount: "receiveAmount" } })
    : await priceQuote(env, { ...params, amount: input.amount ?? "", side: "send" }, null, { where: "body" });
  const rail = railOf(paymentType);
  const limits = await checkRampLimits(env, { asset: priced.asset, direction: "onramp", rail, amount: priced.receive.amount, field: input.receiveAmount !== undefined ? "receiveAmount" : "amount" });
  const liquidity = await getAvailability(env, priced.asset, priced.receive.amount, limits.limits.minPerOrder);
  const quote = await storeQuote(env, priced, { kind: ONRAMP_QUOTE_KIND, merchantId: input.merchantId, ttlSeconds: quoteTtlSeconds(env) });
  const rateAgeSeconds = Math.max(0, Math.floor((Date.parse(quote.createdAt) - Date.parse(quote.rate.asOf)) / 1000));
  return { ...quote, chargeAmount: quote.send.amount, rateAgeSeconds, liquidity };
}

export interface CreateOnrampInput {
  merchantId: string;
  method: OnrampMethod;
  asset: string;
  currency?: string;
  receiveAmount?: string;
  quoteId?: string;
  walletAddress: string;
  /** Card: where the checkout sends the customer back (https). */
  returnUrl?: string;
  /** This deployment's origin, for the MyPOS notification URL. */
  origin: string;
  merchantReference?: string;
  metadata?: Record<string, string>;
}

export interface CreatedOnramp {
  row: RampOrder;
  clientSecret: string;
  bankInstructions: BankInstructions | null;
  checkout: SignedForm | null;
}

/** How long a card checkout stays open (and holds its liquidity). */
export const CARD_CHECKOUT_WINDOW_MS = 30 * 60 * 1000;

/**
 * An on-ramp order: validate the wallet, price (or lock the given quote), check the limits, reserve
 * the coins in the pool until the expiry, then the method's provider step (bank instructions with an
 * RF reference, or a signed MyPOS checkout) and the order itself. If anything after the reservation
 * fails, the reservation is released.
 */
export async function createOnrampOrder(env: Bindings, input: CreateOnrampInput): Promise<CreatedOnramp> {
  const asset = input.asset.toUpperCase();
  const rail = input.method;
  const paymentType = RAIL_PAYMENT_TYPE[rail];
  if (rail === "card" && !input.returnUrl) throw ApiError.invalidField("returnUrl", "Required for card payments: where the checkout returns the customer");
  const address = await assertAssetWalletAddress(env, asset, input.walletAddress, "walletAddress");
  const key = destinationKey({ kind: "wallet", address });
  let quote: StoredQuote;
  if (input.quoteId) {
    quote = await loadQuote(env, input.quoteId, input.merchantId);
    if (quote.kind !== ONRAMP_QUOTE_KIND || quote.action !== "enter") throw quoteMismatch(`Quote '${quote.id}' is not an on-ramp quote; get one from /onramp/forex-estimate`);
    if (quote.targetAsset !== asset || (input.currency && quote.sourceAsset !== input.currency.toUpperCase())) {
      throw quoteMismatch(`Quote '${quote.id}' is for ${quote.sourceAsset} → ${quote.targetAsset}`);
    }
    if (railOf(quote.paymentType) !== rail) {
      throw quoteMismatch(`Quote '${quote.id}' was priced for ${railOf(quote.paymentType)} payments (paymentType '${quote.paymentType ?? RAIL_PAYMENT_TYPE.bank}'), not ${rail}; get an estimate with paymentType '${paymentType}'`);
    }
  } else {
    if (input.receiveAmount === undefined) throw ApiError.invalidField("receiveAmount", "Give the amount of coins to buy, or a quoteId from /onramp/forex-estimate");
    const estimate = await forexEstimate(env, { asset, currency: input.currency, receiveAmount: input.receiveAmount, paymentType, merchantId: input.merchantId });
    quote = await loadQuote(env, estimate.id, input.merchantId);
  }
  await checkRampLimits(env, { asset, direction: "onramp", rail, amount: quote.targetAmount, destinationKey: key, field: input.quoteId ? "quoteId" : "receiveAmount" });

  const id = newId("ord");
  const expiresAt = new Date(Date.now() + (rail === "bank" ? BANK_TRANSFER_WINDOW_MS : CARD_CHECKOUT_WINDOW_MS));
  await reserveLiquidity(env, { asset, orderId: id, amount: quote.targetAmount, holdUntil: expiresAt });
  try {
    let bankInstructions: BankInstructions | null = null;
    let checkout: SignedForm | null = null;
    let reference: string | null = null;
    if (rail === "bank") {
      reference = newCreditorReference({ length: bankReferenceLength(quote.sourceAsset) });
      bankInstructions = await createBankInstructions(env, { orderId: id, currency: quote.sourceAsset, amount: quote.sourceAmount, reference, expiresAt });
    } else {
      const session = await paymentAdapter(env, "mypos").createSession({
        paymentId: id,
        amount: quote.sourceAmount,
        currency: quote.sourceAsset,
        description: `${quote.targetAmount} ${asset}`,
        urls: { ok: input.returnUrl!, cancel: input.returnUrl!, notify: `${input.origin}/api/v1/payments/mypos/webhook` },
      });
      checkout = session.form;
    }
    await claimQuote(env, quote.id, id, { merchantId: input.merchantId });
    const created = await createRampOrder(env, {
      id,
      merchantId: input.merchantId,
      direction: "onramp",
      rail,
      sourceAsset: quote.sourceAsset,
      targetAsset: quote.targetAsset,
      sourceAmount: bankInstructions?.amount ?? quote.sourceAmount,
      targetAmount: quote.targetAmount,
      rate: quote.rate,
      fees: quote.fees,
      quoteId: quote.id,
      providerCode: rail === "bank" ? WALLMONEY_ONRAMP : "mypos",
      paymentReference: reference,
      destination: { type: "wallet", asset, address },
      destinationKey: key,
      merchantReference: input.merchantReference ?? null,
      metadata: input.metadata ?? {},
      expiresAt,
    });
    return { row: created.row, clientSecret: created.clientSecret, bankInstructions, checkout };
  } catch (error) {
    await releaseLiquidity(env, asset, id).catch((e) => createLogger({ component: "onramp", orderId: id }).error("could not release liquidity", describeError(e)));
    throw error;
  }
}
