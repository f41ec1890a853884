/**
 * The Core Blockchain network of a deployment (var CORE_NETWORK) — the ONE truth for which network
 * its addresses and coins live on. It fixes the ICAN prefix of deposit, CorePay and wallet addresses
 * (CIP-100), the `payto://` target type wallets expect (CIP-10: `xcb` mainnet, `xab` testnet, `xce`
 * enterprise) and the network id assets report (`core-mainnet`, `core-testnet`, `core-enterprise`).
 * A stablecoin row stores only its chain (`assets.network = "core"`); which Core network is read
 * from here, so a testnet deployment can never advertise or validate mainnet addresses.
 */
import type { Bindings } from "../env";
import type { IcanPrefix } from "../lib/ican";
import { notConfigured } from "./mode";

export const CORE_NETWORKS = {
  mainnet: { name: "mainnet", id: "core-mainnet", icanPrefix: "cb", paytoTarget: "xcb", label: "Core Blockchain mainnet" },
  testnet: { name: "testnet", id: "core-testnet", icanPrefix: "ab", paytoTarget: "xab", label: "Core Blockchain testnet (Devín)" },
  enterprise: { name: "enterprise", id: "core-enterprise", icanPrefix: "ce", paytoTarget: "xce", label: "Core Blockchain enterprise network" },
} as const satisfies Record<string, { name: string; id: `core-${string}`; icanPrefix: IcanPrefix; paytoTarget: string; label: string }>;

export type CoreNetworkName = keyof typeof CORE_NETWORKS;
export type CoreNetwork = (typeof CORE_NETWORKS)[CoreNetworkName];
export type CoreNetworkId = CoreNetwork["id"];

/** What `assets.network` stores for a Core Blockchain asset: the chain, not one of its networks. */
export const CORE_CHAIN = "core";

/** Unset: testnet in development, mainnet otherwise. */
export function coreNetwork(env: Partial<Pick<Bindings, "CORE_NETWORK" | "ENVIRONMENT">>): CoreNetwork {
  const configured = env.CORE_NETWORK?.trim();
  if (!configured) return env.ENVIRONMENT === "development" ? CORE_NETWORKS.testnet : CORE_NETWORKS.mainnet;
  if (!Object.hasOwn(CORE_NETWORKS, configured)) throw notConfigured("Core Blockchain", `CORE_NETWORK must be mainnet, testnet or enterprise, not "${configured}"`);
  return CORE_NETWORKS[configured as CoreNetworkName];
}

export function networkOfPrefix(prefix: IcanPrefix): CoreNetwork {
  return Object.values(CORE_NETWORKS).find((n) => n.icanPrefix === prefix)!;
}

export function coreNetworkById(id: string): CoreNetwork | undefined {
  return Object.values(CORE_NETWORKS).find((n) => n.id === id);
}

/** A stored `assets.network` naming Core Blockchain: `core`, or a `core-…` id written by older seeds. */
export function isCoreChain(stored: string | null | undefined): boolean {
  return stored === CORE_CHAIN || (stored?.startsWith(`${CORE_CHAIN}-`) ?? false);
}

/**
 * The network an asset lives on in this deployment: a Core asset is on CORE_NETWORK (whatever an
 * older row says); another chain's id is returned as stored; fiat (null) stays null.
 */
export function assetNetwork(env: Partial<Pick<Bindings, "CORE_NETWORK" | "ENVIRONMENT">>, stored: string | null | undefined): string | null {
  return assetNetworkOn(coreNetwork(env), stored);
}

/** `assetNetwork` for a deployment network already resolved. */
export function assetNetworkOn(network: CoreNetwork, stored: string | null | undefined): string | null {
  if (stored === null || stored === undefined) return null;
  return isCoreChain(stored) ? network.id : stored;
}
