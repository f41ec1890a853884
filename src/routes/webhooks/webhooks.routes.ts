import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "../../lib/openapi";
import { OfframpWebhookSchema } from "../../services/payments/webhooks/adapters/offramp";
import { OnrampWebhookSchema } from "../../services/payments/webhooks/adapters/onramp";
import { EXAMPLE_PAYMENT_ID, EXAMPLE_TX_HASH } from "../../services/payments/webhooks/fields";
import { CorepayWebhookPayload } from "../../providers/corepay/webhook-payload";
import { MyposNotifyForm } from "../../providers/mypos/notify";
import { PaytoWebhookPayload } from "../../providers/payto/webhook-payload";

const TAG = "Webhooks";

const StandardWebhookHeaders = z.object({
  "webhook-id": z.string().openapi({ description: "Unique id of the event, the same on every retry of it (de-duplication key)", example: "msg_2Lp9zX4kQ1vB7nM3" }),
  "webhook-timestamp": z.string().openapi({ description: "Unix seconds when it was signed; refused outside ±WEBHOOK_TOLERANCE_SECONDS (300)", example: "1795752488" }),
  "webhook-signature": z.string().openapi({
    description: "Space-separated `v1,<base64 HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{raw body}\">`",
    example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
  }),
});

export const WebhookAcknowledgementSchema = z
  .object({
    received: z.literal(true),
    subjectId: z.string().openapi({ example: EXAMPLE_PAYMENT_ID }),
    eventId: z.string().openapi({ description: "CorePort's id of the recorded event", example: "evt_9c2k7m1q4x8v3b6n5z0w2e4r7t" }),
    duplicate: z.boolean().openapi({ description: "This delivery repeated an event already recorded; nothing changed", example: false }),
    accepted: z.boolean().openapi({ description: "The state machine accepted the event (false: refused and recorded, e.g. out of order)", example: true }),
    status: z.string().openapi({ description: "Status of the payment/order now", example: "succeeded" }),
    reason: z.string().optional().openapi({ description: "Why the event was refused", example: "'payment.processing' is not allowed in status 'succeeded'" }),
    events: z
      .array(
        z.object({
          eventId: z.string().openapi({ example: "evt_9c2k7m1q4x8v3b6n5z0w2e4r7t" }),
          type: z.string().openapi({ example: "payment.funds_received" }),
          duplicate: z.boolean().openapi({ example: false }),
          accepted: z.boolean().openapi({ example: true }),
        }),
      )
      .optional()
      .openapi({
        description:
          "Payment webhooks: every event the delivery recorded, in order (one delivery can carry several, e.g. a CorePay `transaction.confirmed` below CorePort's confirmation policy records a hold and a count). The fields above describe the last one; `duplicate` is true only when all were repeats.",
        example: [{ eventId: "evt_9c2k7m1q4x8v3b6n5z0w2e4r7t", type: "payment.funds_received", duplicate: false, accepted: true }],
      }),
  })
  .openapi("WebhookAcknowledgement");

const ERRORS = problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "NOT_FOUND", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "UNPROCESSABLE", "SERVICE_UNAVAILABLE");

const COMMON =
  "Signed with Standard Webhooks (HMAC-SHA256, headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). " +
  "A bad, missing or stale signature is a 401 and nothing is written. The event is recorded by the subject's Durable " +
  "Object before the 200; the same fact delivered again (same event type and transfer, under any `webhook-id`) returns the first outcome with `duplicate: true`; an event the state " +
  "machine refuses (e.g. out of order) is recorded and answered 200 with `accepted: false` — do not retry those. " +
  "Unknown payload fields are ignored.";

export const UnmatchedTransferAcknowledgementSchema = z
  .object({
    received: z.literal(true),
    matched: z.literal(false),
    unmatchedTransferId: z.string().openapi({ description: "CorePort's record of the transfer, for the operator who returns it", example: "utr_5k2m9q1x8c3v6b7n0z4w2e4r7t" }),
    reason: z.enum(["no_reference", "unknown_reference"]).openapi({ example: "unknown_reference" }),
    duplicate: z.boolean().openapi({ description: "This transfer was already recorded", example: false }),
  })
  .openapi("UnmatchedTransferAcknowledgement");

function hmacWebhook(path: string, operationId: string, summary: string, description: string, schema: z.ZodType, extra: Record<number, unknown> = {}) {
  return createRoute({
    method: "post",
    path,
    tags: [TAG],
    operationId,
    summary,
    description: `${description}\n\n${COMMON}`,
    request: { headers: StandardWebhookHeaders, body: { required: true, content: { "application/json": { schema } } } },
    responses: { 200: jsonContent(WebhookAcknowledgementSchema, "Recorded (accepted, refused or duplicate)"), ...extra, ...ERRORS },
  });
}

export const paytoWebhook = hmacWebhook(
  "/payments/payto/webhook",
  "receivePayToWebhook",
  "PayTo deposit events",
  "Deposits to a PayTo payment's deposit address, from the PayTo provider (secret `PAYTO_WEBHOOK_SECRET`). " +
    "`deposit.pending` → processing; `deposit.confirmed` counts the deposit (several add up: partially_paid, succeeded, overpaid; after expiry flagged for review); `deposit.dropped` → waiting again.",
  PaytoWebhookPayload.openapi({
    example: { type: "deposit.confirmed", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: "ab792215c43fc213c02182c8389f2bc32408e2c50922", transactionId: EXAMPLE_TX_HASH, amount: "25.000000", asset: "USDX", confirmations: 12 } },
  }),
);

