/**
 * Off-ramp provider events (coins in, fiat or another asset out): `deposit.received` (coins arrived at
 * the order's deposit address; several deposits add up), `payout.completed`, `payout.failed`,
 * `payout.returned` (the bank sent it back), `refund.completed`.
 */
import { z } from "@hono/zod-openapi";
import { AmountField, AssetField, DepositAddressField, EventTimestamp, oneOf, OrderIdField, orderIdFor, ReasonField, ReferenceField, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";
import type { WebhookAdapter } from "../adapter";
import { recordBankPayoutOutcome, triggerOfframpPayout } from "../../../services/ramps/offramp-payout";

const Order = z.object({ orderId: OrderIdField, reason: ReasonField });

export const OfframpWebhookSchema = z
  .discriminatedUnion("type", [
    z
      .object({
        type: z.literal("deposit.received"),
        timestamp: EventTimestamp,
        data: z
          .object({
            orderId: OrderIdField.optional(),
            depositAddress: DepositAddressField.optional(),
            transactionHash: TxHashField,
            amount: AmountField("500.000000", "Amount deposited, in `asset`"),
            asset: AssetField,
          })
          .refine(oneOf("orderId", "depositAddress"), { message: "Name the order with orderId or depositAddress", path: ["orderId"] }),
      })
      .openapi("OfframpDepositReceived"),
    z
      .object({ type: z.literal("payout.completed"), timestamp: EventTimestamp, data: z.object({ orderId: OrderIdField, reference: ReferenceField }) })
      .openapi("OfframpPayoutCompleted"),
    z.object({ type: z.literal("payout.failed"), timestamp: EventTimestamp, data: Order }).openapi("OfframpPayoutFailed"),
    z.object({ type: z.literal("payout.returned"), timestamp: EventTimestamp, data: Order }).openapi("OfframpPayoutReturned"),
    z
      .object({
        type: z.literal("refund.completed"),
        timestamp: EventTimestamp,
        data: z.object({ orderId: OrderIdField, transactionHash: TxHashField, amount: AmountField("499.500000", "Amount refunded, after the network fee").optional() }),
      })
      .openapi("OfframpRefundCompleted"),
  ])
  .openapi("OfframpWebhookEvent", {
    example: {
      type: "deposit.received",
      timestamp: "2026-11-27T10:15:30Z",
      data: { depositAddress: "cb681b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3", transactionHash: "0x8f2a6c1e9b3d47f0", amount: "500.000000", asset: "USDX" },
    },
  });

export const offrampAdapter: WebhookAdapter<z.infer<typeof OfframpWebhookSchema>> = {
  ...standardWebhooksAdapter({
    provider: "offramp",
    secretName: "OFFRAMP_WEBHOOK_SECRET",
    schema: OfframpWebhookSchema,
    async map(payload, { env, delivery }) {
      const subjectId = await orderIdFor(env, payload.data);
      const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
      switch (payload.type) {
        case "deposit.received": {
          const { transactionHash, amount, asset } = payload.data;
          return { subjectId, event: { ...base, type: "offramp.deposit_received", data: { transactionId: transactionHash, amount, asset } } };
        }
        case "payout.completed":
          return { subjectId, event: { ...base, type: "offramp.payout_completed", data: { transactionId: payload.data.reference } } };
        case "payout.failed":
          return { subjectId, event: { ...base, type: "offramp.payout_failed", data: { reason: payload.data.reason } } };
        case "payout.returned":
          return { subjectId, event: { ...base, type: "offramp.payout_returned", data: { reason: payload.data.reason } } };
        case "refund.completed":
          return { subjectId, event: { ...base, type: "offramp.refunded", data: { transactionId: payload.data.transactionHash, amount: payload.data.amount } } };
      }
    },
  }),
  // A matching deposit puts the order in payout_pending: start its payout (idempotent per order).
  // A payout result is mirrored on the bank payout record.
  async afterAccepted(env, subjectId, result) {
    if (result.subjectStatus === "payout_pending") await triggerOfframpPayout(env, subjectId);
    else await recordBankPayoutOutcome(env, subjectId, result.type);
  },
};
