/**
 * A hostile client on the payment and ramp create calls, beyond the generic field sweep
 * (hostile-inputs.test.ts): amounts in every disguise, unicode tricks, large and prototype-named
 * metadata, duplicate JSON keys, wrong content types, idempotency-key reuse, another payment's client
 * secret, traversal and SQL in path ids. Every refusal is a 4xx problem naming the field and leaves
 * nothing behind in D1.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectProblem, postJson } from "../helpers/http";
import { bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";

let m: TestMerchant;
let other: TestMerchant;
beforeAll(async () => {
  [m, other] = await Promise.all([merchantWithKeys(), merchantWithKeys()]);
});

const idem = () => ({ "Idempotency-Key": crypto.randomUUID() });
const WALLET = "ab35e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b"; // testnet: the test worker runs CORE_NETWORK = "testnet"
const BANK = { iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", accountHolderName: "Anna Müller", country: "DE" };

/** Rows this merchant has in D1: a refused request must not change them. */
async function footprint(merchantId: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT count(*) FROM payments WHERE merchant_id = ?1) AS payments,
            (SELECT count(*) FROM ramp_orders WHERE merchant_id = ?1) AS orders,
            (SELECT count(*) FROM quotes WHERE merchant_id = ?1 AND used_by IS NOT NULL) AS usedQuotes`,
  ).bind(merchantId).first<{ payments: number; orders: number; usedQuotes: number }>();
  return row!;
}

const CREATES: Array<[string, (amount: unknown) => Record<string, unknown>, string]> = [
  ["/api/v1/payments/payto", (a) => ({ asset: "USDX", amount: a }), "amount"],
  ["/api/v1/payments/corepay", (a) => ({ asset: "USDX", amount: a }), "amount"],
  ["/api/v1/payments/mypos", (a) => ({ amount: a, currency: "EUR", returnUrl: "https://shop.example/done" }), "amount"],
  ["/api/v1/payments/payto/cross-currency-estimate", (a) => ({ senderCurrency: "EURX", receiverCurrency: "USDX", amount: a }), "amount"],
  ["/api/v1/offramp/estimate", (a) => ({ asset: "EURX", amount: a, currency: "EUR" }), "amount"],
  ["/api/v1/offramp/bank", (a) => ({ asset: "EURX", amount: a, bankAccount: BANK }), "amount"],
  ["/api/v1/onramp/forex-estimate", (a) => ({ asset: "EURX", currency: "GBP", receiveAmount: a }), "receiveAmount"],
  ["/api/v1/onramp/bank", (a) => ({ asset: "EURX", receiveAmount: a, walletAddress: WALLET }), "receiveAmount"],
];
const BAD_AMOUNTS: unknown[] = [
  "1e3", "-0", "-1", "0", "0.000000000000000000001", "NaN", "Infinity", " 1", "1 ", "+10", "0x10", "1,5", "10.", ".5",
  "１０", "٣٠", "1\u200b0", "99999999999999999999999999", 1000, 10.5, null, true, [], {},
];

describe("amounts in every disguise are refused with a 400 naming the field, writing nothing", () => {
  it.each(CREATES)("%s", async (path, body, field) => {
    const before = await footprint(m.id);
    for (const amount of BAD_AMOUNTS) {
      const res = await postJson(path, body(amount), { ...bearer(m.sk), ...idem() });
      const problem = await expectProblem(res, 400).catch((e: Error) => {
        throw new Error(`${path} amount=${JSON.stringify(amount)}: ${e.message}`);
      });
      expect(problem.errors?.map((e) => e.field), `${path} amount=${JSON.stringify(amount)}`).toContain(field);
    }
    expect(await footprint(m.id)).toEqual(before);
  });
});

describe("metadata", () => {
  it("20 keys of 500 characters (10 KB) are stored and returned as given", async () => {
    const metadata = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key_${i}`, "é\u202e🦄".repeat(100) + "v".repeat(200)]));
    const res = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00", metadata }, { ...bearer(m.sk), ...idem() });
    expect(res.status).toBe(201);
    const created = await res.json<{ id: string; metadata: Record<string, string> }>();
    expect(created.metadata).toEqual(metadata);
    const read = await (await api(`/api/v1/payments/payto/${created.id}`, { headers: bearer(m.sk) })).json<{ metadata: unknown }>();
    expect(read.metadata).toEqual(metadata);
  });

  // Found by the hostile sweep: `{"__proto__": "x"}` was accepted (201) and silently dropped, so the
  // merchant's metadata did not come back as given.
  it.each(["/api/v1/payments/payto", "/api/v1/offramp/bank", "/api/v1/onramp/bank"])("a '__proto__' key is refused, not silently dropped (%s)", async (path) => {
    const before = await footprint(m.id);
    const base = path.includes("offramp") ? { asset: "EURX", amount: "100.00", bankAccount: BANK } : path.includes("onramp") ? { asset: "EURX", receiveAmount: "250", walletAddress: WALLET } : { asset: "USDX", amount: "25.00" };
    const raw = JSON.stringify(base).slice(0, -1) + ',"metadata":{"__proto__":"x","constructor":"y"}}';
    const res = await api(path, { method: "POST", headers: { ...bearer(m.sk), ...idem(), "Content-Type": "application/json" }, body: raw });
    const problem = await expectProblem(res, 400);
    expect(problem.errors?.[0]?.field).toMatch(/^metadata/);
    expect(await footprint(m.id)).toEqual(before);
  });

  it("keys like 'constructor' and 'toString' are ordinary keys", async () => {
    const res = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00", metadata: { constructor: "a", toString: "b", hasOwnProperty: "c" } }, { ...bearer(m.sk), ...idem() });
    expect(res.status).toBe(201);
    expect((await res.json<{ metadata: unknown }>()).metadata).toEqual({ constructor: "a", toString: "b", hasOwnProperty: "c" });
  });

  it("more than 20 keys, nested values and over-long values are 400s naming metadata", async () => {
    for (const metadata of [Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, "v"])), { a: { b: "c" } }, { a: "x".repeat(501) }, { "bad key": "v" }, { ["k".repeat(41)]: "v" }]) {
      const problem = await expectProblem(await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00", metadata }, { ...bearer(m.sk), ...idem() }), 400);
      expect(problem.errors?.[0]?.field).toMatch(/^metadata/);
    }
  });
});

