/**
 * The API returns the payment QR code as an SVG document. It is rebuilt here element by element
 * from an allow-list (svg, g, path, rect; geometry and fill attributes only), so nothing in it can
 * run script, load a URL or carry inline styles, and it needs no `img-src data:` in the merchant's CSP.
 */
const SVG_NS = "http://www.w3.org/2000/svg";
const ELEMENTS = new Set(["svg", "g", "path", "rect"]);
const ATTRIBUTES = new Set(["viewBox", "width", "height", "x", "y", "d", "fill", "shape-rendering", "fill-rule", "transform"]);
/** Values: numbers, path data, colours and simple transforms; nothing that can name a URL. */
const SAFE_VALUE = /^[\w\s.,#%()+-]*$/;
const MAX_NODES = 5000;

export function sanitizeSvg(svgText: string): SVGSVGElement | null {
  if (typeof svgText !== "string" || svgText.length > 200_000) return null;
  const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const source = parsed.documentElement;
  if (!source || source.localName !== "svg" || source.namespaceURI !== SVG_NS) return null;
  let budget = MAX_NODES;
  const copy = (node: Element): Element | null => {
    if (--budget < 0 || !ELEMENTS.has(node.localName) || node.namespaceURI !== SVG_NS) return null;
    const el = document.createElementNS(SVG_NS, node.localName);
    for (const attr of Array.from(node.attributes)) {
      if (ATTRIBUTES.has(attr.name) && SAFE_VALUE.test(attr.value) && !/url\s*\(/i.test(attr.value)) el.setAttribute(attr.name, attr.value);
    }
    for (const child of Array.from(node.children)) {
      const c = copy(child);
      if (c) el.appendChild(c);
    }
    return el;
  };
  const svg = copy(source) as SVGSVGElement | null;
  if (!svg || budget < 0) return null;
  svg.setAttribute("role", "img");
  svg.setAttribute("focusable", "false");
  return svg;
}
