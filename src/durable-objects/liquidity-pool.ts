import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env";
import {
  assessAvailability,
  type ConfigureInput,
  type ConfigureResult,
  type LiquidityAvailability,
  type PoolSnapshot,
  type ReleaseResult,
  type ReservationState,
  type ReserveInput,
  type ReserveResult,
  type ConsumeResult,
  MIRROR_DELAY_MS,
  MIRROR_RETRY_MS,
} from "../services/liquidity/pool-model";
import { describeError, createLogger } from "../lib/logger";
import { DECIMAL_PATTERN, dec, scaleOf } from "../lib/money";

type PoolRow = {
  asset: string;
  decimals: number;
  size: string;
  reserved: string;
  consumed: string;
  low_water_mark: string;
  version: number;
  mirrored_version: number;
  updated_at: number;
};
type ReservationRow = { order_id: string; amount: string; state: ReservationState; hold_until: number | null; created_at: number; updated_at: number };

/**
 * One instance per asset (named by the asset code) holds that asset's liquidity: `size` (what the pool
 * holds now), `reserved` (promised to open orders) and `consumed` (delivered by completed orders, a
 * running total); `available = size − reserved` is never negative.
 *
 * Every mutation reads and writes the object's own SQLite storage synchronously, with no `await` in
 * between, inside one transaction: a Durable Object runs one such step at a time, so concurrent
 * reservations are serialised and can never oversell. The D1 mirror (liquidity_pools) is written
 * afterwards by the alarm, so reservations never wait on D1, and a failed D1 write is retried.
 * The alarm also releases reservations whose hold lapsed (an order whose release call was lost).
 */
