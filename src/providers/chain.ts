/** Zod shapes of Core Blockchain values in provider payloads. */
import { z } from "@hono/zod-openapi";
import { checkIcan } from "../lib/ican";
import { idPattern } from "../lib/ids";
import { PositiveDecimalString } from "../lib/money";

export const TxHash = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, "A transaction hash: 0x and 64 hex digits")
  .transform((s) => s.toLowerCase())
  .openapi({ example: "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060" });

export const BlockHash = TxHash.openapi({ example: "0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2" });

export const IcanAddress = z
  .string()
  .refine((s) => checkIcan(s).valid, "A valid ICAN address (cb/ab/ce, check digits, 40 hex digits)")
  .transform((s) => s.trim().toLowerCase())
  .openapi({ example: "ab792215c43fc213c02182c8389f2bc32408e2c50922" });

export const PaymentId = z.string().regex(idPattern("pay"), "A CorePort payment id (pay_…)").openapi({ example: "pay_4x9kq2m7c1v8b3n6t0w5z2r8yd" });

export const AssetCode = z.string().regex(/^[A-Z0-9]{2,12}$/, "An asset code such as USDX").openapi({ example: "USDX" });

export const ChainAmount = PositiveDecimalString.openapi({ example: "125.500000" });

export const BlockNumber = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ example: 1843201 });

export const EventTimestamp = z.string().datetime({ offset: true }).openapi({ example: "2026-11-27T10:15:30Z" });
