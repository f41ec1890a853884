// Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, headless,
// with everything that would talk to the internet switched off. Each test gets a fresh context
// (its own profile storage) and a page whose console errors, uncaught errors and CSP violations
// are collected, so every test can assert there were none.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const apiOrigin = () => inject("apiOrigin");
export const demoOrigin = () => inject("demoOrigin");

/** Screenshots of each final screen (git-ignored; docs/widget.png is a copy of one). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "artifacts");

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium for the file's tests (playwright gives it a fresh, temporary --user-data-dir). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject("chromium"), headless: true, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("browser not started");
    return browser;
  };
}

export interface Observed {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  observed: Observed;
}

/** A fresh context + page that records console errors, uncaught exceptions and CSP violations. */
export async function openPage(browser: Browser): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: demoOrigin() });
  const page = await context.newPage();
  const observed: Observed = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on("console", (message) => {
    if (message.type() === "error") observed.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => observed.pageErrors.push(error.message));
  await page.exposeBinding("__reportCsp", (_source, text: string) => observed.cspViolations.push(text));
  // Runs before any page script; CDP-injected, so the page's own CSP does not block it.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp(text: string): void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return { context, page, observed };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The element that has focus, looking through shadow roots: "tag role name". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return "none";
    const label =
      el.getAttribute("aria-label") ??
      (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : null) ??
      el.textContent ??
      "";
    const kind = el instanceof HTMLInputElement ? `${el.tagName.toLowerCase()}[${el.type}]` : el.tagName.toLowerCase();
    return `${kind} ${label.replace(/\s+/g, " ").trim()}`.trim();
  });
}

/** Whether the focused element (through shadow roots) shows a visible focus indicator. */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
  });
}
