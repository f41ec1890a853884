/**
 * The on-ramp webhook hears two senders, told apart by the event `type`:
 *   WallMoney & Partners (src/providers/wallmoney): `transfer.credited` (a bank transfer reached the
 *     collection account; matched by its RF reference, else recorded as unmatched → 202) and
 *     `coins.delivered` (the bought coins were broadcast). Mapped in src/providers/wallmoney/callbacks.ts.
 *   CorePort's Core Blockchain watcher / operations: `coins.confirmed` (the coin transfer is final),
 *     `coins.failed` (it was dropped or reverted → the fiat is refunded) and `refund.completed` (the
 *     fiat refund went out).
 * Card on-ramps are funded through the myPOS webhook (payment-webhook.ts), not here.
 */
import { z } from "@hono/zod-openapi";
import { EventTimestamp, OrderIdField, orderIdFor, ReasonField, ReferenceField, AmountField, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";
import type { WebhookAdapter } from "../adapter";
import { afterOnrampChange } from "../../../ramps/onramp-delivery";
import { mapWallMoneyOnramp } from "../../../../providers/wallmoney/callbacks";
import { CoinsDeliveredSchema, TransferCreditedSchema } from "../../../../providers/wallmoney/schemas";

const CoinTransfer = z.object({ orderId: OrderIdField, transactionHash: TxHashField });

export const OnrampWebhookSchema = z
  .discriminatedUnion("type", [
    TransferCreditedSchema,
    CoinsDeliveredSchema,
    z
      .object({ type: z.literal("coins.confirmed"), timestamp: EventTimestamp, data: CoinTransfer })
      .openapi("OnrampCoinsConfirmed", { description: "CorePort's chain watcher: the coin transfer to the customer's wallet is final → completed" }),
    z
      .object({ type: z.literal("coins.failed"), timestamp: EventTimestamp, data: z.object({ orderId: OrderIdField, reason: ReasonField }) })
      .openapi("OnrampCoinsFailed", { description: "CorePort's chain watcher: the coin transfer was dropped or reverted → refund_pending" }),
    z
      .object({
        type: z.literal("refund.completed"),
        timestamp: EventTimestamp,
        data: z.object({ orderId: OrderIdField, transactionId: ReferenceField, amount: AmountField("250.00", "Amount refunded").optional() }),
      })
      .openapi("OnrampRefundCompleted", { description: "CorePort operations: the fiat refund to the customer went out → refunded" }),
  ])
  .openapi("OnrampWebhookEvent", {
    example: {
      id: "wmevt_01J9ZK4T8Q",
      createdAt: "2026-11-27T10:15:30Z",
      type: "transfer.credited",
      data: {
        transferId: "wmtr_5RT6YU",
        amount: "250.00",
        currency: "EUR",
        creditorReference: "RF55 4605 8913 2657 2084",
        remittanceInformation: "Order RF55 4605 8913 2657 2084",
        collectionIban: "DE89370400440532013000",
        debtor: { name: "Anna Müller", iban: "FR7630006000011234567890189", bic: "AGRIFRPP" },
        bookedAt: "2026-11-27T10:15:30Z",
      },
    },
  });

export const onrampAdapter: WebhookAdapter<z.infer<typeof OnrampWebhookSchema>> = {
  ...standardWebhooksAdapter({
    provider: "onramp",
    secretName: "ONRAMP_WEBHOOK_SECRET",
    schema: OnrampWebhookSchema,
    async map(payload, { env, delivery }) {
      if (payload.type === "transfer.credited" || payload.type === "coins.delivered") return mapWallMoneyOnramp(env, payload, delivery);
      const subjectId = await orderIdFor(env, payload.data);
      const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
      switch (payload.type) {
        case "coins.confirmed":
          return { subjectId, event: { ...base, type: "onramp.completed", data: { transactionId: payload.data.transactionHash } } };
        case "coins.failed":
          return { subjectId, event: { ...base, type: "onramp.coins_failed", data: { reason: payload.data.reason } } };
        case "refund.completed":
          return { subjectId, event: { ...base, type: "onramp.refunded", data: { transactionId: payload.data.transactionId, amount: payload.data.amount } } };
      }
    },
  }),
  // Funds confirmed → send the coins; completed → consume the liquidity; failed/rejected → release it.
  async afterAccepted(env, subjectId, result) {
    await afterOnrampChange(env, subjectId, result.subjectStatus);
  },
};
