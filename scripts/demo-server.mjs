#!/usr/bin/env node
// The demo merchant page (`npm run dev` starts it on http://localhost:8788/demo): a plain static
// "shop" on its own origin that embeds the widget from the CorePort API exactly as a merchant would
// (script tag pinned with SRI, then CorePort.mount), under a strict Content-Security-Policy.
//
//   node scripts/demo-server.mjs [--port 8788] [--api http://localhost:8787]
//   env: DEMO_PUBLISHABLE_KEY (else from .dev.vars, else the sandbox merchant of `npm run dev`), DEMO_AMOUNT, DEMO_CURRENCY
//
// Local development only: it is not part of the worker and is never deployed.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function arg(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** KEY=value lines of .dev.vars (the local secrets file `npm run dev` creates). */
function devVar(name) {
  const file = path.join(root, ".dev.vars");
  if (!existsSync(file)) return undefined;
  const line = readFileSync(file, "utf8").split(/\r?\n/).find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1).trim().replace(/^"(.*)"$/, "$1") || undefined;
}

/** The test publishable key `npm run dev` created for the local sandbox merchant (scripts/sandbox-merchant.ts). */
function sandboxPublishableKey() {
  const file = ".wrangler/sandbox-merchant.json";
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")).publishable?.key;
  } catch {
    return undefined;
  }
}

const ORDER = /^DEMO-[A-Z0-9]{1,20}$/;
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** @param {{ port?: number; host?: string; api?: string; publishableKey?: string; amount?: string; currency?: string }} [options] */
export function startDemoServer({ port = 8788, host = "127.0.0.1", api = "http://localhost:8787", publishableKey, amount = "25.00", currency = "EUR" } = {}) {
  const apiOrigin = new URL(api).origin;
  const key = publishableKey ?? process.env.DEMO_PUBLISHABLE_KEY ?? devVar("DEMO_PUBLISHABLE_KEY") ?? sandboxPublishableKey();
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${apiOrigin}`,
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  const files = {
    "/demo/demo.js": ["demo/demo.js", "text/javascript; charset=utf-8"],
    "/demo/demo.css": ["demo/demo.css", "text/css; charset=utf-8"],
    "/favicon.ico": ["demo/favicon.svg", "image/svg+xml"],
  };

  async function page(variant, reference) {
    // The merchant takes the current build's immutable URL and integrity from the manifest.
    const manifest = await (await fetch(`${apiOrigin}/widget/v1/manifest.json`, { signal: AbortSignal.timeout(5000) })).json();
    const keyAttr = escapeHtml(key ?? "pk_test_00000000000000000000000000000000");
    const embed =
      variant === "element"
        ? `<coreport-checkout publishable-key="${keyAttr}" amount="${escapeHtml(amount)}" currency="${escapeHtml(currency)}" reference="${reference}"></coreport-checkout>`
        : `<div id="pay" data-publishable-key="${keyAttr}" data-amount="${escapeHtml(amount)}" data-currency="${escapeHtml(currency)}" data-reference="${reference}"><p>Loading the payment form…</p></div>`;
    const notice = key
      ? ""
      : '<p class="warning">No sandbox publishable key configured (set DEMO_PUBLISHABLE_KEY in .dev.vars): the form loads, but creating a payment will be refused.</p>';
    const html = readFileSync(path.join(root, "demo/index.html"), "utf8");
    const values = {
      WIDGET_URL: escapeHtml(apiOrigin + manifest.files.immutable),
      WIDGET_INTEGRITY: escapeHtml(manifest.integrity),
      REFERENCE: reference,
      AMOUNT: escapeHtml(amount),
      CURRENCY: escapeHtml(currency),
      KEY_NOTICE: notice,
      EMBED: embed,
    };
    return html.replace(/\{\{(\w+)\}\}/g, (_, name) => values[name] ?? "");
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    const common = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "Cache-Control": "no-store" };
    try {
      // The card checkout sends the customer back by POST (as myPOS does to URL_OK / URL_Cancel).
      const returning = req.method === "POST" && (url.pathname === "/demo" || url.pathname === "/demo/element") && ORDER.test(url.searchParams.get("order") ?? "");
      if (returning) req.resume(); // the posted fields are myPOS's; the widget asks CorePort instead
      if (req.method !== "GET" && req.method !== "HEAD" && !returning) {
        res.writeHead(405, { ...common, Allow: "GET, HEAD, POST", "Content-Type": "text/plain" }).end("Method not allowed\n");
      } else if (url.pathname === "/" || url.pathname === "/demo/") {
        res.writeHead(302, { ...common, Location: "/demo" }).end();
      } else if ((url.pathname === "/demo" || url.pathname === "/demo/element") && !ORDER.test(url.searchParams.get("order") ?? "")) {
        // Like a shop's order page, the URL names the order, so the customer comes back to the
        // same order after the card checkout.
        url.searchParams.set("order", `DEMO-${Date.now().toString(36).toUpperCase()}`);
        res.writeHead(302, { ...common, Location: url.pathname + url.search }).end();
      } else if (url.pathname === "/demo" || url.pathname === "/demo/element") {
        const body = await page(url.pathname === "/demo/element" ? "element" : "mount", url.searchParams.get("order"));
        res.writeHead(200, { ...common, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp }).end(body);
      } else if (files[url.pathname]) {
        const [file, type] = files[url.pathname];
        res.writeHead(200, { ...common, "Content-Type": type }).end(readFileSync(path.join(root, file)));
      } else {
        res.writeHead(404, { ...common, "Content-Type": "text/plain" }).end("Not found\n");
      }
    } catch (error) {
      res.writeHead(502, { ...common, "Content-Type": "text/plain" }).end(`The CorePort API at ${apiOrigin} is not answering (${error.message}); start it with npm run dev.\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const origin = `http://localhost:${port}`;
      resolve({ origin, url: `${origin}/demo`, csp, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const demo = await startDemoServer({ port: Number(arg("port", "8788")), api: arg("api", "http://localhost:8787"), amount: process.env.DEMO_AMOUNT, currency: process.env.DEMO_CURRENCY });
  console.log(`Demo merchant page: ${demo.url} (API ${arg("api", "http://localhost:8787")})`);
}
