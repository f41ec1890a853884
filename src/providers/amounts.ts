/** Checks of payment amounts against the asset they are in. */
import { ApiError } from "../lib/errors";
import { DECIMAL_PATTERN, dec, scaleOf } from "../lib/money";

/** The on-chain asset a payment is made in (a row of `assets`, or the part of it adapters need). */
export interface ChainAsset {
  code: string;
  /** Decimal places the asset carries (USDX 6). */
  decimals: number;
  /** Token contract ICAN, when known: wallets get it in the payment URI instead of the ticker. */
  contractAddress?: string | null;
}

/** A positive decimal string with no more decimals than the asset has; refused (400) otherwise, never rounded. */
export function assertAssetAmount(amount: string, asset: Pick<ChainAsset, "code" | "decimals">, field = "amount"): void {
  if (!DECIMAL_PATTERN.test(amount) || !dec(amount).gt(0)) throw ApiError.invalidField(field, 'Expected a positive decimal string such as "10.50"');
  if (scaleOf(amount) > asset.decimals) {
    throw ApiError.invalidField(field, `${asset.code} amounts have at most ${asset.decimals} decimals`, "body", "too_many_decimals");
  }
}
