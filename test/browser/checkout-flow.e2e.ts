// The checkout flows in Chromium: the demo merchant page, the real widget build and the real local
// worker (info, quotes, payments, the myPOS sandbox checkout). Provider callbacks are signed as the
// simulator signs them. Only failures are injected (a lost connection, a refusal, a hostile QR code),
// by Playwright routing on top of the real answers.
import Big from "big.js";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { QUOTE_TTL_SECONDS } from "./global-setup";
import { apiOrigin, demoOrigin, focused, focusIsVisible, openPage, screenshot, useBrowser, type TestPage } from "./harness";
import { createdPaymentId, readPayment, recordApiCalls, simulate, type ApiCall } from "./live-api";

const browser = useBrowser();
let t: TestPage;
let calls: ApiCall[];
/** Console errors a test expects (Chromium logs every failed fetch as one). */
let allowedConsoleErrors: RegExp[] = [];

/** A hostile QR code, as if the API were compromised: the widget must rebuild it from an allow-list. */
const HOSTILE_QR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29" shape-rendering="crispEdges" onload="window.alerted=true">' +
  '<script>window.alerted=true</script><rect width="29" height="29" fill="#fff"/>' +
  '<path fill="#000" d="M0 0h7v7H0zM22 0h7v7h-7zM0 22h7v7H0zM9 9h3v3H9zM14 12h2v5h-2zM18 18h4v2h-4z"/>' +
  '<a href="javascript:window.alerted=true"><rect x="10" y="20" width="2" height="2"/></a><image href="https://tracker.example/x.png"/></svg>';

async function start(path = "/demo"): Promise<void> {
  await t.page.goto(`${demoOrigin()}${path}`);
}

const widget = () => t.page.locator("coreport-checkout");
const events = (page: Page = t.page) => page.locator("#events li").allTextContents();
const payButton = () => widget().locator("button.primary");
const quotes = () => calls.filter((c) => c.path === "/api/v1/info/quote");
const creates = (method: string) => calls.filter((c) => c.method === "POST" && c.path === `/api/v1/payments/${method}`);

async function quoteShown(): Promise<void> {
  await expect.poll(() => payButton().isEnabled(), { timeout: 15_000 }).toBe(true);
}

async function choose(method: "mypos" | "payto" | "corepay"): Promise<void> {
  await quoteShown();
  const before = quotes().length;
  await widget().locator(`input[value=${method}]`).check();
  if (method !== "mypos") await expect.poll(() => quotes().length).toBeGreaterThan(before);
  await quoteShown();
}

