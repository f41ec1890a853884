/**
 * CorePay: the customer pays on-chain (Core Blockchain) straight to the merchant's ICAN address; the
 * chain watcher reports the transaction's life: `transaction.seen` (in a block or mempool, not final),
 * `transaction.confirmations` (count so far), `transaction.confirmed` (final: counts as paid),
 * `transaction.dropped` (vanished or replaced before it was final: the payment waits again).
 */
import { z } from "@hono/zod-openapi";
import { AmountField, AssetField, EventTimestamp, PaymentIdField, ReasonField, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";

const Confirmations = z.number().int().min(0).max(1_000_000).openapi({ example: 4 });
const Required = z.number().int().min(1).max(1_000_000).optional().openapi({ description: "Confirmations the payment needs", example: 12 });
const Transfer = {
  paymentId: PaymentIdField,
  transactionHash: TxHashField,
  asset: AssetField,
  amount: AmountField("49.990000", "Amount transferred, in `asset`"),
  blockNumber: z.number().int().min(0).optional().openapi({ example: 18234771 }),
};

export const CorePayWebhookSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("transaction.seen"), timestamp: EventTimestamp, data: z.object(Transfer) }).openapi("CorePayTransactionSeen"),
    z
      .object({
        type: z.literal("transaction.confirmations"),
        timestamp: EventTimestamp,
        data: z.object({ paymentId: PaymentIdField, transactionHash: TxHashField, confirmations: Confirmations, requiredConfirmations: Required }),
      })
      .openapi("CorePayTransactionConfirmations"),
    z
      .object({ type: z.literal("transaction.confirmed"), timestamp: EventTimestamp, data: z.object({ ...Transfer, confirmations: Confirmations }) })
      .openapi("CorePayTransactionConfirmed"),
    z
      .object({
        type: z.literal("transaction.dropped"),
        timestamp: EventTimestamp,
        data: z.object({ paymentId: PaymentIdField, transactionHash: TxHashField, replacedBy: TxHashField.optional(), reason: ReasonField }),
      })
      .openapi("CorePayTransactionDropped"),
  ])
  .openapi("CorePayWebhookEvent", {
    example: {
      type: "transaction.confirmed",
      timestamp: "2026-11-27T10:15:30Z",
      data: { paymentId: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t", transactionHash: "0x8f2a6c1e9b3d47f0", asset: "USDX", amount: "49.990000", blockNumber: 18234771, confirmations: 12 },
    },
  });

export const corepayAdapter = standardWebhooksAdapter({
  provider: "corepay",
  secretName: "COREPAY_WEBHOOK_SECRET",
  schema: CorePayWebhookSchema,
  async map(payload, { delivery }) {
    const subjectId = payload.data.paymentId;
    const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
    switch (payload.type) {
      case "transaction.seen": {
        const { transactionHash, amount, asset, blockNumber } = payload.data;
        return { subjectId, event: { ...base, type: "payment.processing", data: { transactionId: transactionHash, amount, asset, blockNumber } } };
      }
      case "transaction.confirmations": {
        const { transactionHash, confirmations, requiredConfirmations } = payload.data;
        return { subjectId, event: { ...base, type: "payment.confirmations", data: { transactionId: transactionHash, confirmations, required: requiredConfirmations } } };
      }
      case "transaction.confirmed": {
        const { transactionHash, amount, asset, blockNumber } = payload.data;
        return { subjectId, event: { ...base, type: "payment.funds_received", data: { transactionId: transactionHash, amount, asset, blockNumber } } };
      }
      case "transaction.dropped": {
        const { transactionHash, replacedBy, reason } = payload.data;
        return { subjectId, event: { ...base, type: "payment.dropped", data: { transactionId: transactionHash, reason: reason ?? (replacedBy ? `replaced by ${replacedBy}` : undefined) } } };
      }
    }
  },
});
