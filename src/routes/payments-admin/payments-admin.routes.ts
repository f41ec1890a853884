import { createRoute, z } from "@hono/zod-openapi";
import { idPattern } from "../../lib/ids";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { PositiveDecimalString } from "../../lib/money";
import { requireAdmin } from "../../middleware/admin-auth";
import { idempotency } from "../../middleware/idempotency";
import { EXAMPLE_ICAN, EXAMPLE_PAYMENT_ID } from "../../services/payments/webhooks/fields";

const TAG = "Admin";
const operatorScope = () => "operator";
const createMiddleware = [requireAdmin, idempotency({ required: false, scope: operatorScope })];

const AssetCode = z.string().regex(/^[A-Z0-9]{2,12}$/, "An asset or currency code");
const MerchantId = z.string().regex(/^mer_[a-z0-9_]{1,60}$/, "A merchant id (mer_…)");
const ExpiresIn = z.number().int().min(5).max(604_800).default(1800).openapi({ description: "Seconds until the expiry alarm", example: 1800 });
const Metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((m) => Object.keys(m).length <= 20, "At most 20 keys")
  .optional()
  .openapi({ example: { purpose: "bench" } });

export const CreateSandboxPaymentSchema = z
  .strictObject({
    method: z.enum(["mypos", "payto", "corepay"]).openapi({ example: "payto" }),
    asset: AssetCode.openapi({ example: "USDX" }),
    amount: PositiveDecimalString.openapi({ description: "Amount due, at most the asset's decimals", example: "25.000000" }),
    expiresInSeconds: ExpiresIn,
    merchantId: MerchantId.default("mer_sandbox").openapi({ example: "mer_sandbox" }),
    depositAddress: z.string().regex(/^[A-Za-z0-9]{8,128}$/).optional().openapi({ example: EXAMPLE_ICAN }),
    metadata: Metadata,
  })
  .openapi("CreateSandboxPayment");

export const CreateSandboxOrderSchema = z
  .strictObject({
    direction: z.enum(["onramp", "offramp"]).openapi({ example: "offramp" }),
    rail: z.enum(["card", "bank", "crypto"]).openapi({ example: "bank" }),
    sourceAsset: AssetCode.openapi({ example: "USDX" }),
    targetAsset: AssetCode.openapi({ example: "EUR" }),
    sourceAmount: PositiveDecimalString.openapi({ description: "What the customer must pay in", example: "250.000000" }),
    targetAmount: PositiveDecimalString.openapi({ description: "What the customer receives", example: "228.40" }),
    expiresInSeconds: ExpiresIn,
    merchantId: MerchantId.default("mer_sandbox").openapi({ example: "mer_sandbox" }),
    paymentReference: z.string().regex(/^RF\d{2}[A-Za-z0-9]{1,21}$/).optional().openapi({ example: "RF18539007547034" }),
    depositAddress: z.string().regex(/^[A-Za-z0-9]{8,128}$/).optional().openapi({ example: EXAMPLE_ICAN }),
    metadata: Metadata,
  })
  .openapi("CreateSandboxOrder");

export const AdminSubjectSchema = z
  .object({
    id: z.string().openapi({ example: EXAMPLE_PAYMENT_ID }),
    kind: z.enum(["payment", "onramp", "offramp"]).openapi({ example: "payment" }),
    status: z.string().openapi({ example: "requires_payment" }),
    asset: z.string().openapi({ description: "What the customer pays in", example: "USDX" }),
    amountExpected: z.string().openapi({ example: "25.000000" }),
    amountReceived: z.string().openapi({ description: "Exact sum of credited transactions", example: "0" }),
    needsReview: z.boolean().openapi({ example: false }),
    version: z.number().int().openapi({ description: "Sequence number of the subject's last event", example: 1 }),
    expiresAt: z.string().openapi({ example: "2026-11-27T10:45:30.000Z" }),
    row: z.record(z.string(), z.unknown()).openapi({ description: "The full D1 row as the Durable Object defines it (client secret hash omitted)", example: { method: "payto" } }),
  })
  .openapi("AdminSubject");

const Created = (name: string) =>
  z.object({
    [name]: AdminSubjectSchema,
    clientSecret: z.string().openapi({ description: "Returned once; the browser's credential for this subject", example: `${EXAMPLE_PAYMENT_ID}_secret_8k2m4q6x1c3v5b7n9z0w2e4r6t8y` }),
  });

