import { DurableObject } from "cloudflare:workers";
import { getDb } from "../db/client";
import type { Bindings } from "../env";
import { withTimeout } from "../lib/async";
import { intVar } from "../lib/config";
import { newId } from "../lib/ids";
import { createLogger, describeError } from "../lib/logger";
import { MACHINES, NEW_STATUS, type SubjectState } from "../services/payments/machine";
import { insertEventStatement, insertRowStatement, isUniqueViolation, updateRowStatement } from "../services/payments/projection";
import { decide, SOURCE_PATTERN, type Decision } from "../services/payments/reducer";
import { buildRow, initialState, publicRowView, recordId, type SubjectEvent, type SubjectRecord, type SubjectRow } from "../services/payments/subject";
import { canonicalJson } from "../lib/canonical-json";
import { sha256Hex } from "../lib/sha256";
import { publishMerchantEvent, type MerchantEvent } from "../services/notifications/publish";

export interface CreateSubjectInput {
  record: SubjectRecord;
  /** Epoch ms; the alarm expires the subject then (if it is still in a status that expires). */
  expiresAt: number;
  /** Who creates it: `merchant` (API call), `operator`, `system`. */
  source: string;
}

export type CreateSubjectResult =
  | { status: "created" | "existing"; row: SubjectRow; projected: boolean; events: SubjectEvent[] }
  /** A D1 uniqueness rule refused the row (e.g. a deposit address in use): nothing was kept. */
  | { status: "conflict"; reason: string };

export interface ApplyEventInput {
  type: string;
  source: string;
  /** The provider's id of this delivery/event; a repeat with the same (source, id) returns the first outcome. */
  providerEventId?: string;
  /** Hash of the provider payload, to notice a provider reusing an event id for different content. */
  payloadHash?: string;
  /** When the provider says it happened (epoch ms); defaults to now. */
  occurredAt?: number;
  data: unknown;
}

export type ApplyEventResult = { status: "not_found" } | { status: "invalid"; reason: string } | RecordedEventResult;

export interface RecordedEventResult {
  status: "recorded";
  /** True when this delivery repeated an event already recorded: nothing changed, the first outcome is returned. */
  duplicate: boolean;
  /** A duplicate whose payload differs from the first delivery (logged, still not applied). */
  payloadMismatch?: boolean;
  accepted: boolean;
  eventId: string;
  seq: number;
  type: string;
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  /** The subject's status and version now. */
  subjectStatus: string;
  version: number;
  /** D1 shows this version (false: the outbox alarm will catch up). */
  projected: boolean;
}

export interface SubjectView {
  row: SubjectRow;
  state: SubjectState;
  events?: SubjectEvent[];
}

export interface OutboxStatus {
  rowProjected: boolean;
  projectedVersion: number;
  unprojectedEvents: number;
  unpublishedNotifications: number;
  failures: number;
  nextRetryAt: number | null;
  lastError: string | null;
  lastSuccessAt: number | null;
  alarmAt: number | null;
}

export interface SubjectInspection extends SubjectView {
  version: number;
  outbox: OutboxStatus;
  eventCount: number;
  acceptedEventCount: number;
}

interface ProjectionResult {
  ok: boolean;
  error?: unknown;
}

type SubjectRowSql = { id: string; kind: string; record: string; record_hash: string; state: string; version: number; created_at: number; updated_at: number };
type EventRowSql = {
  seq: number;
  id: string;
  subject_id: string;
  type: string;
  source: string;
  provider_event_id: string | null;
  payload_hash: string | null;
  from_status: string;
  to_status: string;
  accepted: number;
  reason: string | null;
  data: string;
  occurred_at: number;
  recorded_at: number;
  notification: string | null;
  projected: number;
  published: number;
};
type OutboxRowSql = {
  row_projected: number;
  projected_version: number;
  failures: number;
  next_retry_at: number | null;
  last_error: string | null;
  last_success_at: number | null;
};

