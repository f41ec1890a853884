/**
 * Ramp provider callbacks for `npm run simulate -- <onramp|offramp> <orderId> <scenario>`: the events
 * WallMoney & Partners (bank credits, bank payouts; built by wallmoney/sandbox-events.ts) and CorePort's
 * chain watcher / OTC desk (deposits and coin transfers seen on chain) send to `POST /api/v1/onramp/webhook` and `POST /api/v1/offramp/webhook`
 * (Standard Webhooks HMAC with ONRAMP_WEBHOOK_SECRET / OFFRAMP_WEBHOOK_SECRET), and for the card
 * on-ramp the myPOS IPCPurchaseNotify for the order (RSA, the sandbox myPOS key). Every JSON payload is
 * parsed with the endpoint's own schema before it is returned. Pure: no I/O, so tests run every scenario
 * against the real worker.
 */
import { newCreditorReference } from "../../lib/creditor-reference";
import { idPattern, randomToken } from "../../lib/ids";
import { dec, formatDecimal } from "../../lib/money";
import { signWebhook } from "../../lib/standard-webhooks";
import { OfframpWebhookSchema } from "../../services/payments/webhooks/adapters/offramp";
import { OnrampWebhookSchema } from "../../services/payments/webhooks/adapters/onramp";
import { WALLMONEY_SANDBOX_COLLECTION_ACCOUNTS } from "../../db/seed/data";
import type { CoreNetwork } from "../network";
import { payoutFailedEvent, payoutReturnedEvent, payoutSentEvent, transferCreditedEvent, type PayoutRef } from "../wallmoney/sandbox-events";
import type { TransferCredited } from "../wallmoney/schemas";
import { buildDeliveries, ScenarioError, type Delivery, type SimulationSecrets } from "./scenarios";

export const RAMP_SCENARIOS = {
  onramp: {
    "bank-pay": "WallMoney transfer.credited for the exact amount, the order's reference in the structured field (the sandbox then sends the coins)",
    "bank-remittance": "WallMoney transfer.credited for the exact amount, the reference only in the free remittance text",
    "bank-short": "WallMoney transfer.credited for half the amount with the order's reference (→ awaiting_decision)",
    "bank-over": "WallMoney transfer.credited for 1.5 × the amount with the order's reference (→ awaiting_decision)",
    "bank-wrong-reference": "WallMoney transfer.credited carrying a valid RF reference that no order was given (unmatched; no order changes)",
    "bank-no-reference": "WallMoney transfer.credited without any reference (unmatched; no order changes)",
    "bank-duplicate": "the same transfer.credited delivered twice (redelivery), then the same transfer under a new event id",
    "card-pay": "myPOS IPCPurchaseNotify for the card on-ramp order (RSA-signed like myPOS)",
    "coins-confirmed": "chain watcher coins.confirmed for the order's coin transfer (receive.txHash) → completed",
    "coins-failed": "chain watcher coins.failed: the coin transfer was reverted → refund_pending",
    refunded: "operations refund.completed: the fiat went back to the customer → refunded",
  },
  offramp: {
    exact: "deposit.received for the exact amount (→ payout_pending, the payout starts)",
    short: "deposit.received for half the amount (→ awaiting_decision: proceed-partial or reject)",
    over: "deposit.received for 1.5 × the amount (→ awaiting_decision)",
    "payout-sent": "WallMoney payout.sent for the order's bank payout (payout.id, amount, asset) → completed",
    "payout-failed": "WallMoney payout.failed (AC01 the account number is incorrect) → refund_pending",
    "payout-returned": "WallMoney payout.sent, then payout.returned (AC04 the account is closed) → refund_pending",
    refunded: "OTC desk refund.completed: the deposit went back to its sender less the network fee → refunded",
    duplicate: "the same deposit delivered twice (redelivery), then re-sent as a new message",
    "out-of-order": "WallMoney payout.returned before its payout.sent (409, retried), payout.sent, then the payout.returned again",
  },
} as const;

export type RampMethod = keyof typeof RAMP_SCENARIOS;
export const RAMP_METHODS = Object.keys(RAMP_SCENARIOS) as RampMethod[];
export const isRampMethod = (method: string): method is RampMethod => method in RAMP_SCENARIOS;

export const RAMP_PATHS = { onramp: "/api/v1/onramp/webhook", offramp: "/api/v1/offramp/webhook" } as const;

