/**
 * The CorePay chain watcher's webhook (`POST /api/v1/payments/corepay/webhook`, Standard Webhooks
 * signed with COREPAY_WEBHOOK_SECRET): the life of an on-chain payment to the merchant's address.
 *
 *   transaction.seen           in the mempool (block null) or first included in a block
 *   transaction.confirmations  the count of blocks on top of it changed
 *   transaction.confirmed      the watcher considers it final (CorePort still applies its own policy)
 *   transaction.dropped        it vanished before it was final: dropped from the mempool, replaced by
 *                              another transaction of the sender (same nonce) or reorganised away
 *
 * Shared by the endpoint, the adapter and `npm run simulate`.
 */
import { z } from "@hono/zod-openapi";
import { AssetCode, BlockHash, BlockNumber, ChainAmount, EventTimestamp, IcanAddress, PaymentId, TxHash } from "../chain";

const transfer = {
  paymentId: PaymentId,
  txHash: TxHash,
  from: IcanAddress.openapi({ example: "ab5801a7d398351b8be11c439e05c5b3259aec9b5a96" }),
  /** The merchant's address the payment was sent to. */
  to: IcanAddress,
  asset: AssetCode,
  amount: ChainAmount,
};
const confirmations = z.number().int().min(0).max(1_000_000).openapi({ example: 2 });

export const CorepaySeenData = z
  .strictObject({ ...transfer, blockNumber: BlockNumber.nullable(), blockHash: BlockHash.nullable(), confirmations })
  .openapi("CorepaySeenData");

export const CorepayIncludedData = z
  .strictObject({ ...transfer, blockNumber: BlockNumber, blockHash: BlockHash, confirmations: confirmations.min(1) })
  .openapi("CorepayIncludedData");

export const CorepayDroppedData = z
  .strictObject({
    paymentId: PaymentId,
    txHash: TxHash,
    reason: z.enum(["dropped", "replaced", "reorganized"]).openapi({ example: "replaced" }),
    /** The transaction that replaced it (same sender and nonce), when known. */
    replacedBy: TxHash.optional(),
    /** The block it had been seen in; null when it only was in the mempool. */
    blockHash: BlockHash.nullable(),
  })
  .openapi("CorepayDroppedData");

export const CorepayWebhookPayload = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("transaction.seen"), timestamp: EventTimestamp, data: CorepaySeenData }),
    z.strictObject({ type: z.literal("transaction.confirmations"), timestamp: EventTimestamp, data: CorepayIncludedData }),
    z.strictObject({ type: z.literal("transaction.confirmed"), timestamp: EventTimestamp, data: CorepayIncludedData }),
    z.strictObject({ type: z.literal("transaction.dropped"), timestamp: EventTimestamp, data: CorepayDroppedData }),
  ])
  .openapi("CorepayWebhookPayload");
export type CorepayWebhookPayload = z.infer<typeof CorepayWebhookPayload>;
export type CorepayWebhookInput = z.input<typeof CorepayWebhookPayload>;
export type CorepayEventType = CorepayWebhookPayload["type"];
