/**
 * The CorePay chain watcher's webhook (`POST /api/v1/payments/corepay/webhook`, Standard Webhooks
 * signed with COREPAY_WEBHOOK_SECRET), in the payments core's shape (issue 5):
 *
 *   transaction.seen           in the mempool or first included in a block, not final
 *   transaction.confirmations  the count of blocks on top of it changed
 *   transaction.confirmed      the watcher considers it final (CorePort still applies its own policy)
 *   transaction.dropped        it vanished before it was final: dropped from the mempool, replaced by
 *                              another transaction of the sender (same nonce) or reorganised away
 *
 * `blockHash` is optional: when the watcher sends it, reports about the same transaction in different
 * blocks (a reorganisation) are told apart. Shared by the adapter and `npm run simulate`.
 */
import { z } from "@hono/zod-openapi";
import { AssetCode, BlockNumber, ChainAmount, Confirmations, EventTimestamp, PaymentId, Reason, TransactionRef } from "../chain";

const BlockHash = TransactionRef.openapi({ description: "Hash of the block the transaction is in", example: "0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2" });
const Transfer = {
  paymentId: PaymentId,
  transactionHash: TransactionRef,
  asset: AssetCode,
  amount: ChainAmount("49.990000", "Amount transferred, in `asset`"),
  blockNumber: BlockNumber.optional(),
  blockHash: BlockHash.optional(),
};
const Required = z.number().int().min(1).max(1_000_000).optional().openapi({ description: "Confirmations the payment needs (the watcher's view)", example: 12 });

export const CorepayWebhookPayload = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("transaction.seen"), timestamp: EventTimestamp, data: z.object(Transfer) }),
    z.object({
      type: z.literal("transaction.confirmations"),
      timestamp: EventTimestamp,
      data: z.object({ paymentId: PaymentId, transactionHash: TransactionRef, confirmations: Confirmations, requiredConfirmations: Required, blockHash: BlockHash.optional() }),
    }),
    z.object({ type: z.literal("transaction.confirmed"), timestamp: EventTimestamp, data: z.object({ ...Transfer, confirmations: Confirmations }) }),
    z.object({
      type: z.literal("transaction.dropped"),
      timestamp: EventTimestamp,
      data: z.object({ paymentId: PaymentId, transactionHash: TransactionRef, replacedBy: TransactionRef.optional(), reason: Reason, blockHash: BlockHash.optional() }),
    }),
  ])
  .openapi("CorepayWebhookPayload");
export type CorepayWebhookPayload = z.infer<typeof CorepayWebhookPayload>;
export type CorepayWebhookInput = z.input<typeof CorepayWebhookPayload>;
export type CorepayEventType = CorepayWebhookPayload["type"];
