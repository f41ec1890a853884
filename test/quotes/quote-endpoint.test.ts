import { publishRatesSnapshot } from "../../src/services/rates/snapshot";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dec } from "../../src/lib/money";
import { invalidateConfig } from "../../src/services/config/config-cache";
import type { Quote } from "../../src/services/quotes/quote.schemas";
import { claimQuote, EXPIRED_QUOTE_RETENTION_MS, purgeExpiredQuotes } from "../../src/services/quotes/quote.store";
import { api, expectProblem } from "../helpers/http";

async function quote(query: string): Promise<Quote> {
  const res = await api(`/api/v1/info/quote?${query}`);
  if (res.status !== 200) throw new Error(`quote ${query}: ${res.status} ${await res.text()}`);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return res.json<Quote>();
}

async function storedRow(id: string) {
  return env.DB.prepare("SELECT * FROM quotes WHERE id = ?").bind(id).first<Record<string, unknown>>();
}

async function eurRate(code: string): Promise<string> {
  const row = await env.DB.prepare("SELECT rate FROM exchange_rates WHERE base = 'EUR' AND quote = ?").bind(code).first<{ rate: string }>();
  return row!.rate;
}

describe("GET /api/v1/info/quote — pricing", () => {
  it("enter at parity: fee lines, split, exact receive, stored with an id and expiry", async () => {
    const before = Date.now();
    const q = await quote("asset=USDX&amount=100&action=enter");
    expect(q).toMatchObject({
      object: "quote",
      action: "enter",
      asset: "USDX",
      currency: "USD",
      side: "send",
      paymentType: null,
      amount: "100.000000",
      send: { asset: "USD", amount: "100.00" },
      receive: { asset: "USDX", amount: "98.650000" },
      totalFee: "1.350000",
      split: { coreport: "1.300000", network: "0.050000", referrer: "0.000000" },
      rate: { base: "USDX", quote: "USD", value: "1", resolvedBase: "USD", resolvedQuote: "USD", source: "parity" },
      referral: null,
      feeSchedule: { paymentType: null, percent: "1.00", fixed: "0.30", network: "0.05", minimum: "0.50", maxReferralPercent: "4.00" },
      limits: { min: "10.000000", max: "50000.000000" },
    });
    expect(q.fees).toEqual([
      { type: "percentage", amount: "1.000000", asset: "USDX", recipient: "coreport" },
      { type: "fixed", amount: "0.300000", asset: "USDX", recipient: "coreport" },
      { type: "minimum", amount: "0.000000", asset: "USDX", recipient: "coreport" },
      { type: "network", amount: "0.050000", asset: "USDX", recipient: "network" },
      { type: "referral", amount: "0.000000", asset: "USDX", recipient: "referrer" },
    ]);
    expect(q.id).toMatch(/^quo_[0-9a-z]{26}$/);
    const ttl = Date.parse(q.expiresAt) - Date.parse(q.createdAt);
    expect(ttl).toBe(300_000);
    expect(Date.parse(q.createdAt)).toBeGreaterThanOrEqual(before - 1000);

    const row = await storedRow(q.id);
    expect(row).toMatchObject({
      kind: "quote",
      action: "enter",
      source_asset: "USD",
      source_amount: "100.00",
      target_asset: "USDX",
      target_amount: "98.650000",
      rate: "1",
      total_fee: "1.350000",
      referrer_id: null,
      used_by: null,
      expires_at: Date.parse(q.expiresAt),
    });
    expect(JSON.parse(row!.fees as string)).toHaveLength(5);
  });

  it("enter in another currency charges amount × rate, rounded up, with the rate's asOf", async () => {
    const q = await quote("asset=USDX&amount=250.5&action=enter&currency=eur");
    const usdPerEur = await eurRate("USD");
    const rate = dec(1).div(usdPerEur); // EUR per USD (= per USDX)
    expect(q.currency).toBe("EUR");
    expect(q.rate).toMatchObject({ base: "USDX", quote: "EUR", resolvedBase: "USD", resolvedQuote: "EUR", source: "seed" });
    expect(dec(q.rate.value).minus(rate).abs().lt("0.0000000001")).toBe(true);
    const expected = dec(q.amount).times(q.rate.value).round(2, 3 /* up */).toFixed(2);
    expect(q.send).toEqual({ asset: "EUR", amount: expected });
    expect(Date.parse(q.rate.asOf)).toBeGreaterThan(Date.now() - 86_400_000);
    expect(dec(q.totalFee).plus(q.receive.amount).eq(q.amount)).toBe(true);
  });

  it("exit pays out net × rate rounded down, in the payout currency", async () => {
    const q = await quote("asset=EURX&amount=1000&action=exit&currency=GBP");
    expect(q.send).toEqual({ asset: "EURX", amount: "1000.000000" });
    // exit fees: 0.80 % = 8.000000 ≥ min 1.00; network 1.00
    expect(q.totalFee).toBe("9.000000");
    const worth = dec("991").times(q.rate.value);
    expect(q.receive.asset).toBe("GBP");
    expect(dec(q.receive.amount).lte(worth)).toBe(true);
    expect(worth.minus(q.receive.amount).lt("0.01")).toBe(true);
  });

  it("uses the payment type's own schedule, else the default", async () => {
    const card = await quote("asset=USDX&amount=100&action=enter&paymentType=mypos");
    expect(card.feeSchedule.paymentType).toBe("mypos");
    expect(card.totalFee).toBe("2.800000"); // 2.50 + 0.25 + 0.05
    const bank = await quote("asset=USDX&amount=100&action=enter&paymentType=bank");
    expect(bank.feeSchedule.paymentType).toBeNull();
    expect(bank.paymentType).toBe("bank");
  });

  it("side=receive computes the amount to send: exact for enter, payout within a cent for exit", async () => {
    const enter = await quote("asset=USDX&amount=98.65&action=enter&side=receive");
    expect(enter).toMatchObject({ side: "receive", amount: "100.000000", receive: { asset: "USDX", amount: "98.650000" } });
    const exit = await quote("asset=USDX&amount=500&action=exit&side=receive&currency=EUR");
    expect(exit.receive.asset).toBe("EUR");
    expect(dec(exit.receive.amount).gte(500) && dec(exit.receive.amount).lt("500.01")).toBe(true);
  });
});

