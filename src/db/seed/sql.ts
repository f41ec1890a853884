import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * Renders rows as literal, idempotent SQL upserts for a Drizzle table, so the same seed can be run
 * by `wrangler d1 execute --file` (local dev) and by `DB.batch` (tests).
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (value instanceof Date) return String(value.getTime());
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot seed non-finite number ${value}`);
    return String(value);
  }
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/** `rowsPerStatement` > 1 groups rows into multi-row INSERTs (same columns in every row). */
export function upsertSql(table: SQLiteTable, rows: Record<string, unknown>[], onConflict: "update" | "ignore", updateWhere?: string, rowsPerStatement = 1): string[] {
  const config = getTableConfig(table);
  const byProperty = new Map(Object.entries(table as unknown as Record<string, { name: string; primary?: boolean }>));
  const primary = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  const groups: Record<string, unknown>[][] = [];
  for (let i = 0; i < rows.length; i += rowsPerStatement) groups.push(rows.slice(i, i + rowsPerStatement));
  return groups.map((group) => {
    const entries = Object.entries(group[0]!).filter(([, v]) => v !== undefined);
    const columns = entries.map(([prop]) => {
      const column = byProperty.get(prop);
      if (!column || typeof column.name !== "string") throw new Error(`Unknown column ${config.name}.${prop}`);
      return column.name;
    });
    const tuples = group.map((row) => `(${entries.map(([prop]) => literal(row[prop])).join(", ")})`);
    const head = `INSERT INTO "${config.name}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
    const updates = columns.filter((c) => !primary.includes(c)).map((c) => `"${c}" = excluded."${c}"`);
    const tail = onConflict === "update" && updates.length
      ? ` ON CONFLICT (${primary.map((c) => `"${c}"`).join(", ")}) DO UPDATE SET ${updates.join(", ")}${updateWhere ? ` WHERE ${updateWhere}` : ""}`
      : ` ON CONFLICT DO NOTHING`;
    return head + tail + ";";
  });
}
