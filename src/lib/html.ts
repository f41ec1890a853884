/**
 * Server-rendered HTML pages (payment redirects, sandbox checkout): markup from hono/html's tagged
 * template (every interpolated value escaped), a per-response CSP nonce, and a strict
 * Content-Security-Policy. Pages load nothing from elsewhere; the only inline script/style carries
 * the nonce; forms may only post where the page says.
 */
import { html as honoHtml, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { bytesToBase64 } from "./base64";

/** HTML made by `html`: safe to interpolate into more markup without being escaped again. */
export type Markup = HtmlEscapedString;
type Interpolation = string | number | Markup | readonly Markup[] | false | null | undefined;

/**
 * hono/html's tagged template, typed to what our pages interpolate: text and numbers are escaped
 * (`& < > " '`; every attribute is double-quoted), markup and lists of markup are kept, and
 * false/null/undefined write nothing. With no promise among the values the result is synchronous.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  const markup = honoHtml(strings, ...values);
  if (markup instanceof Promise) throw new TypeError("page markup must not wait for anything");
  return markup;
}

/** Markup items one per line. */
export function lines(items: readonly Markup[]): Markup {
  return raw(items.join("\n"));
}

/** 128 random bits, base64: a fresh CSP nonce per response. */
export function newNonce(): string {
  return bytesToBase64(crypto.getRandomValues(new Uint8Array(16)));
}

/** Origins (scheme://host[:port]) a page's forms may submit to, from absolute URLs. */
export function formOrigins(...urls: string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).origin))];
}

/**
 * `default-src 'none'`: nothing loads unless listed. Scripts and styles only with the nonce;
 * `form-action` limits where forms (and their redirects) may go; framing is refused, so a checkout
 * page cannot be clickjacked.
 */
export function strictCsp(nonce: string, formActions: string[]): string {
  const actions = formActions.length ? formActions.join(" ") : "'none'";
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src data:",
    `form-action ${actions}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export interface HtmlPageOptions {
  status?: number;
  nonce: string;
  /** Absolute URLs (or 'self') the page's forms post to. */
  formActions: string[];
  headers?: Record<string, string>;
}

export function htmlResponse(page: Markup, options: HtmlPageOptions): Response {
  const headers = new Headers(options.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", strictCsp(options.nonce, options.formActions));
  headers.set("Cache-Control", "no-store");
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(page.toString(), { status: options.status ?? 200, headers });
}

/**
 * Shared look of CorePort's pages: small, system fonts, no external assets. `script` is our own
 * constant code (the caller marks it with `raw`), never anything a request brought.
 */
export function pageShell(options: { title: string; nonce: string; body: Markup; script?: Markup }): Markup {
  const script = options.script && html`<script nonce="${options.nonce}">${options.script}</script>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title}</title>
<style nonce="${options.nonce}">
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1c1e21}
main{max-width:28rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.3rem;margin:0 0 1rem}
.amount{font-size:1.6rem;font-weight:600;margin:.25rem 0 1rem}
label{display:block;margin:.75rem 0 .25rem;font-weight:500}
input[type=text],input[type=tel]{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #c4c7cc;border-radius:6px;font:inherit}
.row{display:flex;gap:.75rem}.row>div{flex:1}
button{margin-top:1.25rem;width:100%;padding:.75rem;border:0;border-radius:6px;background:#1a56db;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button.secondary{background:#e5e7eb;color:#1c1e21}
.error{background:#fde8e8;color:#9b1c1c;padding:.75rem;border-radius:6px;margin:1rem 0}
.note{color:#5f6368;font-size:.9rem}
.banner{background:#fff3c4;color:#5c4400;padding:.5rem .75rem;border-radius:6px;font-size:.85rem;margin-bottom:1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td{padding:.25rem .5rem;border-bottom:1px solid #eee}
code{font-size:.9em}
</style>
</head>
<body>
<main>
${options.body}
</main>
${script}
</body>
</html>`;
}

/** Hidden inputs for ordered fields (values escaped; the browser submits them in this order). */
export function hiddenInputs(fields: ReadonlyArray<readonly [string, string]>): Markup {
  return lines(fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`));
}

export interface AutoPostOptions {
  action: string;
  fields: ReadonlyArray<readonly [string, string]>;
  title: string;
  heading: string;
  message: string;
  button: string;
  status?: number;
  extraFormActions?: string[];
}

/**
 * A page that posts `fields` to `action` from the browser: submitted by the one nonce'd inline script
 * right away, or by the visible button when scripts are off. Never an iframe.
 */
export function autoPostResponse(options: AutoPostOptions): Response {
  const nonce = newNonce();
  const body = html`<h1>${options.heading}</h1>
<p>${options.message}</p>
<form id="autopost" method="post" action="${options.action}">
${hiddenInputs(options.fields)}
<button type="submit">${options.button}</button>
</form>`;
  const page = pageShell({ title: options.title, nonce, body, script: raw('document.getElementById("autopost").submit();') });
  return htmlResponse(page, {
    nonce,
    status: options.status,
    formActions: formOrigins(options.action, ...(options.extraFormActions ?? [])),
    // The origin (not the path) goes along: myPOS refuses purchases from sites other than the store's (Status 6).
    headers: { "Referrer-Policy": "strict-origin-when-cross-origin" },
  });
}
