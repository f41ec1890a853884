/**
 * MyPOS card checkout adapter. The same code serves the local sandbox and live myPOS: only the
 * configuration differs (checkout URL, store ids, keys; see config.ts). The payment id is the
 * myPOS OrderID, so every myPOS message names the payment it is about.
 *
 * Mapping (payments core events):
 *   IPCPurchaseNotify            → payment.funds_received  (transactionId = IPC_Trnref)
 *   IPCPurchaseRollback          → payment.reversed
 * Event ids follow the payments core's MyPOS webhook adapter (issue 5): `<IPCmethod>:<IPC_Trnref or
 * OrderID>`, so the same fact learnt from a notify and from a status check is one event.
 *   status check: 1 successful   → payment.funds_received  (same event id as the notify: learnt twice, applied once)
 *                 3 unsuccessful → payment.failed
 *                 4 reversed     → payment.reversed        (same event id as the rollback)
 *                 2 pending / unknown OrderID → nothing
 *   IPCPurchaseOK / IPCPurchaseCancel (browser returns) → nothing: a return never proves or
 *   cancels a payment; the customer may still retry until the payment expires.
 */
import { ApiError } from "../../lib/errors";
import { idPattern } from "../../lib/ids";
import { cachedPrivateKey, cachedPublicKey, KeyFormatError } from "../../lib/rsa";
import { notConfigured } from "../mode";
import { dec, normalizeDecimal } from "../../lib/money";
import type { MapContext, ProviderAdapter, ProviderEvent, RawCallback } from "../types";
import type { MyposConfig } from "./config";
import { verifyMyposMessage, type BrowserReturn, type MyposInboundMessage, type PurchaseNotify, type PurchaseRollback } from "./notify";
import { getMyposPaymentStatus, type PaymentStatusResult } from "./payment-status";
import { buildSignedPurchase, PurchaseInputError, singleItemCart, type SignedForm } from "./purchase";

export interface MyposSessionInput {
  paymentId: string;
  /** Decimal string with at most two decimals. */
  amount: string;
  /** ISO 4217. */
  currency: string;
  /** Shown as the cart line on the checkout page. */
  description: string;
  urls: { ok: string; cancel: string; notify: string };
  language?: string;
}

export interface MyposSession {
  /** The OrderID myPOS knows the payment by (= the payment id). */
  providerReference: string;
  /** The signed IPCPurchase form the redirect page makes the browser post. */
  form: SignedForm;
}

/** What URL_Notify receives. */
export type MyposNotification = { method: "IPCPurchaseNotify"; message: PurchaseNotify } | { method: "IPCPurchaseRollback"; message: PurchaseRollback };

const PAYMENT_ID = idPattern("pay");
/** Card on-ramp orders (issue 9) pay through the same checkout, with the order id as OrderID. */
const ORDER_ID = idPattern("ord");

/** The session input field a purchase-form problem comes from (the cart is built from `amount`). */
function sessionField(purchaseField: string): string {
  if (purchaseField.startsWith("items") || purchaseField === "amount") return "amount";
  const fields: Record<string, string> = { URL_OK: "urls.ok", urlOk: "urls.ok", URL_Cancel: "urls.cancel", urlCancel: "urls.cancel", URL_Notify: "urls.notify", urlNotify: "urls.notify", orderId: "paymentId" };
  return fields[purchaseField] ?? purchaseField;
}
const money = (amount: string) => normalizeDecimal(dec(amount));

function checkOrderId<T extends MyposInboundMessage>(message: T): T {
  if (!PAYMENT_ID.test(message.message.OrderID) && !ORDER_ID.test(message.message.OrderID)) {
    throw ApiError.invalidField("OrderID", "OrderID is not a CorePort payment (pay_…) or card on-ramp order (ord_…) id", "form", "unknown_order");
  }
  return message;
}

export interface MyposAdapter extends ProviderAdapter<MyposSessionInput, MyposSession, MyposNotification> {
  readonly config: MyposConfig;
  /** Verify a browser return to URL_OK / URL_Cancel (signed by myPOS; proves nothing about money). */
  verifyBrowserReturn(callback: RawCallback): Promise<{ method: "IPCPurchaseOK" | "IPCPurchaseCancel"; message: BrowserReturn }>;
  /** Ask myPOS about a payment and map the answer (reconciliation of payments left processing). */
  reconcile(paymentId: string, options?: { fetcher?: typeof fetch; now?: Date }): Promise<{ result: PaymentStatusResult; events: ProviderEvent[] }>;
  mapStatus(result: PaymentStatusResult, context: MapContext): ProviderEvent[];
}

