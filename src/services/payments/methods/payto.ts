/**
 * PayTo payments: the customer sends exactly `amountExpected` of a stablecoin to a deposit address
 * unique to the payment (from the PayTo adapter). Deposits are reported by the PayTo webhook and add up
 * in the payment's Durable Object (partially_paid / succeeded / overpaid; late money flagged).
 */
import type { Asset, Payment } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { newId } from "../../../lib/ids";
import { countCacheHit } from "../../../lib/round-trips";
import { dec, formatDecimal } from "../../../lib/money";
import { assertAssetAmount } from "../../../providers/amounts";
import { paymentAdapter } from "../../../providers/registry";
import type { Referral } from "../../referrals/referrals.service";
import { createPayment } from "../payments.service";
import { findQuoteForMerchant, lockQuote, priceSameAssetPayment, quoteMismatch, termsFromQuote, type PaymentTerms } from "./terms";
import { loadPaymentAsset } from "./terms";
import type { CoreNetworkId } from "../../../providers/network";

export interface PaytoPaymentInput {
  merchantId: string;
  asset: string;
  /** Omitted only with a quoteId (the quote fixes it). */
  amount?: string;
  quoteId?: string;
  merchantReference?: string;
  metadata?: Record<string, string>;
  expiresInSeconds: number;
}

export interface WalletDetails {
  depositAddress: string;
  network: CoreNetworkId;
  paymentUri: string;
  qrSvg: string;
}

// Wallet details are deterministic: built once per payment (at creation, or on the first read in an
// isolate that did not create it) and kept, so a status read draws no QR code and derives no address.
const WALLET_MEMO_ENTRIES = 2_000;
const walletMemo = new WeakMap<object, Map<string, WalletDetails>>();

/** The deposit address, URI and QR code of a PayTo payment (deterministic: the same on every read). */
export async function paytoWalletDetails(env: Bindings, payment: Pick<Payment, "id" | "amountExpected" | "expiresAt">, asset: Asset): Promise<WalletDetails> {
  let memo = walletMemo.get(env);
  if (!memo) walletMemo.set(env, (memo = new Map()));
  const key = `${payment.id}|${payment.amountExpected}|${payment.expiresAt.getTime()}|${asset.code}|${asset.decimals}|${asset.contractAddress ?? ""}`;
  const known = memo.get(key);
  if (known) {
    countCacheHit();
    return known;
  }
  const details = await buildWalletDetails(env, payment, asset);
  if (memo.size >= WALLET_MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  memo.set(key, details);
  return details;
}

async function buildWalletDetails(env: Bindings, payment: Pick<Payment, "id" | "amountExpected" | "expiresAt">, asset: Asset): Promise<WalletDetails> {
  const session = await paymentAdapter(env, "payto").createSession({
    paymentId: payment.id,
    amount: payment.amountExpected,
    asset: { code: asset.code, decimals: asset.decimals, contractAddress: asset.contractAddress },
    expiresAt: payment.expiresAt,
  });
  return { depositAddress: session.depositAddress, network: session.network, paymentUri: session.paymentUri, qrSvg: session.qrSvg };
}

/** Terms of a same-asset PayTo payment: priced now, or from an "enter" quote of the same asset. */
async function paytoTerms(env: Bindings, input: PaytoPaymentInput, paymentId: string, referral: Referral | null): Promise<PaymentTerms> {
  const asset = await loadPaymentAsset(env, input.asset);
  if (input.quoteId === undefined) {
    if (input.amount === undefined) throw ApiError.invalidField("amount", "Required unless a quoteId fixes the amount");
    return priceSameAssetPayment(env, asset, input.amount, "payto", referral);
  }
  const quote = await findQuoteForMerchant(env, input.quoteId, input.merchantId);
  if (quote.action !== "enter" || quote.targetAsset !== asset.code) {
    throw quoteMismatch(`Quote '${quote.id}' does not price a ${asset.code} payment (use an 'enter' quote of ${asset.code}, or /payments/payto/cross-currency for a cross-currency quote)`);
  }
  // An enter quote: the customer pays the gross asset amount; the merchant is credited receive = gross − fees.
  const gross = formatDecimal(dec(quote.targetAmount).plus(quote.totalFee), asset.decimals);
  if (input.amount !== undefined) {
    assertAssetAmount(input.amount, asset);
    if (!dec(input.amount).eq(gross)) throw quoteMismatch(`Quote '${quote.id}' is for ${gross} ${asset.code}, not ${input.amount}`, "amount");
  }
  if (referral && referral.referrer.id !== quote.referrerId) throw quoteMismatch(`Quote '${quote.id}' was priced for another referrer`, "referrer");
  const locked = await lockQuote(env, quote, paymentId, input.merchantId);
  return termsFromQuote(asset, locked, gross, { asset: asset.code, amount: formatDecimal(dec(locked.targetAmount), asset.decimals) });
}

export async function createPaytoPayment(env: Bindings, input: PaytoPaymentInput, referral: Referral | null, terms?: (paymentId: string) => Promise<PaymentTerms>) {
  const id = newId("pay");
  const priced = terms ? await terms(id) : await paytoTerms(env, input, id, referral);
  const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
  const wallet = await paytoWalletDetails(env, { id, amountExpected: priced.amountExpected, expiresAt }, priced.asset);
  const created = await createPayment(env, {
    id,
    merchantId: input.merchantId,
    method: "payto",
    asset: priced.asset.code,
    amountExpected: priced.amountExpected,
    settlementAsset: priced.settlementAsset,
    settlementAmount: priced.settlementAmount,
    rate: priced.rate,
    fees: priced.fees,
    quoteId: priced.quoteId,
    referrerId: priced.referrerId,
    merchantReference: input.merchantReference ?? null,
    depositAddress: wallet.depositAddress,
    metadata: input.metadata ?? {},
    expiresAt,
  });
  return { ...created, wallet, asset: priced.asset };
}

/** The quote kind of cross-currency PayTo estimates: the customer pays `sourceAsset`, the merchant is credited `targetAsset`. */
export const CROSS_CURRENCY_QUOTE_KIND = "payto_cross_currency";

/** Terms of a cross-currency PayTo payment: exactly those of its estimate's quote, locked to the payment. */
export function crossCurrencyTerms(env: Bindings, quoteId: string, merchantId: string) {
  return async (paymentId: string): Promise<PaymentTerms> => {
    const quote = await findQuoteForMerchant(env, quoteId, merchantId);
    if (quote.kind !== CROSS_CURRENCY_QUOTE_KIND) {
      throw quoteMismatch(`Quote '${quote.id}' is not a cross-currency estimate (POST /api/v1/payments/payto/cross-currency-estimate)`);
    }
    const asset = await loadPaymentAsset(env, quote.sourceAsset, "quoteId");
    const locked = await lockQuote(env, quote, paymentId, merchantId);
    return termsFromQuote(asset, locked, formatDecimal(dec(locked.sourceAmount), asset.decimals), { asset: locked.targetAsset, amount: locked.targetAmount });
  };
}
