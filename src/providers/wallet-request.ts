/** What a wallet needs to pay: the payto:// URI (RFC 8905 / CIP-10) for an address and its QR code. */
import { dec, normalizeDecimal } from "../lib/money";
import { buildPaytoUri } from "../lib/payto-uri";
import { qrSvg } from "../lib/qr";
import type { ChainAsset } from "./amounts";
import type { CoreNetwork } from "./network";

export interface WalletRequest {
  paymentUri: string;
  qrSvg: string;
}

/**
 * `payto://<xcb|xab|xce>/<address>?amount=<contract ICAN or ticker>:<amount>&message=<paymentId>&dl=<expiry>`:
 * the token is named by its contract address when known (unambiguous for wallets), else its ticker.
 */
export function walletRequest(network: CoreNetwork, address: string, input: { paymentId: string; amount: string; asset: ChainAsset; expiresAt: Date }): WalletRequest {
  const paymentUri = buildPaytoUri({
    target: network.paytoTarget,
    address,
    amount: { currency: input.asset.contractAddress || input.asset.code, value: input.amount },
    message: input.paymentId,
    deadline: input.expiresAt,
  });
  return { paymentUri, qrSvg: qrSvg(paymentUri, { title: `Pay ${normalizeDecimal(dec(input.amount))} ${input.asset.code}` }).svg };
}
