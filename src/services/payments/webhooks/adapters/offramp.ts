/**
 * The off-ramp webhook hears three senders, told apart by the event `type`:
 *   CorePort's Core Blockchain watcher: `deposit.received` (coins arrived at the order's deposit
 *     address; several deposits add up).
 *   WallMoney & Partners (bank payouts; src/providers/wallmoney/callbacks.ts): `payout.sent`,
 *     `payout.failed` (nothing moved → refund) and `payout.returned` (the bank sent it back → refund).
 *   The CorePort OTC desk (crypto payouts and deposit refunds): `coins.delivered` (the coin-transfer
 *     contract it shares with WallMoney: a crypto payout broadcast → completed) and `refund.completed`
 *     (the deposit went back to its sender, less the network fee).
 */
import { z } from "@hono/zod-openapi";
import { AmountField, AssetField, DepositAddressField, EventTimestamp, oneOf, OrderIdField, orderIdFor, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";
import type { MappedEvent, VerifiedDelivery, WebhookAdapter } from "../adapter";
import { triggerOfframpPayout } from "../../../ramps/offramp-payout";
import type { Bindings } from "../../../../env";
import { applyCoinsDelivered, OTC_PROVIDER } from "../../../../providers/coins/coin-transfers";
import { eventBase, mapWallMoneyOfframp } from "../../../../providers/wallmoney/callbacks";
import { CoinsDeliveredSchema, PayoutFailedSchema, PayoutReturnedSchema, PayoutSentSchema, type CoinsDelivered } from "../../../../providers/wallmoney/schemas";

/** The OTC desk's `coins.delivered` for a crypto payout: its hash on the payout record, then the order completes. */
async function otcCoinsDelivered(env: Bindings, event: CoinsDelivered, delivery: VerifiedDelivery): Promise<MappedEvent> {
  const base = eventBase(event, delivery);
  const { payout } = await applyCoinsDelivered(env, event, "crypto_payout");
  return { subjectId: payout.orderId, source: OTC_PROVIDER, event: { ...base, type: "offramp.payout_completed", data: { transactionId: event.data.txHash, amount: payout.amount } } };
}

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
      .openapi("OfframpDepositReceived", { description: "CorePort's chain watcher: coins arrived at the order's deposit address" }),
    PayoutSentSchema,
    PayoutFailedSchema,
    PayoutReturnedSchema,
    CoinsDeliveredSchema,
    z
      .object({
        type: z.literal("refund.completed"),
        timestamp: EventTimestamp,
        data: z.object({ orderId: OrderIdField, transactionHash: TxHashField, amount: AmountField("499.500000", "Amount refunded, after the network fee").optional() }),
      })
      .openapi("OfframpRefundCompleted", { description: "The CorePort OTC desk: the deposit went back to its sender, less the network fee → refunded" }),
  ])
  .openapi("OfframpWebhookEvent", {
    example: {
      type: "deposit.received",
      timestamp: "2026-11-27T10:15:30Z",
      data: { depositAddress: "ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3", transactionHash: "0x8f2a6c1e9b3d47f0", amount: "500.000000", asset: "USDX" },
    },
  });

export const offrampAdapter: WebhookAdapter<z.infer<typeof OfframpWebhookSchema>> = {
  ...standardWebhooksAdapter({
    provider: "offramp",
    secretName: "OFFRAMP_WEBHOOK_SECRET",
    schema: OfframpWebhookSchema,
    async map(payload, { env, delivery }) {
      switch (payload.type) {
        case "payout.sent":
        case "payout.failed":
        case "payout.returned":
          return mapWallMoneyOfframp(env, payload, delivery);
        case "coins.delivered":
          return otcCoinsDelivered(env, payload, delivery);
      }
      const subjectId = await orderIdFor(env, payload.data);
      const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
      if (payload.type === "deposit.received") {
        const { transactionHash, amount, asset } = payload.data;
        return { subjectId, event: { ...base, type: "offramp.deposit_received", data: { transactionId: transactionHash, amount, asset } } };
      }
      return { subjectId, event: { ...base, type: "offramp.refunded", data: { transactionId: payload.data.transactionHash, amount: payload.data.amount } } };
    },
  }),
  // A matching deposit puts the order in payout_pending: start its payout (idempotent per order).
  // (Payout results are recorded on the payout record by the mapping, from the provider's own fields.)
  async afterAccepted(env, subjectId, result) {
    if (result.subjectStatus === "payout_pending") await triggerOfframpPayout(env, subjectId);
  },
};