describe("references and names with unicode tricks", () => {
  it.each(["order\u200b-1", "\u202eevil", "ｏｒｄｅｒ", "a\u0000b", "x".repeat(121), "🦄"])("merchantReference %j is a 400 naming it", async (merchantReference) => {
    const problem = await expectProblem(await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00", merchantReference }, { ...bearer(m.sk), ...idem() }), 400);
    expect(problem.errors?.[0]?.field).toBe("merchantReference");
  });

  it.each(["Anna\u200bMüller", "\u202eAnna Müller", "=HYPERLINK(\"x\")", "A", "x".repeat(71)])("account holder %j is a 400 naming it", async (accountHolderName) => {
    const before = await footprint(m.id);
    const res = await postJson("/api/v1/offramp/bank", { asset: "EURX", amount: "100.00", bankAccount: { ...BANK, accountHolderName } }, { ...bearer(m.sk), ...idem() });
    const problem = await expectProblem(res, 400);
    expect(problem.errors?.[0]?.field).toBe("bankAccount.accountHolderName");
    expect(await footprint(m.id)).toEqual(before);
  });

  it("a right-to-left name in its own script is a valid holder", async () => {
    const res = await postJson("/api/v1/offramp/bank", { asset: "EURX", amount: "100.00", bankAccount: { ...BANK, accountHolderName: "محمد أحمد" } }, { ...bearer(m.sk), ...idem() });
    expect(res.status).toBe(201);
  });
});

// Found by the hostile sweep: a rejection reason with NUL and a right-to-left override was stored and
// shown as given.
describe("off-ramp rejection reason", () => {
  it.each(["Cancelled\u0000", "\u202eCancelled", "Can\u200bcelled", "bell\u0007"])("%j is a 400 naming reason, and the order is unchanged", async (reason) => {
    const res = await postJson("/api/v1/offramp/bank", { asset: "EURX", amount: "100.00", bankAccount: BANK }, { ...bearer(m.sk), ...idem() });
    expect(res.status).toBe(201);
    const order = await res.json<{ id: string; status: string }>();
    const problem = await expectProblem(await postJson(`/api/v1/offramp/reject/${order.id}`, { reason }, bearer(m.sk)), 400);
    expect(problem.errors?.[0]?.field).toBe("reason");
    const row = await env.DB.prepare("SELECT status FROM ramp_orders WHERE id = ?").bind(order.id).first<{ status: string }>();
    expect(row?.status).toBe(order.status);
  });

  it("another order's client secret cannot reject it (404), and an ordinary reason in any script can", async () => {
    const create = async () => (await postJson("/api/v1/offramp/bank", { asset: "EURX", amount: "100.00", bankAccount: BANK }, { ...bearer(m.sk), ...idem() })).json<{ id: string; clientSecret: string }>();
    const [a, b] = await Promise.all([create(), create()]);
    await expectProblem(await postJson(`/api/v1/offramp/reject/${a.id}`, { reason: "x" }, { "X-Client-Secret": b.clientSecret }), 404);
    const ok = await postJson(`/api/v1/offramp/reject/${a.id}`, { reason: "Kunde hat storniert —\nالعميل ألغى" }, { "X-Client-Secret": a.clientSecret });
    expect(ok.status).toBe(200);
    expect((await ok.json<{ status: string }>()).status).toBe("rejected");
  });
});

describe("MyPOS return URLs", () => {
  it.each([
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "http://shop.example/done", "//shop.example/done",
    "https://user:pass@shop.example/done", "https://shop.example/\u0000", `https://shop.example/${"a".repeat(3000)}`, "not a url",
  ])("returnUrl %j is a 400 naming it, writing nothing (MyPOS payment and card on-ramp)", async (returnUrl) => {
    const before = await footprint(m.id);
    const payment = await postJson("/api/v1/payments/mypos", { amount: "25.50", currency: "EUR", returnUrl }, { ...bearer(m.sk), ...idem() });
    expect((await expectProblem(payment, 400)).errors?.[0]?.field).toBe("returnUrl");
    // The card on-ramp named the checkout adapter's field ('urls.ok') and accepted credentials and NUL.
    const onramp = await postJson("/api/v1/onramp", { asset: "EURX", receiveAmount: "250", walletAddress: WALLET, paymentMethod: "card", returnUrl }, { ...bearer(m.sk), ...idem() });
    expect((await expectProblem(onramp, 400)).errors?.[0]?.field).toBe("returnUrl");
    expect(await footprint(m.id)).toEqual(before);
  });
});

describe("request encoding", () => {
  it("duplicate JSON keys: the value validated is the value stored (the last one)", async () => {
    const refused = await api("/api/v1/payments/payto", { method: "POST", headers: { ...bearer(m.sk), ...idem(), "Content-Type": "application/json" }, body: '{"asset":"USDX","amount":"25.00","amount":"1e9"}' });
    expect((await expectProblem(refused, 400)).errors?.[0]?.field).toBe("amount");
    const res = await api("/api/v1/payments/payto", { method: "POST", headers: { ...bearer(m.sk), ...idem(), "Content-Type": "application/json" }, body: '{"asset":"USDX","amount":"1e9","amount":"25.00"}' });
    expect(res.status).toBe(201);
    expect((await res.json<{ amountExpected: string }>()).amountExpected).toBe("25.000000");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"])("Content-Type %s is a 415 problem", async (type) => {
    const before = await footprint(m.id);
    const res = await api("/api/v1/payments/payto", { method: "POST", headers: { ...bearer(m.sk), ...idem(), "Content-Type": type }, body: '{"asset":"USDX","amount":"25.00"}' });
    await expectProblem(res, 415);
    expect(await footprint(m.id)).toEqual(before);
  });
});

describe("idempotency keys", () => {
  it("the same key with another body, or on another route, is a 422 problem, never a replay", async () => {
    const key = crypto.randomUUID();
    const first = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(m.sk), "Idempotency-Key": key });
    expect(first.status).toBe(201);
    const { id } = await first.json<{ id: string }>();
    const replay = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(m.sk), "Idempotency-Key": key });
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await replay.json<{ id: string }>()).id).toBe(id);
    const before = await footprint(m.id);
    for (const [path, body] of [["/api/v1/payments/payto", { asset: "USDX", amount: "26.00" }], ["/api/v1/payments/corepay", { asset: "USDX", amount: "25.00" }]] as const) {
      const res = await postJson(path, body, { ...bearer(m.sk), "Idempotency-Key": key });
      expect(res.headers.get("Idempotent-Replayed")).toBeNull();
      await expectProblem(res, 422);
    }
    expect(await footprint(m.id)).toEqual(before);
  });

  it("another merchant's key space is separate: the same key creates its own payment", async () => {
    const key = crypto.randomUUID();
    const a = await (await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(m.sk), "Idempotency-Key": key })).json<{ id: string }>();
    const res = await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(other.sk), "Idempotency-Key": key });
    expect(res.status).toBe(201);
    expect((await res.json<{ id: string }>()).id).not.toBe(a.id);
  });
});

