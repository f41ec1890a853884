import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { makeIcan } from "../../src/lib/ican";
import { invalidateConfig } from "../../src/services/config/config-cache";
import type { Quote } from "../../src/services/quotes/quote.schemas";
import { api, expectProblem } from "../helpers/http";
import { fakeUpstream, jsonResponse, type FakeUpstream } from "../helpers/upstream";

type Meta = {
  referrer: { id: string; icanAddress: string; network: string; feePercent: string; fee: string; source: string; verifiedAt: string | null };
  originator: { site: string | null; name: string | null; via: string };
  split: null | { asset: string; action: string; amount: string; appliedPercent: string; capped: boolean; referrer: string; coreport: string; network: string; totalFee: string };
};

const wellKnown = (host: string) => `https://${host}/.well-known/fintag.json`;
let counter = 0;
/** A fresh site (and ICAN) per test: KV and D1 persist across the tests of this file. */
function site(): { host: string; ican: string } {
  counter++;
  const hex = (counter.toString(16) + "c0ffee".repeat(7)).slice(0, 40);
  return { host: `shop-${counter}-${crypto.randomUUID().slice(0, 6)}.example-store.com`, ican: makeIcan("cb", hex) };
}

function call(upstream: FakeUpstream, path: string, headers: Record<string, string> = {}) {
  return api(path, { headers, app: createApp({ outboundFetcher: upstream.fetcher }) });
}

function declaring(host: string, ican: string, fee?: string): FakeUpstream {
  return fakeUpstream({ [wellKnown(host)]: () => jsonResponse([fee === undefined ? { "ican:xcb": ican } : { "ican:xcb": ican, "defi:fee": fee }]) });
}

