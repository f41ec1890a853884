/**
 * MyPOS reconciliation against the sandbox: a card payment whose notify was lost is settled by the
 * scheduled status check (IPCGetPaymentStatus), with the notify's own event id, so the late notify
 * changes nothing twice; declined or never-started checkouts stay open; runs are bounded.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppEnv, Bindings } from "../../src/env";
import { errorHandler } from "../../src/middleware/error-handler";
import { encodeFormFields } from "../../src/providers/mypos/ipc";
import { reconcileMyposPayments } from "../../src/services/payments/reconcile/mypos-reconcile";
import worker from "../../src/index";
import { createSandboxRouter } from "../../src/sandbox";
import { api, fetcherOf, postJson } from "../helpers/http";
import { formsOf } from "../helpers/html-form";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { d1Events, d1Order, d1Payment } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";

const WEBHOOK = "/api/v1/payments/mypos/webhook";
/** Check every unpaid payment at once (the default waits 15 minutes after creation). */
const NOW: Bindings = { ...env, MYPOS_RECONCILE_AFTER_MINUTES: "0" };

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
});

/**
 * The sandbox with a lossy network towards CorePort: every notify it sends is swallowed (and kept
 * here), but answered `OK` so that the sandbox keeps the payment as successful.
 */
function lossySandbox() {
  const lost: string[] = [];
  const app = new Hono<AppEnv>();
  app.route("/sandbox", createSandboxRouter({ fetcher: (async (_input: RequestInfo | URL, init?: RequestInit) => {
    lost.push(String(init?.body ?? ""));
    return new Response("OK");
  }) as typeof fetch }));
  app.onError(errorHandler);
  return { fetcher: fetcherOf(app), lost };
}

async function newCardPayment(amount = "25.50"): Promise<{ id: string; fields: Array<[string, string]> }> {
  const res = await postJson("/api/v1/payments/mypos", { amount, currency: "EUR", returnUrl: "https://shop.acme.example/done" }, { ...bearer(m.sk), "Idempotency-Key": crypto.randomUUID() });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  const created = await res.json<{ id: string; redirectUrl: string }>();
  const page = await api(created.redirectUrl.slice(new URL(created.redirectUrl).origin.length));
  const [form] = formsOf(await page.text());
  return { id: created.id, fields: form!.fields as Array<[string, string]> };
}

