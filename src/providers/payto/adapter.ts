/**
 * PayTo deposits: the customer sends coins to an address unique to the payment.
 *
 *   createSession  — deposit address (sandbox: derived, see deposit-address.ts; live: needs a custody
 *                    provider, which is not integrated yet → 503), a payto:// URI and its QR code
 *   verifyCallback — Standard Webhooks HMAC with PAYTO_WEBHOOK_SECRET(_PREVIOUS), then the payload schema
 *   mapCallback    — deposit.pending → payment.processing, deposit.confirmed → payment.funds_received
 *                    (deposits add up in the payment's Durable Object, each transfer counted once),
 *                    deposit.dropped → payment.dropped; event ids name the fact (type + transfer)
 */
import { ApiError } from "../../lib/errors";
import { checkIcan } from "../../lib/ican";
import { normalizeDecimal, dec } from "../../lib/money";
import type { Bindings } from "../../env";
import { SANDBOX_DEPOSIT_ADDRESS_SECRET, SANDBOX_PAYTO_WEBHOOK_SECRET } from "../../sandbox/sandbox-secrets";
import { assertAssetAmount, type ChainAsset } from "../amounts";
import { notConfigured, providerMode, type ProviderMode } from "../mode";
import { coreNetwork, type CoreNetwork } from "../network";
import type { ProviderAdapter, ProviderEvent } from "../types";
import { walletRequest } from "../wallet-request";
import { verifyJsonWebhook, webhookToleranceSeconds, type VerifiedWebhook } from "../webhook-callback";
import { webhookSecrets } from "../webhook-secrets";
import { deriveDepositAddress, MIN_SECRET_LENGTH } from "./deposit-address";
import { PaytoWebhookPayload } from "./webhook-payload";

export interface PaytoConfig {
  mode: ProviderMode;
  network: CoreNetwork;
  /** Sandbox only. */
  depositAddressSecret?: string;
  webhookSecrets: string[];
  /** WEBHOOK_TOLERANCE_SECONDS: how old a signed delivery may be. */
  toleranceSeconds: number;
}

type PaytoEnv = Partial<Pick<Bindings, "ENVIRONMENT" | "PAYMENT_PROVIDER_MODE" | "CORE_NETWORK" | "DEPOSIT_ADDRESS_SECRET" | "PAYTO_WEBHOOK_SECRET" | "PAYTO_WEBHOOK_SECRET_PREVIOUS" | "WEBHOOK_TOLERANCE_SECONDS">>;

export function readPaytoConfig(env: PaytoEnv): PaytoConfig {
  const mode = providerMode(env);
  const secrets = webhookSecrets("PayTo", mode, { current: "PAYTO_WEBHOOK_SECRET", previous: "PAYTO_WEBHOOK_SECRET_PREVIOUS" }, { current: env.PAYTO_WEBHOOK_SECRET, previous: env.PAYTO_WEBHOOK_SECRET_PREVIOUS }, SANDBOX_PAYTO_WEBHOOK_SECRET);
  const config: PaytoConfig = { mode, network: coreNetwork(env), webhookSecrets: secrets, toleranceSeconds: webhookToleranceSeconds(env) };
  if (mode === "sandbox") {
    const secret = env.DEPOSIT_ADDRESS_SECRET?.trim() || SANDBOX_DEPOSIT_ADDRESS_SECRET;
    if (secret.length < MIN_SECRET_LENGTH) throw notConfigured("PayTo", `DEPOSIT_ADDRESS_SECRET must have at least ${MIN_SECRET_LENGTH} characters`);
    config.depositAddressSecret = secret;
  }
  return config;
}

export interface PaytoSessionInput {
  paymentId: string;
  amount: string;
  asset: ChainAsset;
  expiresAt: Date;
}

export interface PaytoSession {
  depositAddress: string;
  network: CoreNetwork["id"];
  /** RFC 8905 / CIP-10 URI for wallets (see src/lib/payto-uri.ts). */
  paymentUri: string;
  /** The payment URI as a QR code. */
  qrSvg: string;
}

export type PaytoCallback = VerifiedWebhook<PaytoWebhookPayload>;

export type PaytoAdapter = ProviderAdapter<PaytoSessionInput, PaytoSession, PaytoCallback> & { readonly config: PaytoConfig };

export function createPaytoAdapter(config: PaytoConfig): PaytoAdapter {
  return {
    method: "payto",
    mode: config.mode,
    config,

    async createSession(input) {
      assertAssetAmount(input.amount, input.asset);
      if (!config.depositAddressSecret) {
        throw notConfigured("PayTo", "live deposit addresses come from a custody provider, and none is integrated yet");
      }
      const depositAddress = await deriveDepositAddress(config.depositAddressSecret, input.paymentId, config.network.icanPrefix);
      return { depositAddress, network: config.network.id, ...walletRequest(config.network, depositAddress, input, config.mode) };
    },

    async verifyCallback(callback) {
      const verified = await verifyJsonWebhook("PayTo", config.webhookSecrets, callback, PaytoWebhookPayload, { toleranceSeconds: config.toleranceSeconds });
      const address = verified.payload.data.depositAddress;
      if (address !== undefined) {
        const ican = checkIcan(address);
        if (!ican.valid || ican.prefix !== config.network.icanPrefix) {
          throw new ApiError("VALIDATION_FAILED", {
            detail: `The deposit address is not a ${config.network.name} ICAN`,
            errors: [{ in: "body", field: "data.depositAddress", pointer: "/data/depositAddress", message: `Expected a valid ${config.network.icanPrefix}… ICAN address`, code: "wrong_network" }],
          });
        }
      }
      return verified;
    },

    mapCallback({ payload, timestamp }): ProviderEvent[] {
      const d = payload.data;
      const subject = d.paymentId !== undefined ? { paymentId: d.paymentId, depositAddress: d.depositAddress?.toLowerCase() } : { depositAddress: d.depositAddress!.toLowerCase() };
      const base = {
        ...subject,
        source: "payto" as const,
        // The fact, not the delivery: a re-sent message about the same transfer is the same event.
        providerEventId: `${payload.type}:${d.transactionId}`,
        occurredAt: new Date(payload.timestamp ?? timestamp * 1000).toISOString(),
      };
      if (payload.type === "deposit.dropped") {
        return [{ ...base, type: "payment.dropped", data: { transactionId: d.transactionId, reason: payload.data.reason } }];
      }
      const { amount, asset, confirmations } = payload.data;
      const money = { transactionId: d.transactionId, amount: normalizeDecimal(dec(amount)), asset };
      const details = confirmations !== undefined ? { confirmations } : undefined;
      return [payload.type === "deposit.confirmed" ? { ...base, type: "payment.funds_received", data: money, details } : { ...base, type: "payment.processing", data: money, details }];
    },
  };
}
