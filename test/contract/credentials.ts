/**
 * Credentials the contract tests present for operations that declare `security`: the operator token
 * for admin operations, and a merchant's secret key for merchant operations (a secret key satisfies
 * every merchant scheme: it creates, and it reads what its merchant owns). Without them the merchant
 * surface would only ever be seen answering 401. Public operations get none.
 */
import { makeIcan } from "../../src/lib/ican";
import { api } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys } from "../helpers/merchants";

let merchantKey: Promise<string> | undefined;

/** One merchant per test file (storage is per file), with a payout address so CorePay can be created. */
function contractMerchantKey(): Promise<string> {
  merchantKey ??= (async () => {
    const merchant = await merchantWithKeys("test");
    const res = await api(`/api/v1/admin/merchants/${merchant.id}`, {
      method: "PATCH",
      headers: { ...ADMIN, "Content-Type": "application/json" },
      body: JSON.stringify({ payoutAddress: makeIcan("ab", "c0ffee".padEnd(40, "0")) }),
    });
    if (res.status !== 200) throw new Error(`payout address: ${res.status} ${await res.text()}`);
    return merchant.sk;
  })();
  return merchantKey;
}

/**
 * `merchant: false` leaves merchant operations without a key (they answer 401): the every-field sweep
 * uses it to stay fast enough for CI; hostile-client.test.ts sends hostile values to the merchant
 * create calls with a valid key.
 */
export async function contractAuthHeaders(op: { security?: Array<Record<string, string[]>> }, options: { merchant?: boolean } = {}): Promise<Record<string, string>> {
  const schemes = new Set((op.security ?? []).flatMap((s) => Object.keys(s)));
  if (schemes.has("adminToken")) return { ...ADMIN };
  if (schemes.has("secretKey") && options.merchant !== false) return bearer(await contractMerchantKey());
  return {};
}
