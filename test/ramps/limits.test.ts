import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/lib/errors";
import { makeIcan } from "../../src/lib/ican";
import { newId, randomToken } from "../../src/lib/ids";
import { dec } from "../../src/lib/money";
import { checkRampLimits, destinationKey, getRampLimits } from "../../src/services/ramps/limits";

function freshWallet() {
  return destinationKey({ kind: "wallet", address: makeIcan("cb", Array.from({ length: 40 }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("")) });
}

async function order(o: { key: string; direction?: "onramp" | "offramp"; rail?: "card" | "bank" | "crypto"; asset?: string; amount: string; status?: string; ageMs?: number }) {
  const direction = o.direction ?? "onramp";
  const asset = o.asset ?? "EURX";
  const [source, target] = direction === "onramp" ? ["EUR", asset] : [asset, "EUR"];
  const [sourceAmount, targetAmount] = direction === "onramp" ? ["1.00", o.amount] : [o.amount, "1.00"];
  await env.DB.prepare(
    `INSERT INTO ramp_orders (id, merchant_id, direction, rail, status, source_asset, target_asset, source_amount, target_amount, fees,
      destination, destination_key, client_secret_hash, metadata, expires_at, created_at)
     VALUES (?, 'mer_test', ?, ?, ?, ?, ?, ?, ?, '[]', '{}', ?, 'x', '{}', ?, ?)`,
  ).bind(newId("ord"), direction, o.rail ?? "bank", o.status ?? "completed", source, target, sourceAmount, targetAmount, o.key, Date.now() + 3_600_000, Date.now() - (o.ageMs ?? 0)).run();
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: 422, code: "UNPROCESSABLE" });
  return error as ApiError;
}

describe("ramp limits configuration", () => {
  it("uses the rail's own row, then the direction default, then the asset's min/max", async () => {
    expect(await getRampLimits(env, "eurx", "onramp", "bank")).toMatchObject({ source: "rail", minPerOrder: "10.00", maxPerOrder: "50000.00", maxPerDestinationPerDay: "100000.00" });
    expect(await getRampLimits(env, "EURX", "onramp", "card")).toMatchObject({ source: "rail", maxPerOrder: "5000.00" });
    expect(await getRampLimits(env, "EURX", "onramp", "crypto")).toMatchObject({ source: "default", minPerOrder: "20.00", maxPerOrder: "5000.00" });
    expect(await getRampLimits(env, "AUDX", "offramp", "crypto")).toMatchObject({ source: "rail", minPerOrder: "15.00", maxPerOrder: "37500.00" });
    await env.DB.prepare("UPDATE ramp_limits SET enabled = 0 WHERE asset_code = 'CHFX' AND direction = 'offramp'").run();
    expect(await getRampLimits(env, "CHFX", "offramp", "bank")).toMatchObject({ source: "asset", minPerOrder: "10.000000", maxPerOrder: "50000.000000", maxPerDestinationPerDay: null });
    await env.DB.prepare("UPDATE ramp_limits SET enabled = 1 WHERE asset_code = 'CHFX'").run();
    await expect(getRampLimits(env, "NOPE", "onramp", "bank")).rejects.toMatchObject({ status: 404 });
  });

  it("seeds limits for every stablecoin, rail and direction with min ≤ max ≤ daily", async () => {
    const { results } = await env.DB.prepare("SELECT * FROM ramp_limits").all<{ asset_code: string; min_per_order: string; max_per_order: string; max_per_destination_per_day: string }>();
    expect(new Set(results.map((r) => r.asset_code))).toEqual(new Set(["USDX", "EURX", "GBPX", "CHFX", "AUDX"]));
    for (const r of results) {
      expect(dec(r.min_per_order).lte(r.max_per_order)).toBe(true);
      expect(dec(r.max_per_order).lte(r.max_per_destination_per_day)).toBe(true);
    }
  });
});

