/**
 * GET /docs: the interactive API reference (Scalar), served entirely from this origin. The page is
 * rendered here; the UI's scripts are Workers static assets (wrangler.toml [assets], laid out from the
 * pinned @scalar/api-reference by scripts/build-docs-assets.mjs), so the reference renders offline and
 * its policy allows nothing from elsewhere:
 *
 * - scripts: 'self' only (the starter module and Scalar's lazily imported chunks; no inline script:
 *   the configuration travels as a JSON data block, which is not executed);
 * - styles: 'self' and inline. Scalar's Vue runtime writes style attributes and renders `<style>`
 *   elements (themes, toasts) that carry no nonce, so a nonce cannot cover them; inline CSS loads
 *   nothing by itself here, since images are 'self'/data: and fonts are refused;
 * - connect: 'self' — the OpenAPI document and every "try it" request go to this instance;
 * - images: 'self' and data: (icons; the favicon is an empty data: URL so the browser asks for no
 *   /favicon.ico); no fonts from anywhere: the UI uses the system fonts
 *   (`withDefaultFonts: false`), and every Scalar service (telemetry, AI agent, MCP, proxy, sharing
 *   registry, developer toolbar) is switched off.
 */
import type { Context } from "hono";
import { html, raw } from "hono/html";
import type { AppEnv } from "../../env";

/** Where scripts/build-docs-assets.mjs puts the starter module (static assets). */
export const REFERENCE_SCRIPT = "/docs/assets/reference.js";

/** Scalar's configuration (https://scalar.com: api-reference configuration), without any outside service. */
export function referenceConfig(openApiPath: string) {
  return {
    url: openApiPath,
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: "never",
    hideClientButton: false,
    documentDownloadType: "json",
    defaultOpenAllTags: false,
    operationTitleSource: "summary",
    theme: "default",
    _integration: null,
  };
}

export const REFERENCE_CSP = 
[
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
].join("; ");

/** JSON inside a `<script type="application/json">`: `<` escaped so no text can close the element. */
function jsonDataBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function referencePage(openApiPath: string) {
  return (c: Context<AppEnv>) => {
    c.header("Content-Security-Policy", REFERENCE_CSP);
    c.header("Cache-Control", "no-store");
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    return c.html(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>CorePort API reference</title>
</head>
<body>
<div id="app"></div>
<script id="api-reference-config" type="application/json">${raw(jsonDataBlock(referenceConfig(openApiPath)))}</script>
<script type="module" src="${REFERENCE_SCRIPT}"></script>
</body>
</html>`);
  };
}