// Found by the hostile sweep: a public quote (GET /info/quote, no merchant) locked by one merchant's
// payment answered another merchant's attempt with a 409 naming that payment's id.
describe("quotes", () => {
  it("a used public quote is a 409 that does not name the other merchant's payment", async () => {
    const quote = await (await api("/api/v1/info/quote?asset=USDX&amount=100&action=enter&currency=EUR")).json<{ id: string }>();
    const first = await postJson("/api/v1/payments/payto", { asset: "USDX", quoteId: quote.id }, { ...bearer(m.sk), ...idem() });
    expect(first.status).toBe(201);
    const { id } = await first.json<{ id: string }>();
    const before = await footprint(other.id);
    const res = await postJson("/api/v1/payments/payto", { asset: "USDX", quoteId: quote.id }, { ...bearer(other.sk), ...idem() });
    const text = JSON.stringify(await expectProblem(res, 409));
    expect(text).not.toContain(id);
    expect(await footprint(other.id)).toEqual(before);
  });
});

// Found by the hostile sweep: an unknown status filter answered 200 with an empty list, which reads
// like "no such payments" instead of "no such status".
describe("list filters", () => {
  it.each([
    ["/api/v1/payments?status=hacked", "status"],
    ["/api/v1/payments?status=completed", "status"],
    ["/api/v1/payments?status=succeeded%00", "status"],
    ["/api/v1/orders?status=succeeded", "status"],
    ["/api/v1/orders?status=%27%20OR%201%3D1", "status"],
  ])("%s is a 400 naming %s", async (url, field) => {
    const problem = await expectProblem(await api(url, { headers: bearer(m.sk) }), 400);
    expect(problem.errors?.[0]?.field).toBe(field);
  });

  it("every status of the state machines is a valid filter", async () => {
    for (const url of ["/api/v1/payments?status=requires_payment", "/api/v1/payments?status=reversed", "/api/v1/orders?status=completed", "/api/v1/orders?status=awaiting_deposit", "/api/v1/orders?status=awaiting_funds"]) {
      expect((await api(url, { headers: bearer(m.sk) })).status, url).toBe(200);
    }
  });
});

