/**
 * Builders for WallMoney callbacks as the sandbox would send them — used by the local simulator
 * and by tests. Every event is parsed through its schema before it is returned, so a builder can
 * never produce something the webhook would refuse by shape.
 */
import { randomToken } from "../../lib/ids";
import {
  CoinsDeliveredSchema,
  PAYOUT_REASON_CODES,
  PayoutFailedSchema,
  PayoutReturnedSchema,
  PayoutSentSchema,
  TransferCreditedSchema,
  type CoinsDelivered,
  type PayoutFailed,
  type PayoutReturned,
  type PayoutSent,
  type TransferCredited,
} from "./schemas";

const eventId = () => `wmevt_${randomToken(12)}`;
const iso = (d: Date) => d.toISOString();

export interface CreditedTransfer {
  amount: string;
  currency: string;
  collectionIban: string;
  /** The reference as the sender typed it; `where` says which field their bank put it in. */
  reference?: string;
  where?: "structured" | "remittance";
  remittanceText?: string;
  debtor?: { name?: string; iban?: string; bic?: string };
  at?: Date;
}

export function transferCreditedEvent(t: CreditedTransfer): TransferCredited {
  const at = t.at ?? new Date();
  const structured = t.where !== "remittance" && t.reference !== undefined;
  return TransferCreditedSchema.parse({
    id: eventId(),
    createdAt: iso(at),
    type: "transfer.credited",
    data: {
      transferId: `wmtr_${randomToken(10)}`,
      amount: t.amount,
      currency: t.currency,
      creditorReference: structured ? t.reference : null,
      remittanceInformation: t.remittanceText ?? (!structured && t.reference ? `Payment ${t.reference}` : null),
      collectionIban: t.collectionIban,
      debtor: { name: t.debtor?.name ?? "Anna Müller", iban: t.debtor?.iban ?? "FR7630006000011234567890189", bic: t.debtor?.bic ?? "AGRIFRPP" },
      bookedAt: iso(at),
    },
  });
}

/** The payout as recorded in ramp_payouts (the fields a callback refers to). */
export interface PayoutRef {
  id: string;
  orderId: string;
  amount: string;
  asset: string;
  providerReference: string | null;
}

const refOf = (p: PayoutRef) => ({ payoutId: p.id, orderId: p.orderId, providerPayoutId: p.providerReference ?? `wmpo_${randomToken(10)}` });

export function payoutSentEvent(p: PayoutRef, at = new Date()): PayoutSent {
  return PayoutSentSchema.parse({
    id: eventId(), createdAt: iso(at), type: "payout.sent",
    data: { ...refOf(p), amount: p.amount, currency: p.asset, endToEndId: `E2E-${randomToken(8).toUpperCase()}`, sentAt: iso(at) },
  });
}

export function payoutFailedEvent(p: PayoutRef, reasonCode: keyof typeof PAYOUT_REASON_CODES = "AC01", at = new Date()): PayoutFailed {
  return PayoutFailedSchema.parse({
    id: eventId(), createdAt: iso(at), type: "payout.failed",
    data: { ...refOf(p), reasonCode, reason: PAYOUT_REASON_CODES[reasonCode], failedAt: iso(at) },
  });
}

export function payoutReturnedEvent(p: PayoutRef, reasonCode: keyof typeof PAYOUT_REASON_CODES = "AC04", at = new Date()): PayoutReturned {
  return PayoutReturnedSchema.parse({
    id: eventId(), createdAt: iso(at), type: "payout.returned",
    data: { ...refOf(p), amount: p.amount, currency: p.asset, reasonCode, reason: PAYOUT_REASON_CODES[reasonCode], returnedAt: iso(at) },
  });
}

export function coinsDeliveredEvent(p: PayoutRef, txHash: string, at = new Date()): CoinsDelivered {
  return CoinsDeliveredSchema.parse({
    id: eventId(), createdAt: iso(at), type: "coins.delivered",
    data: { payoutId: p.id, orderId: p.orderId, providerTransferId: p.providerReference ?? `wmct_${randomToken(10)}`, asset: p.asset, amount: p.amount, txHash },
  });
}
