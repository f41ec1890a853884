import { z } from "@hono/zod-openapi";
import { ERROR_CODES, PROBLEM_TYPE_BASE, type ErrorCode } from "./errors";
import { PROBLEM_CONTENT_TYPE } from "./problem";

export const FieldErrorSchema = z
  .object({
    in: z.enum(["body", "query", "path", "header", "cookie", "form"]),
    field: z.string().openapi({ example: "amount" }),
    pointer: z.string().optional().openapi({ example: "/amount" }),
    message: z.string().openapi({ example: "Expected a decimal string such as \"100.50\"" }),
    code: z.string().optional().openapi({ example: "invalid_format" }),
  })
  .openapi("FieldError");

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: `${PROBLEM_TYPE_BASE}validation-failed` }),
    title: z.string().openapi({ example: "Request validation failed" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "Invalid field 'amount': Expected a decimal string such as \"100.50\"" }),
    instance: z.string().openapi({ example: "/api/v1/info/quote" }),
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).openapi({ example: "VALIDATION_FAILED" }),
    requestId: z.string().openapi({ example: "req_5b0f7f0c9a2e4c0c8a1d3e2f" }),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .passthrough()
  .openapi("Problem", { description: "RFC 9457 problem details" });

type StatusOf<C extends ErrorCode> = (typeof ERROR_CODES)[C]["status"];

/**
 * OpenAPI responses for the error codes a route can return, built from the same code → status table
 * the error handler uses. Codes sharing a status are merged into one response.
 */
export function problemResponses<const C extends ErrorCode[]>(...codes: C) {
  const all = [...new Set<ErrorCode>([...codes, "INTERNAL"])];
  const responses: Record<number, { description: string; content: Record<string, { schema: typeof ProblemSchema }> }> = {};
  for (const code of all) {
    const { status, title } = ERROR_CODES[code];
    const existing = responses[status];
    responses[status] = {
      description: existing ? `${existing.description}; ${title}` : title,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    };
  }
  return responses as { [K in StatusOf<C[number] | "INTERNAL">]: { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } } };
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { required: true, description, content: { "application/json": { schema } } };
}

/** Security requirement of operator endpoints (the scheme is registered by src/auth/openapi-security.ts). */
export const ADMIN_SECURITY = [{ adminToken: [] }];
/** Security requirement of public endpoints: explicitly none. */
export const PUBLIC_SECURITY: Array<Record<string, string[]>> = [];

