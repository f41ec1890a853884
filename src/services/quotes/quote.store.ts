import { and, eq, gt, inArray, isNull, lt, or } from "drizzle-orm";
import { getDb } from "../../db/client";
import { quotes } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import type { PricedQuote, Quote } from "./quote.schemas";

export type StoredQuote = typeof quotes.$inferSelect;

export interface StoreQuoteOptions {
  /** "quote" for /info/quote; estimates of later flows use their own kinds ("offramp", …). */
  kind: string;
  merchantId?: string | null;
  ttlSeconds: number;
  now?: Date;
}

/** Store a priced quote so a payment or order can lock it until it expires. */
export async function storeQuote(env: Bindings, priced: PricedQuote, options: StoreQuoteOptions): Promise<Quote> {
  const createdAt = options.now ?? new Date();
  const expiresAt = new Date(createdAt.getTime() + options.ttlSeconds * 1000);
  const id = newId("quo");
  await getDb(env.DB)
    .insert(quotes)
    .values({
      id,
      merchantId: options.merchantId ?? null,
      kind: options.kind,
      action: priced.action,
      sourceAsset: priced.send.asset,
      targetAsset: priced.receive.asset,
      sourceAmount: priced.send.amount,
      targetAmount: priced.receive.amount,
      rate: priced.rate.value,
      rateAsOf: new Date(priced.rate.asOf),
      fees: priced.fees.map(({ type, amount, asset }) => ({ type, amount, asset })),
      totalFee: priced.totalFee,
      referrerId: priced.referral?.referrerId ?? null,
      referralFee: priced.referral?.amount ?? null,
      paymentType: priced.paymentType,
      expiresAt,
      createdAt,
    });
  return { id, ...priced, expiresAt: expiresAt.toISOString(), createdAt: createdAt.toISOString() };
}

/** A stored quote the merchant may use (its own or a public one); 404 otherwise, never revealing another's. */
export async function loadQuote(env: Bindings, id: string, merchantId: string): Promise<StoredQuote> {
  const [row] = await getDb(env.DB).select().from(quotes).where(eq(quotes.id, id)).limit(1);
  if (!row || (row.merchantId !== null && row.merchantId !== merchantId)) throw ApiError.notFound("Quote", id);
  return row;
}

/** A quote that does not fit the request: 422 naming the field (quoteId unless said). */
export function quoteMismatch(detail: string, field = "quoteId"): ApiError {
  return new ApiError("UNPROCESSABLE", { detail, errors: [{ in: "body", field, pointer: `/${field}`, message: detail, code: "quote_mismatch" }] });
}

/**
 * Lock a stored quote for one payment or order (`usedBy`): atomically, so two payments can never lock
 * the same quote. Unknown or another merchant's quote → 404 (existence is not revealed); expired → 422;
 * already used by someone else → 409. Locking again for the same `usedBy` returns the quote (idempotent).
 */
export async function claimQuote(env: Bindings, id: string, usedBy: string, options: { merchantId?: string | null; now?: Date } = {}): Promise<StoredQuote> {
  const db = getDb(env.DB);
  const now = options.now ?? new Date();
  // Ownership is part of the atomic condition: a foreign quote must never be locked, even briefly.
  const owner = options.merchantId === undefined ? undefined : or(isNull(quotes.merchantId), eq(quotes.merchantId, options.merchantId ?? ""));
  const [claimed] = await db
    .update(quotes)
    .set({ usedBy })
    .where(and(eq(quotes.id, id), isNull(quotes.usedBy), gt(quotes.expiresAt, now), owner))
    .returning();
  const row = claimed ?? (await db.select().from(quotes).where(eq(quotes.id, id)).limit(1))[0];
  const foreign = row && row.merchantId !== null && options.merchantId !== undefined && row.merchantId !== (options.merchantId ?? "");
  if (!row || foreign) throw ApiError.notFound("Quote", id);
  if (claimed) return claimed;
  if (row.usedBy === usedBy) return row;
  // The holder is not named: a public quote (no merchant) may be held by another merchant's payment.
  if (row.usedBy !== null) throw new ApiError("CONFLICT", { detail: `Quote '${id}' is already used by another payment or order; request a new quote`, extensions: { quoteId: id } });
  throw new ApiError("UNPROCESSABLE", {
    detail: `Quote '${id}' expired at ${row.expiresAt.toISOString()}; request a new quote`,
    extensions: { quoteId: id, expiresAt: row.expiresAt.toISOString() },
  });
}

/** How long an unused, expired quote is kept (for support questions about what a customer saw). */
export const EXPIRED_QUOTE_RETENTION_MS = 7 * 86_400_000;
const PURGE_BATCH = 500;

/** Delete up to one batch of unused quotes that expired before the retention window. Returns rows deleted. */
export async function purgeExpiredQuotes(env: Bindings, now = new Date()): Promise<number> {
  const db = getDb(env.DB);
  const cutoff = new Date(now.getTime() - EXPIRED_QUOTE_RETENTION_MS);
  const stale = db.select({ id: quotes.id }).from(quotes).where(and(lt(quotes.expiresAt, cutoff), isNull(quotes.usedBy))).limit(PURGE_BATCH);
  const deleted = await db.delete(quotes).where(inArray(quotes.id, stale)).returning({ id: quotes.id });
  return deleted.length;
}

const PURGE_EVERY_MS = 600_000;
let lastPurgeAt = 0;

/**
 * Quote creation is public, so storage must not grow without bound: each isolate purges at most one
 * batch every ten minutes, in the background of a quote request (no extra work on the response path).
 */
export function purgeExpiredQuotesOccasionally(env: Bindings, defer: (work: Promise<unknown>) => void, onError: (error: unknown) => void): void {
  const now = Date.now();
  if (now - lastPurgeAt < PURGE_EVERY_MS) return;
  lastPurgeAt = now;
  defer(purgeExpiredQuotes(env, new Date(now)).catch(onError));
}
