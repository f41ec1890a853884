/**
 * Zod fields of the payment providers' webhook payloads (PayTo, CorePay), shared by their adapters,
 * the OpenAPI document and `npm run simulate`. The ramp webhooks use the equivalent fields of
 * src/services/payments/webhooks/fields.ts.
 */
import { z } from "@hono/zod-openapi";
import { idPattern } from "../lib/ids";
import { PositiveDecimalString } from "../lib/money";

export const PaymentId = z.string().regex(idPattern("pay"), "A CorePort payment id (pay_…)").openapi({ example: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t" });

export const DepositAddress = z
  .string()
  .regex(/^[A-Za-z0-9]{8,128}$/, "An address of 8-128 letters and digits")
  .openapi({ description: "The deposit address the money was sent to", example: "ab792215c43fc213c02182c8389f2bc32408e2c50922" });

/** A transaction hash or provider transfer reference. */
export const TransactionRef = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, "1-200 printable characters")
  .openapi({ description: "On-chain transaction hash", example: "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060" });

export const AssetCode = z.string().regex(/^[A-Z0-9]{2,12}$/, "An asset or currency code").openapi({ example: "USDX" });

export const ChainAmount = (example: string, description: string) => PositiveDecimalString.openapi({ description, example });

export const BlockNumber = z.number().int().min(0).openapi({ example: 18234771 });

export const Confirmations = z.number().int().min(0).max(1_000_000).openapi({ example: 3 });

export const Reason = z.string().min(1).max(500).optional().openapi({ example: "replaced by a transaction with a higher fee" });

export const EventTimestamp = z.iso
  .datetime({ offset: true })
  .optional()
  .openapi({ description: "When the event happened at the provider (ISO 8601)", example: "2026-11-27T10:15:30Z" });
