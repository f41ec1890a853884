/** WallMoney & Partners callbacks as the provider sends them: built by the sandbox builders, signed under the event id. */
import { env } from "cloudflare:workers";
import { payoutFailedEvent, payoutReturnedEvent, payoutSentEvent, transferCreditedEvent, type CreditedTransfer, type PayoutRef } from "../../src/providers/wallmoney/sandbox-events";
import { deliver, type DeliveryOptions } from "./payments";

export const ONRAMP_WEBHOOK = "/api/v1/onramp/webhook";
export const OFFRAMP_WEBHOOK = "/api/v1/offramp/webhook";

/** Deliver a WallMoney event to a ramp webhook; its `webhook-id` is the body's `id`, as WallMoney signs it. */
export function deliverWallMoney(path: string, event: { id: string; [field: string]: unknown }, options: DeliveryOptions = {}): Promise<Response> {
  const secret = path === ONRAMP_WEBHOOK ? env.ONRAMP_WEBHOOK_SECRET! : env.OFFRAMP_WEBHOOK_SECRET!;
  return deliver(path, event, secret, { id: event.id, ...options });
}

/** A transfer.credited paying a bank on-ramp order's instructions (override the amount, reference, …). */
export function creditFor(order: { bankInstructions: { amount: string; currency: string; iban: string; reference: string } }, over: Partial<CreditedTransfer> = {}) {
  const bank = order.bankInstructions;
  return transferCreditedEvent({ amount: bank.amount, currency: bank.currency, collectionIban: bank.iban, reference: bank.reference, ...over });
}

/** A transfer.credited to the sandbox EUR collection account, for a bare reference (tests without an order response). */
export function creditReference(reference: string | undefined, amount: string, currency = "EUR") {
  return transferCreditedEvent({ amount, currency, collectionIban: "DE89370400440532013000", reference });
}

/** The order's bank payout as WallMoney knows it (what its payout callbacks name). */
export async function bankPayoutOf(orderId: string): Promise<PayoutRef> {
  const row = await env.DB.prepare("SELECT id, order_id AS orderId, amount, asset, provider_reference AS providerReference FROM ramp_payouts WHERE order_id = ? AND kind = 'bank_payout'")
    .bind(orderId)
    .first<PayoutRef>();
  if (!row) throw new Error(`Order ${orderId} has no bank payout`);
  return row;
}

/** Send WallMoney's payout.sent / payout.failed / payout.returned for the order's bank payout. */
export async function payoutCallback(orderId: string, type: "sent" | "failed" | "returned"): Promise<Response> {
  const payout = await bankPayoutOf(orderId);
  const event = type === "sent" ? payoutSentEvent(payout) : type === "failed" ? payoutFailedEvent(payout, "AC01") : payoutReturnedEvent(payout, "AC04");
  return deliverWallMoney(OFFRAMP_WEBHOOK, event);
}