export const SubjectInspectionSchema = z
  .object({
    subject: AdminSubjectSchema,
    state: z.record(z.string(), z.unknown()).openapi({ description: "Working state of the object: pending transactions, credited ids, confirmations", example: { pending: {}, credited: ["0x8f2a"] } }),
    events: z.object({
      total: z.number().int().openapi({ example: 3 }),
      accepted: z.number().int().openapi({ example: 2 }),
      inD1: z.number().int().openapi({ example: 3 }),
      acceptedInD1: z.number().int().openapi({ example: 2 }),
    }),
    d1Version: z.number().int().nullable().openapi({ description: "Version of the D1 row (null: not projected yet)", example: 3 }),
    outbox: z.object({
      rowProjected: z.boolean().openapi({ example: true }),
      projectedVersion: z.number().int().openapi({ example: 3 }),
      unprojectedEvents: z.number().int().openapi({ example: 0 }),
      unpublishedNotifications: z.number().int().openapi({ example: 0 }),
      failures: z.number().int().openapi({ description: "Consecutive failed attempts", example: 0 }),
      nextRetryAt: z.string().nullable().openapi({ example: null }),
      lastError: z.string().nullable().openapi({ example: null }),
      lastSuccessAt: z.string().nullable().openapi({ example: "2026-11-27T10:15:31.020Z" }),
      alarmAt: z.string().nullable().openapi({ description: "The object's next alarm (expiry or outbox retry)", example: "2026-11-27T10:45:30.000Z" }),
    }),
    consistent: z.boolean().openapi({ description: "D1 has the object's current version and every one of its events exactly once", example: true }),
  })
  .openapi("SubjectInspection");

const SubjectIdParam = z.object({
  id: z
    .string()
    .refine((v) => idPattern("pay").test(v) || idPattern("ord").test(v), "A payment (pay_…) or order (ord_…) id")
    .openapi({ param: { name: "id", in: "path" }, example: EXAMPLE_PAYMENT_ID }),
});

export const createSandboxPayment = createRoute({
  method: "post",
  path: "/admin/sandbox/payments",
  tags: [TAG],
  operationId: "adminCreateSandboxPayment",
  summary: "Create a sandbox payment (operator, non-production)",
  description:
    "Creates a payment through the payments core — Durable Object, D1 projection, expiry alarm — without a payment method, so that " +
    "provider webhooks, the simulator and the bench have something to act on. Refused (403) when ENVIRONMENT is production. " +
    "Accepts an optional `Idempotency-Key`.",
  middleware: createMiddleware,
  request: { body: jsonBody(CreateSandboxPaymentSchema) },
  responses: {
    201: jsonContent(Created("payment").openapi("SandboxPaymentCreated"), "Created"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "FORBIDDEN", "CONFLICT", "UNPROCESSABLE"),
  },
});

export const createSandboxOrder = createRoute({
  method: "post",
  path: "/admin/sandbox/orders",
  tags: [TAG],
  operationId: "adminCreateSandboxOrder",
  summary: "Create a sandbox on-/off-ramp order (operator, non-production)",
  description: "As the sandbox payment, for a ramp order: its Durable Object, D1 row and expiry alarm. Refused (403) in production.",
  middleware: createMiddleware,
  request: { body: jsonBody(CreateSandboxOrderSchema) },
  responses: {
    201: jsonContent(Created("order").openapi("SandboxOrderCreated"), "Created"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "FORBIDDEN", "CONFLICT", "UNPROCESSABLE"),
  },
});

export const inspectSubject = createRoute({
  method: "get",
  path: "/admin/subjects/{id}",
  tags: [TAG],
  operationId: "adminInspectSubject",
  summary: "Inspect a payment/order's object and outbox",
  description:
    "What the payment's Durable Object holds against what D1 shows: versions, event counts on both sides, outbox progress " +
    "(unprojected events, unpublished notifications, failures, next retry) and whether the two agree.",
  middleware: [requireAdmin],
  request: { params: SubjectIdParam },
  responses: {
    200: jsonContent(SubjectInspectionSchema, "The subject and its outbox"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND"),
  },
});
