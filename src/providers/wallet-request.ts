/** What a wallet needs to pay: the payto:// URI (RFC 8905 / CIP-10) for an address and its QR code. */
import { checkIcan } from "../lib/ican";
import { dec, normalizeDecimal } from "../lib/money";
import { buildPaytoUri } from "../lib/payto-uri";
import { qrSvg } from "../lib/qr";
import type { ChainAsset } from "./amounts";
import { notConfigured, type ProviderMode } from "./mode";
import type { CoreNetwork } from "./network";

export interface WalletRequest {
  paymentUri: string;
  qrSvg: string;
}

/**
 * How the URI names the token. CIP-10 puts a token's contract address in the amount's currency and
 * allows a ticker only for contracts the wallet knows well — CorePort's stablecoins are not such
 * contracts, so a wallet that is handed `USDX:` cannot pay. The contract must be on the deployment's
 * network (a contract ICAN of another network is another contract). A live deployment refuses to
 * build a URI without one (503: the asset row needs its contract address); the sandbox, whose
 * simulated wallets know the tickers, falls back to the ticker.
 */
export function tokenCurrency(network: CoreNetwork, asset: ChainAsset, mode: ProviderMode): string {
  const contract = asset.contractAddress ? checkIcan(asset.contractAddress) : undefined;
  if (contract?.valid && contract.prefix === network.icanPrefix) return contract.address;
  if (mode === "live") {
    throw notConfigured(
      "PayTo",
      `${asset.code} has no token contract address on the ${network.label} (assets.contract_address${contract?.valid ? ` is a ${contract.network} contract` : ""}); CIP-10 payment URIs name a token by its contract`,
    );
  }
  return asset.code;
}

/** `payto://<xcb|xab|xce>/<address>?amount=<contract ICAN>:<amount>&message=<paymentId>&dl=<expiry>`. */
export function walletRequest(
  network: CoreNetwork,
  address: string,
  input: { paymentId: string; amount: string; asset: ChainAsset; expiresAt: Date },
  mode: ProviderMode,
): WalletRequest {
  const paymentUri = buildPaytoUri({
    target: network.paytoTarget,
    address,
    amount: { currency: tokenCurrency(network, input.asset, mode), value: input.amount },
    message: input.paymentId,
    deadline: input.expiresAt,
  });
  return { paymentUri, qrSvg: qrSvg(paymentUri, { title: `Pay ${normalizeDecimal(dec(input.amount))} ${input.asset.code}` }).svg };
}
