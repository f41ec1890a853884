// GET /docs: the API reference page rendered by the Worker, and the UI it loads, served as Workers
// static assets from the same origin (wrangler.toml [assets]; scripts/build-docs-assets.mjs lays them
// out from the pinned @scalar/api-reference). The browser side: test/browser/docs.e2e.ts.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import { OPENAPI_PATH } from "../../src/app";
import { REFERENCE_SCRIPT } from "../../src/routes/docs/reference-page";
import { api, BASE } from "../helpers/http";

const asset = (path: string) => env.ASSETS.fetch(new Request(`${BASE}${path}`));

describe("GET /docs", () => {
  it("renders the reference page under a policy that allows nothing from another origin", async () => {
    const res = await api("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = (res.headers.get("content-security-policy") ?? "").split(/;\s*/);
    expect(csp).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]);
    const html = await res.text();
    // One script, the starter module from this origin; no inline script, no URL of another host.
    expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toEqual([
      '<script id="api-reference-config" type="application/json">',
      `<script type="module" src="${REFERENCE_SCRIPT}">`,
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it("configures the UI for this document without fonts, telemetry or any Scalar service", async () => {
    const html = await (await api("/docs")).text();
    const json = html.match(/<script id="api-reference-config" type="application\/json">(.*?)<\/script>/s)?.[1];
    const config = JSON.parse(json!) as Record<string, unknown>;
    expect(config).toMatchObject({
      url: OPENAPI_PATH,
      withDefaultFonts: false,
      telemetry: false,
      agent: { disabled: true },
      mcp: { disabled: true },
      showDeveloperTools: "never",
    });
    expect(config).not.toHaveProperty("proxyUrl");
    expect(json).not.toContain("<");
  });
});

describe("the reference UI's static assets", () => {
  const version = pkg.devDependencies["@scalar/api-reference"];
  const entry = `/docs/assets/scalar-${version}/standalone.esm.js`;

  it("start the Scalar build pinned in package.json, from this origin", async () => {
    const res = await asset(REFERENCE_SCRIPT);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    const starter = await res.text();
    expect(starter).toContain(`import("./scalar-${version}/standalone.esm.js")`);
    // Scalar's zod runs without its eval probe, which the page's CSP would report.
    expect(starter).toContain("jitless: true");
    expect(starter).not.toMatch(/https?:\/\//);
  });

  it("serve the pinned build and every chunk it imports, without source-map references", async () => {
    const res = await asset(entry);
    expect(res.status).toBe(200);
    const source = await res.text();
    expect(source.length).toBeGreaterThan(100_000);
    expect(source).not.toContain("sourceMappingURL");
    const chunks = [...new Set([...source.matchAll(/from"\.\/(chunks\/[^"]+\.js)"/g)].map(([, file]) => file!))];
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect((await asset(`/docs/assets/scalar-${version}/${chunk}`)).status, chunk).toBe(200);
    }
  });

  it("hold no other release", async () => {
    expect((await asset(`/docs/assets/scalar-0.0.0/standalone.esm.js`)).status).toBe(404);
  });
});
