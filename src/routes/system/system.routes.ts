import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "../../lib/openapi";

const TAG = "System";

export const PingResponseSchema = z
  .object({
    message: z.literal("pong"),
    time: z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" }),
  })
  .openapi("Ping");

const CheckResultSchema = z
  .object({
    status: z.enum(["ok", "degraded", "down"]),
    latencyMs: z.number().int().nonnegative().openapi({ example: 3 }),
    message: z.string().optional().openapi({ example: "newest rate is older than 172800 s" }),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  })
  .openapi("HealthCheckResult");

export const HealthResponseSchema = z
  .object({
    status: z.enum(["ok", "degraded", "down"]).openapi({ description: "down (HTTP 503) when a critical dependency fails" }),
    time: z.string().datetime().openapi({ example: "2026-11-27T10:15:30.000Z" }),
    checks: z.record(z.string(), CheckResultSchema).openapi({
      example: {
        d1: { status: "ok", latencyMs: 2 },
        kv: { status: "ok", latencyMs: 4 },
        durableObject: { status: "ok", latencyMs: 6 },
        rates: { status: "ok", latencyMs: 2, details: { newestAsOf: "2026-11-27T09:00:00.000Z", ageSeconds: 4530, staleAfterSeconds: 172800 } },
      },
    }),
  })
  .openapi("Health");

export const ping = createRoute({
  method: "get",
  path: "/ping",
  tags: [TAG],
  operationId: "ping",
  security: [],
  summary: "Connectivity check",
  description: "Returns `pong` without touching any dependency.",
  responses: {
    200: jsonContent(PingResponseSchema, "The service answers"),
    ...problemResponses("RATE_LIMITED"),
  },
});

export const health = createRoute({
  method: "get",
  path: "/health",
  tags: [TAG],
  operationId: "getHealth",
  security: [],
  summary: "Dependency health",
  description:
    "Checks D1, KV, the payment Durable Object namespace and the age of the newest exchange rate, each with its latency. " +
    "200 when every critical dependency answers (status `ok` or `degraded`), 503 with the same body when one is down.",
  responses: {
    200: jsonContent(HealthResponseSchema, "Healthy or degraded"),
    503: jsonContent(HealthResponseSchema, "A critical dependency is down"),
    ...problemResponses("RATE_LIMITED"),
  },
});