export function createMyposAdapter(config: MyposConfig): MyposAdapter {
  // A key that does not load is the operator's configuration problem (503), not the caller's.
  const loadKey = async (load: () => Promise<CryptoKey>, name: string) => {
    try {
      return await load();
    } catch (error) {
      if (error instanceof KeyFormatError) throw notConfigured("myPOS", `${name} is not usable (${error.message})`);
      throw error;
    }
  };
  const keyOptions = { minBits: config.minKeyBits };
  const privateKey = () => loadKey(() => cachedPrivateKey(config.privateKeyPem, keyOptions), "MYPOS_PRIVATE_KEY");
  const providerKey = () => loadKey(() => cachedPublicKey(config.providerCertPem, keyOptions), "MYPOS_PUBLIC_CERT");

  const mapStatus = (result: PaymentStatusResult, { receivedAt }: MapContext): ProviderEvent[] => {
    if (!result.known) return [];
    const base = { paymentId: result.orderId, source: "mypos" as const, occurredAt: receivedAt.toISOString(), details: { via: "IPCGetPaymentStatus" } };
    switch (result.status) {
      case "successful":
        // Without myPOS's transaction reference the credit could not be matched with the notify's: wait for it.
        if (!result.transactionRef || !result.amount) return [];
        return [{
          ...base,
          type: "payment.funds_received",
          providerEventId: `IPCPurchaseNotify:${result.transactionRef}`,
          data: { transactionId: result.transactionRef, amount: money(result.amount), asset: result.currency },
        }];
      case "unsuccessful":
        return [{ ...base, type: "payment.failed", providerEventId: `IPCGetPaymentStatus:unsuccessful:${result.orderId}`, data: { reason: "myPOS reports the card payment as unsuccessful", code: "unsuccessful" } }];
      case "reversed":
        return [{ ...base, type: "payment.reversed", providerEventId: `IPCPurchaseRollback:${result.orderId}`, data: { reason: "myPOS reversed the card payment", code: "rollback" } }];
      case "pending":
        return [];
    }
  };

  return {
    method: "mypos",
    mode: config.mode,
    config,

    async createSession(input) {
      try {
        const form = await buildSignedPurchase(config.checkoutUrl, config.store, await privateKey(), {
          orderId: input.paymentId,
          currency: input.currency,
          language: input.language ?? config.language,
          urlOk: input.urls.ok,
          urlCancel: input.urls.cancel,
          urlNotify: input.urls.notify,
          items: singleItemCart(input.description, input.amount),
        }, config.urlPolicy);
        return { providerReference: input.paymentId, form };
      } catch (error) {
        if (error instanceof PurchaseInputError) throw ApiError.invalidField(sessionField(error.field), error.message);
        throw error;
      }
    },

    async verifyCallback(callback) {
      const message = await verifyMyposMessage(callback.body, await providerKey(), {
        expectedSid: config.store.sid,
        accept: ["IPCPurchaseNotify", "IPCPurchaseRollback"],
      });
      return checkOrderId(message) as MyposNotification;
    },

    async verifyBrowserReturn(callback) {
      const message = await verifyMyposMessage(callback.body, await providerKey(), {
        expectedSid: config.store.sid,
        accept: ["IPCPurchaseOK", "IPCPurchaseCancel"],
      });
      return checkOrderId(message) as { method: "IPCPurchaseOK" | "IPCPurchaseCancel"; message: BrowserReturn };
    },

    mapCallback(callback, { receivedAt }) {
      const m = callback.message;
      if (callback.method === "IPCPurchaseNotify") {
        const notify = callback.message as PurchaseNotify;
        const details: Record<string, string | null> = { requestStan: notify.RequestSTAN, requestDateTime: notify.RequestDateTime };
        for (const [field, key] of [["BillingDescriptor", "billingDescriptor"], ["CardType", "cardType"], ["PAN", "cardLast4"]] as const) {
          if (notify[field]) details[key] = field === "PAN" ? notify[field]!.slice(-4) : notify[field]!;
        }
        return [{
          paymentId: m.OrderID,
          source: "mypos",
          type: "payment.funds_received",
          providerEventId: `IPCPurchaseNotify:${notify.IPC_Trnref}`,
          occurredAt: receivedAt.toISOString(),
          data: { transactionId: notify.IPC_Trnref, amount: money(notify.Amount), asset: notify.Currency },
          details,
        }];
      }
      return [{
        paymentId: m.OrderID,
        source: "mypos",
        type: "payment.reversed",
        providerEventId: `IPCPurchaseRollback:${m.IPC_Trnref ?? m.OrderID}`,
        occurredAt: receivedAt.toISOString(),
        data: { reason: "myPOS reversed the card payment (IPCPurchaseRollback)", code: "rollback" },
        details: { amount: money(m.Amount), currency: m.Currency },
      }];
    },

    mapStatus,

    async reconcile(paymentId, options = {}) {
      const result = await getMyposPaymentStatus(paymentId, {
        checkoutUrl: config.checkoutUrl,
        store: config.store,
        privateKey: await privateKey(),
        providerKey: await providerKey(),
        allowHttpLocalhost: config.urlPolicy.allowHttpLocalhost,
        fetcher: options.fetcher,
      });
      return { result, events: mapStatus(result, { receivedAt: options.now ?? new Date() }) };
    },
  };
}
