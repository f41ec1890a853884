/**
 * The PayTo provider's webhook (`POST /api/v1/payments/payto/webhook`, Standard Webhooks signed with
 * PAYTO_WEBHOOK_SECRET), in the payments core's shape (issue 5): the provider watches the payment's
 * deposit address and reports each deposit
 *
 *   deposit.pending    seen, not final
 *   deposit.confirmed  final: counts towards the amount due (several deposits add up)
 *   deposit.dropped    a pending deposit vanished
 *
 * The payment is named by `paymentId` or found by `depositAddress`. Shared by the adapter and
 * `npm run simulate`.
 */
import { z } from "@hono/zod-openapi";
import { AssetCode, ChainAmount, Confirmations, DepositAddress, EventTimestamp, PaymentId, Reason, TransactionRef } from "../chain";

const Subject = { paymentId: PaymentId.optional(), depositAddress: DepositAddress.optional() };
const named = (value: { paymentId?: string; depositAddress?: string }) => value.paymentId !== undefined || value.depositAddress !== undefined;
const needsSubject = { message: "Name the payment with paymentId or depositAddress", path: ["paymentId"] };

export const PaytoDeposit = z
  .object({
    ...Subject,
    /** The transfer: transaction hash (with the log index when one transaction carries several transfers). */
    transactionId: TransactionRef,
    amount: ChainAmount("25.000000", "Amount of this deposit, in `asset`"),
    asset: AssetCode,
    confirmations: Confirmations.optional(),
  })
  .refine(named, needsSubject);

export const PaytoWebhookPayload = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("deposit.pending"), timestamp: EventTimestamp, data: PaytoDeposit }),
    z.object({ type: z.literal("deposit.confirmed"), timestamp: EventTimestamp, data: PaytoDeposit }),
    z.object({
      type: z.literal("deposit.dropped"),
      timestamp: EventTimestamp,
      data: z.object({ ...Subject, transactionId: TransactionRef, reason: Reason }).refine(named, needsSubject),
    }),
  ])
  .openapi("PaytoWebhookPayload");
export type PaytoWebhookPayload = z.infer<typeof PaytoWebhookPayload>;
export type PaytoWebhookInput = z.input<typeof PaytoWebhookPayload>;
