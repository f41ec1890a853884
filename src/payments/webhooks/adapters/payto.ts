/**
 * PayTo deposits to a payment's unique deposit address. The provider watches the address and reports
 * each deposit: `deposit.pending` (seen, not final), `deposit.confirmed` (final: counts towards the
 * amount due; several deposits add up), `deposit.dropped` (a pending deposit vanished). The payment is
 * named by `paymentId` or found by `depositAddress`.
 */
import { z } from "@hono/zod-openapi";
import { AmountField, AssetField, DepositAddressField, EventTimestamp, oneOf, PaymentIdField, paymentIdFor, ReasonField, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";

const Subject = {
  paymentId: PaymentIdField.optional(),
  depositAddress: DepositAddressField.optional(),
};
const needsSubject = { message: "Name the payment with paymentId or depositAddress", path: ["paymentId"] };

const Deposit = z
  .object({
    ...Subject,
    transactionId: TxHashField,
    amount: AmountField("25.000000", "Amount of this deposit, in `asset`"),
    asset: AssetField,
    confirmations: z.number().int().min(0).optional().openapi({ example: 3 }),
  })
  .refine(oneOf("paymentId", "depositAddress"), needsSubject);

export const PayToWebhookSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("deposit.pending"), timestamp: EventTimestamp, data: Deposit }).openapi("PayToDepositPending"),
    z.object({ type: z.literal("deposit.confirmed"), timestamp: EventTimestamp, data: Deposit }).openapi("PayToDepositConfirmed"),
    z
      .object({
        type: z.literal("deposit.dropped"),
        timestamp: EventTimestamp,
        data: z.object({ ...Subject, transactionId: TxHashField, reason: ReasonField }).refine(oneOf("paymentId", "depositAddress"), needsSubject),
      })
      .openapi("PayToDepositDropped"),
  ])
  .openapi("PayToWebhookEvent", {
    example: {
      type: "deposit.confirmed",
      timestamp: "2026-11-27T10:15:30Z",
      data: { depositAddress: "cb681b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3", transactionId: "0x8f2a6c1e9b3d47f0", amount: "25.000000", asset: "USDX", confirmations: 12 },
    },
  });

export const paytoAdapter = standardWebhooksAdapter({
  provider: "payto",
  secretName: "PAYTO_WEBHOOK_SECRET",
  schema: PayToWebhookSchema,
  async map(payload, { env, delivery }) {
    const subjectId = await paymentIdFor(env, payload.data);
    const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
    switch (payload.type) {
      case "deposit.pending": {
        const { transactionId, amount, asset } = payload.data;
        return { subjectId, event: { ...base, type: "payment.processing", data: { transactionId, amount, asset } } };
      }
      case "deposit.confirmed": {
        const { transactionId, amount, asset } = payload.data;
        return { subjectId, event: { ...base, type: "payment.funds_received", data: { transactionId, amount, asset } } };
      }
      case "deposit.dropped": {
        const { transactionId, reason } = payload.data;
        return { subjectId, event: { ...base, type: "payment.dropped", data: { transactionId, reason } } };
      }
    }
  },
});
