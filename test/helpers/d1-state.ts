/**
 * Storage is isolated per test FILE, not per test: a test that changes rows others read (the seeded
 * configuration, rates, limits) must put them back, pass or fail. `restoreTablesAfterEach` snapshots
 * the named tables before each test and, after it, deletes the rows the test added, rewrites the rows
 * it changed and re-inserts the rows it deleted (matched by rowid, so only what changed is written).
 */
import { env } from "cloudflare:workers";
import { afterEach, beforeEach } from "vitest";

type Row = Record<string, unknown> & { __rowid: number };

interface TableSnapshot {
  table: string;
  rows: Row[];
}

async function rowsOf(table: string): Promise<Row[]> {
  return (await env.DB.prepare(`SELECT rowid AS __rowid, * FROM "${table}"`).all<Row>()).results;
}

export async function snapshotTables(tables: readonly string[]): Promise<TableSnapshot[]> {
  return Promise.all(tables.map(async (table) => ({ table, rows: await rowsOf(table) })));
}

const same = (a: Row, b: Row) => Object.keys(a).every((k) => a[k] === b[k]);

/** Puts the tables back as they were in `snapshot`, in one transaction (foreign keys checked at its end). */
export async function restoreTables(snapshot: readonly TableSnapshot[]): Promise<void> {
  const statements: D1PreparedStatement[] = [env.DB.prepare("PRAGMA defer_foreign_keys = on")];
  for (const { table, rows } of snapshot) {
    const saved = new Map(rows.map((r) => [r.__rowid, r]));
    const current = await rowsOf(table);
    const present = new Set<number>();
    for (const row of current) {
      present.add(row.__rowid);
      const before = saved.get(row.__rowid);
      if (!before) statements.push(env.DB.prepare(`DELETE FROM "${table}" WHERE rowid = ?`).bind(row.__rowid));
      else if (!same(before, row)) {
        const columns = Object.keys(before).filter((c) => c !== "__rowid");
        statements.push(env.DB.prepare(`UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(", ")} WHERE rowid = ?`).bind(...columns.map((c) => before[c]), row.__rowid));
      }
    }
    for (const before of rows) {
      if (present.has(before.__rowid)) continue;
      const columns = Object.keys(before).filter((c) => c !== "__rowid");
      statements.push(
        env.DB.prepare(`INSERT INTO "${table}" (rowid, ${columns.map((c) => `"${c}"`).join(", ")}) VALUES (?, ${columns.map(() => "?").join(", ")})`).bind(before.__rowid, ...columns.map((c) => before[c])),
      );
    }
  }
  if (statements.length > 1) await env.DB.batch(statements);
}

/**
 * Registers a snapshot of `tables` before each test of the enclosing describe (or file) and its
 * restoration after each; `afterRestore` runs next, e.g. to republish a cache built from those rows.
 */
export function restoreTablesAfterEach(tables: readonly string[], afterRestore?: () => Promise<unknown>): void {
  let snapshot: TableSnapshot[] = [];
  beforeEach(async () => {
    snapshot = await snapshotTables(tables);
  });
  afterEach(async () => {
    await restoreTables(snapshot);
    await afterRestore?.();
  });
}
