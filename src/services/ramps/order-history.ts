/**
 * What a ramp order tells its customer beyond its amounts (MoonPay / Transak / Ramp show the same):
 * the statuses it went through, when, and why; and for an off-ramp what the customer must do next.
 */
import { z } from "@hono/zod-openapi";
import type { PaymentEvent, RampOrder } from "../../db/schema";

export const StatusHistorySchema = z
  .array(
    z.object({
      status: z.string().openapi({ example: "awaiting_deposit" }),
      at: z.string().datetime().openapi({ description: "When the order entered this status", example: "2026-11-27T10:15:30.000Z" }),
      event: z.string().openapi({ description: "What moved it there", example: "offramp.created" }),
    }),
  )
  .openapi({ description: "Every status the order went through, oldest first" });
export type StatusHistory = z.output<typeof StatusHistorySchema>;

/** The order's statuses from its accepted events (the creation first). Without events: the creation only. */
export function statusHistory(row: RampOrder, events?: readonly PaymentEvent[]): StatusHistory {
  const created = `${row.direction}.created`;
  const moves = (events ?? []).filter((e) => e.accepted && e.fromStatus !== e.toStatus).sort((a, b) => a.seq - b.seq);
  // The core records the creation as a move out of "new".
  const history: StatusHistory = moves.map((e) => ({ status: e.toStatus, at: e.occurredAt.toISOString(), event: e.fromStatus === "new" ? created : e.type }));
  if (moves[0]?.fromStatus !== "new") history.unshift({ status: moves[0]?.fromStatus ?? row.status, at: row.createdAt.toISOString(), event: created });
  return history;
}

export const OfframpNextActionSchema = z
  .object({
    type: z.enum(["send_deposit", "decide_partial"]).openapi({ example: "send_deposit" }),
    description: z.string().openapi({ example: "Send exactly 500.000000 EURX to ab3912c6a3d1e8f4b2a9c7d5e3f1a2b4c6d8e0f2a4b6 before 2026-11-27T10:45:30.000Z" }),
  })
  .nullable()
  .openapi({ description: "What the customer or merchant must do now; null while CorePort or the providers act, and once final" });

export function offrampNextAction(row: RampOrder): z.output<typeof OfframpNextActionSchema> {
  if (row.status === "awaiting_deposit" && row.depositAddress) {
    return {
      type: "send_deposit",
      description: `Send exactly ${row.sourceAmount} ${row.sourceAsset} to ${row.depositAddress} before ${row.expiresAt.toISOString()}`,
    };
  }
  if (row.status === "awaiting_decision") {
    return {
      type: "decide_partial",
      description: `${row.amountDeposited} ${row.sourceAsset} arrived for an order of ${row.sourceAmount} ${row.sourceAsset}: estimate ${row.amountDeposited} ${row.sourceAsset} and call /offramp/proceed-partial with that quote, or /offramp/reject/${row.id} to refund the deposit`,
    };
  }
  return null;
}
