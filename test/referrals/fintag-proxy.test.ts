import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { makeIcan } from "../../src/lib/ican";
import { lookupFintag } from "../../src/services/referrals/fintag.client";
import { parseFintagDocument, parseFintagFee } from "../../src/services/referrals/fintag.schema";
import { api, expectProblem } from "../helpers/http";
import { fakeUpstream, hang, jsonResponse } from "../helpers/upstream";

const ICAN_A = makeIcan("cb", "e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b");
const ICAN_B = makeIcan("ab", "0123456789abcdef0123456789abcdef01234567");
const wellKnown = (host: string) => `https://${host}/.well-known/fintag.json`;

function fintag(domain: string, upstream: ReturnType<typeof fakeUpstream>) {
  return api(`/api/v1/fintag?domain=${encodeURIComponent(domain)}`, { app: createApp({ outboundFetcher: upstream.fetcher }) });
}

describe("GET /api/v1/fintag — against a mocked upstream", () => {
  it("valid: validates, normalises and caches the entries", async () => {
    const host = "valid.shop-fintag.com";
    const upstream = fakeUpstream({
      [wellKnown(host)]: () => jsonResponse([{ "ican:xcb": ICAN_A.toUpperCase(), "defi:fee": "1.5%", extra: "ignored" }, { "ican:xcb": ICAN_B }]),
    });
    const res = await fintag(host, upstream);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const body = await res.json<{ domain: string; url: string; entries: unknown[]; cached: boolean }>();
    expect(body).toMatchObject({ domain: host, url: wellKnown(host), cached: false });
    expect(body.entries).toEqual([
      { icanAddress: ICAN_A, network: "mainnet", feePercent: "1.50", fee: "1.50%" },
      { icanAddress: ICAN_B, network: "testnet", feePercent: "0.00", fee: "0.00%" },
    ]);
    const again = await (await fintag(`https://${host.toUpperCase()}/`, upstream)).json<{ cached: boolean }>();
    expect(again.cached).toBe(true);
    expect(upstream.calls).toEqual([wellKnown(host)]);
  });

  it("accepts a single object as a one-entry document", async () => {
    const host = "single.shop-fintag.com";
    const upstream = fakeUpstream({ [wellKnown(host)]: () => jsonResponse({ "ican:xcb": ICAN_A, "defi:fee": "4.00%" }) });
    const body = await (await fintag(host, upstream)).json<{ entries: Array<{ fee: string }> }>();
    expect(body.entries).toEqual([{ icanAddress: ICAN_A, network: "mainnet", feePercent: "4.00", fee: "4.00%" }]);
  });

  it.each([
    ["malformed JSON", () => new Response("[{\"ican:xcb\": ", { headers: { "content-type": "application/json" } }), "not valid JSON"],
    ["wrong ICAN checksum", () => jsonResponse([{ "ican:xcb": ICAN_A.slice(0, 2) + "00" + ICAN_A.slice(4) }]), "[0].ican:xcb"],
    ["fee above 4 %", () => jsonResponse([{ "ican:xcb": ICAN_A, "defi:fee": "4.01%" }]), "[0].defi:fee"],
    ["fee with three decimals", () => jsonResponse([{ "ican:xcb": ICAN_A, "defi:fee": "1.234%" }]), "defi:fee"],
    ["fee as a number", () => jsonResponse([{ "ican:xcb": ICAN_A, "defi:fee": 1 }]), "defi:fee"],
    ["empty array", () => jsonResponse([]), "no entries"],
    ["a string", () => jsonResponse("cb00"), "expected an array"],
    ["too many entries", () => jsonResponse(Array.from({ length: 33 }, () => ({ "ican:xcb": ICAN_A }))), "more than 32"],
    ["non-JSON content type", () => new Response("<html></html>", { headers: { "content-type": "text/html" } }), "Expected application/json"],
    ["no content type", () => new Response(new TextEncoder().encode("[]")), "Expected application/json"],
    ["invalid UTF-8", () => new Response(new Uint8Array([0x5b, 0xff, 0x5d]), { headers: { "content-type": "application/json" } }), "UTF-8"],
    ["oversized (declared)", () => jsonResponse([{ "ican:xcb": ICAN_A, pad: "x".repeat(70_000) }]), "larger than allowed"],
    [
      "oversized (streamed, no length)",
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new TextEncoder().encode(" ".repeat(16_384)));
            },
          }),
          { headers: { "content-type": "application/json" } },
        ),
      "larger than allowed",
    ],
    ["HTTP 500", () => jsonResponse({ error: "boom" }, { status: 500 }), "HTTP 500"],
    ["network failure", () => Promise.reject(new TypeError("connection reset")), "could not be reached"],
  ])("%s → 502", async (name, handler, detail) => {
    const host = `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase().replace(/^-|-$/g, "")}.broken-fintag.com`;
    const upstream = fakeUpstream({ [wellKnown(host)]: handler });
    const problem = await expectProblem(await fintag(host, upstream), 502);
    expect(problem.code).toBe("BAD_GATEWAY");
    expect(problem.detail).toContain(detail);
    expect(problem.site).toBe(host);
    // The failure is cached briefly: asking again does not hit the site again.
    await expectProblem(await fintag(host, upstream), 502);
    expect(upstream.calls).toHaveLength(1);
  });

  it("404 from the site → 404 problem", async () => {
    const problem = await expectProblem(await fintag("nothing.shop-fintag.com", fakeUpstream()), 404);
    expect(problem.detail).toContain("publishes no FinTag");
  });

  it("slow: 504 after the time budget", async () => {
    const host = "slow.shop-fintag.com";
    const upstream = fakeUpstream({ [wellKnown(host)]: hang });
    const started = Date.now();
    const problem = await expectProblem(await fintag(host, upstream), 504);
    expect(problem.code).toBe("GATEWAY_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it("slow body after fast headers also times out (service level, short budget)", async () => {
    const host = "slowbody.shop-fintag.com";
    const upstream = fakeUpstream({
      [wellKnown(host)]: (req) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode("["));
              req.signal.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
            },
          }),
          { headers: { "content-type": "application/json" } },
        ),
    });
    await expect(lookupFintag(host, "well-known", { fetcher: upstream.fetcher, timeoutMs: 100 })).rejects.toMatchObject({ reason: "timeout" });
  });

  it("redirecting: follows a redirect to another public https host, re-checked", async () => {
    const host = "moved.shop-fintag.com";
    const upstream = fakeUpstream({
      [wellKnown(host)]: () => new Response(null, { status: 301, headers: { location: "https://www.moved-fintag.com/.well-known/fintag.json" } }),
      ["https://www.moved-fintag.com/.well-known/fintag.json"]: () => jsonResponse([{ "ican:xcb": ICAN_A, "defi:fee": "2%" }]),
    });
    const body = await (await fintag(host, upstream)).json<{ url: string; entries: Array<{ feePercent: string }> }>();
    expect(body.url).toBe("https://www.moved-fintag.com/.well-known/fintag.json");
    expect(body.entries[0]!.feePercent).toBe("2.00");
    expect(upstream.calls).toHaveLength(2);
  });

  it.each([
    ["http://moved.example-site.com/.well-known/fintag.json"],
    ["https://127.0.0.1/.well-known/fintag.json"],
    ["https://169.254.169.254/latest/meta-data/"],
    ["https://[::1]/"],
    ["https://localhost/"],
    ["https://metadata.google.internal/"],
    ["https://example.com:8443/"],
    ["https://user:pw@example.com/"],
    ["file:///etc/passwd"],
  ])("redirecting to %s is refused before it is requested", async (location) => {
    const host = `redir-${crypto.randomUUID().slice(0, 8)}.shop-fintag.com`;
    const upstream = fakeUpstream({ [wellKnown(host)]: () => new Response(null, { status: 302, headers: { location } }) });
    const problem = await expectProblem(await fintag(host, upstream), 502);
    expect(problem.reason).toBe("redirect_refused");
    expect(upstream.calls).toEqual([wellKnown(host)]);
  });

  it("a redirect loop stops after 3 hops", async () => {
    const host = "loop.shop-fintag.com";
    const upstream = fakeUpstream({ [wellKnown(host)]: () => new Response(null, { status: 307, headers: { location: wellKnown(host) } }) });
    const problem = await expectProblem(await fintag(host, upstream), 502);
    expect(problem.detail).toContain("More than 3 redirects");
    expect(upstream.calls).toHaveLength(4);
  });
});