beforeEach(async () => {
  t = await openPage(browser());
  calls = recordApiCalls(t.page);
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
    await start();
    await quoteShown();
    const methods = widget().locator("input[type=radio]");
    expect(await methods.count()).toBe(3); // bank transfer takes no payments
    const labels = await widget().locator("label.method").allInnerTexts();
    expect(labels.map((l) => l.split("\n")[0])).toEqual(["Card (myPOS)", "PayTo deposit", "CorePay"]);
    expect(await methods.first().isChecked()).toBe(true);

    // The card quote: the settlement coin's card schedule, charged in EUR.
    const quote = widget().locator(".quote");
    const rows = await quote.locator("dt").allTextContents();
    expect(rows[0]).toBe("You pay");
    expect(rows).toContain("Total fees");
    expect(rows).toContain("Merchant receives");
    const values = await quote.locator("dd").allTextContents();
    expect(values[0]).toBe("25.00 EUR");
    // Amounts at EURX's display precision (2, like EUR): each fee line rounded up, what the merchant
    // receives rounded down, from the API's exact amounts (the same quote asked again: same fees).
    const exact = (await (await fetch(`${apiOrigin()}/api/v1/info/quote?${quotes()[0]!.query}`)).json()) as {
      fees: Array<{ type: string; amount: string; asset: string }>;
      totalFee: string;
      receive: { amount: string };
    };
    const shown = (label: string) => values[rows.indexOf(label)]!;
    const feeLines = exact.fees.filter((f) => !/^0(\.0*)?$/.test(f.amount));
    expect(feeLines.length).toBeGreaterThan(0);
    for (const fee of feeLines) {
      const line = values[rows.indexOf(fee.type === "percentage" ? "Service fee" : fee.type === "fixed" ? "Fixed fee" : fee.type === "network" ? "Network fee" : "Minimum fee top-up")]!;
      expect(line).toMatch(/^\d+\.\d{2} EURX$/);
      const value = new Big(line.split(" ")[0]!);
      expect(value.gte(fee.amount) && value.minus(fee.amount).lt("0.01"), `${fee.type} ${fee.amount} shown as ${line}`).toBe(true);
    }
    // The example: a 2.5 % card fee on 25.00 EUR is 0.625000 EURX in the API, 0.63 EURX on screen.
    if (exact.fees.some((f) => f.type === "percentage" && f.amount === "0.625000")) expect(shown("Service fee")).toBe("0.63 EURX");
    expect(shown("Total fees")).toMatch(/^\d+\.\d{2} EURX$/);
    expect(new Big(shown("Total fees").split(" ")[0]!).gte(exact.totalFee)).toBe(true);
    expect(shown("Merchant receives")).toMatch(/^2[0-4]\.\d{2} EURX$/);
    expect(new Big(shown("Merchant receives").split(" ")[0]!).lte(exact.receive.amount)).toBe(true);
    expect(await quote.locator(".expiry").textContent()).toMatch(/^Price held for 0:(30|[0-2]\d)$/);
    expect(await payButton().textContent()).toBe("Pay 25.00 EUR");

    // The quote request: the merchant's amount, the card schedule; no referrer from an http page.
    expect(Object.fromEntries(quotes()[0]!.query)).toEqual({ asset: "EURX", amount: "25.00", action: "enter", side: "send", currency: "EUR", paymentType: "mypos" });
    await expect.poll(events).toEqual(expect.arrayContaining(["ready", expect.stringMatching(/^quote: quo_/)]));
    await screenshot(t.page, "form");
  });

  it(`re-quotes when the quote lapses (QUOTE_TTL_SECONDS=${QUOTE_TTL_SECONDS}) and announces the new price`, async () => {
    await start();
    await quoteShown();
    const first = (await events()).find((e) => e.startsWith("quote: "))!;
    await expect.poll(() => quotes().length, { timeout: (QUOTE_TTL_SECONDS + 10) * 1000, interval: 1000 }).toBe(2);
    await expect.poll(() => widget().locator("[role=status]").textContent()).toBe("Price updated. You pay 25.00 EUR.");
    const quoteEvents = (await events()).filter((e) => e.startsWith("quote: "));
    expect(quoteEvents).toHaveLength(2);
    expect(quoteEvents[1]).not.toBe(first);
    await quoteShown();
    expect(await widget().locator(".expiry").textContent()).toMatch(/^Price held for 0:(30|[0-2]\d)$/);
    await screenshot(t.page, "requoted");
  }, (QUOTE_TTL_SECONDS + 30) * 1000);

  it("shows the API's problem detail as a readable message (an amount below the asset's minimum)", async () => {
    allowedConsoleErrors = [/status of 422/];
    await start();
    await t.page.waitForFunction(() => !!window.CorePort);
    // The merchant's page mounts a second checkout for an amount the API refuses.
    await t.page.evaluate((key) => {
      const host = document.body.appendChild(document.createElement("div"));
      host.id = "small";
      window.CorePort!.mount(host, { publishableKey: key, amount: "0.01", currency: "EUR", reference: "ORDER-SMALL" });
    }, inject("merchant").publishableKey);
    const small = t.page.locator("#small coreport-checkout");
    const alert = small.locator("[role=alert]");
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/minimum|at least|below/i);
    const message = (await alert.textContent())!;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/HTTP|undefined|\{|Error:/);
    expect(await small.locator("button.primary").isDisabled()).toBe(true);
    expect(await small.getByRole("button", { name: "Retry" }).count()).toBe(1);
    await small.scrollIntoViewIfNeeded();
    await screenshot(t.page, "api-error");
  });
});

