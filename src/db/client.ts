import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export type Database = ReturnType<typeof drizzle<typeof schema, D1Database>>;

// Building a client maps the whole schema's relations: done once per binding (or D1 session), not per request.
const clients = new WeakMap<object, Database>();

/** The Drizzle client over a D1 binding or D1 session (one per binding object, built on first use). */
export function getDb(d1: D1Database | D1DatabaseSession): Database {
  let db = clients.get(d1);
  if (!db) {
    db = drizzle(d1 as D1Database, { schema });
    clients.set(d1, db);
  }
  return db;
}
