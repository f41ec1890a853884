/**
 * The D1 side of the outbox: the statements that make D1 show what a Durable Object accepted. Every
 * statement is idempotent and monotonic (insert-if-absent, update-only-if-newer), so a retry, a
 * duplicate or two projections racing can never move D1 backwards or write anything twice.
 */
import type { BatchItem } from "drizzle-orm/batch";
import { and, eq, lt } from "drizzle-orm";
import type { Database } from "../../db/client";
import { paymentEvents, payments, rampOrders, type Payment, type RampOrder } from "../../db/schema";
import type { SubjectEvent, SubjectRow } from "./subject";

type Statement = BatchItem<"sqlite">;

/** Insert the row unless it exists (only the primary key may conflict: a unique column clash is an error). */
export function insertRowStatement(db: Database, row: SubjectRow): Statement {
  if ("direction" in row) return db.insert(rampOrders).values(row).onConflictDoNothing({ target: rampOrders.id });
  return db.insert(payments).values(row as Payment).onConflictDoNothing({ target: payments.id });
}

/** Bring the row to `row.version` unless D1 already has that version or a newer one. */
export function updateRowStatement(db: Database, row: SubjectRow): Statement {
  if ("direction" in row) {
    const order = row as RampOrder;
    return db
      .update(rampOrders)
      .set({
        status: order.status,
        amountDeposited: order.amountDeposited,
        needsReview: order.needsReview,
        sourceAmount: order.sourceAmount,
        targetAmount: order.targetAmount,
        rate: order.rate,
        fees: order.fees,
        quoteId: order.quoteId,
        providerReference: order.providerReference,
        payoutTxHash: order.payoutTxHash,
        version: order.version,
        updatedAt: order.updatedAt,
      })
      .where(and(eq(rampOrders.id, order.id), lt(rampOrders.version, order.version)));
  }
  const payment = row as Payment;
  return db
    .update(payments)
    .set({
      status: payment.status,
      amountReceived: payment.amountReceived,
      needsReview: payment.needsReview,
      providerReference: payment.providerReference,
      version: payment.version,
      updatedAt: payment.updatedAt,
    })
    .where(and(eq(payments.id, payment.id), lt(payments.version, payment.version)));
}

/** One event row; a retry finds it (same id, same subject and seq) and does nothing. */
export function insertEventStatement(db: Database, event: SubjectEvent): Statement {
  return db.insert(paymentEvents).values(event).onConflictDoNothing();
}

/** D1 reports constraint violations in the message; they are not transient and retrying will not help. */
export function isUniqueViolation(error: unknown): boolean {
  const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return /UNIQUE constraint failed/i.test(message);
}
