import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";

/** Decimal places of an enabled fiat currency (EUR 2, JPY 0), from the asset table. */
export async function fiatDecimals(env: Bindings, currency: string): Promise<number> {
  const [row] = await getDb(env.DB)
    .select({ decimals: assets.decimals })
    .from(assets)
    .where(and(eq(assets.code, currency), eq(assets.kind, "fiat"), eq(assets.enabled, true)));
  if (!row) throw ApiError.invalidField("currency", `Unknown currency '${currency}'`, "body", "currency_unknown");
  return row.decimals;
}
