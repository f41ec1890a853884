/**
 * MyPOS Checkout (IPC v1.4) server-to-server notifications, form-encoded:
 * `IPCPurchaseNotify` (a card payment succeeded → funds received; the answer must be exactly `OK`,
 * anything else makes MyPOS reverse the payment) and `IPCPurchaseRollback` (MyPOS reversed it).
 * `OrderID` is the CorePort payment (`pay_…`) or card on-ramp order (`ord_…`) id.
 *
 * Authenticity is MyPOS's RSA scheme, not HMAC: the values of all fields but `Signature`, in the order
 * sent, joined with `-`, base64-encoded, signed RSA-SHA256 with MyPOS's key. The checker is a
 * `MyposSignatureVerifier` (public certificate from secrets, src/providers/mypos); an adapter built
 * without one refuses every notification with 503, so nothing unverified is ever written.
 */
import { z } from "@hono/zod-openapi";
import type { Bindings } from "../../../env";
import { ApiError } from "../../../lib/errors";
import { verifyMyposSignature } from "../../../providers/mypos/webhook-verifier";
import { idPattern } from "../../../lib/ids";
import { validationError } from "../../../lib/validation";
import type { WebhookAdapter } from "../adapter";
import { afterOnrampChange } from "../../../services/ramps/onramp-delivery";

/** The posted fields in order, as received (the signature covers their values in this order). */
export type FormFields = ReadonlyArray<readonly [string, string]>;
export type MyposSignatureVerifier = (env: Bindings, fields: FormFields) => Promise<boolean>;

const SubjectId = z
  .string()
  .refine((v) => idPattern("pay").test(v) || idPattern("ord").test(v), "A CorePort payment (pay_…) or order (ord_…) id")
  .openapi({ example: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t" });

export const MyposNotificationSchema = z
  .object({
    IPCmethod: z.enum(["IPCPurchaseNotify", "IPCPurchaseRollback"]).openapi({ example: "IPCPurchaseNotify" }),
    OrderID: SubjectId,
    Amount: z.string().regex(/^\d{1,12}\.\d{2}$/, "Two decimals, '.' separator").openapi({ example: "49.99" }),
    Currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code").openapi({ example: "EUR" }),
    IPC_Trnref: z.string().min(1).max(64).optional().openapi({ description: "MyPOS transaction reference (notify only)", example: "12873450" }),
    RequestSTAN: z.string().max(32).optional().openapi({ example: "000123" }),
    RequestDateTime: z.string().max(32).optional().openapi({ example: "2026-11-27 12:15:30" }),
    BillingDescriptor: z.string().max(64).optional().openapi({ example: "COREPORT" }),
    Signature: z.string().min(1).max(2048).openapi({ description: "RSA-SHA256 signature, base64 (last field)", example: "kq0W9v…base64…=" }),
  })
  .refine((n) => n.IPCmethod !== "IPCPurchaseNotify" || n.IPC_Trnref !== undefined, { message: "Required for IPCPurchaseNotify", path: ["IPC_Trnref"] })
  .openapi("MyposNotification", {
    example: {
      IPCmethod: "IPCPurchaseNotify",
      OrderID: "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t",
      Amount: "49.99",
      Currency: "EUR",
      IPC_Trnref: "12873450",
      RequestSTAN: "000123",
      RequestDateTime: "2026-11-27 12:15:30",
      Signature: "kq0W9v…base64…=",
    },
  });
export type MyposNotification = z.infer<typeof MyposNotificationSchema>;

export function parseFormFields(body: Uint8Array): FormFields {
  return [...new URLSearchParams(new TextDecoder().decode(body)).entries()];
}

export function createMyposAdapter(verifySignature?: MyposSignatureVerifier): WebhookAdapter<MyposNotification> {
  return {
    provider: "mypos",
    async verify({ env, body }) {
      if (!verifySignature) return { ok: false, reason: "not_configured" };
      const fields = parseFormFields(body);
      if (!fields.some(([name]) => name === "Signature")) return { ok: false, reason: "missing_signature" };
      try {
        return (await verifySignature(env, fields)) ? { ok: true, delivery: {} } : { ok: false, reason: "bad_signature" };
      } catch (error) {
        // A missing live configuration is our problem (503), not the sender's: let it through as is.
        if (error instanceof ApiError) throw error;
        return { ok: false, reason: "bad_signature" };
      }
    },
    parse(body) {
      const parsed = MyposNotificationSchema.safeParse(Object.fromEntries(parseFormFields(body)));
      if (!parsed.success) throw validationError(parsed.error, "form");
      return parsed.data;
    },
    async map(n) {
      const isOrder = n.OrderID.startsWith("ord_");
      // MyPOS has no delivery id: the transaction reference (or the order for a rollback) identifies the event.
      const providerEventId = `${n.IPCmethod}:${n.IPC_Trnref ?? n.OrderID}`;
      if (n.IPCmethod === "IPCPurchaseNotify") {
        const data = { transactionId: n.IPC_Trnref!, amount: n.Amount, asset: n.Currency };
        return { subjectId: n.OrderID, event: { type: isOrder ? "onramp.funds_received" : "payment.funds_received", providerEventId, data } };
      }
      return { subjectId: n.OrderID, event: { type: isOrder ? "onramp.reversed" : "payment.reversed", providerEventId, data: { reason: "IPCPurchaseRollback" } } };
    },
    respond(c) {
      // MyPOS accepts exactly this body; anything else reverses the payment.
      return c.text("OK", 200);
    },
  };
}

/** The adapter mounted at /payments/mypos/webhook, checking MyPOS's RSA signature (src/providers/mypos). */
export const myposAdapter: WebhookAdapter<MyposNotification> = {
  ...createMyposAdapter(verifyMyposSignature),
  // A card on-ramp whose funds are confirmed gets its coins sent (see services/ramps/onramp-delivery.ts).
  async afterAccepted(env, subjectId, result) {
    if (subjectId.startsWith("ord_")) await afterOnrampChange(env, subjectId, result.subjectStatus);
  },
};
