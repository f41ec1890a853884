// The checkout flows in Chromium, on the demo page with the real widget build served by the real
// worker. The info, quote and payment endpoints (issues 4 and 8, not merged yet) answer from the
// typed fixtures in api-fixtures.ts, which also let these tests control time and failures.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeApi, HOSTILE_QR_SVG, type FakeApiOptions } from "./api-fixtures";
import { apiOrigin, demoOrigin, focused, focusIsVisible, openPage, screenshot, useBrowser, type TestPage } from "./harness";

const browser = useBrowser();
let t: TestPage;
/** Console errors a test expects (Chromium logs every failed fetch as one). */
let allowedConsoleErrors: RegExp[] = [];

async function start(options: Partial<FakeApiOptions> = {}, path = "/demo"): Promise<FakeApi> {
  const api = new FakeApi({ apiOrigin: apiOrigin(), demoOrigin: demoOrigin(), ...options });
  await api.install(t.context);
  await t.page.goto(`${demoOrigin()}${path}`);
  return api;
}

const widget = () => t.page.locator("coreport-checkout");
const events = (page: Page = t.page) => page.locator("#events li").allTextContents();
const payButton = () => widget().locator("button.primary");

async function quoteShown(): Promise<void> {
  await expect.poll(() => payButton().isEnabled(), { timeout: 15_000 }).toBe(true);
}

beforeEach(async () => {
  t = await openPage(browser());
  allowedConsoleErrors = [];
});

afterEach(async () => {
  const unexpected = t.observed.consoleErrors.filter((e) => !allowedConsoleErrors.some((re) => re.test(e)));
  await t.context.close();
  expect(t.observed.cspViolations, "CSP violations").toEqual([]);
  expect(t.observed.pageErrors, "uncaught errors").toEqual([]);
  expect(unexpected, "console errors").toEqual([]);
});

