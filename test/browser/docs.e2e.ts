// /docs, the API reference, as a newcomer opens it on `npm run dev` with the network cut off: every
// script comes from CorePort's own origin (Workers static assets, Scalar pinned in package.json), the
// page's CSP allows nothing external, the operations of the OpenAPI document are listed, and a
// "try it" call from the reference reaches the real worker.
import type { Request } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiOrigin, openPage, screenshot, useBrowser, type TestPage } from "./harness";

const browser = useBrowser();
let t: TestPage;
/** Every request the page made (URL), and those that failed or answered ≥ 400. */
let requests: string[];
let failed: string[];
/** Requests to anywhere but CorePort's origin: refused here, as an offline machine would. */
let foreign: string[];

beforeEach(async () => {
  t = await openPage(browser());
  requests = [];
  failed = [];
  foreign = [];
  await t.context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${apiOrigin()}/`)) return route.continue();
    foreign.push(url);
    return route.abort("internetdisconnected");
  });
  t.page.on("request", (r: Request) => requests.push(r.url()));
  t.page.on("requestfailed", (r: Request) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  t.page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.url()}: ${r.status()}`);
  });
});
afterEach(async () => {
  await t.context.close();
});

interface OpenApiDocument {
  paths: Record<string, Record<string, { summary: string; tags: string[] }>>;
}

async function operations() {
  const doc = (await (await fetch(`${apiOrigin()}/api/v1/openapi.json`)).json()) as OpenApiDocument;
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, summary: op.summary, tag: op.tags[0]! })));
}

describe("/docs served by CorePort itself", () => {
  it("renders offline from its own origin under a CSP that allows nothing external, and lists every operation", async () => {
    const response = await t.page.goto(`${apiOrigin()}/docs`, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    const csp = (await response!.allHeaders())["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);

    const ops = await operations();
    expect(ops.length).toBeGreaterThan(50);
    const sidebar = t.page.locator("aside").first();
    await expect.poll(() => sidebar.innerText()).toContain("Rates");
    // Open each tag's group in the sidebar; then every operation's summary is listed.
    for (const tag of new Set(ops.map((op) => op.tag))) {
      const open = t.page.getByRole("button", { name: `Open Group - ${tag}`, exact: true });
      if (await open.count()) await open.first().click();
    }
    const listed = await sidebar.innerText();
    expect(ops.filter((op) => !listed.includes(op.summary)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
    await screenshot(t.page, "docs-reference");

    // The UI is the pinned build from the Worker's static assets, plus the document; nothing else.
    const scripts = requests.filter((url) => url.includes("/docs/assets/"));
    expect(scripts.some((url) => /\/docs\/assets\/scalar-\d+\.\d+\.\d+\/standalone\.esm\.js$/.test(url))).toBe(true);
    expect(requests).toContain(`${apiOrigin()}/api/v1/openapi.json`);
    expect(requests.filter((url) => !url.startsWith(`${apiOrigin()}/`))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(failed).toEqual([]);
    expect(t.observed).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });

  it("sends a \"try it\" request from the reference to the sandbox and shows its answer", async () => {
    await t.page.goto(`${apiOrigin()}/docs#tag/info/GET/api/v1/info/assets/{type}`, { waitUntil: "networkidle" });
    const operation = t.page.locator('section[id$="tag/info/GET/api/v1/info/assets/{type}"]');
    await operation.getByRole("button", { name: /Test Request/i }).first().click();

    const sent = t.page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/api/v1/info/assets/"));
    await t.page.getByRole("button", { name: /^Send get request to/i }).click();
    const answer = await sent;
    // Sent to this instance (the document's server), the path parameter filled from its example.
    expect(answer.url()).toBe(`${apiOrigin()}/api/v1/info/assets/purchase`);
    expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBe(200);
    const body = (await answer.json()) as { type: string; data: Array<{ code: string }> };
    expect(body.type).toBe("purchase");
    expect(body.data.map((asset) => asset.code)).toContain("EURX");
    // The client shows the worker's answer.
    await expect.poll(() => t.page.getByText("200 OK").first().isVisible()).toBe(true);
    await expect.poll(() => t.page.locator("body").innerText()).toContain('"type": "purchase"');
    await screenshot(t.page, "docs-try-it");

    expect(requests.filter((url) => !url.startsWith(`${apiOrigin()}/`))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(failed).toEqual([]);
    expect(t.observed).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
