/**
 * Every `npm run simulate` scenario, sent to the real endpoints of the worker for a payment created
 * through the API, ends in the documented state (what the README promises a merchant trying it).
 */
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { makeIcan } from "../../src/lib/ican";
import { CORE_NETWORKS } from "../../src/providers/network";
import { buildDeliveries, scenariosOf } from "../../src/providers/simulate/scenarios";
import type { PaymentMethod } from "../../src/providers/types";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";
import { SANDBOX_DEPOSIT_ADDRESS_SECRET } from "../../src/sandbox/sandbox-secrets";
import { api, postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { d1Events, passExpiry, stubOf } from "../helpers/payments";

const secrets = {
  myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM,
  myposSid: SANDBOX_MYPOS_STORE.sid,
  paytoWebhookSecret: env.PAYTO_WEBHOOK_SECRET!,
  corepayWebhookSecret: env.COREPAY_WEBHOOK_SECRET!,
  depositAddressSecret: env.DEPOSIT_ADDRESS_SECRET ?? SANDBOX_DEPOSIT_ADDRESS_SECRET,
};

/** Where each scenario must leave the payment: status, and whether it is flagged for review. */
const EXPECTED: Record<PaymentMethod, Record<string, { status: string; needsReview?: boolean; credits?: number }>> = {
  mypos: {
    pay: { status: "succeeded", credits: 1 },
    decline: { status: "requires_payment", credits: 0 },
    partial: { status: "partially_paid" },
    over: { status: "overpaid" },
    late: { status: "expired", needsReview: true },
    duplicate: { status: "succeeded", credits: 1 },
    "out-of-order": { status: "reversed", needsReview: true },
    reversed: { status: "reversed" },
  },
  payto: {
    pay: { status: "succeeded", credits: 1 },
    partial: { status: "partially_paid" },
    over: { status: "overpaid" },
    late: { status: "expired", needsReview: true },
    duplicate: { status: "succeeded", credits: 1 },
    "out-of-order": { status: "succeeded", credits: 2 },
  },
  corepay: {
    pay: { status: "succeeded", credits: 1 },
    confirmations: { status: "succeeded", credits: 1 },
    decline: { status: "requires_payment", credits: 0 },
    partial: { status: "partially_paid" },
    over: { status: "overpaid" },
    late: { status: "expired", needsReview: true },
    duplicate: { status: "succeeded", credits: 1 },
    "out-of-order": { status: "succeeded", credits: 1 },
  },
};

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  const payout = makeIcan("ab", "2755c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f");
  const res = await api(`/api/v1/admin/merchants/${m.id}`, { method: "PATCH", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ payoutAddress: payout }) });
  expect(res.status).toBe(200);
});

interface Created {
  id: string;
  amountExpected: string;
  asset: string;
  payto?: { depositAddress: string };
  corepay?: { confirmationsRequired: number };
}

async function createPayment(method: PaymentMethod): Promise<Created> {
  const body = method === "mypos" ? { amount: "25.50", currency: "EUR", returnUrl: "https://shop.acme.example/done" } : { asset: "USDX", amount: "100.00" };
  const res = await postJson(`/api/v1/payments/${method}`, body, { ...bearer(m.sk), "Idempotency-Key": crypto.randomUUID() });
  if (res.status !== 201) throw new Error(`create ${method}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function subject(id: string) {
  const res = await api(`/api/v1/admin/subjects/${id}`, { headers: ADMIN });
  return (await res.json<{ subject: { status: string; needsReview: boolean } }>()).subject;
}

const cases = (["mypos", "payto", "corepay"] as const).flatMap((method) => scenariosOf(method).map((scenario) => [method, scenario] as const));

describe("npm run simulate against the real endpoints", () => {
  it("documents an expected outcome for every scenario", () => {
    for (const method of ["mypos", "payto", "corepay"] as const) expect(Object.keys(EXPECTED[method]).sort()).toEqual(scenariosOf(method).sort());
  });

  it.each(cases)("%s %s", async (method, scenario) => {
    const p = await createPayment(method);
    if (scenario === "late") {
      await passExpiry(p.id);
      expect(await runDurableObjectAlarm(stubOf(p.id))).toBe(true);
    }
    const deliveries = await buildDeliveries(
      {
        method,
        paymentId: p.id,
        scenario,
        amount: p.amountExpected,
        asset: p.asset,
        decimals: method === "mypos" ? 2 : 6,
        network: CORE_NETWORKS.testnet,
        confirmations: p.corepay?.confirmationsRequired ?? 3,
        address: p.payto?.depositAddress,
        now: new Date(),
      },
      secrets,
    );
    for (const delivery of deliveries) {
      const res = await api(delivery.path, { method: "POST", headers: delivery.headers, body: delivery.body, redirect: "manual" });
      expect(res.status, `${delivery.label}: ${await res.clone().text()}`).toBe(200);
      if (method === "mypos") expect(await res.text()).toBe("OK");
    }
    const expected = EXPECTED[method][scenario]!;
    expect(await subject(p.id)).toMatchObject({ status: expected.status, needsReview: expected.needsReview ?? false });
    if (expected.credits !== undefined) {
      const credits = (await d1Events(p.id)).filter((e) => e.type === "payment.funds_received" && e.accepted === 1);
      expect(credits).toHaveLength(expected.credits);
    }
  });
});
