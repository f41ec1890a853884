/**
 * The local myPOS sandbox: a stand-in for https://www.mypos.com/vmp/checkout(-test) that speaks the
 * same IPC v1.4 protocol, so CorePort's MyPOS adapter runs unchanged against it.
 *
 *   POST /sandbox/mypos/checkout              IPCPurchase (browser form) → card page
 *                                             IPCGetPaymentStatus (server) → signed XML answer
 *   GET  /sandbox/mypos/checkout/:token       the test-card form
 *   POST /sandbox/mypos/checkout/:token/pay   pay with a test card
 *   POST /sandbox/mypos/checkout/:token/cancel
 *
 * Requests are verified with the sandbox merchant certificate; everything the sandbox sends (the
 * IPCPurchaseNotify to URL_Notify, rollbacks, the browser returns to URL_OK / URL_Cancel, status
 * answers) is signed with the sandbox myPOS key. After a successful card payment the sandbox posts
 * the notify server-to-server and requires HTTP 200 with the body exactly `OK`; anything else makes
 * it reverse the payment (status 4) and post IPCPurchaseRollback, as myPOS does.
 */
import { Hono, type Context, type ExecutionContext as HonoExecutionContext } from "hono";
import type { AppEnv, Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { autoPostResponse } from "../../lib/html";
import { randomToken } from "../../lib/ids";
import { OutboundError, outboundFetch } from "../../lib/outbound";
import { cachedPrivateKey, cachedPublicKey } from "../../lib/rsa";
import { assertPublicHttpsUrl, UnsafeUrlError } from "../../lib/ssrf";
import { encodeFormFields, parseFormFields, signIpcFields, verifyIpcFields, type IpcFields } from "../../providers/mypos/ipc";
import { IPC_STATUS } from "../../providers/mypos/payment-status";
import { toFlatXml } from "../../providers/mypos/xml";
import { checkoutPage, declinedPage, notFoundPage, purchaseErrorPage } from "./pages";
import { checkPurchase, type CheckedPurchase } from "./purchase-check";
import { SANDBOX_MERCHANT_CERT_PEM, SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "./sandbox-keys";
import { SandboxStore } from "./store";
import { checkCard } from "./test-cards";

export const NOTIFY_TIMEOUT_MS = 10_000;
const NOTIFY_MAX_BYTES = 4096;

/** Deliver a request to this same worker without the network (e.g. `app.fetch`). */
export type Loopback = (request: Request, env: Bindings, ctx?: HonoExecutionContext) => Promise<Response>;

export interface MyposSandboxOptions {
  /** Used for URL_Notify on this worker's own origin. */
  loopback?: Loopback;
  /** Replaces fetch for every outbound call (tests). */
  fetcher?: typeof fetch;
}

type SandboxContext = Context<AppEnv>;

const myposKey = () => cachedPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
const merchantCert = () => cachedPublicKey(SANDBOX_MERCHANT_CERT_PEM);
const store = (c: SandboxContext) => new SandboxStore(c.env.SANDBOX_KV);

async function readForm(c: SandboxContext): Promise<IpcFields> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    throw new ApiError("UNSUPPORTED_MEDIA_TYPE", {
      detail: "myPOS messages are application/x-www-form-urlencoded",
      headers: { "Accept-Post": "application/x-www-form-urlencoded" },
    });
  }
  return parseFormFields(new TextDecoder().decode(await c.req.arrayBuffer()));
}

function xmlAnswer(fields: IpcFields, status = 200): Response {
  return new Response(toFlatXml("IPCGetPaymentStatus", fields), { status, headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "no-store" } });
}

async function signedXml(fields: IpcFields): Promise<Response> {
  return xmlAnswer(await signIpcFields(fields, await myposKey()));
}

/** IPCGetPaymentStatus: the merchant's server asks what became of an OrderID. */
async function paymentStatus(c: SandboxContext, received: IpcFields): Promise<Response> {
  const verified = await verifyIpcFields(received, await merchantCert());
  if (!verified.ok) return signedXml([["Status", IPC_STATUS.SIGNATURE_FAILED], ["StatusMsg", verified.message]]);
  const { SID, OrderID } = verified.values;
  if (!OrderID) return signedXml([["Status", IPC_STATUS.MISSING_PARAMETER], ["StatusMsg", "OrderID is required"]]);
  if (SID !== SANDBOX_MYPOS_STORE.sid) return signedXml([["Status", "4"], ["StatusMsg", "Unknown store"], ["OrderID", OrderID]]);
  const order = await store(c).getOrder(SID, OrderID);
  if (!order) return signedXml([["Status", IPC_STATUS.INVALID_PARAMETER], ["StatusMsg", "No payment with this OrderID"], ["OrderID", OrderID]]);
  return signedXml([
    ["Status", IPC_STATUS.OK],
    ["StatusMsg", "Success"],
    ["OrderID", order.orderId],
    ["PaymentStatus", order.paymentStatus],
    ["Amount", order.amount],
    ["Currency", order.currency],
    ["IPC_Trnref", order.transactionRef ?? ""],
  ]);
}

