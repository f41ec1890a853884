/**
 * Wallet addresses on the network the test worker runs: CORE_NETWORK from wrangler.toml, exactly as
 * `npm run dev` (testnet, `ab…`). A test that means another deployment passes its own env.
 */
import { env } from "cloudflare:workers";
import { makeIcan } from "../../src/lib/ican";
import { coreNetwork } from "../../src/providers/network";

export const TEST_NETWORK = coreNetwork(env);

/** A fresh (or, given 40 hex digits, a fixed) wallet address on the test deployment's network. */
export function testWallet(hex40 = crypto.randomUUID().replaceAll("-", "").padEnd(40, "0")): string {
  return makeIcan(TEST_NETWORK.icanPrefix, hex40);
}
