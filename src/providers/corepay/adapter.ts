/**
 * CorePay: the customer pays on-chain straight to the merchant's ICAN address; a chain watcher reports
 * the transaction's life by webhook. Sandbox and live differ only in the webhook secret (the sandbox
 * "watcher" is `npm run simulate`).
 *
 * Mapping (required = COREPAY_CONFIRMATIONS for the asset):
 *   transaction.seen                      → payment.processing (the amount is held, not credited)
 *   transaction.confirmations             → payment.confirmations
 *   transaction.confirmed, ≥ required     → payment.funds_received (once per transaction)
 *   transaction.confirmed, < required     → payment.processing + payment.confirmations: the watcher's
 *                                           opinion never overrides CorePort's policy
 *   transaction.dropped                   → payment.dropped: the payment goes back to waiting
 * Event ids name the fact (type, transaction, block, count), so a re-sent report is the same event and
 * the same transaction reported in another block after a reorganisation is a new one.
 */
import { ApiError } from "../../lib/errors";
import { checkIcan } from "../../lib/ican";
import { dec, normalizeDecimal } from "../../lib/money";
import type { Bindings } from "../../env";
import { SANDBOX_COREPAY_WEBHOOK_SECRET } from "../../sandbox/sandbox-secrets";
import { assertAssetAmount, type ChainAsset } from "../amounts";
import { providerMode, type ProviderMode } from "../mode";
import { coreNetwork, type CoreNetwork } from "../network";
import { walletRequest } from "../wallet-request";
import type { ProviderAdapter, ProviderEvent } from "../types";
import { verifyJsonWebhook, webhookToleranceSeconds, type VerifiedWebhook } from "../webhook-callback";
import { webhookSecrets } from "../webhook-secrets";
import { parseConfirmationPolicy, requiredConfirmations, type ConfirmationPolicy } from "./confirmations";
import { CorepayWebhookPayload } from "./webhook-payload";

export interface CorepayConfig {
  mode: ProviderMode;
  network: CoreNetwork;
  confirmations: ConfirmationPolicy;
  webhookSecrets: string[];
  /** WEBHOOK_TOLERANCE_SECONDS: how old a signed delivery may be. */
  toleranceSeconds: number;
}

type CorepayEnv = Partial<Pick<Bindings, "ENVIRONMENT" | "PAYMENT_PROVIDER_MODE" | "CORE_NETWORK" | "COREPAY_CONFIRMATIONS" | "COREPAY_WEBHOOK_SECRET" | "COREPAY_WEBHOOK_SECRET_PREVIOUS" | "WEBHOOK_TOLERANCE_SECONDS">>;

export function readCorepayConfig(env: CorepayEnv): CorepayConfig {
  const mode = providerMode(env);
  return {
    mode,
    network: coreNetwork(env),
    confirmations: parseConfirmationPolicy(env.COREPAY_CONFIRMATIONS),
    webhookSecrets: webhookSecrets("CorePay", mode, { current: "COREPAY_WEBHOOK_SECRET", previous: "COREPAY_WEBHOOK_SECRET_PREVIOUS" }, { current: env.COREPAY_WEBHOOK_SECRET, previous: env.COREPAY_WEBHOOK_SECRET_PREVIOUS }, SANDBOX_COREPAY_WEBHOOK_SECRET),
    toleranceSeconds: webhookToleranceSeconds(env),
  };
}

export interface CorepaySessionInput {
  paymentId: string;
  amount: string;
  asset: ChainAsset;
  /** The merchant's ICAN payout address (merchants.payout_address). */
  payoutAddress: string;
  expiresAt: Date;
}

export interface CorepaySession {
  /** Where the customer pays: the merchant's own address. */
  address: string;
  network: CoreNetwork["id"];
  paymentUri: string;
  qrSvg: string;
  confirmationsRequired: number;
}

export type CorepayCallback = VerifiedWebhook<CorepayWebhookPayload>;