export interface RampSimulationInput {
  method: RampMethod;
  orderId: string;
  scenario: string;
  /** On-ramp: the fiat the customer pays (charge amount, e.g. "250.00"); off-ramp: the coins to deposit. */
  amount: string;
  /** On-ramp: the fiat currency (EUR); off-ramp: the deposited stablecoin (EURX). */
  asset: string;
  /** Decimal places of `asset` (2 for fiat, 6 for the stablecoins). */
  decimals: number;
  /** Bank on-ramp: the order's payment reference (bankInstructions.reference). */
  reference?: string;
  /** Bank on-ramp: the collection account credited (bankInstructions.iban; default: the sandbox account of the currency). */
  collectionIban?: string;
  /** Off-ramp: the order's deposit address (else the events name the order id). */
  address?: string;
  /** coins-confirmed: the hash of the coin transfer (the order's payout txHash). */
  txHash?: string;
  /** Off-ramp payout-*: the bank payout WallMoney reports on (ramp_payouts: id, amount and currency = the order's payout). */
  payout?: { id: string; amount: string; currency: string; providerPayoutId?: string };
  network: CoreNetwork;
  now: Date;
}

export interface RampSimulationSecrets extends SimulationSecrets {
  onrampWebhookSecret: string;
  offrampWebhookSecret: string;
}

const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");

function scaled(input: RampSimulationInput, factor: string): string {
  return formatDecimal(dec(input.amount).times(factor), input.decimals, "down");
}

async function signed(label: string, path: string, secret: string, payload: unknown, at: Date, id = `msg_sim_${randomToken(12)}`): Promise<Delivery> {
  const body = JSON.stringify(payload);
  const headers = await signWebhook([secret], id, Math.floor(at.getTime() / 1000), body);
  return { label, path, headers: { ...headers, "Content-Type": "application/json" }, body };
}

const redelivery = (d: Delivery): Delivery => ({ ...d, label: `${d.label} (redelivery)` });

function requireOption<T>(value: T | undefined, message: string): T {
  if (value === undefined || value === "") throw new ScenarioError(message);
  return value;
}

async function onrampDeliveries(input: RampSimulationInput, secrets: RampSimulationSecrets): Promise<Delivery[]> {
  const timestamp = input.now.toISOString();
  const send = (payload: unknown, label: string, id?: string) => {
    OnrampWebhookSchema.parse(payload); // never send what the endpoint would refuse by shape
    return signed(label, RAMP_PATHS.onramp, secrets.onrampWebhookSecret, payload, input.now, id);
  };
  // WallMoney signs each callback under its event id (body `id` = `webhook-id`).
  const sendWallMoney = (event: TransferCredited, label: string) => send(event, label, event.id);
  const reference = () => requireOption(input.reference, `--reference is required for ${input.scenario} (the order's bankInstructions.reference, RF…)`);
  const collectionIban = input.collectionIban ?? WALLMONEY_SANDBOX_COLLECTION_ACCOUNTS.find((a) => a.currency === input.asset)?.iban;
  const credited = (amount: string, ref?: string, where: "structured" | "remittance" = "structured") =>
    transferCreditedEvent({
      amount,
      currency: input.asset,
      collectionIban: requireOption(collectionIban, `--iban is required for ${input.asset} (the order's bankInstructions.iban)`),
      reference: ref,
      where,
      at: input.now,
    });
  switch (input.scenario) {
    case "bank-pay":
    case "bank-short":
    case "bank-over": {
      const amount = scaled(input, { "bank-pay": "1", "bank-short": "0.5", "bank-over": "1.5" }[input.scenario]);
      return [await sendWallMoney(credited(amount, reference()), `transfer.credited ${amount} ${input.asset} ref ${reference()}`)];
    }
    case "bank-remittance": {
      const amount = scaled(input, "1");
      return [await sendWallMoney(credited(amount, reference(), "remittance"), `transfer.credited ${amount} ${input.asset}, reference only in the remittance text`)];
    }
    case "bank-wrong-reference": {
      const stranger = newCreditorReference();
      return [await sendWallMoney(credited(scaled(input, "1"), stranger), `transfer.credited ${input.amount} ${input.asset} ref ${stranger} (no such order)`)];
    }
    case "bank-no-reference":
      return [await sendWallMoney(credited(scaled(input, "1")), `transfer.credited ${input.amount} ${input.asset} without a reference`)];
    case "bank-duplicate": {
      const event = credited(scaled(input, "1"), reference());
      const first = await sendWallMoney(event, `transfer.credited ${input.amount} ${input.asset}`);
      const resent = { ...event, id: `wmevt_${randomToken(12)}` }; // the same transfer under a new event id
      return [first, redelivery(first), await sendWallMoney(resent, `transfer.credited ${input.amount} ${input.asset} (same transfer, new event id)`)];
    }
    case "card-pay":
      return buildDeliveries(
        { method: "mypos", paymentId: input.orderId, scenario: "pay", amount: input.amount, asset: input.asset, decimals: 2, network: input.network, confirmations: 1, now: input.now },
        secrets,
      );
    case "coins-confirmed": {
      const txHash = requireOption(input.txHash, "--tx-hash is required for coins-confirmed (the order's receive.txHash)");
      return [await send({ type: "coins.confirmed", timestamp, data: { orderId: input.orderId, transactionHash: txHash } }, "coins.confirmed (chain watcher)")];
    }
    case "coins-failed":
      return [await send({ type: "coins.failed", timestamp, data: { orderId: input.orderId, reason: "The coin transfer was reverted on chain" } }, "coins.failed (chain watcher)")];
    default: // refunded
      return [await send({ type: "refund.completed", timestamp, data: { orderId: input.orderId, transactionId: `WMRF-${randomToken(10)}`, amount: formatDecimal(dec(input.amount), input.decimals, "down") } }, "refund.completed (operations)")];
  }
}

