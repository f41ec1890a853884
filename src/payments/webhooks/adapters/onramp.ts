/**
 * On-ramp provider events (fiat in, coins out): `funds.received` (a card capture or a bank transfer,
 * matched by `orderId` or by the order's `paymentReference`; several transfers add up), `funds.failed`,
 * `funds.reversed`, `coins.sent`, `coins.confirmed`, `coins.failed`, `refund.completed`.
 * A transfer without a reference, or with one no order carries, is recorded as unmatched (202) and
 * changes no order.
 */
import { z } from "@hono/zod-openapi";
import { AmountField, AssetField, EventTimestamp, OrderIdField, orderIdFor, ReasonField, ReferenceField, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";
import { UnmatchedDelivery, type WebhookAdapter } from "../adapter";
import { recordUnmatchedTransfer } from "../../../services/ramps/unmatched-transfers";
import { getDb } from "../../../db/client";
import { rampOrders } from "../../../db/schema";
import { eq } from "drizzle-orm";
import type { Bindings } from "../../../env";
import { afterOnrampChange } from "../../../services/ramps/onramp-delivery";

const PaymentReference = z
  .string()
  .regex(/^RF\d{2}[A-Za-z0-9]{1,21}$/, "An ISO 11649 creditor reference (RF…)")
  .openapi({ description: "The reference the bank transfer carried", example: "RF18539007547034" });
const Order = z.object({ orderId: OrderIdField, reason: ReasonField });
const CoinTransfer = z.object({ orderId: OrderIdField, transactionHash: TxHashField });

export const OnrampWebhookSchema = z
  .discriminatedUnion("type", [
    z
      .object({
        type: z.literal("funds.received"),
        timestamp: EventTimestamp,
        data: z
          .object({
            orderId: OrderIdField.optional(),
            paymentReference: PaymentReference.optional(),
            transactionId: ReferenceField,
            amount: AmountField("250.00", "Amount that arrived, in `currency`"),
            currency: AssetField.openapi({ example: "EUR" }),
          })
          .openapi({
            description:
              "A card capture names the order (`orderId`); a bank transfer carries its `paymentReference`. A transfer with neither, or with a reference no order was given, is recorded as unmatched (202, `matched: false`) and changes no order.",
          }),
      })
      .openapi("OnrampFundsReceived"),
    z.object({ type: z.literal("funds.failed"), timestamp: EventTimestamp, data: Order }).openapi("OnrampFundsFailed"),
    z.object({ type: z.literal("funds.reversed"), timestamp: EventTimestamp, data: Order }).openapi("OnrampFundsReversed"),
    z.object({ type: z.literal("coins.sent"), timestamp: EventTimestamp, data: CoinTransfer }).openapi("OnrampCoinsSent"),
    z.object({ type: z.literal("coins.confirmed"), timestamp: EventTimestamp, data: CoinTransfer }).openapi("OnrampCoinsConfirmed"),
    z.object({ type: z.literal("coins.failed"), timestamp: EventTimestamp, data: Order }).openapi("OnrampCoinsFailed"),
    z
      .object({
        type: z.literal("refund.completed"),
        timestamp: EventTimestamp,
        data: z.object({ orderId: OrderIdField, transactionId: ReferenceField, amount: AmountField("250.00", "Amount refunded").optional() }),
      })
      .openapi("OnrampRefundCompleted"),
  ])
  .openapi("OnrampWebhookEvent", {
    example: {
      type: "funds.received",
      timestamp: "2026-11-27T10:15:30Z",
      data: { paymentReference: "RF18539007547034", transactionId: "WMP-20261127-000451", amount: "250.00", currency: "EUR" },
    },
  });

/** The order a funds.received names, or undefined (no reference, or a reference no order carries). */
async function fundedOrder(env: Bindings, data: { orderId?: string; paymentReference?: string }): Promise<string | undefined> {
  if (data.orderId) return data.orderId;
  if (!data.paymentReference) return undefined;
  const row = await getDb(env.DB).select({ id: rampOrders.id }).from(rampOrders).where(eq(rampOrders.paymentReference, data.paymentReference.toUpperCase())).get();
  return row?.id;
}

export const onrampAdapter: WebhookAdapter<z.infer<typeof OnrampWebhookSchema>> = {
  ...standardWebhooksAdapter({
    provider: "onramp",
    secretName: "ONRAMP_WEBHOOK_SECRET",
    schema: OnrampWebhookSchema,
    async map(payload, { env, delivery }) {
      const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
      if (payload.type === "funds.received") {
        const { transactionId, amount, currency, paymentReference } = payload.data;
        const subjectId = await fundedOrder(env, payload.data);
        if (!subjectId) {
          const { transfer, duplicate } = await recordUnmatchedTransfer(env, { provider: "onramp", transactionId, amount, currency, reference: paymentReference, payload });
          throw new UnmatchedDelivery({ unmatchedTransferId: transfer.id, reason: transfer.reason, duplicate });
        }
        return { subjectId, event: { ...base, type: "onramp.funds_received", data: { transactionId, amount, asset: currency } } };
      }
      const subjectId = await orderIdFor(env, payload.data);
      switch (payload.type) {
        case "funds.failed":
          return { subjectId, event: { ...base, type: "onramp.failed", data: { reason: payload.data.reason } } };
        case "funds.reversed":
          return { subjectId, event: { ...base, type: "onramp.reversed", data: { reason: payload.data.reason } } };
        case "coins.sent":
          return { subjectId, event: { ...base, type: "onramp.coins_sent", data: { transactionId: payload.data.transactionHash } } };
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
