import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { CONFIG_VERSION_KEY } from "../../src/services/config/config-cache";
import { displayDecimalsOf } from "../../src/services/info/info.service";
import { api, expectProblem } from "../helpers/http";

type AssetView = {
  code: string;
  kind: string;
  decimals: number;
  network: string | null;
  limits: { min: string; max: string | null };
  fees: Array<{ paymentType: string | null; percent: string; fixed: string; network: string; minimum: string; maxReferralPercent: string }>;
  ratePairs: Array<{ base: string; quote: string; resolvedBase: string; resolvedQuote: string; path: string }>;
};
type ProviderView = { code: string; kind: string; mode: string; assets: string[]; config: Record<string, unknown> };

const ADMIN = { Authorization: "Bearer test-admin-token" };

async function invalidate() {
  const res = await api("/api/v1/admin/config/invalidate", { method: "POST", headers: ADMIN });
  expect(res.status).toBe(200);
  return (await res.json<{ version: string }>()).version;
}

describe("GET /api/v1/info/assets/{type}", () => {
  it("lists purchasable stablecoins with decimals, limits, enter fees and rate pairs", async () => {
    const res = await api("/api/v1/info/assets/purchase");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(res.headers.get("etag")).toMatch(/^"[^"]+"$/);
    const body = await res.json<{ type: string; data: AssetView[] }>();
    expect(body.type).toBe("purchase");
    expect(body.data.map((a) => a.code)).toEqual(["USDX", "EURX", "GBPX", "CHFX", "AUDX"]);
    const usdx = body.data[0]!;
    expect(usdx).toMatchObject({ kind: "stablecoin", decimals: 6, network: "core-testnet", limits: { min: "10.000000", max: "50000.000000" } });
    expect(usdx.fees).toEqual([
      { paymentType: null, percent: "1.00", fixed: "0.30", network: "0.05", minimum: "0.50", maxReferralPercent: "4.00" },
      { paymentType: "mypos", percent: "2.50", fixed: "0.25", network: "0.05", minimum: "0.75", maxReferralPercent: "4.00" },
    ]);
    // Purchase is paid with the fiat the on-ramp payment types take (mypos: EUR USD GBP CHF JPY KWD; bank: EUR GBP CHF).
    expect(usdx.ratePairs.map((p) => p.quote)).toEqual(["EUR", "USD", "GBP", "CHF", "JPY", "KWD"]);
    expect(usdx.ratePairs[0]).toEqual({ base: "USDX", quote: "EUR", resolvedBase: "USD", resolvedQuote: "EUR", path: "/api/v1/rates/USDX/EUR" });
    // The asset's own fiat is always a pair, even where no payment type takes it.
    expect(body.data.find((a) => a.code === "AUDX")!.ratePairs.map((p) => p.quote)).toContain("AUD");
  });

  it("gives each asset its display precision: a stablecoin shows like its fiat (EURX as EUR, 2 places)", async () => {
    for (const type of ["purchase", "unwrap"]) {
      const body = await (await api(`/api/v1/info/assets/${type}`)).json<{ data: Array<AssetView & { displayDecimals: number; fiatCode: string }> }>();
      expect(body.data.length).toBeGreaterThan(3);
      for (const asset of body.data) expect([asset.code, asset.decimals, asset.displayDecimals]).toEqual([asset.code, 6, 2]);
    }
    // The rule for currencies with another minor unit (ISO 4217: JPY 0, KWD 3) and a coin without its fiat.
    const fiat = new Map([["JPY", { kind: "fiat" as const, decimals: 0 }], ["KWD", { kind: "fiat" as const, decimals: 3 }]]);
    expect(displayDecimalsOf({ kind: "stablecoin", decimals: 6, fiatCode: "JPY" }, fiat)).toBe(0);
    expect(displayDecimalsOf({ kind: "stablecoin", decimals: 6, fiatCode: "KWD" }, fiat)).toBe(3);
    expect(displayDecimalsOf({ kind: "fiat", decimals: 3, fiatCode: "KWD" }, fiat)).toBe(3);
    expect(displayDecimalsOf({ kind: "stablecoin", decimals: 6, fiatCode: "XAU" }, fiat)).toBe(6);
  });

  it("lists unwrappable assets with exit fees and payout currencies", async () => {
    const body = await (await api("/api/v1/info/assets/unwrap")).json<{ type: string; data: AssetView[] }>();
    expect(body.type).toBe("unwrap");
    const eurx = body.data.find((a) => a.code === "EURX")!;
    expect(eurx.fees).toEqual([{ paymentType: null, percent: "0.80", fixed: "0.00", network: "1.00", minimum: "1.00", maxReferralPercent: "4.00" }]);
    expect(eurx.ratePairs.map((p) => p.quote)).toEqual(["EUR", "GBP", "CHF"]);
    expect(body.data.every((a) => a.kind === "stablecoin")).toBe(true);
  });

  it.each(["buy", "PURCHASE", "", "purchase;drop", "%00"])("refuses type %j with a 400 naming the path parameter", async (type) => {
    const res = await api(`/api/v1/info/assets/${encodeURIComponent(type)}`);
    if (type === "") {
      await expectProblem(res, 404); // no path segment: no such route
      return;
    }
    const problem = await expectProblem(res, 400);
    expect(problem.code).toBe("VALIDATION_FAILED");
    expect(problem.errors?.[0]).toMatchObject({ in: "path", field: "type" });
  });
});

