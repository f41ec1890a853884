import { env } from "cloudflare:workers";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { is } from "drizzle-orm";
import { SQLiteTable as SQLiteTableClass } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema";
import { buildSeedStatements } from "../../src/db/seed";
import { restoreRatesAfterEach } from "../rates/helpers";

const tables = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTableClass));

type ColumnInfo = { name: string; type: string; notnull: number; pk: number };
type IndexInfo = { name: string; unique: number; origin: string };

describe("migrations agree with the Drizzle schema", () => {
  it("has exactly the schema's tables", async () => {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
    ).all<{ name: string }>();
    expect(results.map((r) => r.name).sort()).toEqual(tables.map((t) => getTableConfig(t).name).sort());
  });

  it.each(tables.map((t) => [getTableConfig(t).name, t] as const))("%s: columns, types, nullability, keys and indexes", async (name, table) => {
    const config = getTableConfig(table);
    const { results: columns } = await env.DB.prepare(`PRAGMA table_info("${name}")`).all<ColumnInfo>();
    const actual = Object.fromEntries(columns.map((c) => [c.name, { type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0 }]));
    const expected = Object.fromEntries(
      config.columns.map((c) => [c.name, { type: c.getSQLType().toLowerCase(), notNull: c.notNull || c.primary }]),
    );
    expect(actual).toEqual(expected);

    const pkColumns = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const expectedPk = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
    expect(pkColumns).toEqual(expectedPk);

    const { results: indexes } = await env.DB.prepare(`PRAGMA index_list("${name}")`).all<IndexInfo>();
    const created = indexes.filter((i) => i.origin === "c").map((i) => `${i.name}:${i.unique}`).sort();
    expect(created).toEqual(config.indexes.map((i) => `${i.config.name}:${i.config.unique ? 1 : 0}`).sort());
    for (const index of config.indexes) {
      const { results: cols } = await env.DB.prepare(`PRAGMA index_info("${index.config.name}")`).all<{ name: string }>();
      expect(cols.map((c) => c.name)).toEqual(index.config.columns.map((c) => (c as { name: string }).name));
    }
  });

  it("stores no money or rate column as REAL", async () => {
    for (const table of tables) {
      for (const column of getTableConfig(table).columns) expect(`${column.name}:${column.getSQLType()}`).not.toMatch(/:real$/i);
    }
  });
});

describe("seed", () => {
  restoreRatesAfterEach();

  it("is idempotent: a second run changes no row count", async () => {
    const count = async () => {
      const out: Record<string, number> = {};
      for (const t of tables) {
        const n = getTableConfig(t).name;
        out[n] = (await env.DB.prepare(`SELECT count(*) AS n FROM "${n}"`).first<{ n: number }>())!.n;
      }
      return out;
    };
    const before = await count();
    await env.DB.batch(buildSeedStatements(new Date()).map((s) => env.DB.prepare(s)));
    expect(await count()).toEqual(before);
  });

  it("holds the currencies, stablecoins and 30+ days of history the issue asks for", async () => {
    const codes = (await env.DB.prepare("SELECT code, kind, fiat_code FROM assets").all<{ code: string; kind: string; fiat_code: string }>()).results;
    for (const fiat of ["USD", "EUR", "GBP", "CHF", "AUD"]) expect(codes).toContainEqual({ code: fiat, kind: "fiat", fiat_code: fiat });
    expect(codes).toContainEqual({ code: "USDX", kind: "stablecoin", fiat_code: "USD" });
    expect(codes).toContainEqual({ code: "EURX", kind: "stablecoin", fiat_code: "EUR" });
    const span = await env.DB.prepare("SELECT min(date) AS first, max(date) AS last, count(DISTINCT date) AS days FROM exchange_rate_history").first<{ first: string; last: string; days: number }>();
    expect(Date.parse(span!.last) - Date.parse(span!.first)).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(span!.days).toBeGreaterThanOrEqual(22);
    const weekend = await env.DB.prepare("SELECT count(*) AS n FROM exchange_rate_history WHERE strftime('%w', date) IN ('0','6')").first<{ n: number }>();
    expect(weekend!.n).toBe(0);
  });

  it("keeps rates ingested from a real source when reseeding", async () => {
    await env.DB.prepare("UPDATE exchange_rates SET source='ecb', rate='9.9999' WHERE base='EUR' AND quote='USD'").run();
    await env.DB.batch(buildSeedStatements(new Date()).map((s) => env.DB.prepare(s)));
    const row = await env.DB.prepare("SELECT rate, source FROM exchange_rates WHERE base='EUR' AND quote='USD'").first();
    expect(row).toEqual({ rate: "9.9999", source: "ecb" });
  });
});
