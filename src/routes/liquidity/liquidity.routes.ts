import { createRoute, z } from "@hono/zod-openapi";
import { DecimalString } from "../../lib/money";
import { ADMIN_SECURITY, jsonBody, jsonContent, problemResponses } from "../../lib/openapi";

export const TAG = "Liquidity";
/** Registered on the router as an HTTP bearer scheme (see liquidity.index.ts). */

const AssetParam = z.object({
  asset: z
    .string()
    .regex(/^[A-Za-z0-9]{2,12}$/, "Expected an asset code such as EURX")
    .openapi({ param: { name: "asset", in: "path" }, description: "Asset code (case-insensitive)", example: "EURX" }),
});

export const PoolSchema = z
  .object({
    asset: z.string().openapi({ example: "EURX" }),
    size: z.string().openapi({ description: "What the pool holds now, in units of the asset. Completed orders take their amount out of it.", example: "250000.000000" }),
    reserved: z.string().openapi({ description: "Promised to open orders.", example: "1250.000000" }),
    available: z.string().openapi({ description: "size − reserved: what new orders may reserve. Never negative.", example: "248750.000000" }),
    consumed: z.string().openapi({ description: "Delivered by completed orders since the pool was created (running total).", example: "48210.500000" }),
    lowWaterMark: z.string().openapi({ description: "Below this available amount the pool is `limited` and /health `degraded`.", example: "25000.000000" }),
    activeReservations: z.number().int().openapi({ example: 7 }),
    status: z.enum(["available", "limited", "unavailable"]).openapi({
      description: "`unavailable`: nothing left to fill (or never configured); `limited`: below the low-water mark; otherwise `available`.",
      example: "available",
    }),
    version: z.number().int().openapi({ description: "Increases with every change; send it back as `expectedVersion` to update safely.", example: 42 }),
    updatedAt: z.string().datetime().nullable().openapi({ example: "2026-11-27T10:15:30.000Z" }),
  })
  .openapi("LiquidityPool");

export const SetPoolBodySchema = z
  .strictObject({
    size: DecimalString.openapi({
      description: "What the pool holds now (e.g. the treasury balance), at most the asset's decimals. Refused below what is reserved.",
      example: "250000.00",
    }),
    lowWaterMark: DecimalString.optional().openapi({ description: "Default: a tenth of `size`, rounded up.", example: "25000.00" }),
    expectedVersion: z.number().int().nonnegative().optional().openapi({
      description: "Apply only if the pool is still at this version (409 otherwise), so a stale read never overwrites newer state.",
      example: 42,
    }),
  })
  .openapi("SetLiquidityPool", { example: { size: "250000.00", lowWaterMark: "25000.00", expectedVersion: 42 } });

export const listPools = createRoute({
  method: "get",
  path: "/admin/liquidity",
  tags: [TAG],
  operationId: "listLiquidityPools",
  summary: "List liquidity pools",
  description: "Live state of the pool of every stablecoin (and of any other asset with a pool). Operator token required.",
  security: ADMIN_SECURITY,
  responses: {
    200: jsonContent(z.object({ data: z.array(PoolSchema) }).openapi("LiquidityPoolList"), "Every pool"),
    ...problemResponses("UNAUTHORIZED"),
  },
});

export const getPool = createRoute({
  method: "get",
  path: "/admin/liquidity/{asset}",
  tags: [TAG],
  operationId: "getLiquidityPool",
  summary: "Get a liquidity pool",
  description: "Live state of one asset's pool; an asset never configured reads as an empty, `unavailable` pool.",
  security: ADMIN_SECURITY,
  request: { params: AssetParam },
  responses: {
    200: jsonContent(PoolSchema, "The pool"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND"),
  },
});

export const setPool = createRoute({
  method: "post",
  path: "/admin/liquidity/{asset}",
  tags: [TAG],
  operationId: "setLiquidityPool",
  summary: "Set a liquidity pool's size",
  description:
    "Sets what the asset's pool holds now and its low-water mark. Orders reserve from the pool, completion consumes, " +
    "expiry or failure releases. A size below the reserved amount is refused (409), as is a stale `expectedVersion`.",
  security: ADMIN_SECURITY,
  request: { params: AssetParam, body: jsonBody(SetPoolBodySchema) },
  responses: {
    200: jsonContent(PoolSchema, "The pool after the change"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "CONFLICT"),
  },
});
