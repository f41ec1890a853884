/**
 * Sending coins to complete a ramp order:
 *   deliverOnrampCoins  the stablecoins an on-ramp customer bought, to their wallet — by WallMoney &
 *                       Partners, the on-ramp partner (provider `wallmoney`, POST /v1/coin-transfers)
 *   sendCryptoPayout    an off-ramp paid out in crypto to another address — by the CorePort OTC desk
 *                       (provider `coreport-otc`, OTC_API_URL + OTC_API_KEY, same coin-transfer contract)
 *
 * Each is recorded in ramp_payouts before the provider is called (the row id is the Idempotency-Key),
 * so a repeat for the same order returns the same transfer and never sends twice. Sandbox mode calls
 * nothing and records a deterministic transaction hash (0x + 64 hex, like a Core Blockchain hash)
 * derived from the payout, marked `sent` at once; live mode records the provider's transfer id and,
 * once broadcast, its hash (else a `coins.delivered` callback brings it).
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, type RampPayout } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import { assertWalletAddress } from "../../lib/wallet-address";
import { assetNetwork } from "../network";
import { callProvider } from "../http";
import { beginPayout, findPayoutById, updatePayout, type PayoutKind } from "../payouts-store";
import { resolveProvider, type ResolvedProvider } from "../provider-config";
import { sha256Hex } from "../../lib/sha256";
import { resolveWallMoney, WALLMONEY_ONRAMP } from "../wallmoney/config";
import { CoinTransferAcceptedSchema, type CoinsDelivered } from "../wallmoney/schemas";

export const OTC_PROVIDER = "coreport-otc";

export interface CoinTransferInput {
  orderId: string;
  asset: string;
  amount: string;
  /** Destination wallet; validated again here for the asset's network (coins sent wrong are lost). */
  address: string;
  /** Request field the address came from, for the 400 if it is invalid. */
  addressField?: string;
}

async function send(
  env: Bindings,
  kind: Extract<PayoutKind, "coin_delivery" | "crypto_payout">,
  resolved: ResolvedProvider,
  input: CoinTransferInput,
  fetcher?: typeof fetch,
): Promise<RampPayout> {
  const code = input.asset.toUpperCase();
  const [asset] = await getDb(env.DB).select().from(assets).where(and(eq(assets.code, code), eq(assets.enabled, true)));
  if (!asset || asset.kind !== "stablecoin") throw ApiError.invalidField("asset", `'${code}' is not a coin that can be sent`, "body", "asset_not_sendable");
  const network = assetNetwork(env, asset.network);
  const address = assertWalletAddress(network, input.address, input.addressField ?? "walletAddress");
  if (scaleOf(input.amount) > asset.decimals || dec(input.amount).lte(0)) {
    throw ApiError.invalidField("amount", `${code} amounts have at most ${asset.decimals} decimal places and are more than zero`, "body", "invalid_amount");
  }
  const amount = formatDecimal(dec(input.amount), asset.decimals);
  const { payout } = await beginPayout(env, {
    orderId: input.orderId,
    kind,
    providerCode: resolved.provider.code,
    mode: resolved.mode,
    asset: code,
    amount,
    destination: { network: network!, address },
  });
  if (payout.txHash || payout.status !== "submitted") return payout;

  if (resolved.mode === "sandbox") {
    const txHash = `0x${await sha256Hex(`coreport-sandbox:${payout.id}:${code}:${address}:${amount}`)}`;
    return (await updatePayout(env, payout.id, { status: "sent", txHash, providerReference: `sbx_${txHash.slice(2, 18)}` })).payout;
  }
  const accepted = await callProvider({
    provider: resolved.provider.code,
    credentials: resolved.credentials,
    method: "POST",
    path: "/v1/coin-transfers",
    idempotencyKey: payout.id,
    body: { id: payout.id, orderId: input.orderId, asset: code, network, toAddress: address, amount },
    response: CoinTransferAcceptedSchema,
    fetcher,
  });
  const update = accepted.txHash ? { status: "sent" as const, txHash: accepted.txHash, providerReference: accepted.id } : { providerReference: accepted.id };
  return (await updatePayout(env, payout.id, update)).payout;
}

/** On-ramp completion: deliver the bought coins to the customer's wallet. Idempotent per order. */
export async function deliverOnrampCoins(env: Bindings, input: CoinTransferInput, deps: { fetcher?: typeof fetch } = {}): Promise<RampPayout> {
  return send(env, "coin_delivery", await resolveWallMoney(env, WALLMONEY_ONRAMP), input, deps.fetcher);
}

/** Off-ramp to crypto: pay out coins to another address. Idempotent per order. */
export async function sendCryptoPayout(env: Bindings, input: CoinTransferInput, deps: { fetcher?: typeof fetch } = {}): Promise<RampPayout> {
  const resolved = await resolveProvider(env, OTC_PROVIDER, { baseUrl: env.OTC_API_URL, apiKey: env.OTC_API_KEY });
  return send(env, "crypto_payout", resolved, input, deps.fetcher);
}

/**
 * A live `coins.delivered` callback (the coin-transfer contract WallMoney and the OTC desk share):
 * record the transaction hash of a coin transfer of the expected kind.
 */
export async function applyCoinsDelivered(
  env: Bindings,
  event: CoinsDelivered,
  kind: Extract<PayoutKind, "coin_delivery" | "crypto_payout"> = "coin_delivery",
): Promise<{ payout: RampPayout; changed: boolean }> {
  const payout = await findPayoutById(env, event.data.payoutId);
  if (!payout || payout.kind !== kind || payout.orderId !== event.data.orderId) throw ApiError.notFound("Payout", event.data.payoutId);
  if (payout.asset !== event.data.asset || !dec(payout.amount).eq(event.data.amount)) {
    throw new ApiError("UNPROCESSABLE", { detail: `Callback amount ${event.data.amount} ${event.data.asset} does not match payout ${payout.id}` });
  }
  if (payout.txHash && payout.txHash !== event.data.txHash) {
    throw new ApiError("CONFLICT", { detail: `Payout ${payout.id} already has another transaction hash`, extensions: { currentState: payout.status } });
  }
  return updatePayout(env, payout.id, { status: "sent", txHash: event.data.txHash, providerReference: event.data.providerTransferId });
}