describe("GET /api/v1/info/quote — refusals", () => {
  it.each([
    ["asset=USDX&amount=5&action=enter", "minAmount", "below_minimum", "10.000000"],
    ["asset=USDX&amount=50000.000001&action=enter", "maxAmount", "above_maximum", "50000.000000"],
    ["asset=USDX&amount=1&action=enter&side=receive", "minAmount", "below_minimum", "10.000000"],
  ])("%s → 422 naming the limit", async (query, limit, code, value) => {
    const problem = await expectProblem(await api(`/api/v1/info/quote?${query}`), 422);
    expect(problem.code).toBe("UNPROCESSABLE");
    expect(problem).toMatchObject({ limit, asset: "USDX", [limit]: value });
    expect(problem.errors?.[0]).toMatchObject({ in: "query", field: "amount", code });
    expect(problem.detail).toContain(value);
  });

  it.each([
    ["asset=USDX&amount=10.1234567&action=enter", "amount", "at most 6 decimal places"],
    ["asset=USDX&amount=100.001&action=exit&side=receive&currency=EUR", "amount", "EUR amounts have at most 2"],
    ["asset=USDX&amount=1e3&action=enter", "amount", ""],
    ["asset=USDX&amount=-5&action=enter", "amount", ""],
    ["asset=USDX&amount=0&action=enter", "amount", ""],
    ["asset=USDX&amount=NaN&action=enter", "amount", ""],
    ["asset=USDX&amount=100&action=buy", "action", ""],
    ["asset=USDX&amount=100", "action", ""],
    ["asset=US%20DX&amount=100&action=enter", "asset", ""],
    ["asset=ZZZX&amount=100&action=enter", "asset", "unknown"],
    ["asset=USDX&amount=100&action=enter&currency=XYZ", "currency", "unknown"],
    ["asset=USDX&amount=100&action=enter&paymentType=cash", "paymentType", "unknown payment type"],
    ["asset=USDX&amount=100&action=enter&side=both", "side", ""],
    ["asset=USDX&amount=100&action=enter&referrer=cb00" + "0".repeat(40), "referrer", "check digits"],
  ])("%s → 400 naming %s", async (query, field, message) => {
    const problem = await expectProblem(await api(`/api/v1/info/quote?${query}`), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(problem.errors?.every((e) => e.in === "query")).toBe(true);
    if (message) expect(problem.detail).toContain(message);
  });

  it("a fiat asset without a fee schedule is 422", async () => {
    const problem = await expectProblem(await api("/api/v1/info/quote?asset=USD&amount=100&action=enter"), 422);
    expect(problem.errors?.[0]).toMatchObject({ field: "asset", code: "no_fee_schedule" });
  });

  it("a stale rate is 503 with Retry-After, never a quote at an old price", async () => {
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO assets (code, name, kind, decimals, fiat_code, min_amount, enabled) VALUES ('NOK', 'Norwegian Krone', 'fiat', 2, 'NOK', '1', 1)",
      ),
      env.DB.prepare("INSERT INTO exchange_rates (base, quote, rate, source, as_of) VALUES ('EUR', 'NOK', '2.5', 'test', ?)").bind(Date.now() - 10 * 86_400_000),
    ]);
    await invalidateConfig(env);
    await publishRatesSnapshot(env);
    try {
      const res = await api("/api/v1/info/quote?asset=USDX&amount=100&action=enter&currency=NOK");
      expect(res.headers.get("retry-after")).toBe("60");
      const problem = await expectProblem(res, 503);
      expect(problem.detail).toContain("USDX/NOK");
    } finally {
      await env.DB.batch([env.DB.prepare("DELETE FROM exchange_rates WHERE quote = 'NOK'"), env.DB.prepare("DELETE FROM assets WHERE code = 'NOK'")]);
      await invalidateConfig(env);
      await publishRatesSnapshot(env);
    }
  });
});

