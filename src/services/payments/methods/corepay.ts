/**
 * CorePay payments: the customer pays on-chain straight to the merchant's own ICAN address
 * (merchants.payout_address) on the configured Core Blockchain network. The chain watcher reports the
 * transaction by webhook (seen → confirmations → confirmed, or dropped → waiting again).
 *
 * The address is the merchant's, shared by all its CorePay payments, so it cannot live in the unique
 * `deposit_address` column: it is recorded in `pay_to_address` at creation, so a later change of the
 * merchant's payout address never rewrites an open payment.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { merchants, type Asset, type Payment } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { newId } from "../../../lib/ids";
import { paymentAdapter } from "../../../providers/registry";
import type { Referral } from "../../referrals/referrals.service";
import { createPayment } from "../payments.service";
import { loadPaymentAsset, priceSameAssetPayment } from "./terms";
import type { CoreNetworkId } from "../../../providers/network";

export interface CorepayPaymentInput {
  merchantId: string;
  asset: string;
  amount: string;
  merchantReference?: string;
  metadata?: Record<string, string>;
  expiresInSeconds: number;
}

export interface CorepayWalletDetails {
  address: string;
  network: CoreNetworkId;
  paymentUri: string;
  qrSvg: string;
  confirmationsRequired: number;
}

export async function corepayWalletDetails(env: Bindings, payment: Pick<Payment, "id" | "amountExpected" | "expiresAt">, asset: Asset, address: string): Promise<CorepayWalletDetails> {
  const session = await paymentAdapter(env, "corepay").createSession({
    paymentId: payment.id,
    amount: payment.amountExpected,
    asset: { code: asset.code, decimals: asset.decimals, contractAddress: asset.contractAddress },
    payoutAddress: address,
    expiresAt: payment.expiresAt,
  });
  return { address: session.address, network: session.network, paymentUri: session.paymentUri, qrSvg: session.qrSvg, confirmationsRequired: session.confirmationsRequired };
}

async function payoutAddressOf(env: Bindings, merchantId: string): Promise<string> {
  const row = await getDb(env.DB).select({ payoutAddress: merchants.payoutAddress }).from(merchants).where(eq(merchants.id, merchantId)).get();
  if (!row?.payoutAddress) {
    throw new ApiError("UNPROCESSABLE", {
      detail: "CorePay pays straight to your Core Blockchain address, and your account has none: ask your CorePort operator to set your payout address",
      extensions: { missing: "payoutAddress" },
    });
  }
  return row.payoutAddress;
}

export async function createCorepayPayment(env: Bindings, input: CorepayPaymentInput, referral: Referral | null) {
  const id = newId("pay");
  const asset = await loadPaymentAsset(env, input.asset);
  const terms = await priceSameAssetPayment(env, asset, input.amount, "corepay", referral);
  const address = await payoutAddressOf(env, input.merchantId);
  const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
  const wallet = await corepayWalletDetails(env, { id, amountExpected: terms.amountExpected, expiresAt }, asset, address);
  const created = await createPayment(env, {
    id,
    merchantId: input.merchantId,
    method: "corepay",
    asset: asset.code,
    amountExpected: terms.amountExpected,
    settlementAsset: terms.settlementAsset,
    settlementAmount: terms.settlementAmount,
    rate: terms.rate,
    fees: terms.fees,
    quoteId: null,
    referrerId: terms.referrerId,
    merchantReference: input.merchantReference ?? null,
    payToAddress: wallet.address,
    metadata: input.metadata ?? {},
    expiresAt,
  });
  return { ...created, wallet, asset };
}
