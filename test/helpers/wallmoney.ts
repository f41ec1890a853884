/** WallMoney & Partners callbacks as the provider sends them: built by the sandbox builders, signed under the event id. */
import { env } from "cloudflare:workers";
import { transferCreditedEvent, type CreditedTransfer } from "../../src/providers/wallmoney/sandbox-events";
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