describe("checkout form", () => {
  it("builds the form from the info endpoints and shows the live quote with its fees and expiry", async () => {
    const api = await start();
    await quoteShown();
    const methods = widget().locator("input[type=radio]");
    expect(await methods.count()).toBe(3); // bank transfer takes no payments
    const labels = await widget().locator("label.method").allInnerTexts();
    expect(labels.map((l) => l.split("\n")[0])).toEqual(["Card (myPOS)", "PayTo deposit", "CorePay"]);
    expect(await methods.first().isChecked()).toBe(true);

    const quote = widget().locator(".quote");
    const rows = await quote.locator("dt").allTextContents();
    expect(rows).toEqual(["You pay", "Service fee", "Fixed fee", "Network fee", "Total fees", "Merchant receives", "Rate"]);
    expect(await quote.locator("dd").allTextContents()).toEqual([
      "25.00 EUR", "0.250000 EURX", "0.300000 EURX", "0.050000 EURX", "0.600000 EURX", "24.400000 EURX", "1 EURX = 1 EUR",
    ]);
    expect(await quote.locator(".expiry").textContent()).toMatch(/^Price held for [45]:\d\d$/);
    expect(await payButton().textContent()).toBe("Pay 25.00 EUR");

    // The quote request: card payment of the merchant's amount, referred by the shop's origin.
    const q = api.recorded.quotes[0]!;
    expect(Object.fromEntries(q)).toEqual({ asset: "EURX", amount: "25.00", action: "enter", currency: "EUR", paymentType: "mypos", referrer: demoOrigin() });
    expect(await events()).toEqual(expect.arrayContaining(["ready", "quote: quo_fixture0001"]));
    await screenshot(t.page, "form");
  });

  it("re-quotes when the quote lapses and announces the new price", async () => {
    const api = await start({ quoteTtlMs: 3500 });
    await quoteShown();
    await expect.poll(() => api.recorded.quotes.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(events).toEqual(expect.arrayContaining(["quote: quo_fixture0001", "quote: quo_fixture0002"]));
    await expect.poll(() => widget().locator("[role=status]").textContent()).toBe("Price updated. You pay 25.00 EUR.");
    await quoteShown();
    expect(await widget().locator(".expiry").textContent()).toMatch(/^Price held for 0:0[1-4]$/);
  });

  it("shows an API problem's detail as a readable message, and recovers on retry", async () => {
    allowedConsoleErrors = [/status of 422/];
    const detail = "Amount 25.00 is below the minimum of 30.000000 EURX for card payments";
    await start({ quoteProblem: { status: 422, code: "UNPROCESSABLE", title: "Unprocessable request", detail } });
    const alert = widget().locator("[role=alert]");
    await expect.poll(() => alert.textContent()).toBe(detail);
    expect(await payButton().isDisabled()).toBe(true);
    await expect.poll(events).toContain(`error: ${detail}`);
    await screenshot(t.page, "api-error");
    await widget().getByRole("button", { name: "Retry" }).click();
    await quoteShown();
    expect(await alert.textContent()).toBe("");
  });
});

describe("paying", () => {
  it("PayTo with the keyboard alone: choose, pay, copy, and follow the deposit to success", async () => {
    const api = await start({ statuses: ["requires_payment", "processing", "succeeded"] });
    await quoteShown();
    // Nothing on the shop page before the widget takes focus: the first Tab lands on the first method.
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toMatch(/^input\[radio\] Card \(myPOS\)/);
    expect(await focusIsVisible(t.page)).toBe(true);
    await t.page.keyboard.press("ArrowDown");
    expect(await focused(t.page)).toMatch(/^input\[radio\] PayTo deposit/);
    await quoteShown();
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toMatch(/^select /);
    expect(await focusIsVisible(t.page)).toBe(true);
    expect(await widget().locator("label[for]", { hasText: "Coin to send" }).count()).toBe(1);
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("button Pay 25.00 EUR");
    expect(await focusIsVisible(t.page)).toBe(true);
    await t.page.keyboard.press("Enter");

    // The deposit step takes focus at its heading.
    await expect.poll(() => focused(t.page)).toBe("h2 Send 25.000000 EURX");
    const created = api.recorded.creates[0]!;
    expect(created.method).toBe("payto");
    expect(created.headers["idempotency-key"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.headers.authorization).toMatch(/^Bearer pk_test_/);
    expect(created.body).toMatchObject({ amount: "25.00", currency: "EUR", asset: "EURX", quoteId: "quo_fixture0002", referrer: demoOrigin() });
    expect(created.body.reference).toMatch(/^DEMO-/);

    const address = "cb57e3a1f0c4d2b6a8e9f7c5d3b1a2e4f6c8d0b2a4e6";
    expect(await widget().locator("code").allTextContents()).toEqual(["25.000000", address]);
    const qr = await widget().locator(".qr svg").evaluate((svg) => ({ paths: svg.querySelectorAll("path").length, label: svg.getAttribute("aria-label") }));
    expect(qr).toEqual({ paths: 1, label: "QR code to pay 25.000000 EURX" });
    await screenshot(t.page, "payto-deposit");

    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("button Copy amount");
    await t.page.keyboard.press("Enter");
    await expect.poll(() => t.page.evaluate(() => navigator.clipboard.readText())).toBe("25.000000");
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("button Copy address");
    await t.page.keyboard.press("Enter");
    await expect.poll(() => t.page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await expect.poll(() => widget().locator("[role=status]").textContent()).toBe("Address copied");
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("a Open in your wallet");

    // Followed until final, with the client secret; success takes focus and reaches the page.
    await expect.poll(() => focused(t.page), { timeout: 30_000 }).toBe("h2 Payment complete");
    expect(api.recorded.reads.length).toBeGreaterThanOrEqual(3);
    expect(api.recorded.reads.every((r) => r.headers["x-client-secret"] === "pay_fixture1_secret_fixture")).toBe(true);
    expect(await events()).toEqual(
      expect.arrayContaining(["payment_created: pay_fixture1 requires_payment", "status: pay_fixture1 processing", "status: pay_fixture1 succeeded", "completed: pay_fixture1 succeeded"]),
    );
    await screenshot(t.page, "payto-success");
  });

  it("rebuilds the QR code from an allow-list: scripts, links, external images and handlers never reach the page", async () => {
    allowedConsoleErrors = [/^Executing inline event handler violates the following Content Security Policy/];
    const api = await start({ qrCodeSvg: HOSTILE_QR_SVG, statuses: ["requires_payment"] });
    await widget().locator("input[value=payto]").check();
    await quoteShown();
    await payButton().click();
    await expect.poll(() => widget().locator(".qr svg").count()).toBe(1);
    const qr = await widget().locator(".qr svg").evaluate((svg) => ({
      paths: svg.querySelectorAll("path").length,
      banned: svg.querySelectorAll("script, a, image, foreignObject").length,
      handlers: [...svg.querySelectorAll("*"), svg].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    }));
    expect(qr).toEqual({ paths: 1, banned: 0, handlers: 0 });
    expect(api.recorded.creates).toHaveLength(1);
    expect(await t.page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
    // Parsing the hostile SVG makes Chromium report (and block) its inline handler under the page's CSP.
    expect(t.observed.cspViolations.every((v) => v.startsWith("script-src-attr blocked inline"))).toBe(true);
    t.observed.cspViolations = [];
  });

  it("reuses the idempotency key when the same attempt is retried after a network failure", async () => {
    allowedConsoleErrors = [/ERR_FAILED|Failed to load resource/];
    const api = await start({ statuses: ["succeeded"] });
    await widget().locator("input[value=payto]").check();
    await quoteShown();
    let failOnce = true;
    await t.context.route(`${apiOrigin()}/api/v1/payments/payto`, async (route) => {
      if (route.request().method() === "POST" && failOnce) {
        failOnce = false;
        api.recorded.creates.push({ method: "payto", headers: route.request().headers(), body: route.request().postDataJSON() });
        return route.abort("connectionreset");
      }
      return route.fallback();
    });
    await payButton().click();
    await expect.poll(() => widget().locator("[role=alert]").textContent()).toMatch(/Could not reach the payment service/);
    await payButton().click();
    await expect.poll(() => focused(t.page), { timeout: 20_000 }).toBe("h2 Payment complete");
    const keys = api.recorded.creates.map((c) => c.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it("a refused payment keeps its reason on screen and is retried at a fresh price with a new key", async () => {
    allowedConsoleErrors = [/status of 403/];
    const detail = "This publishable key may not be used from http://localhost:9999; add the origin to the key's allow-list";
    const api = await start({ createProblem: { status: 403, code: "FORBIDDEN", title: "Forbidden", detail }, statuses: ["succeeded"] });
    await widget().locator("input[value=payto]").check();
    await quoteShown();
    const quotesBefore = api.recorded.quotes.length;
    await payButton().click();
    await expect.poll(() => widget().locator("[role=alert]").textContent()).toBe(detail);
    await expect.poll(() => api.recorded.quotes.length).toBe(quotesBefore + 1);
    await quoteShown();
    expect(await widget().locator("[role=alert]").textContent()).toBe(detail);
    await expect.poll(events).toContain(`error: ${detail}`);
    await payButton().click();
    await expect.poll(() => focused(t.page), { timeout: 20_000 }).toBe("h2 Payment complete");
    const [first, second] = api.recorded.creates;
    expect(first!.headers["idempotency-key"]).not.toBe(second!.headers["idempotency-key"]);
    expect(first!.body.quoteId).not.toBe(second!.body.quoteId);
  });

  it("MyPOS: to the hosted card checkout and back, using the keyboard", async () => {
    const api = await start();
    await quoteShown();
    await t.page.keyboard.press("Tab"); // Card is the first, checked method
    expect(await focused(t.page)).toMatch(/^input\[radio\] Card/);
    await t.page.keyboard.press("Tab"); // no coin choice for cards: straight to Pay
    expect(await focused(t.page)).toBe("button Pay 25.00 EUR");
    const shopUrl = t.page.url();
    await Promise.all([t.page.waitForURL(`${apiOrigin()}/pay/mypos/**`), t.page.keyboard.press("Enter")]);
    expect(api.recorded.creates[0]).toMatchObject({ method: "mypos", body: { returnUrl: shopUrl, asset: "EURX", referrer: demoOrigin() } });
    expect(await t.page.locator("h1").textContent()).toBe("myPOS sandbox checkout");

    await t.page.keyboard.press("Tab");
    await Promise.all([t.page.waitForURL(shopUrl), t.page.keyboard.press("Enter")]);
    // Back on the shop: the return is not proof of payment, so the widget says it is confirming.
    await expect.poll(() => widget().locator("h2").textContent()).toBe("Confirming your card payment");
    await expect.poll(events).toEqual(["status: pay_fixture1 processing"]);
    await screenshot(t.page, "mypos-return");
  });
});

describe("accessibility", () => {
  it("meets WCAG AA contrast for the widget's text and controls", async () => {
    await start();
    await quoteShown();
    const ratios = await widget().evaluate((host) => {
      const root = host.shadowRoot!;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const background = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg && !/rgba\(.*, 0\)$/.test(bg) && bg !== "transparent") return bg;
        }
        return "rgb(255, 255, 255)";
      };
      const out: Record<string, number> = {};
      for (const sel of ["h2", ".muted", ".total", "label.method", "legend", ".quote dt", ".quote dd", ".expiry", "button.primary", ".foot"]) {
        const el = root.querySelector(sel);
        if (!el) continue;
        const [a, b] = [lum(getComputedStyle(el).color), lum(background(el))];
        out[sel] = Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100;
      }
      return out;
    });
    expect(Object.keys(ratios).length).toBeGreaterThanOrEqual(9);
    for (const [selector, ratio] of Object.entries(ratios)) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
  });

  it("labels every control and keeps status messages in live regions", async () => {
    await start();
    await quoteShown();
    const report = await widget().evaluate((host) => {
      const root = host.shadowRoot!;
      const unlabeled = [...root.querySelectorAll("input, select, button")].filter((el) => {
        const input = el as HTMLInputElement;
        return !(input.labels?.length || el.getAttribute("aria-label") || el.textContent?.trim());
      }).length;
      return {
        unlabeled,
        status: root.querySelectorAll("[role=status][aria-live=polite]").length,
        alert: root.querySelectorAll("[role=alert]").length,
        legend: root.querySelector("fieldset legend")?.textContent,
      };
    });
    expect(report).toEqual({ unlabeled: 0, status: 1, alert: 1, legend: "Pay with" });
  });
});

describe("custom element", () => {
  it("<coreport-checkout> renders the same checkout and reports through DOM events", async () => {
    await start({}, "/demo/element");
    await quoteShown();
    await expect.poll(events).toEqual(expect.arrayContaining(["ready", "quote: quo_fixture0001"]));
  });
});
