/**
 * Bank transfers that reach the on-ramp collection account without naming an order (no reference, or
 * one CorePort never issued): recorded once per provider transfer id, no order touched. The webhook
 * answers 202 `matched: false` so the provider keeps the money with its unmatched funds for return.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { unmatchedTransfers, type UnmatchedTransfer } from "../../db/schema";
import type { Bindings } from "../../env";
import { canonicalJson } from "../../lib/canonical-json";
import { sha256Hex } from "../../lib/sha256";
import { newId } from "../../lib/ids";

export interface UnmatchedTransferInput {
  provider: string;
  transactionId: string;
  amount: string;
  currency: string;
  reference?: string;
  payload: unknown;
}

/** Record the transfer (idempotent per provider + transaction id); `duplicate` when it was already recorded. */
export async function recordUnmatchedTransfer(env: Bindings, input: UnmatchedTransferInput): Promise<{ transfer: UnmatchedTransfer; duplicate: boolean }> {
  const db = getDb(env.DB);
  const inserted = await db
    .insert(unmatchedTransfers)
    .values({
      id: newId("utr"),
      provider: input.provider,
      transactionId: input.transactionId,
      amount: input.amount,
      currency: input.currency,
      reference: input.reference ?? null,
      reason: input.reference ? "unknown_reference" : "no_reference",
      payloadHash: await sha256Hex(canonicalJson(input.payload)),
    })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) return { transfer: inserted[0], duplicate: false };
  const [existing] = await db
    .select()
    .from(unmatchedTransfers)
    .where(and(eq(unmatchedTransfers.provider, input.provider), eq(unmatchedTransfers.transactionId, input.transactionId)));
  return { transfer: existing!, duplicate: true };
}
