/** Documented payload fields shared by the provider webhook schemas, each with an example. */
import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { payments, rampOrders } from "../../../db/schema";
import type { Bindings } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { idPattern } from "../../../lib/ids";
import { PositiveDecimalString } from "../../../lib/money";

export const EXAMPLE_PAYMENT_ID = "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t";
export const EXAMPLE_ORDER_ID = "ord_7h2k9m4q1x8c3v6b5n0z2w4e7r";
export const EXAMPLE_ICAN = "ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3";
export const EXAMPLE_TX_HASH = "0x8f2a6c1e9b3d47f0a5c2e8b1d6f3a9c4e7b0d2f5a8c1e4b7d0f3a6c9e2b5d8f1";

export const EventTimestamp = z.iso
  .datetime({ offset: true })
  .optional()
  .openapi({ description: "When the event happened at the provider (ISO 8601)", example: "2026-11-27T10:15:30Z" });

export const PaymentIdField = z.string().regex(idPattern("pay"), "A CorePort payment id (pay_…)").openapi({ example: EXAMPLE_PAYMENT_ID });
export const OrderIdField = z.string().regex(idPattern("ord"), "A CorePort order id (ord_…)").openapi({ example: EXAMPLE_ORDER_ID });
export const DepositAddressField = z
  .string()
  .regex(/^[A-Za-z0-9]{8,128}$/, "An address of 8-128 letters and digits")
  .openapi({ description: "The deposit address the money was sent to", example: EXAMPLE_ICAN });
export const TxHashField = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, "1-200 printable characters")
  .openapi({ description: "On-chain transaction hash", example: EXAMPLE_TX_HASH });
export const ReferenceField = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, "1-200 printable characters")
  .openapi({ description: "The provider's reference of the transfer", example: "WMP-20261127-000451" });
export const AmountField = (example: string, description: string) => PositiveDecimalString.openapi({ description, example });
export const AssetField = z.string().regex(/^[A-Z0-9]{2,12}$/, "An asset or currency code").openapi({ example: "USDX" });
export const ReasonField = z.string().min(1).max(500).optional().openapi({ example: "Beneficiary account closed" });

/** A payment named by id, or found by the deposit address it was paid to. */
export async function paymentIdFor(env: Bindings, ref: { paymentId?: string; depositAddress?: string }): Promise<string> {
  if (ref.paymentId) return ref.paymentId;
  const row = await getDb(env.DB).select({ id: payments.id }).from(payments).where(eq(payments.depositAddress, ref.depositAddress!)).get();
  if (!row) throw ApiError.notFound("Payment with deposit address", ref.depositAddress);
  return row.id;
}

/** An order named by id, or found by its deposit address (bank transfers are matched in wallmoney/callbacks.ts). */
export async function orderIdFor(env: Bindings, ref: { orderId?: string; depositAddress?: string }): Promise<string> {
  if (ref.orderId) return ref.orderId;
  const db = getDb(env.DB);
  const row = await db.select({ id: rampOrders.id }).from(rampOrders).where(eq(rampOrders.depositAddress, ref.depositAddress!)).get();
  if (!row) throw ApiError.notFound("Order with deposit address", ref.depositAddress);
  return row.id;
}

export const oneOf = (...keys: string[]) => (value: Record<string, unknown>) => keys.some((k) => value[k] !== undefined);
