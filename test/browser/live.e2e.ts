// The demo merchant page against the real local worker, nothing stubbed: the widget is loaded
// cross-origin with Subresource Integrity under the page's strict CSP and starts its checkout.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiOrigin, demoOrigin, openPage, screenshot, useBrowser, type TestPage } from "./harness";

const browser = useBrowser();
let t: TestPage;

beforeEach(async () => {
  t = await openPage(browser());
});
afterEach(async () => {
  await t.context.close();
});

interface Manifest {
  version: string;
  integrity: string;
  files: { latest: string; immutable: string };
}

describe("demo page with the real worker", () => {
  it("loads the widget from the API origin with SRI, under a strict CSP, without errors", async () => {
    const manifest = (await (await fetch(`${apiOrigin()}/widget/v1/manifest.json`)).json()) as Manifest;
    const failedApiCalls: string[] = [];
    t.page.on("response", (r) => {
      if (!r.ok() && r.url().startsWith(apiOrigin())) failedApiCalls.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    const response = await t.page.goto(`${demoOrigin()}/demo`);
    expect(response?.status()).toBe(200);
    const csp = (await response!.allHeaders())["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'self' ${apiOrigin()}`);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");

    // The tag the merchant wrote: immutable URL + integrity from the manifest.
    const tag = t.page.locator(`script[src^="${apiOrigin()}"]`);
    expect(await tag.getAttribute("src")).toBe(apiOrigin() + manifest.files.immutable);
    expect(await tag.getAttribute("integrity")).toBe(manifest.integrity);
    expect(await tag.getAttribute("crossorigin")).toBe("anonymous");

    await t.page.waitForFunction(() => !!window.CorePort);
    expect(await t.page.evaluate(() => window.CorePort?.version)).toBe(manifest.version);
    expect(await t.page.evaluate(() => !!customElements.get("coreport-checkout"))).toBe(true);

    // The widget renders in its shadow root, styled by an adopted stylesheet (no <style>, no style attributes).
    const widget = t.page.locator("coreport-checkout");
    await expect.poll(() => widget.locator("h2").first().textContent()).toBe("Payment");
    expect(await widget.locator(".total").textContent()).toBe("25.00 EUR");
    const styling = await t.page.evaluate(() => {
      const root = document.querySelector("coreport-checkout")!.shadowRoot!;
      return { adopted: root.adoptedStyleSheets.length, styleTags: root.querySelectorAll("style").length, styleAttrs: root.querySelectorAll("[style]").length };
    });
    expect(styling).toEqual({ adopted: 1, styleTags: 0, styleAttrs: 0 });
    // The host page's CSS does not leak in: the shop's serif font stops at the shadow boundary.
    const font = await widget.locator("h2").first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).not.toMatch(/Georgia/);

    // Let the widget finish talking to the API before judging the console.
    await expect.poll(() => t.page.evaluate(() => [...document.querySelectorAll("#events li")].some((li) => li.textContent?.startsWith("quote: quo_"))), { timeout: 15_000 }).toBe(true);
    await screenshot(t.page, "live-demo");
    expect(t.observed.cspViolations).toEqual([]);
    expect(t.observed.pageErrors).toEqual([]);
    // Every API call succeeded: the http demo page sends no referrer (the API accepts https ones only).
    expect(failedApiCalls).toEqual([]);
    expect(t.observed.consoleErrors).toEqual([]);
    await expect.poll(() => widget.locator("button.primary").isEnabled(), { timeout: 15_000 }).toBe(true);
  });

  it("SRI is enforced: a script altered in transit is refused and never runs", async () => {
    // A compromised CDN or proxy: same URL, one byte appended; the page's integrity value is unchanged.
    await t.page.route(`${apiOrigin()}/widget/v1/coreport.*.js`, async (route) => {
      const real = await route.fetch();
      await route.fulfill({ response: real, body: `${await real.text()};` });
    });
    await t.page.goto(`${demoOrigin()}/demo`);
    await expect.poll(() => t.page.locator("#events li").first().textContent()).toBe("error: The CorePort widget script did not load");
    expect(await t.page.evaluate(() => window.CorePort)).toBeUndefined();
    expect(t.observed.consoleErrors.join("\n")).toMatch(/Failed to find a valid digest in the 'integrity' attribute/);
  });

  it("the <coreport-checkout> element works without any merchant script", async () => {
    await t.page.goto(`${demoOrigin()}/demo/element`);
    const widget = t.page.locator("coreport-checkout");
    await expect.poll(() => widget.locator(".total").textContent()).toBe("25.00 EUR");
    expect(await widget.locator(".muted").first().textContent()).toMatch(/^Order DEMO-/);
    expect(t.observed.cspViolations).toEqual([]);
    expect(t.observed.pageErrors).toEqual([]);
  });

  it("tells the merchant's developer about a bad option instead of failing later", async () => {
    await t.page.goto(`${demoOrigin()}/demo`);
    await t.page.waitForFunction(() => !!window.CorePort);
    const result = await t.page.evaluate(async () => {
      const seen: Array<{ type: string; message?: string }> = [];
      const host = document.body.appendChild(document.createElement("div"));
      const { element } = window.CorePort!.mount(host, {
        publishableKey: "pk_test_0123456789abcdefghjkmnpqrstvwx",
        amount: "25,00",
        currency: "EUR",
        reference: "ORDER-1",
        onEvent: (e: { type: string; message?: string }) => seen.push(e),
      });
      await new Promise((r) => setTimeout(r, 200));
      return { seen, shown: element.shadowRoot?.querySelector("[role=alert]")?.textContent };
    });
    expect(result.shown).toBe("Payment is unavailable on this page right now.");
    expect(result.seen).toEqual([{ type: "error", code: "INVALID_OPTIONS", message: 'amount must be a positive decimal string such as "25.00", got \'25,00\'' }]);
    expect(t.observed.consoleErrors).toContain('CorePort: amount must be a positive decimal string such as "25.00", got \'25,00\'');
  });
});

declare global {
  interface Window {
    CorePort?: {
      version: string;
      mount(target: Element, options: Record<string, unknown>): { element: HTMLElement; unmount(): void };
    };
  }
}
