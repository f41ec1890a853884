/**
 * The PayTo provider's webhook (`POST /api/v1/payments/payto/webhook`, Standard Webhooks signed with
 * PAYTO_WEBHOOK_SECRET). One message per deposit that reached the provider's finality: deposits to a
 * payment's address add up. Shared by the endpoint, the adapter and `npm run simulate`.
 */
import { z } from "@hono/zod-openapi";
import { AssetCode, BlockHash, BlockNumber, ChainAmount, EventTimestamp, IcanAddress, PaymentId, TxHash } from "../chain";

export const PaytoDepositData = z
  .strictObject({
    paymentId: PaymentId,
    /** The payment's deposit address the coins arrived at. */
    address: IcanAddress,
    asset: AssetCode,
    /** Exact amount of this deposit, in the asset's units (decimal string). */
    amount: ChainAmount,
    txHash: TxHash,
    /** Index of the token transfer in its transaction (one transaction may carry several). */
    logIndex: z.number().int().min(0).max(1_000_000).openapi({ example: 0 }),
    blockNumber: BlockNumber,
    blockHash: BlockHash,
    /** Sender address. */
    from: IcanAddress.openapi({ example: "ab5801a7d398351b8be11c439e05c5b3259aec9b5a96" }),
    /** Confirmations when the provider reported the deposit. */
    confirmations: z.number().int().min(1).max(1_000_000).openapi({ example: 3 }),
  })
  .openapi("PaytoDepositData");

export const PaytoWebhookPayload = z
  .strictObject({
    type: z.literal("deposit.received"),
    /** When the deposit became final at the provider (ISO 8601). */
    timestamp: EventTimestamp,
    data: PaytoDepositData,
  })
  .openapi("PaytoWebhookPayload");
export type PaytoWebhookPayload = z.infer<typeof PaytoWebhookPayload>;
export type PaytoWebhookInput = z.input<typeof PaytoWebhookPayload>;
