/**
 * A tiny element builder. Text is always set as text (never parsed as HTML), attributes are set one
 * by one, and no inline `style` attribute is ever written, so the widget runs under a strict CSP.
 */
type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** A unique id within the widget (labels and aria references). */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `cp-${prefix}-${counter}`;
}