describe("config info endpoints", () => {
  it("payment types: flows, assets and public config", async () => {
    const res = await api("/api/v1/info/payment-types");
    expect(res.status).toBe(200);
    const body = await res.json<{ data: Array<{ code: string; flows: string[]; assets: string[]; config: Record<string, unknown> }> }>();
    expect(body.data.map((t) => t.code)).toEqual(["mypos", "payto", "corepay", "bank"]);
    expect(body.data[0]).toMatchObject({ flows: ["payment", "onramp"], assets: ["EUR", "USD", "GBP", "CHF", "JPY", "KWD"], config: { expiresInMinutes: 30, threeDSecure: true } });
  });

  it("locations: currencies, payment types, ramp availability", async () => {
    const body = await (await api("/api/v1/info/locations")).json<{ data: Array<{ code: string; onramp: boolean; offramp: boolean; currencies: string[] }> }>();
    expect(body.data.map((l) => l.code)).toEqual(["AU", "CH", "DE", "FR", "GB", "JP", "KW", "NL", "SK", "US"]);
    expect(body.data.find((l) => l.code === "US")).toMatchObject({ onramp: false, offramp: false, currencies: ["USD"] });
    expect(body.data.find((l) => l.code === "CH")).toMatchObject({ onramp: true, offramp: true, currencies: ["CHF", "EUR"] });
  });

  it.each([
    ["/api/v1/info/onramp", "onramp", ["wallmoney"]],
    ["/api/v1/info/offramp", "offramp", ["wallmoney-payout", "coreport-otc"]],
    ["/api/v1/info/intra-providers", "intrabank", ["wallmoney-intrabank", "corepass"]],
  ])("%s lists %s providers without any secret", async (path, kind, codes) => {
    const res = await api(path);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as { data: ProviderView[] };
    expect(body.data.map((p) => p.code)).toEqual(codes);
    expect(body.data.every((p) => p.kind === kind && p.mode === "sandbox")).toBe(true);
    expect(text).not.toMatch(/secretNames|WALLMONEY_API_KEY|WEBHOOK_SECRET|OTC_API_KEY/);
  });
});

