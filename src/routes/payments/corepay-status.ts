/**
 * The detailed on-chain status of a CorePay payment, folded from its accepted events: each transaction
 * with its block, amount and confirmations (seen / required), and how much was seen vs expected.
 */
import type { z } from "@hono/zod-openapi";
import type { Payment } from "../../db/schema";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import type { SubjectEvent } from "../../services/payments/subject";
import type { CorepayTransactionSchema } from "./payments.schemas";

type Transaction = z.infer<typeof CorepayTransactionSchema>;

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) ? v : undefined);

export function corepayTransactions(events: SubjectEvent[], required: number): Transaction[] {
  const byHash = new Map<string, Transaction>();
  for (const event of events) {
    if (!event.accepted) continue;
    const hash = str(event.data.transactionId);
    if (!hash) continue;
    const at = new Date(event.occurredAt).toISOString();
    let tx = byHash.get(hash);
    if (!tx) {
      tx = { hash, state: "pending", amount: null, blockNumber: null, confirmations: 0, confirmationsRequired: required, firstSeenAt: at, lastUpdateAt: at };
      byHash.set(hash, tx);
    }
    tx.lastUpdateAt = at;
    tx.amount = str(event.data.amount) ?? tx.amount;
    tx.blockNumber = int(event.data.blockNumber) ?? tx.blockNumber;
    switch (event.type) {
      case "payment.processing":
        tx.state = "pending";
        break;
      case "payment.confirmations":
        tx.confirmations = int(event.data.confirmations) ?? tx.confirmations;
        break;
      case "payment.funds_received":
        tx.state = "confirmed";
        tx.confirmations = Math.max(tx.confirmations, required);
        break;
      case "payment.dropped":
        tx.state = "dropped";
        break;
    }
  }
  return [...byHash.values()];
}

/** Confirmed + pending amounts, with the amount due's decimals. */
export function amountSeen(row: Payment, transactions: Transaction[]): string {
  const pending = transactions.filter((t) => t.state === "pending" && t.amount !== null).reduce((sum, t) => sum.plus(t.amount!), dec(0));
  return formatDecimal(dec(row.amountReceived).plus(pending), scaleOf(row.amountExpected), "down");
}
