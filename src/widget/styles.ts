/**
 * The widget's styles, scoped by its shadow root. Applied as a constructable stylesheet
 * (`adoptedStyleSheets`), which a page's CSP does not govern, so merchants need no `style-src`
 * exception. Colours meet WCAG AA (4.5:1 for text, 3:1 for focus rings and borders) on white;
 * merchants can theme through the `--coreport-*` custom properties on the element.
 */
export const CSS = `
:host{display:block;max-width:440px;color:var(--coreport-text,#1f2937);font:15px/1.45 var(--coreport-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif)}
:host([hidden]){display:none}
*{box-sizing:border-box}
.card{background:var(--coreport-bg,#fff);border:1px solid #6b7280;border-radius:var(--coreport-radius,10px);padding:20px}
h2,h3{margin:0 0 4px;font-size:1.15em;line-height:1.3}
h3{font-size:1em}
h2:focus,h3:focus{outline:none}
h2:focus-visible,h3:focus-visible{outline:3px solid var(--coreport-focus,#1d4ed8);outline-offset:2px}
p{margin:6px 0}
.muted{color:#4b5563}
.total{font-size:1.6em;font-weight:700;margin:2px 0 12px}
fieldset{border:0;margin:0 0 14px;padding:0}
legend,label.field{display:block;font-weight:600;margin-bottom:6px}
.methods{display:grid;gap:8px}
.method{display:flex;gap:10px;align-items:flex-start;border:1px solid #6b7280;border-radius:8px;padding:10px 12px;cursor:pointer}
.method:has(input:checked){border:2px solid var(--coreport-accent,#1d4ed8);padding:9px 11px}
.method input{margin:3px 0 0;accent-color:var(--coreport-accent,#1d4ed8)}
.method small{display:block;color:#4b5563}
select{width:100%;font:inherit;padding:8px;border:1px solid #6b7280;border-radius:8px;background:#fff;color:inherit;margin-bottom:14px}
input:focus-visible,select:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--coreport-focus,#1d4ed8);outline-offset:2px}
.quote{background:#f3f4f6;border-radius:8px;padding:12px;margin-bottom:14px}
.quote dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:6px 0 0}
.quote dt{color:#374151}
.quote dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.quote .em{font-weight:700;color:#111827}
.quote .sep{border-top:1px solid #9ca3af;padding-top:4px}
.expiry{font-size:.9em;color:#374151;margin-top:8px}
.expiry.soon{color:#92400e}
button{font:inherit;cursor:pointer;border-radius:8px;padding:10px 14px;border:1px solid #6b7280;background:#fff;color:#111827}
button.primary{width:100%;border:0;background:var(--coreport-accent,#1d4ed8);color:var(--coreport-accent-text,#fff);font-weight:600;padding:12px}
button[disabled]{cursor:not-allowed;opacity:.65}
button[aria-busy=true]{cursor:progress}
.copy{display:flex;gap:8px;align-items:center;margin:4px 0 10px}
.copy code{flex:1;min-width:0;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f3f4f6;border-radius:6px;padding:8px}
.qr{display:flex;justify-content:center;margin:8px 0}
.qr svg{width:180px;height:180px;background:#fff}
.status{display:flex;gap:8px;align-items:center;margin-top:10px;font-weight:600}
.alert{border-left:4px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:10px 12px;border-radius:6px;margin:0 0 12px}
.alert:empty{display:none}
.success h2{color:#065f46}
.failure h2{color:#991b1b}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
a{color:var(--coreport-accent,#1d4ed8)}
.foot{margin-top:12px;font-size:.8em;color:#4b5563;text-align:center}
@media (prefers-reduced-motion:no-preference){button.primary{transition:filter .15s}button.primary:hover:not([disabled]){filter:brightness(1.1)}}
`;

let shared: CSSStyleSheet | undefined;

/** Styles a shadow root: one shared constructable sheet, or a <style> in the root where unsupported. */
export function applyStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  // Older browsers (Safari < 16.4): a <style> in the shadow root; a strict CSP may block it there.
  const style = document.createElement("style");
  style.textContent = CSS;
  root.appendChild(style);
}