describe("caching", () => {
  it("answers 304 to a matching If-None-Match, keeping ETag and Cache-Control", async () => {
    const first = await api("/api/v1/info/locations");
    const tag = first.headers.get("etag")!;
    const again = await api("/api/v1/info/locations", { headers: { "If-None-Match": tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toContain("max-age=60");
    const weak = await api("/api/v1/info/locations", { headers: { "If-None-Match": `"other", W/${tag}` } });
    expect(weak.status).toBe(304);
    const stale = await api("/api/v1/info/locations", { headers: { "If-None-Match": '"something-else"' } });
    expect(stale.status).toBe(200);
  });

  it("serves from the isolate cache until config is invalidated, then reloads; secrets in config never leak", async () => {
    const before = await api("/api/v1/info/onramp");
    const tagBefore = before.headers.get("etag");
    await env.DB.prepare(
      `INSERT INTO providers (code, name, kind, mode, asset_codes, countries, payment_types, public_config, secret_names, enabled, sort_order)
       VALUES ('rampco', 'RampCo', 'onramp', 'live', '["USDX"]', '["DE"]', '["bank"]', ?, '["RAMPCO_API_KEY"]', 1, 5)`,
    )
      .bind(JSON.stringify({ settlementHours: 2, apiKey: "sk_live_leak", nested: { webhookSecret: "whsec_leak", region: "eu" }, private_key: "-----BEGIN" }))
      .run();
    try {
      // Within the version-check window the snapshot is served as it was: no D1 read, same ETag.
      const cached = await api("/api/v1/info/onramp");
      expect(cached.headers.get("etag")).toBe(tagBefore);
      expect((await cached.json<{ data: ProviderView[] }>()).data.map((p) => p.code)).toEqual(["wallmoney"]);

      const versionBefore = await env.CACHE_KV.get(CONFIG_VERSION_KEY);
      const version = await invalidate();
      expect(version).not.toBe(versionBefore);
      expect(await env.CACHE_KV.get(CONFIG_VERSION_KEY)).toBe(version);

      const fresh = await api("/api/v1/info/onramp");
      expect(fresh.headers.get("etag")).not.toBe(tagBefore);
      const text = await fresh.text();
      const rampco = (JSON.parse(text) as { data: ProviderView[] }).data.find((p) => p.code === "rampco")!;
      expect(rampco.config).toEqual({ settlementHours: 2, nested: { region: "eu" } });
      expect(text).not.toMatch(/sk_live_leak|whsec_leak|BEGIN|RAMPCO_API_KEY|apiKey|webhookSecret/);
    } finally {
      await env.DB.prepare("DELETE FROM providers WHERE code = 'rampco'").run();
      await invalidate();
    }
  });

  it("leaves disabled assets and providers out", async () => {
    await env.DB.prepare("UPDATE assets SET enabled = 0 WHERE code = 'GBPX'").run();
    await env.DB.prepare("UPDATE providers SET enabled = 0 WHERE code = 'corepass'").run();
    try {
      await invalidate();
      const assets = await (await api("/api/v1/info/assets/purchase")).json<{ data: AssetView[] }>();
      expect(assets.data.map((a) => a.code)).not.toContain("GBPX");
      const intra = await (await api("/api/v1/info/intra-providers")).json<{ data: ProviderView[] }>();
      expect(intra.data.map((p) => p.code)).toEqual(["wallmoney-intrabank"]);
    } finally {
      await env.DB.prepare("UPDATE assets SET enabled = 1 WHERE code = 'GBPX'").run();
      await env.DB.prepare("UPDATE providers SET enabled = 1 WHERE code = 'corepass'").run();
      await invalidate();
    }
  });

  it("leaves out config rows with unusable values and reports them in /health", async () => {
    const healthy = await (await api("/api/v1/health")).json<{ checks: Record<string, { status: string; details?: Record<string, unknown> }> }>();
    expect(healthy.checks.config).toMatchObject({ status: "ok", details: { unusableRows: 0 } });
    await env.DB.prepare("UPDATE fee_schedules SET percent_fee = '1,5' WHERE id = 'fee_chfx_enter'").run();
    try {
      await invalidate();
      const chfx = (await (await api("/api/v1/info/assets/purchase")).json<{ data: AssetView[] }>()).data.find((a) => a.code === "CHFX")!;
      expect(chfx.fees.map((f) => f.paymentType)).toEqual(["mypos"]);
      const quote = await expectProblem(await api("/api/v1/info/quote?asset=CHFX&amount=100&action=enter"), 422);
      expect(quote.errors?.[0]).toMatchObject({ field: "asset", code: "no_fee_schedule" });
      const health = await (await api("/api/v1/health")).json<{ status: string; checks: Record<string, { status: string; message?: string }> }>();
      expect(health.status).toBe("degraded");
      expect(health.checks.config).toMatchObject({ status: "degraded" });
      expect(health.checks.config?.message).toContain("fee_schedules.fee_chfx_enter");
    } finally {
      await env.DB.prepare("UPDATE fee_schedules SET percent_fee = '1.00' WHERE id = 'fee_chfx_enter'").run();
      await invalidate();
    }
  });

  it("keeps serving the last good config when KV fails at revalidation (stale-if-error)", async () => {
    const warm = await api("/api/v1/info/payment-types");
    const tag = warm.headers.get("etag");
    const failingKv = { get: () => Promise.reject(new Error("KV unavailable")), put: () => Promise.reject(new Error("KV unavailable")) } as unknown as KVNamespace;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 60_000); // past the version-check interval
    try {
      const res = await api("/api/v1/info/payment-types", { env: { CACHE_KV: failingKv } });
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).toBe(tag);
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses invalidation without the operator token", async () => {
    const res = await api("/api/v1/admin/config/invalidate", { method: "POST" });
    const problem = await expectProblem(res, 401);
    expect(problem.code).toBe("UNAUTHORIZED");
    const wrong = await api("/api/v1/admin/config/invalidate", { method: "POST", headers: { Authorization: "Bearer nope" } });
    await expectProblem(wrong, 401);
  });
});