async function offrampDeliveries(input: RampSimulationInput, secrets: RampSimulationSecrets): Promise<Delivery[]> {
  const timestamp = input.now.toISOString();
  const send = (payload: unknown, label: string, id?: string) => {
    OfframpWebhookSchema.parse(payload);
    return signed(label, RAMP_PATHS.offramp, secrets.offrampWebhookSecret, payload, input.now, id);
  };
  // The chain watcher knows the address the coins went to; without it the event names the order.
  const target = input.address ? { depositAddress: input.address } : { orderId: input.orderId };
  const deposit = (amount: string, transactionHash = `0x${hex(32)}`) => ({ type: "deposit.received", timestamp, data: { ...target, transactionHash, amount, asset: input.asset } });
  const payout = (): PayoutRef => {
    const p = requireOption(input.payout, `--payout, --payout-amount and --payout-currency are required for ${input.scenario} (the order's bank payout: ramp_payouts.id, payout.amount, payout.asset)`);
    // One WallMoney payout id for every callback of the scenario, as WallMoney would send.
    return { id: p.id, orderId: input.orderId, amount: p.amount, asset: p.currency, providerReference: p.providerPayoutId ?? `wmpo_${randomToken(10)}` };
  };
  // WallMoney signs each callback under its event id (body `id` = `webhook-id`).
  const sendWallMoney = (event: { id: string; type: string }, label: string) => send(event, label, event.id);
  const payoutSent = (p = payout()) => sendWallMoney(payoutSentEvent(p, input.now), `payout.sent ${p.amount} ${p.asset}`);
  const payoutReturned = (p = payout()) => sendWallMoney(payoutReturnedEvent(p, "AC04", input.now), "payout.returned (AC04)");
  switch (input.scenario) {
    case "exact":
    case "short":
    case "over": {
      const amount = scaled(input, { exact: "1", short: "0.5", over: "1.5" }[input.scenario]);
      return [await send(deposit(amount), `deposit.received ${amount} ${input.asset}`)];
    }
    case "payout-sent":
      return [await payoutSent()];
    case "payout-failed":
      return [await sendWallMoney(payoutFailedEvent(payout(), "AC01", input.now), "payout.failed (AC01)")];
    case "payout-returned": {
      const p = payout();
      return [await payoutSent(p), await payoutReturned(p)];
    }
    case "refunded": {
      const refunded = formatDecimal(dec(input.amount), input.decimals, "down");
      return [await send({ type: "refund.completed", timestamp, data: { orderId: input.orderId, transactionHash: `0x${hex(32)}`, amount: refunded } }, `refund.completed ${refunded} ${input.asset} (OTC desk)`)];
    }
    case "duplicate": {
      const payload = deposit(scaled(input, "1"));
      const first = await send(payload, `deposit.received ${input.amount} ${input.asset}`);
      return [first, redelivery(first), await send(payload, `deposit.received ${input.amount} ${input.asset} (same transaction, new message)`)];
    }
    default: { // out-of-order
      const p = payout();
      const early = await payoutReturned(p);
      return [{ ...early, label: `${early.label} (before payout.sent)` }, await payoutSent(p), redelivery(early)];
    }
  }
}

/** The signed deliveries of a ramp scenario, in sending order. */
export async function buildRampDeliveries(input: RampSimulationInput, secrets: RampSimulationSecrets): Promise<Delivery[]> {
  const known = Object.keys(RAMP_SCENARIOS[input.method]);
  if (!known.includes(input.scenario)) throw new ScenarioError(`Unknown ${input.method} scenario '${input.scenario}'. Scenarios: ${known.join(", ")}`);
  if (!idPattern("ord").test(input.orderId)) throw new ScenarioError(`'${input.orderId}' is not an order id (ord_…)`);
  if (!/^\d+(\.\d+)?$/.test(input.amount) || !dec(input.amount).gt(0)) throw new ScenarioError(`--amount must be a positive decimal, not '${input.amount}'`);
  return input.method === "onramp" ? onrampDeliveries(input, secrets) : offrampDeliveries(input, secrets);
}
