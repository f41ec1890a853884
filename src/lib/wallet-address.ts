/**
 * Wallet addresses per blockchain network. The network an asset lives on in this deployment
 * (`assetNetwork` in src/providers/network.ts: CORE_NETWORK for Core assets) decides which address
 * format a destination must have; sending coins to an address of another network loses them, so a
 * wrong prefix is refused as firmly as a wrong checksum.
 */
import { z } from "@hono/zod-openapi";
import { CORE_NETWORKS } from "../providers/network";
import { ApiError } from "./errors";
import { checkIcan, ICAN_INPUT_MAX, normalizeIcan, type IcanPrefix } from "./ican";

/**
 * Wallet examples in the API reference are testnet (`ab…`) addresses, so a request copied from the
 * docs works against the sandbox; production (mainnet) wallets start with `cb`.
 */
export const EXAMPLE_WALLET_ADDRESS = "ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8";

type NetworkRule = { format: "ican"; prefix: IcanPrefix; label: string };

/** Networks whose addresses we can validate. Core Blockchain addresses are ICANs (CIP-100). */
export const NETWORK_ADDRESS_RULES: Record<string, NetworkRule> = Object.fromEntries(
  Object.values(CORE_NETWORKS).map((n) => [n.id, { format: "ican", prefix: n.icanPrefix, label: n.label }]),
);

export type WalletAddressCheck =
  | { valid: true; address: string; network: string }
  | { valid: false; code: "address_format" | "address_network" | "address_checksum" | "network_unsupported"; message: string };

/**
 * Validate `input` as a destination on `network`, in the electronic or the printed form (CIP-100:
 * upper case, groups of four); returns the canonical (electronic, lower-case) address.
 */
export function checkWalletAddress(network: string, input: string): WalletAddressCheck {
  const rule = NETWORK_ADDRESS_RULES[network];
  if (!rule) return { valid: false, code: "network_unsupported", message: `Addresses on network '${network}' are not supported` };
  const candidate = input.trim();
  const ican = checkIcan(candidate);
  if (!ican.valid) {
    if (ican.reason === "checksum") return { valid: false, code: "address_checksum", message: `${ican.message}: check the address for a typo` };
    const prefix = candidate.slice(0, 2).toLowerCase();
    // A well-formed address of a network we do not take here (e.g. an Ethereum 0x address).
    return { valid: false, code: "address_format", message: `Expected a ${rule.label} ICAN address: '${rule.prefix}', two check digits and 40 hex digits${prefix === "0x" ? " (0x addresses are not Core Blockchain addresses)" : ""}` };
  }
  if (ican.prefix !== rule.prefix) {
    return {
      valid: false,
      code: "address_network",
      message: `This is a ${ican.network} address ('${ican.prefix}…'); ${rule.label} addresses start with '${rule.prefix}'`,
    };
  }
  return { valid: true, address: ican.address, network };
}

/** Throws a 400 problem naming `field` unless `input` is a valid address on `network`. */
export function assertWalletAddress(network: string | null | undefined, input: string, field: string): string {
  if (!network) throw ApiError.invalidField(field, "This asset has no blockchain network to send to", "body", "network_unsupported");
  const check = checkWalletAddress(network, input);
  if (!check.valid) throw ApiError.invalidField(field, check.message, "body", check.code);
  return check.address;
}

/**
 * Shape-only schema for request bodies (the network-specific check needs the asset, so it runs in
 * the handler through `assertWalletAddress`). Spaces are removed and the case folded here, so the
 * printed form (`AB56 A0C4 …`) arrives as the electronic one. Bounded so hostile input never
 * reaches the checksum.
 */
export const WalletAddressSchema = z
  .string()
  .max(ICAN_INPUT_MAX, `A wallet address has at most ${ICAN_INPUT_MAX} characters`)
  .overwrite(normalizeIcan)
  .min(1, "A wallet address is required")
  .regex(/^[a-z0-9]+$/, "A wallet address has only letters, digits and spaces")
  .openapi({
    description:
      "Destination wallet address on the network the asset lives on in this deployment (its `network` in `GET /api/v1/info/assets`): " +
      "an ICAN (CIP-100) — `cb…` on a mainnet deployment, `ab…` on testnet (the sandbox), `ce…` on enterprise — in the electronic form or the printed one " +
      "(upper case in groups of four); answers carry the electronic form. An address of another network is refused (400 `address_network`).",
    example: EXAMPLE_WALLET_ADDRESS,
  });
