/** Prints signed myPOS request bodies (JSON) for the bench: an IPCGetPaymentStatus and an IPCPurchase. */
import { encodeFormFields, signIpcFields } from "../../../src/providers/mypos/ipc";
import { buildPaymentStatusFields } from "../../../src/providers/mypos/payment-status";
import { buildPurchaseFields, singleItemCart } from "../../../src/providers/mypos/purchase";
import { importRsaPrivateKey } from "../../../src/lib/rsa";
import { SANDBOX_MERCHANT_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../../src/sandbox/mypos/sandbox-keys";

async function main() {
  const key = await importRsaPrivateKey(SANDBOX_MERCHANT_PRIVATE_KEY_PEM);
  const orderId = "pay_0000000000000000000000benc";
  const status = encodeFormFields(await signIpcFields(buildPaymentStatusFields(SANDBOX_MYPOS_STORE, orderId), key));
  const purchase = encodeFormFields(
    await signIpcFields(
      buildPurchaseFields(
        SANDBOX_MYPOS_STORE,
        { orderId, currency: "EUR", urlOk: "http://localhost/ok", urlCancel: "http://localhost/cancel", urlNotify: "http://localhost/api/v1/payments/mypos/webhook", items: singleItemCart("Bench", "10.00") },
        { allowHttpLocalhost: true },
      ),
      key,
    ),
  );
  console.log(JSON.stringify({ status, purchase }));
}
void main();
