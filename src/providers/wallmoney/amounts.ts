import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { getConfigSnapshot } from "../../services/config/config-cache";

/** Decimal places of an enabled fiat currency (EUR 2, JPY 0), from the cached config snapshot (no D1 read). */
export async function fiatDecimals(env: Bindings, currency: string): Promise<number> {
  const asset = (await getConfigSnapshot(env)).assets.find((a) => a.code === currency && a.kind === "fiat");
  if (!asset) throw ApiError.invalidField("currency", `Unknown currency '${currency}'`, "body", "currency_unknown");
  return asset.decimals;
}
