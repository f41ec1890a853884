import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { WIDGET_ASSET_PATH, WIDGET_MANIFEST } from "../../src/generated/widget-bundle.js";
import { api, expectProblem } from "../helpers/http";

const LATEST = "/widget/v1/coreport.js";
// The build as scripts/build-widget.mjs wrote it among the Worker's static assets.
const widgetSource = async () => (await env.ASSETS.fetch(`http://localhost${WIDGET_ASSET_PATH}`)).text();

describe("widget serving", () => {
  it("serves the latest v1 build as JavaScript any site may load, revalidated by ETag", async () => {
    const res = await api(LATEST, { headers: { Origin: "https://shop.example.com" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    expect(res.headers.get("etag")).toBe(`"${WIDGET_MANIFEST.contentHash}"`);
    const body = await res.text();
    expect(body).toBe(await widgetSource());
    expect(body).toContain("coreport-checkout");
  });

  it("publishes an integrity value that matches the bytes served (what a browser's SRI check computes)", async () => {
    const body = new Uint8Array(await (await api(LATEST)).arrayBuffer());
    const integrity = `sha384-${createHash("sha384").update(body).digest("base64")}`;
    expect(WIDGET_MANIFEST.integrity).toBe(integrity);
    const sri = await api("/widget/v1/coreport.js.sri");
    expect(sri.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect((await sri.text()).trim()).toBe(integrity);
    const manifest = await (await api("/widget/v1/manifest.json")).json<typeof WIDGET_MANIFEST>();
    expect(manifest.integrity).toBe(integrity);
    expect(manifest.bytes).toBe(body.byteLength);
    expect(manifest.files.latest).toBe(LATEST);
    expect(manifest.files.immutable).toBe(`/widget/v1/coreport.${createHash("sha384").update(body).digest("hex").slice(0, 16)}.js`);
  });

  it("serves the content-addressed build as immutable, with the same bytes", async () => {
    const res = await api(WIDGET_MANIFEST.files.immutable);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.text()).toBe(await widgetSource());
  });

  it("is not in the Worker's bundle: the asset is served only through the widget route and its headers", async () => {
    expect(WIDGET_ASSET_PATH).toMatch(/^\/_widget\/coreport\.[0-9a-f]{16}\.js$/);
    expect(new TextEncoder().encode(await widgetSource()).length).toBe(WIDGET_MANIFEST.bytes);
    expect((await api(WIDGET_ASSET_PATH)).status).toBe(404); // the Worker runs first and has no such route
  });

  it("stays within the 30 KB gzip budget", () => {
    expect(WIDGET_MANIFEST.gzipBytes).toBeGreaterThan(1000);
    expect(WIDGET_MANIFEST.gzipBytes).toBeLessThanOrEqual(30 * 1024);
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const res = await api(LATEST, { headers: { "If-None-Match": `W/"nope", "${WIDGET_MANIFEST.contentHash}"` } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(res.headers.get("etag")).toBe(`"${WIDGET_MANIFEST.contentHash}"`);
    // `*` matches any current representation (RFC 9110 §13.1.2): the one ETag implementation handles it.
    const any = await api(LATEST, { headers: { "If-None-Match": "*" } });
    expect(any.status).toBe(304);
    expect(any.headers.get("cache-control")).toContain("max-age=300");
    const stale = await api(LATEST, { headers: { "If-None-Match": '"0000000000000000"' } });
    expect(stale.status).toBe(200);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await api(LATEST, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await res.text()).toBe("");
  });

  it("names the current build when an older hashed build is asked for", async () => {
    const problem = await expectProblem(await api("/widget/v1/coreport.0123456789abcdef.js"), 404);
    expect(problem.detail).toContain(WIDGET_MANIFEST.files.immutable);
  });

  it("404s unknown files and other channels as problems", async () => {
    for (const path of ["/widget/v1/nope.js", "/widget/v2/coreport.js", "/widget/v1/coreport.JS", "/widget/v1/coreport.js/extra", "/widget/coreport.js"]) {
      await expectProblem(await api(path), 404);
    }
  });

  it("refuses writes with 405 and Allow", async () => {
    const res = await api(LATEST, { method: "POST", body: "x", headers: { "Content-Type": "text/plain" } });
    const problem = await expectProblem(res, 405);
    expect(res.headers.get("allow")).toContain("GET");
    expect(problem.detail).toContain("POST");
  });
});