export type CorepayAdapter = ProviderAdapter<CorepaySessionInput, CorepaySession, CorepayCallback> & {
  readonly config: CorepayConfig;
  confirmationsRequired(asset: string): number;
};

export function createCorepayAdapter(config: CorepayConfig): CorepayAdapter {
  const required = (asset: string) => requiredConfirmations(config.confirmations, asset);
  return {
    method: "corepay",
    mode: config.mode,
    config,
    confirmationsRequired: required,

    async createSession(input) {
      assertAssetAmount(input.amount, input.asset);
      const payout = checkIcan(input.payoutAddress);
      if (!payout.valid) throw new ApiError("UNPROCESSABLE", { detail: `The merchant's payout address is not a valid ICAN: ${payout.message}` });
      if (payout.prefix !== config.network.icanPrefix) {
        throw new ApiError("UNPROCESSABLE", { detail: `The merchant's payout address is a ${payout.network} address; CorePay runs on ${config.network.name}` });
      }
      return {
        address: payout.address,
        network: config.network.id,
        ...walletRequest(config.network, payout.address, input, config.mode),
        confirmationsRequired: required(input.asset.code),
      };
    },

    verifyCallback(callback) {
      return verifyJsonWebhook("CorePay", config.webhookSecrets, callback, CorepayWebhookPayload, { toleranceSeconds: config.toleranceSeconds });
    },

    mapCallback({ payload, timestamp }): ProviderEvent[] {
      const d = payload.data;
      const hash = d.transactionHash;
      const where = d.blockHash ?? ("blockNumber" in d && d.blockNumber !== undefined ? `#${d.blockNumber}` : "mempool");
      const base = { paymentId: d.paymentId, source: "corepay" as const, occurredAt: new Date(payload.timestamp ?? timestamp * 1000).toISOString() };
      switch (payload.type) {
        case "transaction.dropped": {
          const { replacedBy, reason } = payload.data;
          return [{
            ...base,
            type: "payment.dropped",
            providerEventId: `transaction.dropped:${hash}:${where}`,
            data: { transactionId: hash, reason: reason ?? (replacedBy ? `replaced by ${replacedBy}` : "dropped") },
            details: { replacedBy: replacedBy ?? null },
          }];
        }
        case "transaction.confirmations": {
          // No asset in this report: the watcher's requirement is passed on; CorePort's policy decides on `confirmed`.
          const { confirmations, requiredConfirmations } = payload.data;
          return [{
            ...base,
            type: "payment.confirmations",
            providerEventId: `transaction.confirmations:${hash}:${where}:${confirmations}`,
            data: { transactionId: hash, confirmations, required: requiredConfirmations },
          }];
        }
        case "transaction.seen": {
          const { amount, asset, blockNumber } = payload.data;
          return [{ ...base, type: "payment.processing", providerEventId: `transaction.seen:${hash}:${where}`, data: { transactionId: hash, amount: normalizeDecimal(dec(amount)), asset, blockNumber } }];
        }
        case "transaction.confirmed": {
          const { amount, asset, confirmations } = payload.data;
          const need = required(asset);
          const money = { transactionId: hash, amount: normalizeDecimal(dec(amount)), asset, blockNumber: payload.data.blockNumber };
          const details = { confirmations, required: need, blockNumber: payload.data.blockNumber ?? null, blockHash: payload.data.blockHash ?? null };
          if (confirmations >= need) return [{ ...base, type: "payment.funds_received", providerEventId: `transaction.confirmed:${hash}`, data: money, details }];
          // The watcher calls it final before CorePort's policy does: only a count, and the hold it implies.
          return [
            { ...base, type: "payment.processing", providerEventId: `transaction.seen:${hash}:${where}`, data: money, details },
            { ...base, type: "payment.confirmations", providerEventId: `transaction.confirmations:${hash}:${where}:${confirmations}`, data: { transactionId: hash, confirmations, required: need }, details },
          ];
        }
      }
    },
  };
}