describe("paying", () => {
  it("PayTo with the keyboard alone: choose, pay, copy, and a simulated deposit to success", async () => {
    await start();
    await quoteShown();
    // Nothing on the shop page before the widget takes focus: the first Tab lands on the first method.
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toMatch(/^input\[radio\] Card \(myPOS\)/);
    expect(await focusIsVisible(t.page)).toBe(true);
    const quotesBefore = quotes().length;
    await t.page.keyboard.press("ArrowDown");
    expect(await focused(t.page)).toMatch(/^input\[radio\] PayTo deposit/);
    await expect.poll(() => quotes().length).toBeGreaterThan(quotesBefore);
    await quoteShown();
    expect(Object.fromEntries(quotes().at(-1)!.query)).toMatchObject({ asset: "EURX", currency: "EURX", paymentType: "payto" });
    expect(await widget().locator(".quote dd").first().textContent()).toBe("25.00 EURX");
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("button Pay 25.00 EURX");
    expect(await focusIsVisible(t.page)).toBe(true);
    await t.page.keyboard.press("Enter");

    // The deposit step takes focus at its heading.
    await expect.poll(() => focused(t.page), { timeout: 15_000 }).toBe("h2 Send 25.00 EURX");
    const [created] = creates("payto");
    expect(created!.headers["idempotency-key"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created!.headers.authorization).toBe(`Bearer ${inject("merchant").publishableKey}`);
    const lastQuote = (await events()).filter((e) => e.startsWith("quote: ")).at(-1)!.slice("quote: ".length);
    expect(created!.body).toEqual({ asset: "EURX", quoteId: lastQuote, merchantReference: expect.stringMatching(/^DEMO-/), expiresInSeconds: 3600 });

    const id = await createdPaymentId(t.page);
    const payment = await readPayment("payto", id);
    expect(payment).toMatchObject({ status: "requires_payment", quoteId: lastQuote, asset: "EURX" });
    const address = payment.payto.depositAddress;
    // The amount to send at display precision, never rounded: the same value as the API's amountExpected.
    expect(payment.amountExpected).toBe("25.000000");
    expect(await widget().locator("code").allTextContents()).toEqual(["25.00", address]);
    const qr = await widget().locator(".qr svg").evaluate((svg) => ({ paths: svg.querySelectorAll("path, rect").length > 0, label: svg.getAttribute("aria-label") }));
    expect(qr).toEqual({ paths: true, label: "QR code to pay 25.00 EURX" });
    await screenshot(t.page, "payto-deposit");

    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("button Copy amount");
    await t.page.keyboard.press("Enter");
    await expect.poll(() => t.page.evaluate(() => navigator.clipboard.readText())).toBe("25.00");
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("button Copy address");
    expect(await focusIsVisible(t.page)).toBe(true);
    await t.page.keyboard.press(" ");
    await expect.poll(() => t.page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await expect.poll(() => widget().locator("[role=status]").textContent()).toBe("Address copied");
    await t.page.keyboard.press("Tab");
    expect(await focused(t.page)).toBe("a Open in your wallet");
    expect(await widget().locator("a").getAttribute("href")).toBe(payment.payto.paymentUri);

    // The customer's wallet pays: the provider reports the deposit, pending then confirmed.
    await simulate(id, "pay");
    // The widget polls with backoff (2 s growing to 15 s): allow for the longest wait.
    await expect.poll(() => focused(t.page), { timeout: 45_000 }).toBe("h2 Payment complete");
    const reads = calls.filter((c) => c.method === "GET" && c.path === `/api/v1/payments/payto/${id}`);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.every((r) => r.headers["x-client-secret"]?.startsWith(`${id}_secret_`))).toBe(true);
    expect(await events()).toEqual(expect.arrayContaining([`payment_created: ${id} requires_payment`, `status: ${id} succeeded`, `completed: ${id} succeeded`]));
    expect((await readPayment("payto", id)).status).toBe("succeeded");
    await screenshot(t.page, "payto-success");
  }, 150_000);

  it("CorePay: the merchant's address, a simulated on-chain payment with confirmations, success", async () => {
    await start();
    await choose("corepay");
    await payButton().click();
    await expect.poll(() => widget().locator("h2").textContent(), { timeout: 15_000 }).toBe("Send 25.00 EURX");
    const id = await createdPaymentId(t.page);
    expect(creates("corepay")[0]!.body).toMatchObject({ asset: "EURX", amount: expect.stringMatching(/^25\.0+$/), expiresInSeconds: 3600 });
    const payment = await readPayment("corepay", id);
    expect(payment.amountExpected).toBe("25.000000");
    expect(await widget().locator("code").allTextContents()).toEqual(["25.00", payment.corepay.address]);
    await simulate(id, "pay");
    await expect.poll(() => widget().locator("h2").textContent(), { timeout: 45_000 }).toBe("Payment complete");
    await expect.poll(events).toContain(`completed: ${id} succeeded`);
    await screenshot(t.page, "corepay-success");
  }, 120_000);

  it("MyPOS: to the sandbox card checkout with the test card and back; success once myPOS has notified", async () => {
    await start();
    await quoteShown();
    const shopUrl = t.page.url();
    await Promise.all([t.page.waitForURL(`${apiOrigin()}/sandbox/mypos/checkout/**`), payButton().click()]);
    expect(creates("mypos")[0]!.body).toEqual({
      amount: "25.00",
      currency: "EUR",
      returnUrl: shopUrl,
      cancelUrl: `${shopUrl}&coreport_result=cancel`,
      merchantReference: expect.stringMatching(/^DEMO-/),
      expiresInSeconds: 1800,
    });
    await t.page.fill("#holder", "Ada Lovelace");
    await t.page.fill("#number", "4111 1111 1111 1111");
    await t.page.fill("#expiry", "12/30");
    await t.page.fill("#cvc", "123");
    await Promise.all([t.page.waitForURL((url) => url.href.startsWith(shopUrl), { timeout: 20_000 }), t.page.getByRole("button", { name: /^Pay 25\.00 EUR/ }).click()]);
    // Back on the shop: the widget follows the payment with its client secret until the notify made it final.
    await expect.poll(() => widget().locator("h2").textContent(), { timeout: 20_000 }).toBe("Payment complete");
    const id = await t.page.locator("#events li[data-type=completed]").first().textContent().then((l) => /pay_[0-9a-z]+/.exec(l ?? "")![0]);
    expect(await events()).toContain(`completed: ${id} succeeded`);
    expect((await readPayment("mypos", id)).status).toBe("succeeded");
    const reads = calls.filter((c) => c.path === `/api/v1/payments/mypos/${id}`);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.every((r) => r.headers["x-client-secret"]?.startsWith(`${id}_secret_`))).toBe(true);
    await screenshot(t.page, "mypos-success");
  });

  it("MyPOS: cancelling on the card checkout comes back to a cancelled view with another way to pay", async () => {
    await start();
    await quoteShown();
    const shopUrl = t.page.url();
    await Promise.all([t.page.waitForURL(`${apiOrigin()}/sandbox/mypos/checkout/**`), payButton().click()]);
    await Promise.all([t.page.waitForURL((url) => url.href.startsWith(shopUrl), { timeout: 20_000 }), t.page.getByRole("button", { name: "Cancel and return to the shop" }).click()]);
    await expect.poll(() => widget().locator("h2").textContent()).toBe("Card payment cancelled");
    await widget().getByRole("button", { name: "Choose another way to pay" }).click();
    await quoteShown();
  });

  it("rebuilds the QR code from an allow-list: scripts, links, external images and handlers never reach the page", async () => {
    allowedConsoleErrors = [/^Executing inline event handler violates the following Content Security Policy/];
    await start();
    await choose("payto");
    // The real answer, with its QR code replaced by a hostile one.
    await t.context.route(`${apiOrigin()}/api/v1/payments/payto`, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      const real = await route.fetch();
      const body = (await real.json()) as { payto: { qrSvg: string } };
      body.payto.qrSvg = HOSTILE_QR_SVG;
      return route.fulfill({ response: real, body: JSON.stringify(body) });
    });
    await payButton().click();
    await expect.poll(() => widget().locator(".qr svg").count(), { timeout: 15_000 }).toBe(1);
    const qr = await widget().locator(".qr svg").evaluate((svg) => ({
      paths: svg.querySelectorAll("path").length,
      banned: svg.querySelectorAll("script, a, image, foreignObject").length,
      handlers: [...svg.querySelectorAll("*"), svg].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    }));
    expect(qr).toEqual({ paths: 1, banned: 0, handlers: 0 });
    expect(await t.page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
    // Parsing the hostile SVG makes Chromium report (and block) its inline handler under the page's CSP.
    expect(t.observed.cspViolations.every((v) => v.startsWith("script-src-attr blocked inline"))).toBe(true);
    t.observed.cspViolations = [];
  });

  it("reuses the idempotency key when the same attempt is retried after a network failure: one payment", async () => {
    allowedConsoleErrors = [/ERR_FAILED|ERR_CONNECTION_RESET|Failed to load resource/];
    await start();
    await choose("payto");
    let failOnce = true;
    await t.context.route(`${apiOrigin()}/api/v1/payments/payto`, async (route) => {
      if (route.request().method() === "POST" && failOnce) {
        failOnce = false;
        // The request reached the server and created the payment; only the answer was lost.
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.fallback();
    });
    await payButton().click();
    await expect.poll(() => widget().locator("[role=alert]").textContent()).toMatch(/Could not reach the payment service/);
    await payButton().click();
    await expect.poll(() => widget().locator("h2").textContent(), { timeout: 15_000 }).toMatch(/^Send /);
    const keys = creates("payto").map((c) => c.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    // The retry got the payment the lost answer was about (the idempotency layer replayed it).
    const id = await createdPaymentId(t.page);
    expect((await readPayment("payto", id)).status).toBe("requires_payment");
  });

  it("a refused payment keeps its reason on screen and is retried at a fresh price with a new key", async () => {
    allowedConsoleErrors = [/status of 403/];
    const detail = "This publishable key may not be used from this page; add the origin to the key's allow-list";
    await start();
    await choose("payto");
    let refuseOnce = true;
    await t.context.route(`${apiOrigin()}/api/v1/payments/payto`, async (route) => {
      if (route.request().method() !== "POST" || !refuseOnce) return route.fallback();
      refuseOnce = false;
      return route.fulfill({
        status: 403,
        headers: { "content-type": "application/problem+json", "access-control-allow-origin": demoOrigin() },
        body: JSON.stringify({ type: "https://coreport.net/problems/forbidden", title: "Forbidden", status: 403, detail, instance: "/api/v1/payments/payto", code: "FORBIDDEN", requestId: "req_test" }),
      });
    });
    const quotesBefore = quotes().length;
    await payButton().click();
    await expect.poll(() => widget().locator("[role=alert]").textContent()).toBe(detail);
    await expect.poll(() => quotes().length).toBe(quotesBefore + 1);
    await quoteShown();
    expect(await widget().locator("[role=alert]").textContent()).toBe(detail);
    await expect.poll(events).toContain(`error: ${detail}`);
    await payButton().click();
    await expect.poll(() => widget().locator("h2").textContent(), { timeout: 15_000 }).toMatch(/^Send /);
    const [first, second] = creates("payto");
    expect(first!.headers["idempotency-key"]).not.toBe(second!.headers["idempotency-key"]);
    expect(first!.body!.quoteId).not.toBe(second!.body!.quoteId);
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
    await start("/demo/element");
    await quoteShown();
    await expect.poll(events).toEqual(expect.arrayContaining(["ready", expect.stringMatching(/^quote: quo_/)]));
  });
});