export class LiquidityPool extends DurableObject<Bindings> {
  private mirrorScheduled = false;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    const sql = ctx.storage.sql;
    sql.exec(`CREATE TABLE IF NOT EXISTS pool (
      id INTEGER PRIMARY KEY CHECK (id = 1), asset TEXT NOT NULL, decimals INTEGER NOT NULL, size TEXT NOT NULL,
      reserved TEXT NOT NULL, consumed TEXT NOT NULL, low_water_mark TEXT NOT NULL, version INTEGER NOT NULL,
      mirrored_version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS reservations (
      order_id TEXT PRIMARY KEY, amount TEXT NOT NULL, state TEXT NOT NULL, hold_until INTEGER,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`);
    sql.exec("CREATE INDEX IF NOT EXISTS reservations_hold ON reservations (state, hold_until)");
  }

  // ------------------------------------------------------------------ reads

  private pool(): PoolRow | undefined {
    return this.ctx.storage.sql.exec<PoolRow>("SELECT * FROM pool WHERE id = 1").toArray()[0];
  }

  private reservation(orderId: string): ReservationRow | undefined {
    return this.ctx.storage.sql.exec<ReservationRow>("SELECT * FROM reservations WHERE order_id = ?", orderId).toArray()[0];
  }

  private snapshotOf(row: PoolRow): PoolSnapshot {
    const active = this.ctx.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM reservations WHERE state = 'reserved'").one().n;
    return {
      asset: row.asset,
      decimals: row.decimals,
      size: row.size,
      reserved: row.reserved,
      consumed: row.consumed,
      available: dec(row.size).minus(row.reserved).toFixed(row.decimals),
      lowWaterMark: row.low_water_mark,
      activeReservations: active,
      version: row.version,
      updatedAt: row.updated_at,
    };
  }

  async snapshot(asset: string): Promise<PoolSnapshot | null> {
    const row = this.pool();
    return row && row.asset === asset ? this.snapshotOf(row) : null;
  }

  async availability(asset: string, amount?: string, minimum?: string): Promise<LiquidityAvailability> {
    const row = this.pool();
    return assessAvailability(asset, row && row.asset === asset ? this.snapshotOf(row) : null, amount, minimum);
  }

  // ------------------------------------------------------------------ writes

  /** Set what the pool holds now. Refused below what is already reserved (that would oversell). */
  async configure(input: ConfigureInput): Promise<ConfigureResult> {
    const now = Date.now();
    const result = this.ctx.storage.transactionSync((): ConfigureResult => {
      const row = this.pool();
      if (row && row.asset !== input.asset) return { ok: false, reason: "wrong_asset" };
      if (input.expectedVersion !== undefined && (row?.version ?? 0) !== input.expectedVersion) {
        return { ok: false, reason: "version_mismatch", version: row?.version ?? 0 };
      }
      const reserved = row?.reserved ?? dec(0).toFixed(input.decimals);
      if (dec(input.size).lt(reserved)) return { ok: false, reason: "below_reserved", reserved };
      const size = dec(input.size).toFixed(input.decimals);
      const lowWaterMark = dec(input.lowWaterMark).toFixed(input.decimals);
      const version = (row?.version ?? 0) + 1;
      this.ctx.storage.sql.exec(
        `INSERT INTO pool (id, asset, decimals, size, reserved, consumed, low_water_mark, version, updated_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET decimals = excluded.decimals, size = excluded.size, low_water_mark = excluded.low_water_mark,
           version = excluded.version, updated_at = excluded.updated_at`,
        input.asset, input.decimals, size, reserved, row?.consumed ?? dec(0).toFixed(input.decimals), lowWaterMark, version, now,
      );
      return { ok: true, pool: this.snapshotOf(this.pool()!) };
    });
    if (result.ok) await this.scheduleMirror();
    return result;
  }

  /**
   * Reserve `amount` for an order. Idempotent: the same order and amount again returns the existing
   * reservation (`replay: true`); the same order with another amount, or after consume/release, is
   * a conflict. Refused when the pool cannot cover it, with the most it could cover.
   */
  async reserve(input: ReserveInput): Promise<ReserveResult> {
    const now = Date.now();
    const result = this.ctx.storage.transactionSync((): ReserveResult => {
      const row = this.pool();
      if (!row || row.asset !== input.asset) return { ok: false, reason: "not_configured", available: "0", maxFillable: "0" };
      if (!DECIMAL_PATTERN.test(input.amount) || dec(input.amount).lte(0) || scaleOf(input.amount) > row.decimals) {
        return { ok: false, reason: "invalid_amount", available: this.snapshotOf(row).available, maxFillable: "0" };
      }
      const existing = this.reservation(input.orderId);
      if (existing) {
        if (existing.state === "reserved" && dec(existing.amount).eq(input.amount)) {
          return { ok: true, replay: true, reservation: view(existing), pool: this.snapshotOf(row) };
        }
        return { ok: false, reason: "conflict", reservation: view(existing), available: this.snapshotOf(row).available, maxFillable: "0" };
      }
      const available = dec(row.size).minus(row.reserved);
      if (dec(input.amount).gt(available)) {
        const snap = this.snapshotOf(row);
        return { ok: false, reason: "insufficient", available: snap.available, maxFillable: snap.available };
      }
      const reserved = dec(row.reserved).plus(input.amount).toFixed(row.decimals);
      const amount = dec(input.amount).toFixed(row.decimals);
      this.ctx.storage.sql.exec(
        "INSERT INTO reservations (order_id, amount, state, hold_until, created_at, updated_at) VALUES (?, ?, 'reserved', ?, ?, ?)",
        input.orderId, amount, input.holdUntil ?? null, now, now,
      );
      this.bump({ reserved }, now);
      return { ok: true, replay: false, reservation: view(this.reservation(input.orderId)!), pool: this.snapshotOf(this.pool()!) };
    });
    if (result.ok && !result.replay) await this.scheduleMirror();
    return result;
  }

  /** The order completed: its reservation leaves the pool for good. Idempotent; final. */
  async consume(asset: string, orderId: string): Promise<ConsumeResult> {
    const now = Date.now();
    const result = this.ctx.storage.transactionSync((): ConsumeResult => {
      const row = this.pool();
      const existing = row && row.asset === asset ? this.reservation(orderId) : undefined;
      if (!row || !existing) return { ok: false, reason: "not_found" };
      if (existing.state === "consumed") return { ok: true, replay: true, reservation: view(existing), pool: this.snapshotOf(row) };
      if (existing.state === "released") return { ok: false, reason: "released", reservation: view(existing) };
      this.ctx.storage.sql.exec("UPDATE reservations SET state = 'consumed', updated_at = ? WHERE order_id = ?", now, orderId);
      this.bump({
        size: dec(row.size).minus(existing.amount).toFixed(row.decimals),
        reserved: dec(row.reserved).minus(existing.amount).toFixed(row.decimals),
        consumed: dec(row.consumed).plus(existing.amount).toFixed(row.decimals),
      }, now);
      return { ok: true, replay: false, reservation: view(this.reservation(orderId)!), pool: this.snapshotOf(this.pool()!) };
    });
    if (result.ok && !result.replay) await this.scheduleMirror();
    return result;
  }

  /** The order expired or failed: its reservation returns to the pool. Idempotent; refused after consume. */
  async release(asset: string, orderId: string): Promise<ReleaseResult> {
    const now = Date.now();
    const result = this.ctx.storage.transactionSync(() => this.releaseNow(asset, orderId, now));
    if (result.ok && !result.replay) await this.scheduleMirror();
    return result;
  }

  private releaseNow(asset: string, orderId: string, now: number): ReleaseResult {
    const row = this.pool();
    const existing = row && row.asset === asset ? this.reservation(orderId) : undefined;
    if (!row || !existing) return { ok: true, replay: true, reservation: null };
    if (existing.state === "released") return { ok: true, replay: true, reservation: view(existing) };
    if (existing.state === "consumed") return { ok: false, reason: "consumed", reservation: view(existing) };
    this.ctx.storage.sql.exec("UPDATE reservations SET state = 'released', updated_at = ? WHERE order_id = ?", now, orderId);
    this.bump({ reserved: dec(row.reserved).minus(existing.amount).toFixed(row.decimals) }, now);
    return { ok: true, replay: false, reservation: view(this.reservation(orderId)!) };
  }

  private bump(changes: Partial<Pick<PoolRow, "size" | "reserved" | "consumed">>, now: number) {
    const row = this.pool()!;
    const next = { ...row, ...changes };
    // The invariant this object exists for; a violation aborts the transaction instead of persisting it.
    if (dec(next.reserved).lt(0) || dec(next.size).lt(next.reserved)) throw new Error(`Liquidity invariant violated for ${row.asset}`);
    this.ctx.storage.sql.exec(
      "UPDATE pool SET size = ?, reserved = ?, consumed = ?, version = version + 1, updated_at = ? WHERE id = 1",
      next.size, next.reserved, next.consumed, now,
    );
  }

  // ------------------------------------------------------------------ alarm: lapsed holds + D1 mirror

  /** Make sure an alarm soon writes the new state to D1 (one alarm covers a burst of changes). */
  private async scheduleMirror() {
    if (this.mirrorScheduled) return;
    this.mirrorScheduled = true;
    await this.ctx.storage.setAlarm(Date.now() + MIRROR_DELAY_MS);
  }

  override async alarm(): Promise<void> {
    this.mirrorScheduled = false;
    const now = Date.now();
    const row = this.pool();
    if (!row) return;
    const lapsed = this.ctx.storage.sql
      .exec<{ order_id: string }>("SELECT order_id FROM reservations WHERE state = 'reserved' AND hold_until IS NOT NULL AND hold_until <= ?", now)
      .toArray();
    if (lapsed.length) this.ctx.storage.transactionSync(() => lapsed.forEach((r) => this.releaseNow(row.asset, r.order_id, now)));

    let failed = false;
    try {
      await this.mirrorToD1();
    } catch (error) {
      createLogger({ component: "liquidity-pool", asset: row.asset }).warn("mirror to D1 failed; retrying", describeError(error));
      failed = true;
    }
    // Changes made while D1 was written (or a failed write) need another pass; lapsing holds need theirs.
    const after = this.pool()!;
    const dirty = after.version > after.mirrored_version;
    const hold = this.ctx.storage.sql
      .exec<{ t: number | null }>("SELECT min(hold_until) AS t FROM reservations WHERE state = 'reserved' AND hold_until IS NOT NULL")
      .one().t;
    const due = [dirty ? Date.now() + (failed ? MIRROR_RETRY_MS : MIRROR_DELAY_MS) : null, hold].filter((t): t is number => t !== null);
    this.mirrorScheduled = dirty;
    if (due.length) await this.ctx.storage.setAlarm(Math.min(...due));
  }

  /** Upsert the snapshot; the WHERE keeps an older snapshot from ever overwriting a newer one. */
  private async mirrorToD1(): Promise<void> {
    const row = this.pool();
    if (!row || row.mirrored_version >= row.version) return;
    const snap = this.snapshotOf(row);
    await this.env.DB.prepare(
      `INSERT INTO liquidity_pools (asset_code, size, reserved, consumed, available, low_water_mark, active_reservations, version, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (asset_code) DO UPDATE SET size = excluded.size, reserved = excluded.reserved, consumed = excluded.consumed,
         available = excluded.available, low_water_mark = excluded.low_water_mark, active_reservations = excluded.active_reservations,
         version = excluded.version, updated_at = excluded.updated_at
       WHERE liquidity_pools.version < excluded.version`,
    ).bind(snap.asset, snap.size, snap.reserved, snap.consumed, snap.available, snap.lowWaterMark, snap.activeReservations, snap.version, snap.updatedAt).run();
    this.ctx.storage.sql.exec("UPDATE pool SET mirrored_version = ? WHERE id = 1", snap.version);
  }
}

function view(row: ReservationRow) {
  return { orderId: row.order_id, amount: row.amount, state: row.state, holdUntil: row.hold_until, createdAt: row.created_at, updatedAt: row.updated_at };
}
