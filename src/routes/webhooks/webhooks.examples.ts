import { makeIcan } from "../../lib/ican";
import type { ExampleBook } from "../../lib/openapi-examples";
import { SANDBOX_MYPOS_STORE } from "../../sandbox/mypos/sandbox-keys";
import { OFFRAMP_EXAMPLE_IDS as OFF } from "../offramp/offramp.examples";
import { ONRAMP_EXAMPLE_IDS as ON } from "../onramp/onramp.examples";
import { PAYMENT_EXAMPLE_IDS as PAY } from "../payments/payments.examples";

/**
 * Provider deliveries as the providers send them. The signature headers shown are samples: a run signs
 * each delivery with the sandbox secret named in `x-signed-by` (`credentials: "none"` sends the sample
 * as it is, which is the 401 case).
 */
const SIGNED = { "webhook-id": "msg_2Lp9zX4kQ1vB7nM3", "webhook-timestamp": "1795752488", "webhook-signature": "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=" };
const TX = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
const headers = (id: string) => ({ ...SIGNED, "webhook-id": id });

export const WEBHOOKS_EXAMPLES: ExampleBook = {
  receivePayToWebhook: {
    signature: { scheme: "standard-webhooks", secret: "PAYTO_WEBHOOK_SECRET" },
    cases: {
      confirmed: {
        summary: "The full amount arrived at the deposit address",
        status: 200,
        after: ["createWebhookEndpoint#created"], // so the merchant is notified (see the deliveries examples)
        headers: headers("msg_payto_confirmed"),
        body: { type: "deposit.confirmed", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.payto, depositAddress: PAY.paytoDeposit, transactionId: `${TX}:0`, amount: "25.000000", asset: "USDX", confirmations: 3 } },
      },
      badSignature: {
        summary: "A delivery not signed with the PayTo secret",
        code: "UNAUTHORIZED",
        credentials: "none",
        headers: headers("msg_payto_forged"),
        body: { type: "deposit.confirmed", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.payto, depositAddress: PAY.paytoDeposit, transactionId: `${TX}:1`, amount: "25.000000", asset: "USDX", confirmations: 3 } },
      },
      unknownPayment: {
        summary: "A deposit for no known payment",
        code: "NOT_FOUND",
        headers: headers("msg_payto_unknown"),
        body: { type: "deposit.pending", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.unknown, transactionId: `${TX}:2`, amount: "25.000000", asset: "USDX", confirmations: 0 } },
      },
      missingAmount: {
        summary: "A payload without the deposit amount",
        code: "VALIDATION_FAILED",
        headers: headers("msg_payto_invalid"),
        body: { type: "deposit.pending", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.payto, transactionId: `${TX}:3`, asset: "USDX" } },
      },
    },
    uncaused: { 422: "only for a delivery that carries no payment event or cannot apply to the payment", 503: "only while the PayTo webhook secret is not configured" },
  },
  receiveCorePayWebhook: {
    signature: { scheme: "standard-webhooks", secret: "COREPAY_WEBHOOK_SECRET" },
    cases: {
      confirmed: {
        summary: "The transfer to the merchant's address is confirmed",
        status: 200,
        headers: headers("msg_corepay_confirmed"),
        body: { type: "transaction.confirmed", timestamp: "2026-11-27T10:16:30Z", data: { paymentId: PAY.corepay, transactionHash: TX, asset: "USDX", amount: "49.990000", blockNumber: 18234771, blockHash: "0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2", confirmations: 3 } },
      },
      badSignature: {
        summary: "A delivery not signed with the CorePay secret",
        code: "UNAUTHORIZED",
        credentials: "none",
        headers: headers("msg_corepay_forged"),
        body: { type: "transaction.seen", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.corepay, transactionHash: TX, asset: "USDX", amount: "49.990000" } },
      },
      unknownPayment: {
        summary: "A transfer for no known payment",
        code: "NOT_FOUND",
        headers: headers("msg_corepay_unknown"),
        body: { type: "transaction.seen", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.unknown, transactionHash: TX, asset: "USDX", amount: "49.990000" } },
      },
      missingHash: {
        summary: "A payload without the transaction hash",
        code: "VALIDATION_FAILED",
        headers: headers("msg_corepay_invalid"),
        body: { type: "transaction.seen", timestamp: "2026-11-27T10:15:30Z", data: { paymentId: PAY.corepay, asset: "USDX", amount: "49.990000" } },
      },
    },
    uncaused: { 422: "only for a delivery that carries no payment event or cannot apply to the payment", 503: "only while the CorePay webhook secret is not configured" },
  },
  receiveMyposWebhook: {
    signature: { scheme: "mypos-rsa" },
    cases: {
      paid: {
        summary: "myPOS notifies a paid card payment (answered `OK`)",
        status: 200,
        body: { IPCmethod: "IPCPurchaseNotify", SID: SANDBOX_MYPOS_STORE.sid, Amount: "25.50", Currency: "EUR", OrderID: PAY.mypos, IPC_Trnref: "12873450", RequestSTAN: "000123", RequestDateTime: "2026-11-27 12:15:30", Signature: "kq0W9v…base64…=" },
      },
      badSignature: {
        summary: "A form not signed by myPOS",
        code: "UNAUTHORIZED",
        credentials: "none",
        body: { IPCmethod: "IPCPurchaseNotify", SID: SANDBOX_MYPOS_STORE.sid, Amount: "25.50", Currency: "EUR", OrderID: PAY.mypos, IPC_Trnref: "12873452", RequestSTAN: "000125", RequestDateTime: "2026-11-27 12:17:30", Signature: "kq0W9v…base64…=" },
      },
      unknownPayment: {
        summary: "A notification for no known payment",
        code: "NOT_FOUND",
        body: { IPCmethod: "IPCPurchaseNotify", SID: SANDBOX_MYPOS_STORE.sid, Amount: "25.50", Currency: "EUR", OrderID: PAY.unknown, IPC_Trnref: "12873451", RequestSTAN: "000124", RequestDateTime: "2026-11-27 12:16:30", Signature: "kq0W9v…base64…=" },
      },
      badMethod: {
        summary: "A method this endpoint does not take",
        code: "VALIDATION_FAILED",
        body: { IPCmethod: "IPCPurchaseOK", SID: SANDBOX_MYPOS_STORE.sid, Amount: "25.50", Currency: "EUR", OrderID: PAY.mypos, Signature: "kq0W9v…base64…=" },
      },
    },
    uncaused: { 422: "only for a notification that cannot apply to the payment in its current state", 503: "only while myPOS is not configured" },
  },
  receiveOnrampWebhook: {
    signature: { scheme: "standard-webhooks", secret: "ONRAMP_WEBHOOK_SECRET" },
    cases: {
      credited: {
        summary: "WallMoney credits the customer's transfer with the order's RF reference",
        status: 200,
        headers: headers("wmevt_01J9ZK4T8Q"),
        body: {
          id: "wmevt_01J9ZK4T8Q", createdAt: "2026-11-27T10:15:30Z", type: "transfer.credited",
          data: { transferId: "wmtr_5RT6YU", amount: "250.00", currency: "EUR", creditorReference: ON.reference, remittanceInformation: `Order ${ON.reference}`, collectionIban: ON.collectionIban, debtor: { name: "Anna Müller", iban: "FR7630006000011234567890189", bic: "AGRIFRPP" }, bookedAt: "2026-11-27T10:15:30Z" },
        },
      },
      unmatched: {
        summary: "A transfer whose reference matches no order (recorded for the operator)",
        status: 202,
        headers: headers("wmevt_01J9ZK4T8R"),
        body: {
          id: "wmevt_01J9ZK4T8R", createdAt: "2026-11-27T10:15:30Z", type: "transfer.credited",
          data: { transferId: "wmtr_5RT6YV", amount: "80.00", currency: "EUR", creditorReference: "RF18539007547034", remittanceInformation: "Order RF18539007547034", collectionIban: ON.collectionIban, debtor: { name: "Anna Müller", iban: "FR7630006000011234567890189", bic: "AGRIFRPP" }, bookedAt: "2026-11-27T10:15:30Z" },
        },
      },
      badSignature: {
        summary: "A delivery not signed with the on-ramp secret",
        code: "UNAUTHORIZED",
        credentials: "none",
        headers: headers("wmevt_01J9ZK4T8S"),
        body: { id: "wmevt_01J9ZK4T8S", createdAt: "2026-11-27T10:15:30Z", type: "transfer.credited", data: { transferId: "wmtr_5RT6YW", amount: "250.00", currency: "EUR", creditorReference: ON.reference, collectionIban: ON.collectionIban, bookedAt: "2026-11-27T10:15:30Z" } },
      },
      missingAmount: {
        summary: "A transfer without an amount",
        code: "VALIDATION_FAILED",
        headers: headers("wmevt_01J9ZK4T8T"),
        body: { id: "wmevt_01J9ZK4T8T", createdAt: "2026-11-27T10:15:30Z", type: "transfer.credited", data: { transferId: "wmtr_5RT6YX", currency: "EUR", creditorReference: ON.reference, bookedAt: "2026-11-27T10:15:30Z" } },
      },
    },
    uncaused: {
      404: "only for coin deliveries of an unknown order",
      409: "only for a second, different coin delivery of an order",
      422: "only for a transfer in another currency than the order's",
      503: "only while the on-ramp webhook secret is not configured",
    },
  },
  receiveOfframpWebhook: {
    signature: { scheme: "standard-webhooks", secret: "OFFRAMP_WEBHOOK_SECRET" },
    cases: {
      deposit: {
        summary: "The chain watcher sees the customer's full deposit",
        status: 200,
        headers: headers("msg_offramp_deposit"),
        body: { type: "deposit.received", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: OFF.cryptoDeposit, transactionHash: `${TX.slice(0, -4)}0a01`, amount: "500.000000", asset: "USDX" } },
      },
      partialDeposit: {
        summary: "Less than the order asked for arrives (the order is partially paid)",
        status: 200,
        headers: headers("msg_offramp_partial"),
        body: { type: "deposit.received", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: OFF.bankDeposit, transactionHash: `${TX.slice(0, -4)}0a02`, amount: "200.000000", asset: "EURX" } },
      },
      partialForReject: {
        summary: "A partial deposit the customer will not proceed with",
        status: 200,
        headers: headers("msg_offramp_reject"),
        body: { type: "deposit.received", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: OFF.rejectDeposit, transactionHash: `${TX.slice(0, -4)}0a03`, amount: "100.000000", asset: "EURX" } },
      },
      badSignature: {
        summary: "A delivery not signed with the off-ramp secret",
        code: "UNAUTHORIZED",
        credentials: "none",
        headers: headers("msg_offramp_forged"),
        body: { type: "deposit.received", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: OFF.cryptoDeposit, transactionHash: `${TX.slice(0, -4)}0a04`, amount: "500.000000", asset: "USDX" } },
      },
      unknownAddress: {
        summary: "A deposit to an address of no order",
        code: "NOT_FOUND",
        headers: headers("msg_offramp_unknown"),
        body: { type: "deposit.received", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: makeIcan("ab", "0000000000000000000000000000000000000d0e"), transactionHash: `${TX.slice(0, -4)}0a05`, amount: "500.000000", asset: "USDX" } },
      },
      missingAmount: {
        summary: "A deposit without an amount",
        code: "VALIDATION_FAILED",
        headers: headers("msg_offramp_invalid"),
        body: { type: "deposit.received", timestamp: "2026-11-27T10:15:30Z", data: { depositAddress: OFF.cryptoDeposit, transactionHash: `${TX.slice(0, -4)}0a06`, asset: "USDX" } },
      },
    },
    uncaused: {
      409: "only for a payout report that contradicts an earlier one",
      422: "only for a deposit in another asset than the order's",
      503: "only while the off-ramp webhook secret is not configured",
    },
  },
};