interface Subject {
  id: string;
  record: SubjectRecord;
  recordHash: string;
  state: SubjectState;
  version: number;
  createdAt: number;
  updatedAt: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subject (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, record TEXT NOT NULL, record_hash TEXT NOT NULL, state TEXT NOT NULL,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, subject_id TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL,
  provider_event_id TEXT, payload_hash TEXT, from_status TEXT NOT NULL, to_status TEXT NOT NULL,
  accepted INTEGER NOT NULL, reason TEXT, data TEXT NOT NULL, occurred_at INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
  notification TEXT, projected INTEGER NOT NULL DEFAULT 0, published INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS events_provider_event_uq ON events(source, provider_event_id) WHERE provider_event_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_projected_idx ON events(projected, seq);
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY CHECK (id = 1), row_projected INTEGER NOT NULL, projected_version INTEGER NOT NULL,
  failures INTEGER NOT NULL, next_retry_at INTEGER, last_error TEXT, last_success_at INTEGER
);`;

/** D1 allows 100 bound parameters per statement and bounded batches: project at most this many events at once. */
const EVENTS_PER_BATCH = 40;
/**
 * A provider waits for our answer: a D1 write or notification hand-off slower than this counts as failed
 * (the alarm retries; the statements are idempotent, so a late landing of the slow attempt is harmless).
 */
const OUTBOX_STEP_TIMEOUT_MS = 5_000;

/**
 * One instance per payment or ramp order (named by its id). It owns the subject's state machine:
 *
 * - **Serialised**: every decision (duplicate check, reducer, event record, state write) runs inside one
 *   synchronous `transactionSync` with no `await`, so concurrent deliveries can never interleave, and
 *   different payments live in different instances and never wait on each other.
 * - **Recorded**: every event gets a per-object `seq`, accepted or refused; a repeat of the same
 *   (source, providerEventId) returns the first outcome and changes nothing.
 * - **Outbox**: the DO's own SQLite storage is written first; then the row and events are projected to D1
 *   in one batch (monotonic, idempotent), then merchant notifications are published with the event's
 *   stable id. A failed D1 write schedules the alarm, which retries with backoff until it lands.
 * - **Expiry**: the same single alarm fires at the expiry (next due time of expiry and outbox retry).
 */
export class PaymentObject extends DurableObject<Bindings> {
  private readonly sql: SqlStorage;
  private readonly log = createLogger({ component: "PaymentObject" });
  private projection?: Promise<ProjectionResult>;
  private projectionQueued?: Promise<ProjectionResult>;

  /** False until create(): reads of an id that was never created write nothing (no empty objects left behind). */
  private initialised: boolean;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.initialised = this.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'subject'").toArray().length > 0;
  }

  /** Round trip used by /health: proves the namespace is reachable and storage answers. */
  async ping(): Promise<{ ok: true; storedKeys: number }> {
    const row = this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM sqlite_master").one();
    return { ok: true, storedKeys: row.n };
  }

  // -------------------------------------------------------------------------------------------
  // RPC
  // -------------------------------------------------------------------------------------------

  /** Create the subject (idempotent for the same record). Projects it to D1 before answering. */
  async create(input: CreateSubjectInput): Promise<CreateSubjectResult> {
    const id = recordId(input.record);
    const name = this.ctx.id.name;
    if (name !== undefined && name !== id) throw new Error(`PaymentObject '${name}' cannot hold subject '${id}'`);
    if (!SOURCE_PATTERN.test(input.source)) throw new Error(`invalid creation source '${input.source}'`);
    const recordHash = await sha256Hex(canonicalJson({ record: input.record, expiresAt: input.expiresAt }));

    if (!this.initialised) {
      this.sql.exec(SCHEMA);
      this.initialised = true;
    }
    const existing = this.loadSubject();
    if (existing) {
      if (existing.recordHash !== recordHash) return { status: "conflict", reason: `subject '${id}' already exists with different details` };
      const projection = await this.project();
      return { status: "existing", row: this.rowOf(this.loadSubject()!), projected: projection.ok, events: this.loadEvents() };
    }

    const now = Date.now();
    this.ctx.storage.transactionSync(() => {
      const state = initialState(input.record, input.expiresAt);
      const subject: Subject = { id, record: input.record, recordHash, state, version: 0, createdAt: now, updatedAt: now };
      this.sql.exec(
        "INSERT INTO subject (id, kind, record, record_hash, state, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
        id,
        input.record.kind,
        JSON.stringify(input.record),
        recordHash,
        JSON.stringify(state),
        now,
        now,
      );
      this.sql.exec("INSERT INTO outbox (id, row_projected, projected_version, failures) VALUES (1, 0, 0, 0)");
      const machine = MACHINES[input.record.kind];
      this.recordEvent(subject, {
        type: `${machine.notificationPrefix}.created`,
        source: input.source,
        providerEventId: null,
        payloadHash: null,
        occurredAt: now,
        from: NEW_STATUS,
        to: state.status,
        accepted: true,
        reason: null,
        data: {},
        next: state,
        notify: `${machine.notificationPrefix}.created`,
      });
    });

    await this.syncAlarm();
    const projection = await this.project();
    const subject = this.loadSubject()!;
    if (!projection.ok && isUniqueViolation(projection.error) && subject.version === 1) {
      // D1 is where uniqueness across subjects lives (deposit address, payment reference): the subject
      // was never visible anywhere else, so undo it entirely rather than retry forever.
      this.ctx.storage.transactionSync(() => {
        this.sql.exec("DELETE FROM events");
        this.sql.exec("DELETE FROM outbox");
        this.sql.exec("DELETE FROM subject");
      });
      await this.ctx.storage.deleteAlarm();
      return { status: "conflict", reason: describeError(projection.error).errorMessage as string };
    }
    return { status: "created", row: this.rowOf(subject), projected: projection.ok, events: this.loadEvents() };
  }

  /** Apply one event. Answers after the transition is in DO storage and its D1 projection was attempted. */
  async apply(input: ApplyEventInput): Promise<ApplyEventResult> {
    const now = Date.now();
    const occurredAt = input.occurredAt ?? now;
    if (!Number.isSafeInteger(occurredAt) || occurredAt <= 0) return { status: "invalid", reason: "occurredAt must be epoch milliseconds" };
    if (input.providerEventId !== undefined && (input.providerEventId.length === 0 || input.providerEventId.length > 256)) {
      return { status: "invalid", reason: "providerEventId must be 1-256 characters" };
    }

    if (!this.initialised) return { status: "not_found" };
    const outcome = this.ctx.storage.transactionSync((): ApplyEventResult => {
      const subject = this.loadSubject();
      if (!subject) return { status: "not_found" };
      if (input.providerEventId !== undefined) {
        const prior = this.sql
          .exec<EventRowSql>("SELECT * FROM events WHERE source = ? AND provider_event_id = ?", input.source, input.providerEventId)
          .toArray()[0];
        if (prior) {
          const payloadMismatch = !!input.payloadHash && !!prior.payload_hash && input.payloadHash !== prior.payload_hash;
          return { ...this.resultOf(prior, subject), duplicate: true, ...(payloadMismatch ? { payloadMismatch } : {}) };
        }
      }
      this.expireIfDue(subject, now);
      const decision = decide(subject.state, input);
      if (decision.outcome === "invalid") return { status: "invalid", reason: decision.reason };
      const event = this.recordDecision(subject, decision, input, occurredAt);
      // Back in a status that expires after the expiry (e.g. its only transaction dropped): expire now.
      this.expireIfDue(subject, now);
      return this.resultOf(event, subject);
    });

    if (outcome.status === "not_found") return outcome;
    if (outcome.status === "recorded" && outcome.duplicate) {
      if (outcome.payloadMismatch) this.log.warn("provider reused an event id for a different payload", { source: input.source, providerEventId: input.providerEventId });
      // The first delivery may still be projecting: answer only once D1 was attempted for it.
      const projection = this.isProjected(outcome.seq) ? { ok: true } : await this.project();
      return { ...outcome, projected: projection.ok && this.isProjected(outcome.seq) };
    }
    await this.syncAlarm();
    const projection = await this.project();
    if (outcome.status === "invalid") return outcome;
    return { ...outcome, projected: projection.ok && this.isProjected(outcome.seq) };
  }

  /** The subject as the DO knows it (null if never created), optionally with its events. */
  async view(options: { events?: boolean } = {}): Promise<SubjectView | null> {
    const subject = this.loadSubject();
    if (!subject) return null;
    const view: SubjectView = { row: this.rowOf(subject), state: subject.state };
    if (options.events) view.events = this.loadEvents();
    return view;
  }

  /** Operator view: state, events and the outbox's progress towards D1. */
  async inspect(): Promise<SubjectInspection | null> {
    const subject = this.loadSubject();
    if (!subject) return null;
    const outbox = this.loadOutbox();
    const counts = this.sql
      .exec<{ total: number; accepted: number; unprojected: number; unpublished: number }>(
        `SELECT count(*) AS total, coalesce(sum(accepted), 0) AS accepted, coalesce(sum(projected = 0), 0) AS unprojected,
                coalesce(sum(notification IS NOT NULL AND published = 0), 0) AS unpublished FROM events`,
      )
      .one();
    return {
      row: this.rowOf(subject),
      state: subject.state,
      events: this.loadEvents(),
      version: subject.version,
      eventCount: counts.total,
      acceptedEventCount: counts.accepted,
      outbox: {
        rowProjected: outbox.row_projected === 1,
        projectedVersion: outbox.projected_version,
        unprojectedEvents: counts.unprojected,
        unpublishedNotifications: counts.unpublished,
        failures: outbox.failures,
        nextRetryAt: outbox.next_retry_at,
        lastError: outbox.last_error,
        lastSuccessAt: outbox.last_success_at,
        alarmAt: await this.ctx.storage.getAlarm(),
      },
    };
  }

  /** The one alarm: expire when due, then retry the outbox if D1 or notifications are behind. */
  override async alarm(): Promise<void> {
    if (!this.initialised) return;
    const now = Date.now();
    this.ctx.storage.transactionSync(() => {
      const subject = this.loadSubject();
      if (subject) this.expireIfDue(subject, now);
    });
    await this.project();
    await this.syncAlarm();
  }

  // -------------------------------------------------------------------------------------------
  // State (synchronous SQLite: safe to call inside transactionSync)
  // -------------------------------------------------------------------------------------------

  private loadSubject(): Subject | undefined {
    if (!this.initialised) return undefined;
    const row = this.sql.exec<SubjectRowSql>("SELECT * FROM subject LIMIT 1").toArray()[0];
    if (!row) return undefined;
    return {
      id: row.id,
      record: JSON.parse(row.record) as SubjectRecord,
      recordHash: row.record_hash,
      state: JSON.parse(row.state) as SubjectState,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private loadOutbox(): OutboxRowSql {
    const row = this.initialised ? this.sql.exec<OutboxRowSql>("SELECT * FROM outbox WHERE id = 1").toArray()[0] : undefined;
    return (
      row ?? {
        row_projected: 0,
        projected_version: 0,
        failures: 0,
        next_retry_at: null,
        last_error: null,
        last_success_at: null,
      }
    );
  }

  private loadEvents(where = "", ...bindings: SqlStorageValue[]): SubjectEvent[] {
    return this.sql
      .exec<EventRowSql>(`SELECT * FROM events ${where} ORDER BY seq`, ...bindings)
      .toArray()
      .map((e) => this.eventOf(e));
  }

  private rowOf(subject: Subject): SubjectRow {
    return buildRow(subject.record, subject.state, subject.version, { createdAt: subject.createdAt, updatedAt: subject.updatedAt });
  }

  private eventOf(e: EventRowSql): SubjectEvent {
    return {
      id: e.id,
      subjectId: e.subject_id,
      seq: e.seq,
      type: e.type,
      source: e.source,
      providerEventId: e.provider_event_id,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      accepted: e.accepted === 1,
      reason: e.reason,
      data: JSON.parse(e.data) as Record<string, unknown>,
      occurredAt: new Date(e.occurred_at),
      createdAt: new Date(e.recorded_at),
    };
  }

  private resultOf(e: EventRowSql, subject: Subject): RecordedEventResult {
    return {
      status: "recorded",
      duplicate: false,
      accepted: e.accepted === 1,
      eventId: e.id,
      seq: e.seq,
      type: e.type,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason,
      subjectStatus: subject.state.status,
      version: subject.version,
      projected: false,
    };
  }

  private isProjected(seq: number): boolean {
    const row = this.sql.exec<{ projected: number }>("SELECT projected FROM events WHERE seq = ?", seq).toArray()[0];
    return row?.projected === 1;
  }

  /** Apply the expiry event if the expiry passed while the subject is in a status that expires. */
  private expireIfDue(subject: Subject, now: number): void {
    const machine = MACHINES[subject.state.kind];
    if (now < subject.state.expiresAt || !machine.states[subject.state.status]?.expires) return;
    const decision = decide(subject.state, { type: machine.expiryEvent, source: "system", data: {} });
    if (decision.outcome === "accepted") this.recordDecision(subject, decision, { type: machine.expiryEvent, source: "system", data: {} }, now);
  }

  private recordDecision(subject: Subject, decision: Exclude<Decision, { outcome: "invalid" }>, input: ApplyEventInput, occurredAt: number): EventRowSql {
    const prefix = MACHINES[subject.state.kind].notificationPrefix;
    const accepted = decision.outcome === "accepted";
    let notify: string | undefined;
    if (accepted && decision.to !== decision.from) notify = `${prefix}.${decision.to}`;
    else if (decision.reviewFlagged) notify = `${prefix}.needs_review`;
    return this.recordEvent(subject, {
      type: input.type,
      source: input.source,
      providerEventId: input.providerEventId ?? null,
      payloadHash: input.payloadHash ?? null,
      occurredAt,
      from: decision.from,
      to: decision.to,
      accepted,
      reason: decision.reason ?? null,
      data: decision.data,
      next: decision.next,
      notify,
    });
  }

  /** Append one event and move the subject to `next` (mutates `subject`). Synchronous. */
  private recordEvent(
    subject: Subject,
    e: {
      type: string;
      source: string;
      providerEventId: string | null;
      payloadHash: string | null;
      occurredAt: number;
      from: string;
      to: string;
      accepted: boolean;
      reason: string | null;
      data: Record<string, unknown>;
      next: SubjectState;
      notify?: string;
    },
  ): EventRowSql {
    const now = Date.now();
    subject.version += 1;
    subject.state = e.next;
    subject.updatedAt = now;
    const id = newId("evt");
    let notification: string | null = null;
    if (e.notify) {
      const message: MerchantEvent = {
        id,
        type: e.notify,
        merchantId: subject.record.kind === "payment" ? subject.record.payment.merchantId : subject.record.order.merchantId,
        objectId: subject.id,
        data: {
          object: publicRowView(this.rowOf(subject)),
          transition: { type: e.type, source: e.source, fromStatus: e.from, toStatus: e.to, accepted: e.accepted, reason: e.reason, seq: subject.version },
        },
        createdAt: new Date(now).toISOString(),
      };
      notification = JSON.stringify(message);
    }
    const row: EventRowSql = {
      seq: subject.version,
      id,
      subject_id: subject.id,
      type: e.type,
      source: e.source,
      provider_event_id: e.providerEventId,
      payload_hash: e.payloadHash,
      from_status: e.from,
      to_status: e.to,
      accepted: e.accepted ? 1 : 0,
      reason: e.reason,
      data: JSON.stringify(e.data),
      occurred_at: e.occurredAt,
      recorded_at: now,
      notification,
      projected: 0,
      published: 0,
    };
    this.sql.exec(
      `INSERT INTO events (seq, id, subject_id, type, source, provider_event_id, payload_hash, from_status, to_status, accepted, reason, data, occurred_at, recorded_at, notification)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.seq,
      row.id,
      row.subject_id,
      row.type,
      row.source,
      row.provider_event_id,
      row.payload_hash,
      row.from_status,
      row.to_status,
      row.accepted,
      row.reason,
      row.data,
      row.occurred_at,
      row.recorded_at,
      row.notification,
    );
    this.sql.exec("UPDATE subject SET state = ?, version = ?, updated_at = ?", JSON.stringify(subject.state), subject.version, now);
    return row;
  }

  // -------------------------------------------------------------------------------------------
  // Outbox → D1 and merchant notifications
  // -------------------------------------------------------------------------------------------

  /**
   * Bring D1 (and then notifications) up to the current version. At most one projection runs at a
   * time; callers arriving meanwhile share one follow-up run, so a burst costs two D1 batches, not one
   * per event.
   */
  private project(): Promise<ProjectionResult> {
    if (!this.projection) {
      this.projection = this.projectOnce().finally(() => {
        this.projection = undefined;
      });
      return this.projection;
    }
    this.projectionQueued ??= this.projection.then(() => {
      this.projectionQueued = undefined;
      return this.project();
    });
    return this.projectionQueued;
  }

  private async projectOnce(): Promise<ProjectionResult> {
    const subject = this.loadSubject();
    if (!subject) return { ok: true };
    try {
      await this.projectToD1();
    } catch (error) {
      await this.scheduleRetry("D1 projection", error);
      return { ok: false, error };
    }
    try {
      await this.publishPending();
    } catch (error) {
      // D1 is current; only the notification waits for the alarm.
      await this.scheduleRetry("merchant notification", error);
      return { ok: true };
    }
    this.sql.exec("UPDATE outbox SET failures = 0, next_retry_at = NULL, last_error = NULL, last_success_at = ? WHERE id = 1", Date.now());
    return { ok: true };
  }

  private async projectToD1(): Promise<void> {
    const db = getDb(this.env.DB);
    for (;;) {
      const current = this.loadSubject()!;
      const outbox = this.loadOutbox();
      const pending = this.sql.exec<EventRowSql>("SELECT * FROM events WHERE projected = 0 ORDER BY seq LIMIT ?", EVENTS_PER_BATCH + 1).toArray();
      const rowBehind = outbox.row_projected === 0 || outbox.projected_version < current.version;
      if (!rowBehind && pending.length === 0) return;
      const chunk = pending.slice(0, EVENTS_PER_BATCH);
      const last = chunk.length < pending.length ? undefined : current;
      // The row moves only in the last chunk, so a D1 row at version v always has every event <= v.
      const statements = chunk.map((e) => insertEventStatement(db, this.eventOf(e)));
      if (last) {
        const row = this.rowOf(last);
        if (outbox.row_projected === 0) statements.push(insertRowStatement(db, row));
        statements.push(updateRowStatement(db, row));
      }
      const [first, ...rest] = statements;
      if (first) await withTimeout(db.batch([first, ...rest]), OUTBOX_STEP_TIMEOUT_MS, "D1 projection");
      const lastSeq = chunk.at(-1)?.seq ?? 0;
      this.ctx.storage.transactionSync(() => {
        if (lastSeq) this.sql.exec("UPDATE events SET projected = 1 WHERE seq <= ? AND projected = 0", lastSeq);
        if (last) this.sql.exec("UPDATE outbox SET row_projected = 1, projected_version = max(projected_version, ?) WHERE id = 1", last.version);
      });
    }
  }

  private async scheduleRetry(step: string, error: unknown): Promise<void> {
    const outbox = this.loadOutbox();
    const failures = outbox.failures + 1;
    const nextRetryAt = Date.now() + this.retryDelayMs(failures);
    const details = describeError(error);
    this.sql.exec("UPDATE outbox SET failures = ?, next_retry_at = ?, last_error = ? WHERE id = 1", failures, nextRetryAt, `${step}: ${String(details.errorMessage)}`.slice(0, 500));
    this.log.error(`${step} failed; the alarm will retry`, { subjectId: this.loadSubject()?.id, failures, nextRetryAt, ...details });
    await this.syncAlarm();
  }

  /** Merchant notifications, in order, each once its state change is in D1; stable ids make retries safe. */
  private async publishPending(): Promise<void> {
    const rows = this.sql
      .exec<{ seq: number; notification: string }>(
        "SELECT seq, notification FROM events WHERE notification IS NOT NULL AND published = 0 AND projected = 1 ORDER BY seq",
      )
      .toArray();
    for (const row of rows) {
      await withTimeout(this.notifyMerchant(JSON.parse(row.notification) as MerchantEvent), OUTBOX_STEP_TIMEOUT_MS, "merchant notification");
      this.sql.exec("UPDATE events SET published = 1 WHERE seq = ?", row.seq);
    }
  }

  /** The seam to merchant notifications (issue 7 delivers them). Tests replace it on the instance. */
  protected async notifyMerchant(event: MerchantEvent): Promise<void> {
    await publishMerchantEvent(this.env, event);
  }

  /** Exponential backoff from OUTBOX_RETRY_BASE_SECONDS, capped at OUTBOX_RETRY_MAX_SECONDS. */
  private retryDelayMs(failures: number): number {
    const base = intVar(this.env.OUTBOX_RETRY_BASE_SECONDS, 1) || 1;
    const cap = intVar(this.env.OUTBOX_RETRY_MAX_SECONDS, 300) || 300;
    return Math.min(cap, base * 2 ** Math.min(failures - 1, 20)) * 1000;
  }

  /** One alarm for everything: the earliest of the expiry (while it applies) and the outbox retry. */
  private async syncAlarm(): Promise<void> {
    const subject = this.loadSubject();
    const outbox = this.loadOutbox();
    const due: number[] = [];
    if (subject && MACHINES[subject.state.kind].states[subject.state.status]?.expires) due.push(subject.state.expiresAt);
    if (outbox.next_retry_at !== null) due.push(outbox.next_retry_at);
    const next = due.length ? Math.min(...due) : null;
    const current = await this.ctx.storage.getAlarm();
    if (next === null) {
      if (current !== null) await this.ctx.storage.deleteAlarm();
    } else if (current !== next) {
      await this.ctx.storage.setAlarm(next);
    }
  }
}