describe("GET /api/v1/fintag — hostile targets are refused before any fetch", () => {
  const HOSTILE = [
    "127.0.0.1", // IPv4 dotted
    "2130706433", // IPv4 as one decimal number
    "0x7f000001", // IPv4 as one hex number
    "0177.0.0.1", // octal
    "0x7f.1", // mixed short form
    "127.1",
    "0.0.0.0",
    "10.0.0.1",
    "192.168.1.20",
    "169.254.169.254", // cloud metadata
    "[::1]", // IPv6 loopback
    "[::ffff:127.0.0.1]", // IPv4-mapped IPv6
    "[fd00::1]", // IPv6 unique local
    "%31%32%37.0.0.1", // percent-encoded digits
    "localhost",
    "api.localhost",
    "LOCALHOST.",
    "printer.local",
    "db.internal",
    "metadata.google.internal",
    "router.home.arpa",
    "intranet", // single label
    "127.0.0.1.nip.io", // wildcard DNS to an embedded IP
    "10-0-0-1.sslip.io",
    "lvh.me",
    "10.1.2.3.attacker-dns.com",
    "example.com:8443", // custom port
    "example.com:80",
    "user:pass@example.com", // userinfo
    "https://admin@example.com/",
    "http://example.com", // plain http
    "file:///etc/passwd",
    "gopher://example.com/",
    "javascript:alert(1)",
    "data:application/json,[]",
    "exa mple.com",
    "-bad-.example.com",
  ];

  it.each(HOSTILE)("%s", async (domain) => {
    const upstream = fakeUpstream();
    const problem = await expectProblem(await fintag(domain, upstream), 400);
    expect(problem.errors?.[0]).toMatchObject({ in: "query", field: "domain" });
    expect(upstream.calls).toEqual([]);
  });

  it("missing domain is a 400", async () => {
    const upstream = fakeUpstream();
    const res = await api("/api/v1/fintag", { app: createApp({ outboundFetcher: upstream.fetcher }) });
    expect((await expectProblem(res, 400)).errors?.[0]).toMatchObject({ field: "domain" });
    expect(upstream.calls).toEqual([]);
  });
});

