/**
 * A "subject" is a payment or a ramp order: what one PaymentObject owns. Its D1 row is rebuilt from the
 * creation record (the columns the creator chose) plus the state the Durable Object owns (status,
 * amounts, review flag, version, event-set columns) — so the DO can always say what D1 must show.
 */
import type { Payment, PaymentEvent, RampOrder } from "../../db/schema";
import { idPattern } from "../../lib/ids";
import { MACHINES, type SubjectKind, type SubjectState } from "./machine";

/** Columns the Durable Object owns; creators never set them. */
type OwnedColumns = "status" | "version" | "needsReview" | "createdAt" | "updatedAt" | "expiresAt";

/** A payment row as its creator defines it (JSON-safe: no Dates). */
export type PaymentRecord = Omit<Payment, OwnedColumns | "amountReceived">;
/** A ramp order row as its creator defines it (JSON-safe: no Dates). */
export type RampOrderRecord = Omit<RampOrder, OwnedColumns | "amountDeposited">;

export type SubjectRecord = { kind: "payment"; payment: PaymentRecord } | { kind: "onramp" | "offramp"; order: RampOrderRecord };

export type SubjectRow = Payment | RampOrder;

export interface SubjectTimes {
  createdAt: number;
  updatedAt: number;
}

const PAYMENT_ID = idPattern("pay");
const ORDER_ID = idPattern("ord");

/** `pay_…` → payment, `ord_…` → ramp order, anything else → not a subject id. */
export function subjectFamily(id: string): "payment" | "order" | undefined {
  if (PAYMENT_ID.test(id)) return "payment";
  if (ORDER_ID.test(id)) return "order";
  return undefined;
}

export function recordId(record: SubjectRecord): string {
  return record.kind === "payment" ? record.payment.id : record.order.id;
}

export function initialState(record: SubjectRecord, expiresAt: number): SubjectState {
  const machine = MACHINES[record.kind];
  const base = { kind: record.kind, status: machine.initial, amountReceived: "0", pending: {}, credited: [], confirmations: {}, needsReview: false, expiresAt, columns: {} };
  return record.kind === "payment"
    ? { ...base, asset: record.payment.asset, amountExpected: record.payment.amountExpected }
    : { ...base, asset: record.order.sourceAsset, amountExpected: record.order.sourceAmount };
}

/** The D1 row the subject must have at `version`. */
export function buildRow(record: SubjectRecord, state: SubjectState, version: number, times: SubjectTimes): SubjectRow {
  const owned = {
    status: state.status,
    needsReview: state.needsReview,
    version,
    createdAt: new Date(times.createdAt),
    updatedAt: new Date(times.updatedAt),
    expiresAt: new Date(state.expiresAt),
  };
  if (record.kind === "payment") {
    return { ...record.payment, providerReference: state.columns.providerReference ?? record.payment.providerReference, amountReceived: state.amountReceived, ...owned };
  }
  return { ...record.order, ...state.columns, amountDeposited: state.amountReceived, ...owned } as RampOrder;
}

/** The row as merchants see it in notifications: ISO dates, never the client secret hash. */
export function publicRowView(row: SubjectRow): Record<string, unknown> {
  const { clientSecretHash: _hidden, ...rest } = row;
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) view[key] = value instanceof Date ? value.toISOString() : value;
  return view;
}

export function kindOfRow(row: SubjectRow): SubjectKind {
  return "direction" in row ? row.direction : "payment";
}

export type SubjectEvent = PaymentEvent;
