/**
 * The record of money CorePort sends out for a ramp order (table ramp_payouts): coins delivered for
 * an on-ramp, a crypto or bank payout for an off-ramp. The row is written BEFORE the provider is
 * called and its id is the provider's Idempotency-Key, so a retry after a timeout or a crash calls
 * the provider again with the same key instead of paying twice. One row per order and kind.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { rampPayouts, type RampPayout } from "../db/schema";
import type { Bindings } from "../env";
import { ApiError } from "../lib/errors";
import { newId } from "../lib/ids";
import { dec } from "../lib/money";

export type PayoutKind = RampPayout["kind"];
export type PayoutStatus = RampPayout["status"];

/**
 * Allowed status changes, as data. `sent` can still become `returned` (a bank sends a payout back
 * days later, e.g. a closed account); `failed` and `returned` are final.
 */
export const PAYOUT_TRANSITIONS: Record<PayoutStatus, readonly PayoutStatus[]> = {
  submitted: ["sent", "failed"],
  sent: ["returned"],
  failed: [],
  returned: [],
};

export interface PayoutIntent {
  orderId: string;
  kind: PayoutKind;
  providerCode: string;
  mode: RampPayout["mode"];
  asset: string;
  amount: string;
  destination: Record<string, string>;
}

function sameIntent(row: RampPayout, intent: PayoutIntent): boolean {
  return (
    row.providerCode === intent.providerCode &&
    row.asset === intent.asset &&
    dec(row.amount).eq(intent.amount) &&
    JSON.stringify(row.destination) === JSON.stringify(intent.destination)
  );
}

export async function findPayout(env: Bindings, orderId: string, kind: PayoutKind): Promise<RampPayout | undefined> {
  const [row] = await getDb(env.DB).select().from(rampPayouts).where(and(eq(rampPayouts.orderId, orderId), eq(rampPayouts.kind, kind)));
  return row;
}

export async function findPayoutById(env: Bindings, id: string): Promise<RampPayout | undefined> {
  const [row] = await getDb(env.DB).select().from(rampPayouts).where(eq(rampPayouts.id, id));
  return row;
}

/**
 * The payout row for this order and kind: created as `submitted`, or the existing one when the
 * same payout was begun before (`created: false`). Another amount, asset or destination for the
 * same order is a 409: a payout is never silently changed.
 */
export async function beginPayout(env: Bindings, intent: PayoutIntent): Promise<{ payout: RampPayout; created: boolean }> {
  const db = getDb(env.DB);
  const inserted = await db
    .insert(rampPayouts)
    .values({ id: newId("pyo"), ...intent, status: "submitted" })
    .onConflictDoNothing({ target: [rampPayouts.orderId, rampPayouts.kind] })
    .returning();
  if (inserted[0]) return { payout: inserted[0], created: true };
  const existing = await findPayout(env, intent.orderId, intent.kind);
  if (!existing) throw new ApiError("INTERNAL", { detail: "Payout record could not be written" });
  if (!sameIntent(existing, intent)) {
    throw new ApiError("CONFLICT", {
      detail: `Order ${intent.orderId} already has a ${intent.kind} of ${existing.amount} ${existing.asset} to another destination or amount`,
      extensions: { payoutId: existing.id, currentState: existing.status },
    });
  }
  return { payout: existing, created: false };
}

export interface PayoutUpdate {
  status?: PayoutStatus;
  providerReference?: string;
  txHash?: string;
  failureCode?: string;
  failureMessage?: string;
}

/**
 * Apply a provider's answer or callback. The same status again is a no-op (redelivery); a change
 * not in PAYOUT_TRANSITIONS is a 409 naming the current state. The UPDATE is conditional on the
 * status read, so two concurrent callbacks cannot both win. `changed: false` = nothing to do.
 */
export async function updatePayout(env: Bindings, id: string, update: PayoutUpdate, attempt = 0): Promise<{ payout: RampPayout; changed: boolean }> {
  const db = getDb(env.DB);
  const [row] = await db.select().from(rampPayouts).where(eq(rampPayouts.id, id));
  if (!row) throw ApiError.notFound("Payout", id);
  const next = update.status ?? row.status;
  if (next !== row.status && !PAYOUT_TRANSITIONS[row.status].includes(next)) {
    throw new ApiError("CONFLICT", { detail: `Payout ${id} is ${row.status}; it cannot become ${next}`, extensions: { currentState: row.status } });
  }
  const changes = {
    status: next,
    providerReference: update.providerReference ?? row.providerReference,
    txHash: update.txHash ?? row.txHash,
    failureCode: update.failureCode ?? row.failureCode,
    failureMessage: update.failureMessage ?? row.failureMessage,
  };
  const unchanged = Object.entries(changes).every(([k, v]) => row[k as keyof RampPayout] === v);
  if (unchanged) return { payout: row, changed: false };
  const [updated] = await db
    .update(rampPayouts)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(rampPayouts.id, id), eq(rampPayouts.status, row.status)))
    .returning();
  if (!updated) {
    // Lost a race with another update: re-read and judge again (a few times at most).
    if (attempt >= 3) throw new ApiError("CONFLICT", { detail: `Payout ${id} is changing; retry`, extensions: { currentState: row.status } });
    return updatePayout(env, id, update, attempt + 1);
  }
  return { payout: updated, changed: true };
}
