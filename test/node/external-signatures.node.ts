/**
 * CorePort's signatures checked from outside, with implementations CorePort does not share code with:
 *  - merchant notifications verify with the `standardwebhooks` npm package (the reference library a
 *    merchant would use), and break when the body is changed;
 *  - the MyPOS IPCPurchase form served at `redirectUrl` verifies with node:crypto (OpenSSL,
 *    RSA-SHA256) against the sandbox store's public certificate, and breaks when any field changes;
 *  - PayTo and CorePay webhooks signed by the `standardwebhooks` package are accepted and move the
 *    payment; a delivery signed with another secret is refused.
 * Everything goes over HTTP to a real `wrangler dev` instance, as a merchant and a provider would.
 */
import { createVerify, X509Certificate } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeIcan } from "../../src/lib/ican";
import { SANDBOX_MERCHANT_CERT_PEM } from "../../src/sandbox/mypos/sandbox-keys";
import { freePort, startInstance, type LocalInstance } from "./local-instance";

interface Received { headers: IncomingHttpHeaders; body: string }

let instance: LocalInstance;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let sk: string;
let endpointSecret: string;

async function call(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set("Content-Type", "application/json");
  return fetch(`${instance.baseUrl}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

async function ok<T>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

const admin = () => ({ Authorization: `Bearer ${instance.secrets.ADMIN_TOKEN}` });
const merchant = () => ({ Authorization: `Bearer ${sk}` });

/** Waits for the notification of `type` about `objectId` to reach the receiver. */
async function notification(type: string, objectId: string): Promise<Received> {
  for (let i = 0; i < 100; i++) {
    const hit = received.find((r) => {
      const body = JSON.parse(r.body) as { type: string; data?: { object?: { id?: string }; id?: string } };
      return body.type === type && JSON.stringify(body.data).includes(objectId);
    });
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${type} notification for ${objectId}; received: ${received.map((r) => r.body.slice(0, 120)).join(" | ")}`);
}

/** A provider delivery signed by the standardwebhooks package, not by CorePort's code. */
async function providerDelivery(path: string, secret: string, payload: unknown): Promise<Response> {
  const body = JSON.stringify(payload);
  const id = `msg_${crypto.randomUUID()}`;
  const now = new Date();
  const signature = new Webhook(secret).sign(id, now, body);
  return call(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": signature },
    body,
  });
}

