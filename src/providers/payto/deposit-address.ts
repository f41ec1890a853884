/**
 * Sandbox deposit addresses: a valid ICAN per payment, derived as
 *   ICAN(prefix, first 20 bytes of HMAC-SHA256(DEPOSIT_ADDRESS_SECRET, "coreport/payto/deposit-address/v1:" + paymentId))
 * Deterministic (a retried creation gets the same address, the simulator can compute it), unique in
 * practice (160 bits; D1 also has a unique index on payments.deposit_address) and unguessable without
 * the secret. Nobody holds a private key for such an address, which is why only the SANDBOX adapter
 * derives addresses this way; a live adapter must get them from a custody provider.
 */
import { makeIcan, type IcanPrefix } from "../../lib/ican";

export const MIN_SECRET_LENGTH = 32;
const DOMAIN = "coreport/payto/deposit-address/v1:";
const encoder = new TextEncoder();

export async function deriveDepositAddress(secret: string, paymentId: string, prefix: IcanPrefix): Promise<string> {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The deposit address secret must have at least ${MIN_SECRET_LENGTH} characters`);
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(DOMAIN + paymentId)));
  const hex = Array.from(mac.subarray(0, 20), (b) => b.toString(16).padStart(2, "0")).join("");
  return makeIcan(prefix, hex);
}