describe("reading with the wrong credential or a hostile id", () => {
  it("another payment's client secret reads nothing (404), in the header or the query", async () => {
    const create = async () => (await postJson("/api/v1/payments/payto", { asset: "USDX", amount: "25.00" }, { ...bearer(m.sk), ...idem() })).json<{ id: string; clientSecret: string }>();
    const [a, b] = await Promise.all([create(), create()]);
    await expectProblem(await api(`/api/v1/payments/payto/${a.id}`, { headers: { "X-Client-Secret": b.clientSecret } }), 404);
    await expectProblem(await api(`/api/v1/payments/payto/${a.id}?client_secret=${encodeURIComponent(b.clientSecret)}`), 404);
    await expectProblem(await api(`/api/v1/payments/payto/${a.id}`, { headers: { "X-Client-Secret": a.clientSecret.slice(0, -1) + (a.clientSecret.endsWith("a") ? "b" : "a") } }), 404);
    await expectProblem(await api(`/api/v1/payments/payto/${a.id}`, { headers: bearer(other.sk) }), 404);
    expect((await api(`/api/v1/payments/payto/${a.id}`, { headers: { "X-Client-Secret": a.clientSecret } })).status).toBe(200);
  });

  it.each([
    "..%2F..%2Fadmin%2Fmerchants", "pay_'%20OR%201=1%20--", "pay_%00", `pay_${"a".repeat(500)}`, "pay_%E2%80%AE", "ord_x", "%252e%252e",
  ])("path id %s is a 4xx problem on every read", async (id) => {
    for (const base of ["/api/v1/payments/payto/", "/api/v1/payments/corepay/", "/api/v1/payments/corepay/status/"]) {
      const res = await api(base + id, { headers: bearer(m.sk) });
      expect(res.status, `${base}${id}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${base}${id}`).toBeLessThan(500);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    const reject = await postJson(`/api/v1/offramp/reject/${id}`, { reason: "x" }, bearer(m.sk));
    expect(reject.status).toBeGreaterThanOrEqual(400);
    expect(reject.status).toBeLessThan(500);
  });
});