async function createPayment(path: string, body: unknown): Promise<{ id: string; status: string; amountExpected: string; redirectUrl?: string }> {
  return ok(await call(path, { method: "POST", headers: { ...merchant(), "Idempotency-Key": crypto.randomUUID() }, json: body }), 201);
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => receiver.listen(port, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${port}/coreport-events`;

  instance = await startInstance("signatures");
  const { id: merchantId } = await ok<{ id: string }>(
    await call("/api/v1/admin/merchants", { method: "POST", headers: admin(), json: { name: "External check shop", allowedOrigins: [] } }),
    201,
  );
  // CorePay pays to the merchant's own address (testnet in development).
  await ok(await call(`/api/v1/admin/merchants/${merchantId}`, { method: "PATCH", headers: admin(), json: { payoutAddress: makeIcan("ab", "4e1c0f".padEnd(40, "7")) } }));
  sk = (await ok<{ key: string }>(await call(`/api/v1/admin/merchants/${merchantId}/keys`, { method: "POST", headers: admin(), json: { kind: "secret", mode: "test" } }), 201)).key;
  endpointSecret = (await ok<{ secret: string }>(
    await call("/api/v1/webhook-endpoints", { method: "POST", headers: merchant(), json: { url: receiverUrl, eventTypes: ["*"] } }),
    201,
  )).secret;
});

afterAll(async () => {
  instance?.stop();
  await new Promise((r) => receiver?.close(r));
});

describe("PayTo: webhook signed by the standardwebhooks package → merchant notification verified by it", () => {
  it("accepts the deposit, notifies payment.succeeded, and the notification verifies with standardwebhooks", async () => {
    const payment = await createPayment("/api/v1/payments/payto", { asset: "USDX", amount: "25.00", merchantReference: "ext-payto-1" });
    expect(payment.status).toBe("requires_payment");

    const forged = await providerDelivery("/api/v1/payments/payto/webhook", "whsec_" + Buffer.alloc(32, 7).toString("base64"), {
      type: "deposit.confirmed",
      data: { paymentId: payment.id, transactionId: "0xforged", amount: payment.amountExpected, asset: "USDX" },
    });
    expect(forged.status).toBe(401);

    const res = await providerDelivery("/api/v1/payments/payto/webhook", instance.secrets.PAYTO_WEBHOOK_SECRET!, {
      type: "deposit.confirmed",
      timestamp: new Date().toISOString(),
      data: { paymentId: payment.id, transactionId: "0xext1", amount: payment.amountExpected, asset: "USDX" },
    });
    expect(await ok(res)).toMatchObject({ received: true, subjectId: payment.id, accepted: true, status: "succeeded" });
    const read = await ok<{ status: string; amountReceived: string }>(await call(`/api/v1/payments/payto/${payment.id}`, { headers: merchant() }));
    expect(read).toMatchObject({ status: "succeeded" });

    const delivery = await notification("payment.succeeded", payment.id);
    const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k, String(v)]));
    const event = new Webhook(endpointSecret).verify(delivery.body, headers) as { id: string; type: string };
    expect(event).toMatchObject({ type: "payment.succeeded" });
    expect(headers["webhook-id"]).toBe(event.id);
    expect(() => new Webhook(endpointSecret).verify(delivery.body.replace(payment.id, "pay_00000000000000000000000000"), headers)).toThrow();
    expect(() => new Webhook("whsec_" + Buffer.alloc(32, 1).toString("base64")).verify(delivery.body, headers)).toThrow();
  });
});

describe("CorePay: webhooks signed by the standardwebhooks package", () => {
  it("counts confirmations and succeeds once confirmed", async () => {
    const payment = await createPayment("/api/v1/payments/corepay", { asset: "USDX", amount: "49.99" });
    const secret = instance.secrets.COREPAY_WEBHOOK_SECRET!;
    const tx = { paymentId: payment.id, transactionHash: "0x" + "ab".repeat(32), asset: "USDX", amount: payment.amountExpected, blockNumber: 18234771 };
    expect(await ok(await providerDelivery("/api/v1/payments/corepay/webhook", secret, { type: "transaction.seen", data: tx }))).toMatchObject({ status: "processing" });
    expect(await ok(await providerDelivery("/api/v1/payments/corepay/webhook", secret, { type: "transaction.confirmed", data: { ...tx, confirmations: 3 } }))).toMatchObject({ status: "succeeded" });
    const status = await ok<{ status: string; transactions: Array<{ confirmations: number }> }>(await call(`/api/v1/payments/corepay/status/${payment.id}`, { headers: merchant() }));
    expect(status).toMatchObject({ status: "succeeded", transactions: [{ confirmations: 3 }] });
    const delivery = await notification("payment.succeeded", payment.id);
    const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k, String(v)]));
    expect(new Webhook(endpointSecret).verify(delivery.body, headers)).toMatchObject({ type: "payment.succeeded" });
  });
});

describe("MyPOS: the IPCPurchase form verifies with node:crypto against the store's public certificate", () => {
  /** The hidden inputs of the redirect page, in document order (what the browser posts). */
  function formFields(html: string): Array<[string, string]> {
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    return [...html.matchAll(/<input\b[^>]*>/g)].flatMap(([tag]) => {
      const name = /\bname="([^"]*)"/.exec(tag)?.[1];
      const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
      return name === undefined || value === undefined ? [] : [[unescape(name), unescape(value)] as [string, string]];
    });
  }

  /** myPOS's rule, written from its documentation: base64 of the values (Signature excluded) joined with "-". */
  function verifiesWithOpenSsl(fields: Array<[string, string]>): boolean {
    const signature = fields.find(([n]) => n === "Signature")?.[1] ?? "";
    const signed = Buffer.from(fields.filter(([n]) => n !== "Signature").map(([, v]) => v).join("-"), "utf8").toString("base64");
    const publicKey = new X509Certificate(SANDBOX_MERCHANT_CERT_PEM).publicKey;
    return createVerify("RSA-SHA256").update(signed).verify(publicKey, signature, "base64");
  }

  it("signs the form the customer's browser posts; any changed field breaks it", async () => {
    const payment = await createPayment("/api/v1/payments/mypos", { amount: "25.50", currency: "EUR", returnUrl: "https://shop.example/done" });
    expect(payment.redirectUrl).toBeTruthy();
    const page = await fetch(payment.redirectUrl!.replace(/^https?:\/\/[^/]+/, instance.baseUrl));
    expect(page.status).toBe(200);
    const fields = formFields(await page.text());
    const names = fields.map(([n]) => n);
    expect(names.slice(0, 3)).toEqual(["IPCmethod", "IPCVersion", "IPCLanguage"]);
    expect(names.at(-1)).toBe("Signature");
    expect(Object.fromEntries(fields)).toMatchObject({ IPCmethod: "IPCPurchase", IPCVersion: "1.4", Amount: "25.50", Currency: "EUR", OrderID: payment.id });
    expect(new X509Certificate(SANDBOX_MERCHANT_CERT_PEM).publicKey.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);

    expect(verifiesWithOpenSsl(fields)).toBe(true);
    for (const name of ["Amount", "Currency", "OrderID", "URL_Notify", "URL_OK"]) {
      const tampered = fields.map(([n, v]) => [n, n === name ? (name === "Amount" ? "2550.00" : v + "x") : v] as [string, string]);
      expect(verifiesWithOpenSsl(tampered), `changing ${name} must break the signature`).toBe(false);
    }
    // Reordering two fields changes the signed string too.
    const swapped = [...fields];
    [swapped[7], swapped[8]] = [swapped[8]!, swapped[7]!];
    expect(verifiesWithOpenSsl(swapped)).toBe(false);
  });
});
