/**
 * The Core Blockchain network CorePort's addresses live on (var CORE_NETWORK): it fixes the ICAN
 * prefix of deposit and CorePay addresses (CIP-100) and the `payto://` target type wallets expect
 * (CIP-10: `xcb` mainnet, `xab` testnet, `xce` enterprise).
 */
import type { Bindings } from "../env";
import type { IcanPrefix } from "../lib/ican";
import { notConfigured } from "./mode";

export const CORE_NETWORKS = {
  mainnet: { name: "mainnet", icanPrefix: "cb", paytoTarget: "xcb" },
  testnet: { name: "testnet", icanPrefix: "ab", paytoTarget: "xab" },
  enterprise: { name: "enterprise", icanPrefix: "ce", paytoTarget: "xce" },
} as const satisfies Record<string, { name: string; icanPrefix: IcanPrefix; paytoTarget: string }>;

export type CoreNetworkName = keyof typeof CORE_NETWORKS;
export type CoreNetwork = (typeof CORE_NETWORKS)[CoreNetworkName];

/** Unset: testnet in development, mainnet otherwise. */
export function coreNetwork(env: Partial<Pick<Bindings, "CORE_NETWORK" | "ENVIRONMENT">>): CoreNetwork {
  const configured = env.CORE_NETWORK?.trim();
  if (!configured) return env.ENVIRONMENT === "development" ? CORE_NETWORKS.testnet : CORE_NETWORKS.mainnet;
  if (!(configured in CORE_NETWORKS)) throw notConfigured("Core Blockchain", `CORE_NETWORK must be mainnet, testnet or enterprise, not "${configured}"`);
  return CORE_NETWORKS[configured as CoreNetworkName];
}

export function networkOfPrefix(prefix: IcanPrefix): CoreNetwork {
  return Object.values(CORE_NETWORKS).find((n) => n.icanPrefix === prefix)!;
}