describe("checkRampLimits", () => {
  it("passes an order within every limit and reports what remains", async () => {
    const key = freshWallet();
    await order({ key, amount: "1000.00" });
    const check = await checkRampLimits(env, { asset: "EURX", direction: "onramp", rail: "bank", amount: "250.00", destinationKey: key });
    expect(check).toMatchObject({ usedToday: "1000.000000", remaining: "50000.000000" });
  });

  it("refuses below the minimum, naming it", async () => {
    const error = await refusal(checkRampLimits(env, { asset: "EURX", direction: "onramp", rail: "card", amount: "19.99", field: "fiatAmount" }));
    expect(error.extensions).toMatchObject({ limit: "min_per_order", limitAmount: "20.00", minimum: "20.00", remaining: "5000.000000", asset: "EURX", rail: "card" });
    expect(error.errors?.[0]).toMatchObject({ field: "fiatAmount", code: "min_per_order" });
  });

  it("refuses above the per-order maximum with the most still allowed", async () => {
    const error = await refusal(checkRampLimits(env, { asset: "EURX", direction: "onramp", rail: "card", amount: "5000.000001", destinationKey: freshWallet() }));
    expect(error.extensions).toMatchObject({ limit: "max_per_order", limitAmount: "5000.00", remaining: "5000.000000" });
  });

  it("sums the last 24 hours per destination, counting open and completed orders only", async () => {
    const key = freshWallet();
    await order({ key, rail: "card", amount: "6000.00" }); // completed
    await order({ key, rail: "card", amount: "3000.00", status: "awaiting_funds" }); // open: counts
    await order({ key, rail: "card", amount: "900.00", status: "expired" }); // moved nothing
    await order({ key, rail: "card", amount: "900.00", status: "failed" });
    await order({ key, rail: "card", amount: "4000.00", ageMs: 24 * 3_600_000 + 1_000 }); // outside the window
    await order({ key, rail: "bank", amount: "4000.00" }); // another rail
    await order({ key, direction: "offramp", rail: "card", amount: "4000.00" }); // another direction
    await order({ key, rail: "card", asset: "USDX", amount: "4000.00" }); // another asset
    const ok = await checkRampLimits(env, { asset: "EURX", direction: "onramp", rail: "card", amount: "1000.00", destinationKey: key });
    expect(ok).toMatchObject({ usedToday: "9000.000000", remaining: "1000.000000" });
    const error = await refusal(checkRampLimits(env, { asset: "EURX", direction: "onramp", rail: "card", amount: "1000.01", destinationKey: key }));
    expect(error.extensions).toMatchObject({ limit: "max_per_destination_per_day", limitAmount: "10000.00", usedToday: "9000.000000", remaining: "1000.000000" });
    expect(error.detail).toContain("1000.000000 EURX remain");
  });

  it("treats the same bank account in any spelling as one destination", async () => {
    const iban = "FR7630006000011234567890189";
    // Start from a clean slate for this account whatever ran before in this file.
    await env.DB.prepare("DELETE FROM ramp_orders WHERE destination_key = ?").bind(destinationKey({ kind: "bank", iban })).run();
    await order({ key: destinationKey({ kind: "bank", iban: "fr76 3000 6000 0112 3456 7890 189" }), direction: "offramp", rail: "bank", amount: "99990.00" });
    const error = await refusal(checkRampLimits(env, { asset: "EURX", direction: "offramp", rail: "bank", amount: "20.00", destinationKey: destinationKey({ kind: "bank", iban }) }));
    expect(error.extensions).toMatchObject({ limit: "max_per_destination_per_day", remaining: "10.000000" });
  });

  it("never allows more than the daily limit in total, whatever the order sizes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 20, max: 5000 }), { minLength: 1, maxLength: 8 }), async (amounts) => {
        const key = `wallet:${randomToken()}`;
        let accepted = dec(0);
        for (const a of amounts) {
          const amount = `${a}.00`;
          try {
            await checkRampLimits(env, { asset: "EURX", direction: "onramp", rail: "card", amount, destinationKey: key });
            await order({ key, rail: "card", amount });
            accepted = accepted.plus(amount);
          } catch (error) {
            expect((error as ApiError).extensions?.limit).toBe("max_per_destination_per_day");
            expect(dec((error as ApiError).extensions!.remaining as string).lt(amount)).toBe(true);
          }
        }
        expect(accepted.lte("10000.00")).toBe(true);
      }),
      { numRuns: 10 },
    );
  });
});
