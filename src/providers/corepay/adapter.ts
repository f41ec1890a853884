/**
 * CorePay: the customer pays on-chain straight to the merchant's ICAN address; a chain watcher reports
 * the transaction's life by webhook. Sandbox and live differ only in the webhook secret (the sandbox
 * "watcher" is `npm run simulate`).
 *
 * Mapping (required = COREPAY_CONFIRMATIONS for the asset):
 *   seen / confirmations below required → payment.processing (+ payment.confirmations once in a block)
 *   any report with confirmations ≥ required → payment.funds_received (once per transaction)
 *   transaction.confirmed below required → only a confirmation count: CorePort's policy decides
 *   dropped / replaced / reorganised     → payment.dropped: the payment goes back to waiting
 * A confirmation report also carries the "seen" event (same id as the original), so a lost or late
 * `transaction.seen` does not leave the count without a pending transaction.
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
import { verifyJsonWebhook, type VerifiedWebhook } from "../webhook-callback";
import { webhookSecrets } from "../webhook-secrets";
import { parseConfirmationPolicy, requiredConfirmations, type ConfirmationPolicy } from "./confirmations";
import { CorepayWebhookPayload } from "./webhook-payload";

export interface CorepayConfig {
  mode: ProviderMode;
  network: CoreNetwork;
  confirmations: ConfirmationPolicy;
  webhookSecrets: string[];
}

type CorepayEnv = Partial<Pick<Bindings, "ENVIRONMENT" | "PAYMENT_PROVIDER_MODE" | "CORE_NETWORK" | "COREPAY_CONFIRMATIONS" | "COREPAY_WEBHOOK_SECRET" | "COREPAY_WEBHOOK_SECRET_PREVIOUS">>;

export function readCorepayConfig(env: CorepayEnv): CorepayConfig {
  const mode = providerMode(env);
  return {
    mode,
    network: coreNetwork(env),
    confirmations: parseConfirmationPolicy(env.COREPAY_CONFIRMATIONS),
    webhookSecrets: webhookSecrets("CorePay", mode, { current: "COREPAY_WEBHOOK_SECRET", previous: "COREPAY_WEBHOOK_SECRET_PREVIOUS" }, { current: env.COREPAY_WEBHOOK_SECRET, previous: env.COREPAY_WEBHOOK_SECRET_PREVIOUS }, SANDBOX_COREPAY_WEBHOOK_SECRET),
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
  network: CoreNetwork["name"];
  paymentUri: string;
  qrSvg: string;
  confirmationsRequired: number;
}

export type CorepayCallback = VerifiedWebhook<CorepayWebhookPayload>;

export type CorepayAdapter = ProviderAdapter<CorepaySessionInput, CorepaySession, CorepayCallback> & {
  readonly config: CorepayConfig;
  confirmationsRequired(asset: string): number;
};

const wrongNetwork = (field: string, network: CoreNetwork) =>
  new ApiError("VALIDATION_FAILED", {
    detail: `${field} is not a ${network.name} address`,
    errors: [{ in: "body", field, pointer: `/${field.replaceAll(".", "/")}`, message: `Expected a ${network.icanPrefix}… address`, code: "wrong_network" }],
  });

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
        network: config.network.name,
        ...walletRequest(config.network, payout.address, input),
        confirmationsRequired: required(input.asset.code),
      };
    },

    async verifyCallback(callback) {
      const verified = await verifyJsonWebhook("CorePay", config.webhookSecrets, callback, CorepayWebhookPayload);
      const { data } = verified.payload;
      if ("to" in data && !data.to.startsWith(config.network.icanPrefix)) throw wrongNetwork("data.to", config.network);
      if ("from" in data && !data.from.startsWith(config.network.icanPrefix)) throw wrongNetwork("data.from", config.network);
      return verified;
    },

    mapCallback({ payload }): ProviderEvent[] {
      const occurredAt = new Date(payload.timestamp).toISOString();
      if (payload.type === "transaction.dropped") {
        const d = payload.data;
        const reason = d.reason === "replaced" ? `replaced${d.replacedBy ? ` by ${d.replacedBy}` : ""}` : d.reason;
        return [{
          paymentId: d.paymentId,
          source: "corepay",
          type: "payment.dropped",
          providerEventId: `dropped:${d.txHash}:${d.blockHash ?? "mempool"}`,
          occurredAt,
          data: { transactionId: d.txHash, reason },
          details: { replacedBy: d.replacedBy ?? null },
        }];
      }
      const d = payload.data;
      const need = required(d.asset);
      const amount = normalizeDecimal(dec(d.amount));
      const base = { paymentId: d.paymentId, source: "corepay" as const, occurredAt, details: { blockNumber: d.blockNumber, blockHash: d.blockHash, confirmations: d.confirmations, required: need } };
      if (d.confirmations >= need) {
        return [{ ...base, type: "payment.funds_received", providerEventId: `confirmed:${d.txHash}`, data: { transactionId: d.txHash, amount, asset: d.asset } }];
      }
      const seen: ProviderEvent = { ...base, type: "payment.processing", providerEventId: `seen:${d.txHash}:${d.blockHash ?? "mempool"}`, data: { transactionId: d.txHash, amount, asset: d.asset } };
      if (payload.type === "transaction.seen" && d.blockHash === null) return [seen];
      return [
        seen,
        { ...base, type: "payment.confirmations", providerEventId: `confirmations:${d.txHash}:${d.blockHash}:${d.confirmations}`, data: { transactionId: d.txHash, confirmations: d.confirmations, required: need } },
      ];
    },
  };
}
