/**
 * Server-rendered pages (src/lib/html.ts on hono/html): hostile values end up as text, never as
 * markup, in element content and in attribute values; the only script is the page's own nonce'd one;
 * the CSP stays strict whatever the values.
 */
import { describe, expect, it } from "vitest";
import { autoPostResponse, hiddenInputs, html, pageShell } from "../../src/lib/html";
import { renderMyposClosed } from "../../src/providers/mypos/redirect-page";
import { cspOf, formsOf } from "../helpers/html-form";

const HOSTILE = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `' onmouseover='alert(1)`,
  `</textarea></title><svg onload=alert(1)>`,
  `&lt;already escaped&gt; & <b>bold</b>`,
  `javascript:alert(1)//"`,
];

/**
 * What a browser's parser would make of the page: the tags and attribute names it contains (values are
 * double-quoted, so a quoted value is skipped whole). No tag or handler attribute may come from a value.
 */
function tagsOf(page: string): Array<{ name: string; attributes: string[] }> {
  return [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>=\/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/\s+([^\s"'>=\/]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

const PAGE_TAGS = new Set(["html", "head", "meta", "title", "style", "body", "main", "h1", "p", "a", "form", "input", "button", "script", "div", "table", "tr", "td", "code", "em", "label", "details", "summary", "strong"]);

function expectInert(page: string): void {
  for (const tag of tagsOf(page)) {
    expect(PAGE_TAGS.has(tag.name), `<${tag.name}>`).toBe(true);
    expect(tag.attributes.filter((a) => a.startsWith("on"))).toEqual([]);
  }
  // Every "<" left is the start of one of those tags (or the doctype); nothing half-parsed.
  expect(page.replace(/<!doctype html>/, "").match(/</g)?.length ?? 0).toBe(tagsOf(page).length + (page.match(/<\//g)?.length ?? 0));
}

describe("html pages", () => {
  it.each(HOSTILE)("escapes %s in text and in double-quoted attributes", (value) => {
    const markup = html`<p title="${value}">${value}</p>`.toString();
    expect(markup).toBe(`<p title="${escaped(value)}">${escaped(value)}</p>`);
    expectInert(markup);
  });

  it("keeps markup made by html as markup, escaping only the values inside it", () => {
    const inner = html`<em>${"<i>"}</em>`;
    expect(html`<p>${inner}${[inner, inner]}${false}${null}${undefined}${3}</p>`.toString()).toBe("<p><em>&lt;i&gt;</em><em>&lt;i&gt;</em><em>&lt;i&gt;</em>3</p>");
  });

  it("writes hidden inputs whose names and values come back exactly as given", () => {
    const fields = HOSTILE.map((v, i) => [`f${i}${v}`, v] as const);
    const page = html`<form method="post" action="https://x.example/">${hiddenInputs(fields)}</form>`.toString();
    expectInert(page);
    expect(formsOf(page)[0]!.fields).toEqual(fields.map(([n, v]) => [n, v]));
  });

  it("an auto-posting page with hostile values has exactly its own script, and the CSP is unchanged", async () => {
    for (const value of HOSTILE) {
      const res = autoPostResponse({
        action: `https://pay.example.com/checkout?next=${encodeURIComponent(value)}`,
        fields: [["Note", value], [value, "x"]],
        title: value,
        heading: value,
        message: value,
        button: value,
      });
      const page = await res.text();
      const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get("content-security-policy")!)![1]!;
      expect(page.match(/<script/g)).toEqual([`<script`]);
      expect(page).toContain(`<script nonce="${nonce}">document.getElementById("autopost").submit();</script>`);
      expectInert(page.replace(`<script nonce="${nonce}">`, ""));
      expect(page).toContain(`<title>${escaped(value)}</title>`);
      expect(cspOf(res)).toEqual({
        "default-src": "'none'",
        "script-src": `'nonce-${nonce}'`,
        "style-src": `'nonce-${nonce}'`,
        "img-src": "data:",
        "form-action": "https://pay.example.com",
        "base-uri": "'none'",
        "frame-ancestors": "'none'",
      });
      expect(formsOf(page)[0]).toEqual({ action: `https://pay.example.com/checkout?next=${encodeURIComponent(value)}`, method: "post", fields: [["Note", value], [value, "x"]] });
    }
  });

  it("the closed-payment page escapes the shop's URL in its link and allows no form at all", async () => {
    const back = `https://shop.example.com/back?a=1&b="><script>alert(1)</script>`;
    const res = renderMyposClosed("expired", { returnUrl: null, cancelUrl: back });
    expect(res.status).toBe(409);
    const page = await res.text();
    expectInert(page);
    expect(page).not.toContain("<script");
    expect(page).toContain(`<a href="${escaped(back)}">Back to the shop</a>`);
    expect(cspOf(res)["form-action"]).toBe("'none'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("an unknown status is shown as text, not markup", async () => {
    const page = await renderMyposClosed(`<img src=x onerror=alert(1)>`, { returnUrl: null, cancelUrl: null }).text();
    expectInert(page);
    expect(page).toContain("Its status is &lt;img src=x onerror=alert(1)&gt;.");
  });

  it("the page shell writes its title as text", () => {
    const page = pageShell({ title: `</title><script>alert(1)</script>`, nonce: "n0nce", body: html`<p>ok</p>` }).toString();
    expectInert(page);
    expect(page).toContain("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>");
  });
});

/** The five characters HTML needs escaped, independent of the implementation under test. */
function escaped(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
