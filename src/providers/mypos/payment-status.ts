/**
 * IPCGetPaymentStatus: ask myPOS what became of an OrderID, for reconciling payments left
 * processing (a notify that never arrived, or arrived while we could not answer). Server to server:
 * a signed form POST to the checkout URL with OutputFormat=xml; the XML answer is signed by myPOS
 * and verified before anything in it is believed.
 */
import { z } from "@hono/zod-openapi";
import { ApiError } from "../../lib/errors";
import { OutboundError, outboundFetch } from "../../lib/outbound";
import { assertPublicHttpsUrl, UnsafeUrlError } from "../../lib/ssrf";
import { encodeFormFields, IPC_VERSION, signIpcFields, verifyIpcFields, type IpcFields } from "./ipc";
import type { MyposStore } from "./purchase";
import { IpcXmlError, parseFlatXml } from "./xml";

/** myPOS `PaymentStatus` values. */
export const PAYMENT_STATUS = { 1: "successful", 2: "pending", 3: "unsuccessful", 4: "reversed" } as const;
export type MyposPaymentStatus = (typeof PAYMENT_STATUS)[keyof typeof PAYMENT_STATUS];

/** myPOS API `Status` codes (0 = the call itself succeeded). */
export const IPC_STATUS = {
  OK: "0",
  MISSING_PARAMETER: "1",
  SIGNATURE_FAILED: "2",
  INVALID_PARAMETER: "5",
  WRONG_AMOUNT: "9",
  UNSUPPORTED_CALL: "10",
  DUPLICATE_ORDER_ID: "20",
  DECLINED: "21",
  THREE_D_SECURE_FAILED: "24",
} as const;

export const STATUS_TIMEOUT_MS = 10_000;
export const STATUS_MAX_BYTES = 64 * 1024;

/** The unsigned request fields, in order. */
export function buildPaymentStatusFields(store: MyposStore, orderId: string, language = "EN"): IpcFields {
  return [
    ["IPCmethod", "IPCGetPaymentStatus"],
    ["IPCVersion", IPC_VERSION],
    ["IPCLanguage", language],
    ["SID", store.sid],
    ["WalletNumber", store.walletNumber],
    ["KeyIndex", store.keyIndex],
    ["OrderID", orderId],
    ["OutputFormat", "xml"],
  ];
}

const answerSchema = z.object({
  Status: z.string().regex(/^\d{1,3}$/),
  StatusMsg: z.string().optional(),
  OrderID: z.string().optional(),
  PaymentStatus: z.enum(["1", "2", "3", "4"]).optional(),
  Amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/).optional(),
  Currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  IPC_Trnref: z.string().max(64).optional(),
});

export type PaymentStatusResult =
  | { known: true; orderId: string; status: MyposPaymentStatus; amount?: string; currency?: string; transactionRef?: string }
  /** myPOS answered but has no payment for this OrderID (or refused the call); `code` is its Status. */
  | { known: false; orderId: string; code: string; message?: string };

export interface PaymentStatusOptions {
  checkoutUrl: string;
  store: MyposStore;
  privateKey: CryptoKey;
  providerKey: CryptoKey;
  /** Sandbox only: allow http://localhost checkout URLs. */
  allowHttpLocalhost?: boolean;
  fetcher?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Ask myPOS for the status of `orderId`. Throws ApiError GATEWAY_TIMEOUT / BAD_GATEWAY when myPOS
 * cannot be reached or answers something unsigned, badly signed or malformed.
 */
export async function getMyposPaymentStatus(orderId: string, options: PaymentStatusOptions): Promise<PaymentStatusResult> {
  try {
    assertPublicHttpsUrl(options.checkoutUrl, { allowLocalhostHttp: options.allowHttpLocalhost });
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw new ApiError("SERVICE_UNAVAILABLE", { detail: `myPOS checkout URL refused: ${error.message}` });
    throw error;
  }
  const fields = await signIpcFields(buildPaymentStatusFields(options.store, orderId), options.privateKey);
  let text: string;
  try {
    const response = await outboundFetch(options.checkoutUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/xml" },
      body: encodeFormFields(fields),
      timeoutMs: options.timeoutMs ?? STATUS_TIMEOUT_MS,
      maxBytes: STATUS_MAX_BYTES,
      redirect: "error",
      fetcher: options.fetcher,
    });
    if (response.status !== 200) throw new ApiError("BAD_GATEWAY", { detail: `myPOS status check answered HTTP ${response.status}` });
    text = response.text();
  } catch (error) {
    if (error instanceof OutboundError) {
      throw new ApiError(error.reason === "timeout" ? "GATEWAY_TIMEOUT" : "BAD_GATEWAY", { detail: `myPOS status check failed: ${error.message}` });
    }
    throw error;
  }
  return readPaymentStatusAnswer(text, orderId, options.providerKey);
}

/** Verify and interpret a status answer (exported for tests and the sandbox's own checks). */
export async function readPaymentStatusAnswer(xml: string, orderId: string, providerKey: CryptoKey): Promise<PaymentStatusResult> {
  let fields: IpcFields;
  try {
    fields = parseFlatXml(xml).fields;
  } catch (error) {
    if (error instanceof IpcXmlError) throw new ApiError("BAD_GATEWAY", { detail: `myPOS status answer is not the expected XML: ${error.message}` });
    throw error;
  }
  const verified = await verifyIpcFields(fields, providerKey);
  if (!verified.ok) throw new ApiError("BAD_GATEWAY", { detail: `myPOS status answer failed verification: ${verified.message}` });
  const parsed = answerSchema.safeParse(verified.values);
  if (!parsed.success) throw new ApiError("BAD_GATEWAY", { detail: `myPOS status answer has an invalid ${String(parsed.error.issues[0]!.path[0])}` });
  const answer = parsed.data;
  if (answer.OrderID !== undefined && answer.OrderID !== orderId) {
    throw new ApiError("BAD_GATEWAY", { detail: "myPOS status answer is about another OrderID" });
  }
  if (answer.Status !== IPC_STATUS.OK || !answer.PaymentStatus) {
    return { known: false, orderId, code: answer.Status, message: answer.StatusMsg };
  }
  return {
    known: true,
    orderId,
    status: PAYMENT_STATUS[Number(answer.PaymentStatus) as keyof typeof PAYMENT_STATUS],
    amount: answer.Amount,
    currency: answer.Currency,
    transactionRef: answer.IPC_Trnref || undefined,
  };
}
