/**
 * Cursor pagination, newest first: the cursor is the (created_at, id) of the last row of a page,
 * base64url-encoded, so pages stay stable while new rows arrive.
 */
import { z } from "@hono/zod-openapi";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { base64UrlToBytes, bytesToBase64Url } from "./base64";
import { ApiError } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const PaginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)
    .openapi({ param: { name: "limit", in: "query" }, example: 20, description: `Page size, 1–${MAX_PAGE_SIZE}` }),
  cursor: z.string().max(200).optional()
    .openapi({ param: { name: "cursor", in: "query" }, example: "MTc2NDIzODUzMDAwMDpwYXlfNHg5YWJjZGVmZ2hqa21ucHFyc3R2d3h5ejAx", description: "`nextCursor` of the previous page" }),
});

/** A list's `status` filter: the statuses the state machines define, so an unknown status is a 400, not an empty list. */
export const statusFilter = (statuses: string[], example: string) =>
  z.enum([...new Set(statuses)] as [string, ...string[]]).optional().openapi({ param: { name: "status", in: "query" }, example });

export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z.object({
    object: z.literal("list"),
    data: z.array(item),
    hasMore: z.boolean().openapi({ example: false }),
    nextCursor: z.string().nullable().openapi({ example: null, description: "Pass as `cursor` to get the next (older) page; null on the last page" }),
  }).openapi(name);
}

export function encodeCursor(createdAt: Date, id: string): string {
  return bytesToBase64Url(new TextEncoder().encode(`${createdAt.getTime()}:${id}`));
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  let text: string;
  try {
    text = new TextDecoder().decode(base64UrlToBytes(cursor));
  } catch {
    throw ApiError.invalidField("cursor", "Not a cursor returned by this API", "query");
  }
  const match = /^(\d{1,15}):([A-Za-z0-9_]{1,64})$/.exec(text);
  if (!match) throw ApiError.invalidField("cursor", "Not a cursor returned by this API", "query");
  return { createdAt: new Date(Number(match[1])), id: match[2]! };
}

/** WHERE fragment for "rows older than the cursor" plus the newest-first ORDER BY. */
export function keyset(createdAtCol: SQLiteColumn, idCol: SQLiteColumn, cursor: string | undefined): { where: SQL | undefined; orderBy: SQL[] } {
  const orderBy = [desc(createdAtCol), desc(idCol)];
  if (!cursor) return { where: undefined, orderBy };
  const { createdAt, id } = decodeCursor(cursor);
  return { where: or(lt(createdAtCol, createdAt), and(eq(createdAtCol, createdAt), lt(idCol, id))), orderBy };
}

/** Cut a `limit + 1` result into a page. */
export function toPage<R extends { createdAt: Date; id: string }, T>(rows: R[], limit: number, present: (row: R) => T) {
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { object: "list" as const, data: page.map(present), hasMore, nextCursor: hasMore && last ? encodeCursor(last.createdAt, last.id) : null };
}