/** The customer pays (or tries to) with a test card at the sandbox checkout. */
async function payAt(fetcher: typeof fetch, fields: Array<[string, string]>, cardNumber: string): Promise<number> {
  const form = (body: string) => ({ method: "POST", redirect: "manual" as const, headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
  const checkout = await fetcher("http://localhost/sandbox/mypos/checkout", form(encodeFormFields(fields)));
  expect(checkout.status).toBe(303);
  const location = checkout.headers.get("location")!;
  const paid = await fetcher(`http://localhost${location}/pay`, form(encodeFormFields([["holder", "Ada Lovelace"], ["number", cardNumber], ["expiry", "12/39"], ["cvc", "123"]])));
  return paid.status;
}

describe("MyPOS reconciliation by status check", () => {
  it("settles a paid payment whose notify was lost; the late notify then changes nothing", async () => {
    const sandbox = lossySandbox();
    const p = await newCardPayment();
    expect(await payAt(sandbox.fetcher, p.fields, "4111111111111111")).toBe(200);
    expect(sandbox.lost).toHaveLength(1);
    expect(await d1Payment(p.id)).toMatchObject({ status: "requires_payment" });

    const summary = await reconcileMyposPayments(NOW, { fetcher: sandbox.fetcher });
    expect(summary).toMatchObject({ applied: 1, errors: 0 });
    expect(await d1Payment(p.id)).toMatchObject({ status: "succeeded", amount_received: "25.50" });
    const events = await d1Events(p.id);
    expect(events.map((e) => [e.type, e.source, e.accepted])).toEqual([["payment.created", "merchant", 1], ["payment.funds_received", "mypos", 1]]);

    // The notify finally arrives: answered OK, recognised as the same fact, nothing written.
    const late = await api(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: sandbox.lost[0] });
    expect(await late.text()).toBe("OK");
    expect(await d1Events(p.id)).toHaveLength(2);
    expect(events[1]!.provider_event_id).toMatch(/^IPCPurchaseNotify:/);

    // Checked once per window: the next run does not ask about it again.
    const again = await reconcileMyposPayments(NOW, { fetcher: sandbox.fetcher });
    expect(again.applied).toBe(0);
  });

  it("leaves a declined or never-started checkout open (the customer may still pay until it expires)", async () => {
    const sandbox = lossySandbox();
    const declined = await newCardPayment("19.99");
    expect(await payAt(sandbox.fetcher, declined.fields, "4000000000000002")).toBe(402);
    const untouched = await newCardPayment("15.00");

    await reconcileMyposPayments(NOW, { fetcher: sandbox.fetcher });
    for (const id of [declined.id, untouched.id]) {
      expect(await d1Payment(id)).toMatchObject({ status: "requires_payment", version: 1 });
      expect(await d1Events(id)).toHaveLength(1);
    }
  });

  it("asks about at most MYPOS_RECONCILE_BATCH payments per run, and not before the grace period", async () => {
    const sandbox = lossySandbox();
    await newCardPayment("11.00");
    await newCardPayment("12.00");
    expect(await reconcileMyposPayments({ ...env, MYPOS_RECONCILE_AFTER_MINUTES: "15" }, { fetcher: sandbox.fetcher })).toMatchObject({ checked: 0 });
    expect(await reconcileMyposPayments({ ...NOW, MYPOS_RECONCILE_BATCH: "1" }, { fetcher: sandbox.fetcher })).toMatchObject({ checked: 1 });
  });

  it("a status check that fails is counted and retried next run, not fatal", async () => {
    await newCardPayment("13.00");
    const down = (async () => new Response("maintenance", { status: 503 })) as typeof fetch;
    const summary = await reconcileMyposPayments(NOW, { fetcher: down });
    expect(summary.errors).toBe(summary.checked);
    expect(summary.checked).toBeGreaterThan(0);
  });

  it("settles a card on-ramp order whose notify was lost, and sends its coins", async () => {
    expect((await postJson("/api/v1/admin/liquidity/EURX", { size: "100000" }, ADMIN)).status).toBe(200);
    const wallet = testWallet();
    const res = await postJson("/api/v1/onramp", { asset: "EURX", receiveAmount: "40", walletAddress: wallet, paymentMethod: "card", returnUrl: "https://shop.acme.example/done" }, bearer(m.sk));
    expect(res.status).toBe(201);
    const order = await res.json<{ id: string; charge: { amount: string }; checkout: { fields: Array<[string, string]> } }>();
    const sandbox = lossySandbox();
    expect(await payAt(sandbox.fetcher, order.checkout.fields, "4111111111111111")).toBe(200);
    expect(sandbox.lost).toHaveLength(1);
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_funds" });

    const summary = await reconcileMyposPayments(NOW, { fetcher: sandbox.fetcher });
    expect(summary.errors).toBe(0);
    const paid = await d1Order(order.id);
    expect(paid).toMatchObject({ status: "coins_sent", amount_deposited: order.charge.amount });
    expect(String(paid!.payout_tx_hash)).toMatch(/^0x[0-9a-f]{64}$/);

    // The late notify is the same fact: answered OK, nothing changes.
    const late = await api(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: sandbox.lost[0] });
    expect(await late.text()).toBe("OK");
    expect(await d1Order(order.id)).toMatchObject({ status: "coins_sent", version: paid!.version });
  });

  it("runs from the housekeeping cron, reaching the sandbox in-process", async () => {
    const p = await newCardPayment("14.00");
    // The Worker's own cron entry, which reaches the sandbox through its own fetch handler.
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "*/5 * * * *", scheduledTime: Date.now() }), NOW, ctx);
    await waitOnExecutionContext(ctx);
    // Asked (myPOS has no payment for it yet): marked as checked, nothing changed.
    expect(await env.CACHE_KV.get(`mypos:reconciled:${p.id}`)).toBe("1");
    expect(await d1Payment(p.id)).toMatchObject({ status: "requires_payment" });
  });
});