/** IPCPurchase from the customer's browser: verify, check, open a checkout session. */
async function purchase(c: SandboxContext, received: IpcFields): Promise<Response> {
  const verified = await verifyIpcFields(received, await merchantCert());
  if (!verified.ok) return purchaseErrorPage(IPC_STATUS.SIGNATURE_FAILED, "Signature", `Signature check failed: ${verified.message}`, 401);
  const checked = checkPurchase(verified.values);
  if (!checked.ok) return purchaseErrorPage(checked.status, checked.field, checked.message);
  const existing = await store(c).getOrder(checked.purchase.sid, checked.purchase.orderId);
  if (existing && (existing.paymentStatus === "1" || existing.paymentStatus === "4")) {
    return purchaseErrorPage(IPC_STATUS.DUPLICATE_ORDER_ID, "OrderID", "This OrderID was already paid; myPOS refuses a second payment for it", 409);
  }
  const token = randomToken(16);
  await store(c).saveSession(token, { fields: verified.fields, createdAt: new Date().toISOString(), attempts: 0 });
  return c.redirect(`/sandbox/mypos/checkout/${token}`, 303);
}

/** The purchase of a stored session (stored only after passing the checks; null if the checks changed since). */
function sessionPurchase(fields: IpcFields): CheckedPurchase | null {
  const checked = checkPurchase(Object.fromEntries(fields));
  return checked.ok ? checked.purchase : null;
}

/** The outbound sender for server-to-server posts: loopback for this worker's own origin. */
function senderFor(c: SandboxContext, url: URL, options: MyposSandboxOptions): typeof fetch | undefined {
  if (options.fetcher) return options.fetcher;
  if (options.loopback && url.origin === new URL(c.req.url).origin) {
    let ctx: HonoExecutionContext | undefined;
    try {
      ctx = c.executionCtx;
    } catch {
      ctx = undefined;
    }
    const loopback = options.loopback;
    return ((input: RequestInfo | URL, init?: RequestInit) => loopback(new Request(input, init), c.env, ctx)) as typeof fetch;
  }
  return undefined;
}

export interface NotifyOutcome {
  acknowledged: boolean;
  detail: string;
}

/** POST signed fields to URL_Notify; acknowledged only by HTTP 200 with the body exactly `OK`. */
async function postToNotify(c: SandboxContext, urlNotify: string, fields: IpcFields, options: MyposSandboxOptions): Promise<NotifyOutcome> {
  let url: URL;
  try {
    url = assertPublicHttpsUrl(urlNotify, { allowLocalhostHttp: true });
  } catch (error) {
    if (error instanceof UnsafeUrlError) return { acknowledged: false, detail: `URL_Notify refused: ${error.message}` };
    throw error;
  }
  try {
    const response = await outboundFetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "CorePort-myPOS-sandbox/1.0" },
      body: encodeFormFields(fields),
      timeoutMs: NOTIFY_TIMEOUT_MS,
      maxBytes: NOTIFY_MAX_BYTES,
      fetcher: senderFor(c, url, options),
    });
    const body = response.text();
    if (response.status === 200 && body === "OK") return { acknowledged: true, detail: "HTTP 200 OK" };
    return { acknowledged: false, detail: `HTTP ${response.status} with body ${JSON.stringify(body.slice(0, 80))} (myPOS needs 200 and exactly "OK")` };
  } catch (error) {
    if (error instanceof OutboundError) return { acknowledged: false, detail: error.message };
    throw error;
  }
}

function returnFields(method: "IPCPurchaseOK" | "IPCPurchaseCancel", p: CheckedPurchase, transactionRef?: string): IpcFields {
  const fields: Array<[string, string]> = [["IPCmethod", method], ["SID", p.sid], ["Amount", p.amount], ["Currency", p.currency], ["OrderID", p.orderId]];
  if (transactionRef) fields.push(["IPC_Trnref", transactionRef]);
  return fields;
}

async function backToShop(p: CheckedPurchase, method: "IPCPurchaseOK" | "IPCPurchaseCancel", message: string, transactionRef?: string): Promise<Response> {
  const fields = await signIpcFields(returnFields(method, p, transactionRef), await myposKey());
  return autoPostResponse({
    action: method === "IPCPurchaseOK" ? p.urlOk : p.urlCancel,
    fields,
    title: "myPOS sandbox",
    heading: method === "IPCPurchaseOK" ? "Payment approved" : "Returning to the shop",
    message,
    button: "Return to the shop",
  });
}

const digits = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String(b % 10)).join("");

function nowMyposDateTime(now: Date): string {
  return now.toISOString().slice(0, 19).replace("T", " ");
}

