/**
 * On-ramp provider events (fiat in, coins out): `funds.received` (a card capture or a bank transfer,
 * matched by `orderId` or by the order's `paymentReference`; several transfers add up), `funds.failed`,
 * `funds.reversed`, `coins.sent`, `coins.confirmed`, `coins.failed`, `refund.completed`.
 */
import { z } from "@hono/zod-openapi";
import { AmountField, AssetField, EventTimestamp, oneOf, OrderIdField, orderIdFor, ReasonField, ReferenceField, TxHashField } from "../fields";
import { occurredAt, standardWebhooksAdapter } from "../standard-webhooks-adapter";
import type { WebhookAdapter } from "../adapter";
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
          .refine(oneOf("orderId", "paymentReference"), { message: "Name the order with orderId or paymentReference", path: ["orderId"] }),
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

export const onrampAdapter: WebhookAdapter<z.infer<typeof OnrampWebhookSchema>> = {
  ...standardWebhooksAdapter({
    provider: "onramp",
    secretName: "ONRAMP_WEBHOOK_SECRET",
    schema: OnrampWebhookSchema,
    async map(payload, { env, delivery }) {
      const subjectId = await orderIdFor(env, payload.data);
      const base = { providerEventId: delivery.deliveryId, occurredAt: occurredAt(payload, delivery) };
      switch (payload.type) {
        case "funds.received": {
          const { transactionId, amount, currency } = payload.data;
          return { subjectId, event: { ...base, type: "onramp.funds_received", data: { transactionId, amount, asset: currency } } };
        }
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
