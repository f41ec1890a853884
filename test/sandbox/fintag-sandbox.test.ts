/**
 * The FinTag sandbox (src/sandbox/fintag): in development the documented example sites answer offline
 * through the same SSRF-guarded lookup as real sites; in any other environment they are fetched for
 * real (and so fail here, where the network guard refuses every outbound request).
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { SANDBOX_FINTAG_SITES } from "../../src/sandbox/fintag/sites";
import { api, expectProblem } from "../helpers/http";
import { outboundRequests } from "../helpers/network-guard";

const SHOP = SANDBOX_FINTAG_SITES["shop.example.com"]!;
const BLOG = SANDBOX_FINTAG_SITES["blog.example.com"]!;

describe("FinTag sandbox (development)", () => {
  it("serves shop.example.com's /.well-known/fintag.json without leaving the worker", async () => {
    const before = outboundRequests.length;
    const res = await api("/api/v1/fintag?domain=shop.example.com");
    expect(res.status).toBe(200);
    const body = await res.json<{ url: string; entries: Array<{ icanAddress: string; fee: string }> }>();
    expect(body.url).toBe("https://shop.example.com/.well-known/fintag.json");
    expect(body.entries).toEqual([{ icanAddress: SHOP.icanAddress, network: "mainnet", feePercent: "1.00", fee: SHOP.fee }]);
    expect(outboundRequests.length).toBe(before);
  });

  it("blog.example.com declares its FinTag only in meta tags: /fintag (well-known) is a 404, a referral split finds it", async () => {
    await expectProblem(await api("/api/v1/fintag?domain=blog.example.com"), 404);
    const res = await api("/api/v1/referrer-meta?site=blog.example.com&asset=USDX&amount=100.00");
    expect(res.status).toBe(200);
    const meta = await res.json<{ referrer: { icanAddress: string; source: string; feePercent: string }; originator: { name: string } }>();
    expect(meta.referrer).toMatchObject({ icanAddress: BLOG.icanAddress, source: "meta", feePercent: "0.50" });
    expect(meta.originator.name).toBe(BLOG.siteName);
  });

  it("a quote referred by shop.example.com carries its referral share", async () => {
    const res = await api("/api/v1/info/quote?action=enter&asset=USDX&amount=100.00&referrer=shop.example.com");
    expect(res.status).toBe(200);
    const quote = await res.json<{ fees: Array<{ recipient: string; amount: string }> }>();
    expect(quote.fees.some((f) => f.recipient === "referrer" || JSON.stringify(f).includes(SHOP.icanAddress))).toBe(true);
  });

  it("other sites still go through the real (guarded) fetch", async () => {
    const before = outboundRequests.length;
    await expectProblem(await api("/api/v1/fintag?domain=unknown-shop.example.com"), 502);
    expect(outboundRequests.slice(before)).toEqual(["https://unknown-shop.example.com/.well-known/fintag.json"]);
  });
});

describe("FinTag sandbox outside development", () => {
  it("production fetches shop.example.com for real (no sandbox answer)", async () => {
    await env.CACHE_KV.delete("fintag:v1:well-known:shop.example.com"); // the development answer above is cached
    const before = outboundRequests.length;
    const res = await api("/api/v1/fintag?domain=shop.example.com", { app: createApp(), env: { ENVIRONMENT: "production" } });
    await expectProblem(res, 502);
    expect(outboundRequests.slice(before)).toEqual(["https://shop.example.com/.well-known/fintag.json"]);
  });
});
