/**
 * A tiny merchant server (Node, no framework) that takes CorePort payments:
 *
 *   POST /orders/{id}/pay      create a PayTo payment for the order (secret key, typed client)
 *   POST /webhooks/coreport    receive CorePort notifications, verified with `standardwebhooks`
 *
 *   COREPORT_URL=http://localhost:8787 COREPORT_SECRET_KEY=sk_test_… COREPORT_WEBHOOK_SECRET=whsec_… \
 *     npx tsx examples/merchant-server/server.ts
 *
 * Fulfil orders from the verified notification, never from the customer's browser.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { ApiProblemError } from "../../src/client";
import { corePort, createPaytoPayment, verifyNotification } from "./coreport";

const baseUrl = process.env.COREPORT_URL ?? "http://localhost:8787";
const webhookSecret = process.env.COREPORT_WEBHOOK_SECRET;
const port = Number(process.env.PORT ?? 4242);
const api = corePort(baseUrl, process.env.COREPORT_SECRET_KEY ?? "");
if (!webhookSecret?.startsWith("whsec_")) console.warn("COREPORT_WEBHOOK_SECRET is not set: notifications will be refused");

/** Your order book (a database in real life). */
const orders = new Map<string, { amount: string; asset: string; paymentId?: string; paid: boolean }>([["1042", { amount: "25.00", asset: "EURX", paid: false }]]);
/** Notifications already handled (deliveries are at-least-once). */
const seen = new Set<string>();

const MAX_BODY = 256 * 1024;

async function rawBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const pay = /^\/orders\/([\w-]{1,40})\/pay$/.exec(url.pathname);
  if (req.method === "POST" && pay) {
    const order = orders.get(pay[1]!);
    if (!order) return send(res, 404, { error: "unknown order" });
    try {
      const payment = await createPaytoPayment(api, { id: pay[1]!, amount: order.amount, asset: order.asset });
      order.paymentId = payment.id;
      // Give the customer's page what it needs to pay and to follow the payment (client secret: this customer only).
      return send(res, 201, { paymentId: payment.id, address: payment.payto.depositAddress, amount: payment.amountExpected, asset: payment.asset, paymentUri: payment.payto.paymentUri, clientSecret: payment.clientSecret });
    } catch (error) {
      if (error instanceof ApiProblemError) return send(res, error.status === 0 ? 502 : error.status, { error: error.message, requestId: error.requestId });
      throw error;
    }
  }
  if (req.method === "POST" && url.pathname === "/webhooks/coreport") {
    const verified = verifyNotification(webhookSecret ?? "", await rawBody(req), req.headers as Record<string, string>);
    if (!verified.ok) return send(res, 400, { error: `invalid notification: ${verified.reason}` });
    const { event } = verified;
    if (!seen.has(event.id)) {
      seen.add(event.id);
      const reference = event.data.merchantReference;
      const order = typeof reference === "string" ? orders.get(reference) : undefined;
      if (event.type === "payment.succeeded" && order) order.paid = true;
      console.log(`notification ${event.type} ${event.objectId}${order ? ` (order ${String(reference)}${order.paid ? ", paid" : ""})` : ""}`);
    }
    return send(res, 200, { received: true }); // 2xx quickly; CorePort retries anything else
  }
  send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { error: "internal error" });
  });
}).listen(port, () => console.log(`Merchant example on http://localhost:${port} (CorePort ${baseUrl})`));
