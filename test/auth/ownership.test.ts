/**
 * The helpers later capabilities use to read one payment/order, exercised on the real access rule of
 * GET /api/v1/payments/payto/{id} and POST /api/v1/offramp/reject/{id}, plus the merchant list endpoints.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clientSecretObjectId, createClientSecret, verifyClientSecret } from "../../src/auth/client-secret";
import { api, expectProblem } from "../helpers/http";
import { bearer, insertOrder, insertPayment, merchantWithKeys, type TestMerchant } from "../helpers/merchants";


let a: TestMerchant;
let b: TestMerchant;
beforeAll(async () => {
  [a, b] = await Promise.all([merchantWithKeys(), merchantWithKeys()]);
});

describe("client secrets", () => {
  it("are 160-bit, name their object, and verify only against their own hash", async () => {
    const one = await createClientSecret("pay_0123456789abcdefghjkmnpqrs");
    const two = await createClientSecret("pay_0123456789abcdefghjkmnpqrs");
    expect(one.clientSecret).not.toBe(two.clientSecret);
    expect(clientSecretObjectId(one.clientSecret)).toBe("pay_0123456789abcdefghjkmnpqrs");
    expect(await verifyClientSecret(one.clientSecret, one.hash)).toBe(true);
    expect(await verifyClientSecret(one.clientSecret, two.hash)).toBe(false);
    const other = one.clientSecret.endsWith("0") ? "1" : "0"; // a different last character (was flaky 1 in 32)
    expect(await verifyClientSecret(one.clientSecret.slice(0, -1) + other, one.hash)).toBe(false);
    expect(await verifyClientSecret("pay_x_secret_y", one.hash)).toBe(false);
  });
});

describe("reading one payment or order", () => {
  it("lets the owner's secret key and the client secret (header or query) in", async () => {
    const p = await insertPayment(a.id);
    const bySk = await api(`/api/v1/payments/payto/${p.id}`, { headers: bearer(a.sk) });
    expect(bySk.status).toBe(200);
    expect((await bySk.json<{ id: string }>()).id).toBe(p.id);

    const byHeader = await api(`/api/v1/payments/payto/${p.id}`, { headers: { "X-Client-Secret": p.clientSecret } });
    expect(byHeader.status).toBe(200);
    expect((await byHeader.json<{ id: string }>()).id).toBe(p.id);


    const byQuery = await api(`/api/v1/payments/payto/${p.id}?client_secret=${p.clientSecret}`);
    expect(byQuery.status).toBe(200);

    const withPk = await api(`/api/v1/payments/payto/${p.id}`, { headers: { ...bearer(a.pk), Origin: a.origin, "X-Client-Secret": p.clientSecret } });
    expect(withPk.status).toBe(200);
  });

  it("answers 404 — never 403 — to everyone else", async () => {
    const p = await insertPayment(a.id);
    const other = await insertPayment(b.id);
    const cases: Array<[string, RequestInit]> = [
      ["other merchant's sk", { headers: bearer(b.sk) }],
      ["owner's pk alone", { headers: { ...bearer(a.pk), Origin: a.origin } }],
      ["other merchant's pk + right client secret", { headers: { ...bearer(b.pk), Origin: b.origin, "X-Client-Secret": p.clientSecret } }],
      ["another payment's client secret", { headers: { "X-Client-Secret": other.clientSecret } }],
      ["forged client secret", { headers: { "X-Client-Secret": `${p.id}_secret_${"0".repeat(32)}` } }],
    ];
    for (const [label, init] of cases) {
      const problem = await expectProblem(await api(`/api/v1/payments/payto/${p.id}`, init), 404);
      expect(problem.detail, label).toBe(`Payment '${p.id}' was not found`);
    }
    // Same answer as for an id that does not exist at all.
    const missing = await expectProblem(await api("/api/v1/payments/payto/pay_00000000000000000000000000", { headers: bearer(b.sk) }), 404);
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("works the same for orders (reject with the order's client secret)", async () => {
    const created = await api("/api/v1/offramp/bank", {
      method: "POST",
      headers: { ...bearer(a.sk), "Content-Type": "application/json" },
      body: JSON.stringify({ asset: "EURX", amount: "50", bankAccount: { iban: "DE89370400440532013000", accountHolderName: "Anna Müller", country: "DE" } }),
    });
    expect(created.status).toBe(201);
    const o = await created.json<{ id: string; clientSecret: string }>();
    const reject = (headers: Record<string, string>) =>
      api(`/api/v1/offramp/reject/${o.id}`, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify({ reason: "Customer cancelled" }) });
    expect((await reject({ "X-Client-Secret": o.clientSecret })).status).toBe(200);
    expect((await reject(bearer(a.sk))).status).toBe(200);
    await expectProblem(await reject(bearer(b.sk)), 404);
    await expectProblem(await reject({}), 401);
  });
});

describe("GET /api/v1/payments and /api/v1/orders", () => {
  it("list only the caller's rows, newest first, with cursor pagination and filters", async () => {
    const m = await merchantWithKeys();
    const stranger = await merchantWithKeys();
    const base = Date.now() - 60_000;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await insertPayment(m.id, { created_at: base + i * 1000, status: i % 2 ? "succeeded" : "requires_payment" })).id);
    }
    await insertPayment(stranger.id);
    const page1 = await (await api("/api/v1/payments?limit=3", { headers: bearer(m.sk) })).json<{ data: Array<{ id: string }>; hasMore: boolean; nextCursor: string }>();
    expect(page1.data.map((p) => p.id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(page1.hasMore).toBe(true);
    const page2 = await (await api(`/api/v1/payments?limit=3&cursor=${page1.nextCursor}`, { headers: bearer(m.sk) })).json<{ data: Array<{ id: string }>; hasMore: boolean; nextCursor: null }>();
    expect(page2.data.map((p) => p.id)).toEqual([ids[1], ids[0]]);
    expect(page2).toMatchObject({ hasMore: false, nextCursor: null });
    const succeeded = await (await api("/api/v1/payments?status=succeeded", { headers: bearer(m.sk) })).json<{ data: Array<{ id: string; status: string }> }>();
    expect(succeeded.data.map((p) => p.id)).toEqual([ids[3], ids[1]]);

    const orderId = (await insertOrder(m.id)).id;
    await insertOrder(stranger.id);
    const orders = await (await api("/api/v1/orders?direction=offramp", { headers: bearer(m.sk) })).json<{ data: Array<{ id: string; sourceAmount: string }> }>();
    expect(orders.data.map((o) => o.id)).toEqual([orderId]);
    expect(orders.data[0]!.sourceAmount).toBe("100.000000");
  });

  it("refuse bad query values naming the parameter", async () => {
    const m = await merchantWithKeys();
    for (const q of ["limit=0", "limit=101", "limit=abc", "cursor=bm90LWEtY3Vyc29y", "status=DROP%20TABLE", "method=cash"]) {
      const problem = await expectProblem(await api(`/api/v1/payments?${q}`, { headers: bearer(m.sk) }), 400);
      expect(problem.errors?.[0]?.in).toBe("query");
    }
  });
});