describe("FinTag values", () => {
  it("defi:fee: 0.00 %–4.00 %, at most two decimals (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.constantFrom(0, 1, 2), (hundredths, places) => {
        const whole = Math.floor(hundredths / 100);
        const frac = String(hundredths % 100).padStart(2, "0").slice(0, places);
        const text = places === 0 ? `${whole}%` : `${whole}.${frac}%`;
        const expected = `${whole}.${frac.padEnd(2, "0")}`;
        const parsed = parseFintagFee(text);
        if (Number(whole) > 4 || (whole === 4 && frac.replace(/0/g, "") !== "")) expect(parsed).toBeUndefined();
        else expect(parsed).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    for (const bad of ["", "%", "1", "1.%", ".5%", "-1%", "1.005%", "01.00%", "4.001%", "1,5%", "1 %", "１%", "10%"]) expect(parseFintagFee(bad), bad).toBeUndefined();
  });

  it("ICAN: valid addresses on every network pass, every corrupted one is refused", () => {
    const ok = parseFintagDocument([{ "ican:xcb": ICAN_A }, { "ican:xcb": ICAN_B }, { "ican:xcb": makeIcan("ce", "f".repeat(40)) }]);
    expect(ok.ok && ok.entries.map((e) => e.network)).toEqual(["mainnet", "testnet", "enterprise"]);
    const corrupt = [
      ICAN_A.slice(0, 2) + String((Number(ICAN_A.slice(2, 4)) + 1) % 100).padStart(2, "0") + ICAN_A.slice(4), // check digits
      ICAN_A.slice(0, 10) + (ICAN_A[10] === "a" ? "b" : "a") + ICAN_A.slice(11), // one hex digit
      "xx" + ICAN_A.slice(2), // network
      ICAN_A.slice(0, -1), // length
      `0x${"a".repeat(40)}`, // an Ethereum address is not an ICAN
    ];
    for (const address of corrupt) {
      const result = parseFintagDocument([{ "ican:xcb": address }]);
      expect(result.ok, address).toBe(false);
    }
  });
});