async function pay(c: SandboxContext, token: string, options: MyposSandboxOptions): Promise<Response> {
  const sessions = store(c);
  const session = await sessions.getSession(token);
  const p = session && sessionPurchase(session.fields);
  if (!session || !p) return notFoundPage();
  const form = Object.fromEntries(await readForm(c));
  const input = { number: form.number ?? "", expiry: form.expiry ?? "", cvc: form.cvc ?? "", holder: form.holder ?? "" };
  const now = new Date();
  const check = checkCard(input, now);
  if (!check.ok) {
    return checkoutPage({ token, purchase: p, attempts: session.attempts, error: check, values: { number: input.number, expiry: input.expiry, holder: input.holder }, status: 422 });
  }
  const existing = await sessions.getOrder(p.sid, p.orderId);
  if (existing && (existing.paymentStatus === "1" || existing.paymentStatus === "4")) {
    await sessions.deleteSession(token);
    return purchaseErrorPage(IPC_STATUS.DUPLICATE_ORDER_ID, "OrderID", "This OrderID was already paid", 409);
  }
  const { outcome } = check.card;
  if (outcome.result === "declined") {
    await sessions.saveSession(token, { ...session, attempts: session.attempts + 1 });
    await sessions.saveOrder({ sid: p.sid, orderId: p.orderId, paymentStatus: "3", amount: p.amount, currency: p.currency, lastStatus: outcome.status, updatedAt: now.toISOString() });
    return declinedPage(token, outcome.message, outcome.status);
  }

  const transactionRef = digits(12);
  const stan = digits(6);
  await sessions.saveOrder({ sid: p.sid, orderId: p.orderId, paymentStatus: "1", amount: p.amount, currency: p.currency, transactionRef, stan, updatedAt: now.toISOString() });
  await sessions.deleteSession(token);
  const key = await myposKey();
  const notify = await signIpcFields([
    ["IPCmethod", "IPCPurchaseNotify"],
    ["SID", p.sid],
    ["Amount", p.amount],
    ["Currency", p.currency],
    ["OrderID", p.orderId],
    ["IPC_Trnref", transactionRef],
    ["RequestSTAN", stan],
    ["RequestDateTime", nowMyposDateTime(now)],
    ["PAN", `************${check.card.number.slice(-4)}`],
    ["CardType", check.card.brand],
    ["BillingDescriptor", "COREPORT*SANDBOX"],
  ], key);
  const log = c.get("log");
  const delivered = await postToNotify(c, p.urlNotify, notify, options);
  log?.info("mypos sandbox notify", { orderId: p.orderId, acknowledged: delivered.acknowledged, detail: delivered.detail });
  if (delivered.acknowledged) {
    return backToShop(p, "IPCPurchaseOK", `myPOS approved ${p.amount} ${p.currency} and the shop confirmed it.`, transactionRef);
  }

  // The shop did not confirm: myPOS reverses the payment and tells URL_Notify so.
  await sessions.saveOrder({ sid: p.sid, orderId: p.orderId, paymentStatus: "4", amount: p.amount, currency: p.currency, transactionRef, stan, updatedAt: new Date().toISOString() });
  const rollback = await signIpcFields([["IPCmethod", "IPCPurchaseRollback"], ["SID", p.sid], ["Amount", p.amount], ["Currency", p.currency], ["OrderID", p.orderId]], key);
  const rolledBack = await postToNotify(c, p.urlNotify, rollback, options);
  log?.warn("mypos sandbox rollback", { orderId: p.orderId, notify: delivered.detail, rollback: rolledBack.detail });
  return backToShop(p, "IPCPurchaseCancel", `The shop did not confirm the payment (${delivered.detail}), so myPOS reversed it. No money was taken.`);
}

export function createMyposSandboxRouter(options: MyposSandboxOptions = {}) {
  const router = new Hono<AppEnv>({ strict: false });

  router.post("/checkout", async (c) => {
    const fields = await readForm(c);
    const method = fields.find(([n]) => n === "IPCmethod")?.[1];
    if (method === "IPCPurchase") return purchase(c, fields);
    if (method === "IPCGetPaymentStatus") return paymentStatus(c, fields);
    return signedXml([["Status", IPC_STATUS.UNSUPPORTED_CALL], ["StatusMsg", `The sandbox does not implement IPCmethod '${method ?? ""}'`]]);
  });

  router.get("/checkout/:token", async (c) => {
    const token = c.req.param("token");
    const session = await store(c).getSession(token);
    const purchase = session && sessionPurchase(session.fields);
    if (!session || !purchase) return notFoundPage();
    return checkoutPage({ token, purchase, attempts: session.attempts });
  });

  router.post("/checkout/:token/pay", (c) => pay(c, c.req.param("token"), options));

  router.post("/checkout/:token/cancel", async (c) => {
    const token = c.req.param("token");
    const session = await store(c).getSession(token);
    const purchase = session && sessionPurchase(session.fields);
    if (!session || !purchase) return notFoundPage();
    await store(c).deleteSession(token);
    return backToShop(purchase, "IPCPurchaseCancel", "You cancelled the payment. No money was taken.");
  });

  return router;
}
