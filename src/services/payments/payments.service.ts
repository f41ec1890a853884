/**
 * The payments core as the rest of the worker uses it: create a payment or ramp order, apply an event
 * to it, read it. Method and ramp routes (issues 8, 9) call these; they never talk to D1 rows of
 * payments/orders or to the Durable Object directly.
 */
import { and, asc, eq, getTableColumns, lte } from "drizzle-orm";
import { getDb } from "../../db/client";
import { paymentEvents, payments, rampOrders, type Payment, type RampOrder } from "../../db/schema";
import type { ApplyEventInput, ApplyEventResult, PaymentObject } from "../../durable-objects/payment-object";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { createLogger, describeError } from "../../lib/logger";
import { DECIMAL_PATTERN, dec } from "../../lib/money";
import { hashClientSecret, newClientSecret } from "./client-secret";
import type { SubjectState } from "./machine";
import { subjectFamily, type PaymentRecord, type RampOrderRecord, type SubjectEvent, type SubjectRecord, type SubjectRow } from "./subject";

/** Columns the Durable Object owns or the core fills in: never part of a creation request. */
type CoreColumns = "status" | "version" | "needsReview" | "createdAt" | "updatedAt" | "clientSecretHash" | "id";

/** A payment to create: its D1 row without the core's columns; `id` may be pre-allocated (e.g. to derive a deposit address). */
export type NewPayment = Omit<typeof payments.$inferInsert, CoreColumns | "amountReceived"> & { id?: string };
/** A ramp order to create, same rules. `direction` decides its state machine (onramp / offramp). */
export type NewRampOrder = Omit<typeof rampOrders.$inferInsert, CoreColumns | "amountDeposited"> & { id?: string };

export interface CreateOptions {
  /** Who creates it, recorded as the source of the creation event: `merchant` (default), `operator`, `system`. */
  source?: "merchant" | "operator" | "system";
}

export interface Created<R> {
  row: R;
  /** Returned once: the browser's credential for this subject. Only its hash is stored. */
  clientSecret: string;
  /** D1 already shows the row (false: the outbox alarm is catching up; reads still see it via the DO). */
  projected: boolean;
  /** Its events so far (the creation), as the DO recorded them: a create call needs no second read. */
  events: SubjectEvent[];
}

/** The RPC surface of a subject's object. (Workers' RPC typing maps `unknown` members to `never`; values are structured-cloned, so the class's own signatures are the truth.) */
export type SubjectObject = Pick<PaymentObject, "create" | "apply" | "view" | "inspect">;

export function subjectStub(env: Bindings, subjectId: string): SubjectObject {
  return env.PAYMENT_OBJECT.get(env.PAYMENT_OBJECT.idFromName(subjectId)) as unknown as SubjectObject;
}

const OWNED = new Set(["status", "version", "needsReview", "createdAt", "updatedAt", "expiresAt", "amountReceived", "amountDeposited"]);

/** Every column of the table that the creator defines, absent optional ones as null (the row is rebuilt from it). */
function completeRecord(table: typeof payments | typeof rampOrders, input: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(getTableColumns(table))) {
    if (!OWNED.has(key)) record[key] = input[key] ?? null;
  }
  return record;
}

function assertCreatable(amount: string, field: string, expiresAt: Date): void {
  if (!DECIMAL_PATTERN.test(amount) || !dec(amount).gt(0)) throw ApiError.invalidField(field, "Must be a positive decimal string");
  if (!(expiresAt instanceof Date) || Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()) {
    throw ApiError.invalidField("expiresAt", "Must be in the future");
  }
}

async function createSubject<R extends SubjectRow>(env: Bindings, id: string, record: SubjectRecord, expiresAt: Date, options: CreateOptions, clientSecret: string): Promise<Created<R>> {
  const result = await subjectStub(env, id).create({ record, expiresAt: expiresAt.getTime(), source: options.source ?? "merchant" });
  if (result.status === "conflict") throw new ApiError("CONFLICT", { detail: `Could not create '${id}': ${result.reason}` });
  return { row: result.row as R, clientSecret, projected: result.projected, events: result.events };
}

/** Create a payment in its initial status (`requires_payment`), with its expiry alarm armed. */
export async function createPayment(env: Bindings, input: NewPayment, options: CreateOptions = {}): Promise<Created<Payment>> {
  const id = input.id ?? newId("pay");
  if (subjectFamily(id) !== "payment") throw ApiError.invalidField("id", "Must be a payment id (pay_…)");
  assertCreatable(input.amountExpected, "amountExpected", input.expiresAt);
  const clientSecret = newClientSecret(id);
  const payment = completeRecord(payments, { ...input, id, clientSecretHash: await hashClientSecret(clientSecret) }) as PaymentRecord;
  return createSubject<Payment>(env, id, { kind: "payment", payment }, input.expiresAt, options, clientSecret);
}

