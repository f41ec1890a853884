import { createRoute, z } from "@hono/zod-openapi";
import { jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { PositiveDecimalString } from "../../lib/money";
import { idempotency } from "../../middleware/idempotency";
import { CheckoutPageUrl, IdempotencyKeyHeaders, CreatedMyposPaymentSchema, ExpiresInField, MerchantReferenceField, MetadataField, PaymentIdParam, PaymentSchema } from "./payments.schemas";

const PageUrl = CheckoutPageUrl;

export const CreateMyposPaymentSchema = z
  .strictObject({
    amount: PositiveDecimalString.openapi({ description: "Amount to charge the card, at most 2 decimals", example: "25.50" }),
    currency: z.string().regex(/^[A-Za-z]{3}$/, "Expected an ISO 4217 code").openapi({ description: "Card currency (EUR, USD, GBP, CHF)", example: "EUR" }),
    returnUrl: PageUrl.openapi({ description: "Your page the customer returns to after the checkout (never proof of payment: wait for the notification)", example: "https://shop.acme.example/checkout/complete" }),
    cancelUrl: PageUrl.optional().openapi({ description: "Your page for a cancelled checkout (default: returnUrl)", example: "https://shop.acme.example/checkout/cancelled" }),
    merchantReference: MerchantReferenceField.optional(),
    metadata: MetadataField.optional(),
    expiresInSeconds: ExpiresInField,
  })
  .openapi("CreateMyposPayment");

export const createMyposPayment = createRoute({
  method: "post",
  path: "/payments/mypos",
  tags: ["Payments"],
  operationId: "createMyposPayment",
  summary: "Create a MyPOS card payment session",
  description:
    "Returns `redirectUrl`: a CorePort page that posts the RSA-signed IPCPurchase form to the myPOS hosted checkout (no secret reaches " +
    "the browser). myPOS's signed IPCPurchaseNotify makes the payment `succeeded`; IPCPurchaseRollback `reversed`. Fees: the card " +
    "schedule (`enter`, payment type `mypos`) of the currency's stablecoin, which the merchant is credited (`settlement`). " +
    "Requires an `Idempotency-Key` header.",
  middleware: [idempotency()],
  request: { headers: IdempotencyKeyHeaders, body: jsonBody(CreateMyposPaymentSchema) },
  responses: {
    201: jsonContent(CreatedMyposPaymentSchema, "Created; `clientSecret` is shown only here"),
    ...problemResponses("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHORIZED", "UNPROCESSABLE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "SERVICE_UNAVAILABLE"),
  },
});

export const getMyposPayment = createRoute({
  method: "get",
  path: "/payments/mypos/{id}",
  tags: ["Payments"],
  operationId: "getMyposPayment",
  summary: "Get a MyPOS card payment",
  description:
    "Status, amounts, fees, settlement and the timeline of a card payment: what the customer's page shows after returning from the " +
    "hosted checkout (the return itself proves nothing; the status changes when myPOS's signed notification arrives). Readable with " +
    "the merchant's secret key or the payment's client secret (`X-Client-Secret`); any other caller gets a 404.",
  request: { params: PaymentIdParam },
  responses: {
    200: jsonContent(PaymentSchema, "The payment"),
    ...problemResponses("VALIDATION_FAILED", "UNAUTHORIZED", "NOT_FOUND", "SERVICE_UNAVAILABLE"),
  },
});
