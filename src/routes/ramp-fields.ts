/**
 * Request fields the on-ramp, off-ramp and order routes share, defined once so the three validate
 * the same way (each route adds its own description and example with `.openapi()`).
 */
import { z } from "@hono/zod-openapi";
import { idPattern } from "../lib/ids";

export const AssetCode = z.string().trim().regex(/^[A-Za-z0-9]{2,12}$/, "An asset or currency code such as EURX or GBP");
export const Timestamp = z.string().datetime().openapi({ example: "2026-11-27T10:45:30.000Z" });
export const QuoteId = z.string().regex(idPattern("quo"), "A quote id (quo_…)");
export const OrderId = z.string().regex(idPattern("ord"), "An order id (ord_…)");
export const MerchantReference = z.string().trim().min(1).max(100).regex(/^[\x20-\x7e]+$/, "Printable ASCII");

/** The optional Idempotency-Key of the ramp create calls (src/middleware/idempotency.ts), with a route's own example. */
export const optionalIdempotencyHeaders = (example: string) =>
  z.object({
    "idempotency-key": z.string().optional().openapi({ description: "Makes the create call safe to retry: the same key and body within 24 h return the first order", example }),
  });