export const corepayWebhook = hmacWebhook(
  "/payments/corepay/webhook",
  "receiveCorePayWebhook",
  "CorePay on-chain transaction events",
  "The Core Blockchain watcher's events for a CorePay payment (secret `COREPAY_WEBHOOK_SECRET`): " +
    "`transaction.seen` → processing, `transaction.confirmations` → count recorded, `transaction.confirmed` → paid only when its `confirmations` reach " +
    "CorePort's policy for the asset (`COREPAY_CONFIRMATIONS`; below it, the transaction is held and the count recorded — the watcher's opinion never overrides the policy), " +
    "`transaction.dropped` → waiting again (never paid). Event identity is the fact: type, transaction, block (`blockHash`, else `blockNumber`) and count.",
  CorepayWebhookPayload.openapi({
    example: {
      type: "transaction.confirmed",
      timestamp: "2026-11-27T10:15:30Z",
      data: { paymentId: EXAMPLE_PAYMENT_ID, transactionHash: EXAMPLE_TX_HASH, asset: "USDX", amount: "49.990000", blockNumber: 18234771, confirmations: 12 },
    },
  }),
);

export const onrampWebhook = hmacWebhook(
  "/onramp/webhook",
  "receiveOnrampWebhook",
  "On-ramp provider events",
  "Events of on-ramp orders (secret `ONRAMP_WEBHOOK_SECRET`), from two senders, told apart by `type`:\n\n" +
    "**WallMoney & Partners** (body `id` = `webhook-id`, the event id; a body signed under another id is a 400): " +
    "`transfer.credited` — a bank transfer reached the collection account; matched by the ISO 11649 reference CorePort issued " +
    "(`creditorReference`, else found in `remittanceInformation`), several transfers add up; the exact amount → `funds_confirmed` and the coins are sent, " +
    "a wrong amount or money after the expiry → `awaiting_decision`. A transfer without our reference, or with one no order carries, is recorded " +
    "as unmatched and answered 202 (`matched: false`): no order changes, the money stays with WallMoney for return. " +
    "`coins.delivered` — the bought coins were broadcast (live mode): the hash is recorded on the coin delivery → `coins_sent`.\n\n" +
    "**CorePort's chain watcher / operations** (CorePort's own envelope `{type, timestamp, data}`): `coins.confirmed` → `completed`, " +
    "`coins.failed` (dropped or reverted) → `refund_pending`, `refund.completed` (the fiat went back) → `refunded`.\n\n" +
    "Card on-ramps are funded through the myPOS notification (`/payments/mypos/webhook`), not here.",
  OnrampWebhookSchema,
  { 202: jsonContent(UnmatchedTransferAcknowledgementSchema, "Recorded as an unmatched transfer; no order changed"), ...problemResponses("CONFLICT") },
);

export const offrampWebhook = hmacWebhook(
  "/offramp/webhook",
  "receiveOfframpWebhook",
  "Off-ramp provider events",
  "Events of off-ramp orders (secret `OFFRAMP_WEBHOOK_SECRET`), from three senders, told apart by `type`:\n\n" +
    "**CorePort's chain watcher**: `deposit.received` — coins arrived at the order's deposit address (or named order); several deposits add up; " +
    "the exact amount → `payout_pending` and the payout starts, a different amount or a late deposit → `awaiting_decision`.\n\n" +
    "**WallMoney & Partners** (bank payouts; body `id` = `webhook-id`): `payout.sent` → `completed` (the payout's `endToEndId` becomes its reference), " +
    "`payout.failed` (ISO 20022 `reasonCode`, no money moved) → `refund_pending`, `payout.returned` (the beneficiary's bank sent it back) → `refund_pending`. " +
    "Each must name CorePort's payout of that order (`payoutId`, `orderId`) with its amount and currency (else 404/422); the payout record follows WallMoney's status. " +
    "A return before its payout was sent is a 409 (retry later).\n\n" +
    "**The CorePort OTC desk** (crypto payouts, deposit refunds): `coins.delivered` — the crypto payout was broadcast (same coin-transfer contract as WallMoney) → `completed`; " +
    "`refund.completed` — the deposit went back to its sender, less the network fee → `refunded`.",
  OfframpWebhookSchema,
  problemResponses("CONFLICT"),
);

export const myposWebhook = createRoute({
  method: "post",
  path: "/payments/mypos/webhook",
  tags: [TAG],
  operationId: "receiveMyposWebhook",
  summary: "MyPOS Checkout notifications",
  description:
    "MyPOS IPC v1.4 `IPCPurchaseNotify` (payment succeeded) and `IPCPurchaseRollback` (payment reversed), form-encoded and " +
    "RSA-SHA256 signed by MyPOS (`Signature`, last field). Answers exactly `OK` (200, text/plain) once the event is durable — " +
    "MyPOS reverses the payment on any other answer. 503 while MyPOS signature verification is not configured.",
  request: { body: { required: true, content: { "application/x-www-form-urlencoded": { schema: MyposNotifyForm } } } },
  responses: {
    200: { description: "Recorded", content: { "text/plain": { schema: z.literal("OK").openapi({ example: "OK" }) } } },
    ...ERRORS,
  },
});
