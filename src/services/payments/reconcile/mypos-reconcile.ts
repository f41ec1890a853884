/**
 * MyPOS reconciliation (scheduled, src/scheduled.ts): a card payment whose notify never reached us
 * (lost, or arrived while we could not answer) is settled by asking myPOS (IPCGetPaymentStatus,
 * signed request, signed answer verified) and applying the answer as an event through the payment's
 * Durable Object. The event carries the id the notify would have (`IPCPurchaseNotify:<IPC_Trnref>`,
 * `IPCPurchaseRollback:<OrderID>`), so a notify that arrives later changes nothing a second time.
 *
 * Which payments: MyPOS payments in `requires_payment`, `processing` or `expired`, created at least
 * MYPOS_RECONCILE_AFTER_MINUTES ago (default 15: the notify normally comes within seconds) and whose
 * expiry is less than that long ago (a payment paid in its last minute is still found). At most
 * MYPOS_RECONCILE_BATCH (default 20) status calls per run, each with the status client's timeout and
 * size cap; a payment checked is not asked again for MYPOS_RECONCILE_AFTER_MINUTES (marker in CACHE_KV).
 *
 * Card on-ramp orders (issue 9: the same checkout with `ord_…` as OrderID) in `awaiting_funds` or
 * `expired` are reconciled the same way; a paid order then gets its coins sent, as after a notify.
 *
 * What the answer does:
 *   successful → payment.funds_received (succeeded; after the expiry: counted and flagged for review)
 *   reversed   → payment.reversed
 *   unsuccessful → payment.failed only for a payment `processing`; a payment still `requires_payment`
 *                  (or an order `awaiting_funds`) stays open: the customer may retry another card until
 *                  it expires (its alarm ends it)
 *   pending / unknown OrderID (the customer never reached the checkout) → nothing
 */
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { payments, rampOrders } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { intVar } from "../../../lib/config";
import { createLogger, describeError } from "../../../lib/logger";
import { paymentAdapter } from "../../../providers/registry";
import { applyProviderEvent } from "../webhooks/provider-events";

export const DEFAULT_RECONCILE_AFTER_MINUTES = 15;
export const DEFAULT_RECONCILE_BATCH = 20;
const MAX_BATCH = 100;
const RECONCILED_STATUSES = ["requires_payment", "processing", "expired"] as const;
const RECONCILED_ORDER_STATUSES = ["awaiting_funds", "expired"] as const;
const markerKey = (paymentId: string) => `mypos:reconciled:${paymentId}`;

export interface ReconcileOptions {
  /** How the status calls reach myPOS (tests; the sandbox is served by this worker). */
  fetcher?: typeof fetch;
}

export interface ReconcileSummary {
  /** Payments and card on-ramp orders asked about. */
  checked: number;
  /** Events accepted (a payment settled, reversed or failed). */
  applied: number;
  /** Status calls or applications that failed (retried on a later run). */
  errors: number;
}

export function reconcileSettings(env: Pick<Bindings, "MYPOS_RECONCILE_AFTER_MINUTES" | "MYPOS_RECONCILE_BATCH">) {
  return {
    afterMinutes: intVar(env.MYPOS_RECONCILE_AFTER_MINUTES, DEFAULT_RECONCILE_AFTER_MINUTES),
    batch: Math.min(Math.max(intVar(env.MYPOS_RECONCILE_BATCH, DEFAULT_RECONCILE_BATCH), 1), MAX_BATCH),
  };
}

/** The payments and card on-ramp orders due a status check now (oldest expiry first), without those checked recently. */
async function candidates(env: Bindings, afterMinutes: number, batch: number): Promise<Array<{ id: string; status: string }>> {
  const cutoff = new Date(Date.now() - afterMinutes * 60_000);
  const db = getDb(env.DB);
  const [paymentRows, orderRows] = await db.batch([
    db.select({ id: payments.id, status: payments.status, expiresAt: payments.expiresAt })
      .from(payments)
      .where(and(eq(payments.method, "mypos"), inArray(payments.status, [...RECONCILED_STATUSES]), lte(payments.createdAt, cutoff), gte(payments.expiresAt, cutoff)))
      .orderBy(asc(payments.expiresAt))
      .limit(batch * 4),
    db.select({ id: rampOrders.id, status: rampOrders.status, expiresAt: rampOrders.expiresAt })
      .from(rampOrders)
      .where(and(eq(rampOrders.direction, "onramp"), eq(rampOrders.rail, "card"), inArray(rampOrders.status, [...RECONCILED_ORDER_STATUSES]), lte(rampOrders.createdAt, cutoff), gte(rampOrders.expiresAt, cutoff)))
      .orderBy(asc(rampOrders.expiresAt))
      .limit(batch * 4),
  ]);
  const rows = [...paymentRows, ...orderRows].sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
  const due: Array<{ id: string; status: string }> = [];
  for (const row of rows) {
    if (due.length === batch) break;
    if ((await env.CACHE_KV.get(markerKey(row.id))) === null) due.push({ id: row.id, status: row.status });
  }
  return due;
}

export async function reconcileMyposPayments(env: Bindings, options: ReconcileOptions = {}): Promise<ReconcileSummary> {
  const log = createLogger({ component: "mypos.reconcile" });
  const { afterMinutes, batch } = reconcileSettings(env);
  const adapter = paymentAdapter(env, "mypos");
  const due = await candidates(env, afterMinutes, batch);
  const summary: ReconcileSummary = { checked: 0, applied: 0, errors: 0 };

  await Promise.all(
    due.map(async (payment) => {
      summary.checked += 1;
      try {
        const { result, events } = await adapter.reconcile(payment.id, { fetcher: options.fetcher });
        // A declined attempt does not end a payment the customer may still pay with another card.
        const applicable = events.filter((e) => e.type !== "payment.failed" || payment.status === "processing");
        for (const event of applicable) {
          const applied = await applyProviderEvent(env, event);
          if (applied.accepted && !applied.duplicate) summary.applied += 1;
          log.info("mypos status applied", { paymentId: payment.id, type: event.type, providerEventId: event.providerEventId, accepted: applied.accepted, duplicate: applied.duplicate, status: applied.subjectStatus });
        }
        if (!applicable.length) log.debug("mypos status changes nothing", { paymentId: payment.id, known: result.known, status: result.known ? result.status : result.code });
        await env.CACHE_KV.put(markerKey(payment.id), "1", { expirationTtl: Math.max(60, afterMinutes * 60) });
      } catch (error) {
        summary.errors += 1;
        log.warn("mypos status check failed; retried next run", { paymentId: payment.id, ...describeError(error) });
      }
    }),
  );
  if (summary.checked) log.info("mypos reconciliation run", { ...summary });
  return summary;
}