describe("stored quotes", () => {
  it("can be claimed once: same claimant is idempotent, others get 409, expired 422, unknown or foreign 404", async () => {
    const q = await quote("asset=EURX&amount=50&action=enter");
    const row = await claimQuote(env, q.id, "pay_first");
    expect(row).toMatchObject({ id: q.id, usedBy: "pay_first" });
    expect((await claimQuote(env, q.id, "pay_first")).usedBy).toBe("pay_first");
    await expect(claimQuote(env, q.id, "pay_second")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(claimQuote(env, "quo_00000000000000000000000000", "pay_x")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const late = await quote("asset=EURX&amount=50&action=enter");
    await expect(claimQuote(env, late.id, "pay_late", { now: new Date(Date.parse(late.expiresAt) + 1) })).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    expect((await storedRow(late.id))!.used_by).toBeNull();

    await env.DB.prepare("UPDATE quotes SET merchant_id = 'mer_a' WHERE id = ?").bind(late.id).run();
    await expect(claimQuote(env, late.id, "pay_b", { merchantId: "mer_b" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await claimQuote(env, late.id, "pay_a", { merchantId: "mer_a" })).usedBy).toBe("pay_a");
  });

  it("concurrent claims: exactly one wins", async () => {
    const q = await quote("asset=GBPX&amount=75&action=enter");
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => claimQuote(env, q.id, `pay_${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("purges unused quotes past retention, keeps used and recent ones", async () => {
    const old = Date.now() - EXPIRED_QUOTE_RETENTION_MS - 60_000;
    const insert = (id: string, expiresAt: number, usedBy: string | null) =>
      env.DB.prepare(
        `INSERT INTO quotes (id, kind, action, source_asset, target_asset, source_amount, target_amount, rate, rate_as_of, fees, total_fee, expires_at, used_by)
         VALUES (?, 'quote', 'enter', 'USD', 'USDX', '10.00', '9.00', '1', 0, '[]', '1.000000', ?, ?)`,
      ).bind(id, expiresAt, usedBy);
    await env.DB.batch([insert("quo_purge_old", old, null), insert("quo_purge_used", old, "pay_1"), insert("quo_purge_recent", Date.now() - 1000, null)]);
    expect(await purgeExpiredQuotes(env)).toBeGreaterThanOrEqual(1);
    expect(await storedRow("quo_purge_old")).toBeNull();
    expect(await storedRow("quo_purge_used")).not.toBeNull();
    expect(await storedRow("quo_purge_recent")).not.toBeNull();
  });
});