describe("GET /api/v1/referrer-meta", () => {
  it("by site: verifies the FinTag, records the referrer, returns address, fee and originator", async () => {
    const { host, ican } = site();
    const upstream = declaring(host, ican, "1.00%");
    const res = await call(upstream, `/api/v1/referrer-meta?site=${host}`);
    expect(res.status).toBe(200);
    const meta = await res.json<Meta>();
    expect(meta.referrer).toMatchObject({ icanAddress: ican, network: "mainnet", feePercent: "1.00", fee: "1.00%", source: "well-known" });
    expect(meta.referrer.id).toMatch(/^ref_/);
    expect(meta.originator).toEqual({ site: host, name: null, via: "parameter" });
    expect(meta.split).toBeNull();
    const row = await env.DB.prepare("SELECT * FROM referrers WHERE domain = ?").bind(host).first<Record<string, unknown>>();
    expect(row).toMatchObject({ id: meta.referrer.id, ican_address: ican, fee_percent: "1.00", source: "well-known" });
    expect(row!.verified_at).toBeTypeOf("number");
  });

  it("by address, with the fee split of a quote between referrer, CorePort and network", async () => {
    const { host, ican } = site();
    const upstream = declaring(host, ican, "1.00%");
    await call(upstream, `/api/v1/referrer-meta?site=${host}`);
    const meta = await (await call(upstream, `/api/v1/referrer-meta?address=${ican.toUpperCase()}&asset=USDX&amount=100`)).json<Meta>();
    expect(meta.referrer.icanAddress).toBe(ican);
    expect(meta.originator).toMatchObject({ site: host, via: "parameter" });
    expect(meta.split).toEqual({
      asset: "USDX",
      action: "enter",
      amount: "100.000000",
      appliedPercent: "1.00",
      capped: false,
      referrer: "1.000000",
      coreport: "1.300000",
      network: "0.050000",
      totalFee: "2.350000",
    });
    expect(upstream.calls).toHaveLength(1); // the address lookup reads the record, not the site
  });

  it("from the Referer header when nothing is named", async () => {
    const { host, ican } = site();
    const meta = await (await call(declaring(host, ican, "0.5%"), "/api/v1/referrer-meta", { Referer: `https://${host}/checkout?cart=1` })).json<Meta>();
    expect(meta.referrer.feePercent).toBe("0.50");
    expect(meta.originator).toMatchObject({ site: host, via: "referer" });
  });

  it("reads HTML meta tags when the site has no fintag.json", async () => {
    const { host, ican } = site();
    const upstream = fakeUpstream({
      [`https://${host}/`]: () =>
        new Response(
          `<!doctype html><html><head><meta property="og:site_name" content="Example Store"><meta name="ican:xcb" content="${ican}">` +
            `<meta property="defi:fee" content="2.25%"></head><body>…</body></html>`,
          { headers: { "content-type": "text/html; charset=utf-8" } },
        ),
    });
    const meta = await (await call(upstream, `/api/v1/referrer-meta?site=https://${host}/`)).json<Meta>();
    expect(meta.referrer).toMatchObject({ icanAddress: ican, feePercent: "2.25", source: "meta" });
    expect(meta.originator).toEqual({ site: host, name: "Example Store", via: "parameter" });
    expect(upstream.calls).toEqual([wellKnown(host), `https://${host}/`]);
  });

  it("refuses: corrupted or malformed address 400, unknown address 404, site without FinTag 404, nothing named 400", async () => {
    const { ican } = site();
    const corrupted = ican.slice(0, 2) + (ican.slice(2, 4) === "99" ? "98" : "99") + ican.slice(4);
    const upstream = fakeUpstream();
    const bad = await expectProblem(await call(upstream, `/api/v1/referrer-meta?address=${corrupted}`), 400);
    expect(bad.errors?.[0]).toMatchObject({ in: "query", field: "address", code: "ican_checksum" });
    const malformed = await expectProblem(await call(upstream, "/api/v1/referrer-meta?address=0x1234"), 400);
    expect(malformed.errors?.[0]).toMatchObject({ field: "address" });
    await expectProblem(await call(upstream, `/api/v1/referrer-meta?address=${ican}`), 404);
    await expectProblem(await call(upstream, "/api/v1/referrer-meta?site=no-fintag.example-store.com"), 404);
    await expectProblem(await call(upstream, "/api/v1/referrer-meta"), 400);
    await expectProblem(await call(upstream, "/api/v1/referrer-meta", { Referer: "http://insecure.example-store.com/" }), 400);
    await expectProblem(await call(upstream, `/api/v1/referrer-meta?address=${ican}&site=x.example-store.com`), 400);
    await expectProblem(await call(upstream, "/api/v1/referrer-meta?site=127.0.0.1"), 400);
    const half = await expectProblem(await call(upstream, `/api/v1/referrer-meta?site=a.example-store.com&asset=USDX`), 400);
    expect(half.errors?.[0]).toMatchObject({ field: "amount" });
    expect(upstream.calls).toEqual([wellKnown("no-fintag.example-store.com"), "https://no-fintag.example-store.com/"]);
  });

  it("re-verifies an old record in the background and serves the recorded one meanwhile", async () => {
    const { host, ican } = site();
    await call(declaring(host, ican, "1.00%"), `/api/v1/referrer-meta?site=${host}`);
    await env.DB.prepare("UPDATE referrers SET verified_at = ? WHERE domain = ?").bind(Date.now() - 2 * 3_600_000, host).run();
    await env.CACHE_KV.delete(`fintag:v1:well-known:${host}`);
    const changed = declaring(host, ican, "3.00%");
    const meta = await (await call(changed, `/api/v1/referrer-meta?site=${host}`)).json<Meta>();
    expect(meta.referrer.feePercent).toBe("1.00"); // served from the record
    expect(changed.calls).toEqual([wellKnown(host)]); // …and re-verified in the background
    const row = await env.DB.prepare("SELECT fee_percent, verified_at FROM referrers WHERE domain = ?").bind(host).first<{ fee_percent: string; verified_at: number }>();
    expect(row!.fee_percent).toBe("3.00");
    expect(row!.verified_at).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe("quotes carry the referral split", () => {
  it("from the Referer header: share added to the fees, stored with the quote", async () => {
    const { host, ican } = site();
    const res = await call(declaring(host, ican, "1.50%"), "/api/v1/info/quote?asset=USDX&amount=200&action=enter", { Referer: `https://${host}/pay` });
    expect(res.status).toBe(200);
    const q = await res.json<Quote>();
    expect(q.referral).toMatchObject({ icanAddress: ican, site: host, via: "referer", declaredPercent: "1.50", appliedPercent: "1.50", capped: false, amount: "3.000000" });
    // 1 % of 200 + 0.30 + 0.05 + 1.5 % of 200
    expect(q.totalFee).toBe("5.350000");
    expect(q.split).toEqual({ coreport: "2.300000", network: "0.050000", referrer: "3.000000" });
    expect(q.receive.amount).toBe("194.650000");
    const row = await env.DB.prepare("SELECT referrer_id, referral_fee FROM quotes WHERE id = ?").bind(q.id).first<Record<string, unknown>>();
    expect(row).toEqual({ referrer_id: q.referral!.referrerId, referral_fee: "3.000000" });
  });

  it("an explicit referrer (address) wins over the Referer; the share is capped by the fee schedule", async () => {
    const { host, ican } = site();
    const upstream = declaring(host, ican, "3.00%");
    await call(upstream, `/api/v1/referrer-meta?site=${host}`);
    await env.DB.prepare("UPDATE fee_schedules SET max_referral_percent = '2.00' WHERE id = 'fee_eurx_enter'").run();
    await invalidateConfig(env);
    try {
      const q = await (
        await call(upstream, `/api/v1/info/quote?asset=EURX&amount=100&action=enter&referrer=${ican}`, { Referer: "https://other-site.example-store.com/" })
      ).json<Quote>();
      expect(q.referral).toMatchObject({ via: "parameter", site: host, declaredPercent: "3.00", appliedPercent: "2.00", capped: true, amount: "2.000000" });
      expect(upstream.calls).toHaveLength(1);
    } finally {
      await env.DB.prepare("UPDATE fee_schedules SET max_referral_percent = '4.00' WHERE id = 'fee_eurx_enter'").run();
      await invalidateConfig(env);
    }
  });

  it("a Referer without a usable FinTag still gets a quote, without referral", async () => {
    const upstream = fakeUpstream({ [wellKnown("broken.example-store.com")]: () => new Response("oops", { status: 503 }) });
    for (const referer of ["https://broken.example-store.com/", "https://plain.example-store.com/", "http://insecure.example-store.com/", "https://127.0.0.1/", "not a url"]) {
      const res = await call(upstream, "/api/v1/info/quote?asset=USDX&amount=100&action=enter", { Referer: referer });
      expect(res.status, referer).toBe(200);
      expect((await res.json<Quote>()).referral).toBeNull();
    }
    // Only the two public https sites were looked up; the others were refused before any fetch.
    expect(new Set(upstream.calls.map((u) => new URL(u).hostname))).toEqual(new Set(["broken.example-store.com", "plain.example-store.com"]));
  });

  it("an explicit referrer that cannot be used is the caller's problem", async () => {
    const upstream = fakeUpstream({ [wellKnown("timeout.example-store.com")]: () => new Response("bad gateway", { status: 502 }) });
    const unknown = await expectProblem(await call(upstream, `/api/v1/info/quote?asset=USDX&amount=100&action=enter&referrer=${site().ican}`), 422);
    expect(unknown.errors?.[0]).toMatchObject({ field: "referrer", code: "unknown_referrer" });
    const noFintag = await expectProblem(await call(upstream, "/api/v1/info/quote?asset=USDX&amount=100&action=enter&referrer=none.example-store.com"), 422);
    expect(noFintag.errors?.[0]).toMatchObject({ field: "referrer", code: "fintag_not_found" });
    await expectProblem(await call(upstream, "/api/v1/info/quote?asset=USDX&amount=100&action=enter&referrer=timeout.example-store.com"), 502);
    const hostile = await expectProblem(await call(upstream, "/api/v1/info/quote?asset=USDX&amount=100&action=enter&referrer=169.254.169.254"), 400);
    expect(hostile.errors?.[0]).toMatchObject({ field: "referrer", code: "ip_literal" });
  });
});