/** Create an on-ramp or off-ramp order in its initial status, with its expiry alarm armed. */
export async function createRampOrder(env: Bindings, input: NewRampOrder, options: CreateOptions = {}): Promise<Created<RampOrder>> {
  const id = input.id ?? newId("ord");
  if (subjectFamily(id) !== "order") throw ApiError.invalidField("id", "Must be an order id (ord_…)");
  assertCreatable(input.sourceAmount, "sourceAmount", input.expiresAt);
  const clientSecret = newClientSecret(id);
  const order = completeRecord(rampOrders, { ...input, id, clientSecretHash: await hashClientSecret(clientSecret) }) as RampOrderRecord;
  return createSubject<RampOrder>(env, id, { kind: input.direction, order }, input.expiresAt, options, clientSecret);
}

/**
 * Apply an event to a payment/order through its Durable Object. The result tells whether it was
 * accepted, refused (recorded, nothing changed) or a duplicate (the first outcome is returned).
 */
export async function applyEvent(env: Bindings, subjectId: string, event: ApplyEventInput): Promise<ApplyEventResult> {
  if (!subjectFamily(subjectId)) return { status: "not_found" };
  return subjectStub(env, subjectId).apply(event);
}

export interface SubjectRead<R extends SubjectRow> {
  row: R;
  /** Where the row came from: D1 when it is current, the Durable Object when D1 is behind. */
  source: "d1" | "durable_object";
  d1Version: number | null;
  /** null when the Durable Object could not be asked (then D1 answers alone). */
  liveVersion: number | null;
  /** The DO's working state (pending transactions, confirmations), when it answered. */
  state?: SubjectState;
  events?: SubjectEvent[];
}

/**
 * Read a payment or order for a status endpoint. D1 and the Durable Object are asked in parallel; the
 * D1 row is used unless the DO has a newer version (D1 behind while the outbox catches up). Both only
 * ever hold states the DO accepted, so a read can be at most briefly stale, never wrong.
 */
export interface ReadOptions {
  /** Include the events (from the object when it answers: one call for row and events; from D1 otherwise). */
  events?: boolean;
  /** The D1 row the caller already read (e.g. for the ownership check): not read again. */
  stored?: SubjectRow;
}

export async function readSubject(env: Bindings, id: string, options: ReadOptions = {}): Promise<SubjectRead<SubjectRow> | null> {
  const family = subjectFamily(id);
  if (!family) return null;
  const db = getDb(env.DB);
  const table = family === "payment" ? payments : rampOrders;
  const [stored, live] = await Promise.allSettled([
    options.stored ? Promise.resolve(options.stored) : (db.select().from(table).where(eq(table.id, id)).get() as Promise<SubjectRow | undefined>),
    subjectStub(env, id).view({ events: options.events }),
  ]);
  const log = createLogger({ component: "payments.read", subjectId: id });
  if (live.status === "rejected") log.warn("durable object unavailable; answering from D1", describeError(live.reason));
  if (stored.status === "rejected") log.warn("D1 unavailable; answering from the durable object", describeError(stored.reason));
  const d1Row = stored.status === "fulfilled" ? stored.value : undefined;
  const view = live.status === "fulfilled" ? live.value : undefined;
  if (stored.status === "rejected" && live.status === "rejected") throw new ApiError("SERVICE_UNAVAILABLE", { detail: "Payment storage is unavailable; retry shortly", headers: { "Retry-After": "1" } });

  const useLive = !!view && (!d1Row || view.row.version > d1Row.version);
  const row = useLive ? view!.row : d1Row;
  if (!row) return null;
  const read: SubjectRead<SubjectRow> = {
    row,
    source: useLive ? "durable_object" : "d1",
    d1Version: d1Row?.version ?? null,
    liveVersion: view?.row.version ?? null,
    state: view?.state,
  };
  if (options.events) {
    // The object holds every event D1 has (and maybe newer ones): no second round trip when it answered.
    read.events = view?.events
      ? view.events.filter((e) => e.seq <= row.version)
      : await db.select().from(paymentEvents).where(and(eq(paymentEvents.subjectId, id), lte(paymentEvents.seq, row.version))).orderBy(asc(paymentEvents.seq));
  }
  return read;
}

export async function readPayment(env: Bindings, id: string, options: ReadOptions = {}): Promise<SubjectRead<Payment> | null> {
  if (subjectFamily(id) !== "payment") return null;
  return (await readSubject(env, id, options)) as SubjectRead<Payment> | null;
}

export async function readRampOrder(env: Bindings, id: string, options: ReadOptions = {}): Promise<SubjectRead<RampOrder> | null> {
  if (subjectFamily(id) !== "order") return null;
  return (await readSubject(env, id, options)) as SubjectRead<RampOrder> | null;
}
