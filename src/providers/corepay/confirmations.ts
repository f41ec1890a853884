/**
 * How many confirmations an on-chain payment needs before CorePort counts it as received, per asset
 * (var COREPAY_CONFIRMATIONS): "6" for every asset, or "USDX=12,EURX=12,*=6" with a default. The
 * watcher's own opinion ("transaction.confirmed") never overrides this policy.
 */
import { notConfigured } from "../mode";

export const DEFAULT_CONFIRMATIONS = 3;
const MAX_CONFIRMATIONS = 10_000;

export interface ConfirmationPolicy {
  default: number;
  perAsset: Record<string, number>;
}

function count(text: string, where: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > MAX_CONFIRMATIONS) {
    throw notConfigured("CorePay", `COREPAY_CONFIRMATIONS: ${where} must be a whole number from 1 to ${MAX_CONFIRMATIONS}`);
  }
  return Number(text);
}

export function parseConfirmationPolicy(value: string | undefined): ConfirmationPolicy {
  const text = value?.trim();
  if (!text) return { default: DEFAULT_CONFIRMATIONS, perAsset: {} };
  if (/^\d+$/.test(text)) return { default: count(text, "the count"), perAsset: {} };
  const policy: ConfirmationPolicy = { default: DEFAULT_CONFIRMATIONS, perAsset: {} };
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const match = /^([A-Z0-9]{2,12}|\*)\s*=\s*(\S+)$/.exec(entry);
    if (!match) throw notConfigured("CorePay", `COREPAY_CONFIRMATIONS entry "${entry}" is not ASSET=N or *=N`);
    if (match[1] === "*") policy.default = count(match[2]!, "*");
    else policy.perAsset[match[1]!] = count(match[2]!, match[1]!);
  }
  return policy;
}

export function requiredConfirmations(policy: ConfirmationPolicy, asset: string): number {
  return policy.perAsset[asset] ?? policy.default;
}
