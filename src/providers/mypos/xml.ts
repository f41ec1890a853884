/**
 * myPOS answers API calls (e.g. IPCGetPaymentStatus with OutputFormat=xml) with a flat XML document:
 * one root element whose children are leaf elements holding text, `Signature` last. Its signature
 * covers the children's text in document order, so we need that order and the exact text. This reader
 * takes exactly that shape and nothing more: no DOCTYPE or entities beyond the five predefined ones
 * and numeric references (so no XXE / entity expansion), no nesting below the children.
 */
import type { IpcFields } from "./ipc";

export class IpcXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IpcXmlError";
  }
}

const NAME = "[A-Za-z_][A-Za-z0-9_.-]*";
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeText(raw: string): string {
  if (raw.includes("<")) throw new IpcXmlError("Nested elements are not expected in an IPC answer");
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);|&/g, (_match, ref: string | undefined) => {
    if (!ref) throw new IpcXmlError("Bare '&' in XML text");
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const value = PREDEFINED[ref];
    if (value === undefined) throw new IpcXmlError(`Unknown entity &${ref};`);
    return value;
  });
}

/** Parse `<Root><A>1</A><B/>…</Root>` into its root name and ordered child fields. */
export function parseFlatXml(xml: string): { root: string; fields: IpcFields } {
  let rest = xml.replace(/^\uFEFF/, "").trim();
  if (/<!DOCTYPE|<!ENTITY/i.test(rest)) throw new IpcXmlError("DOCTYPE and ENTITY declarations are refused");
  rest = rest.replace(/^<\?xml[^?]*\?>/, "").trim();
  const open = new RegExp(`^<(${NAME})(\\s[^<>]*)?>`).exec(rest);
  if (!open) throw new IpcXmlError("No root element");
  const root = open[1]!;
  const close = `</${root}>`;
  if (!rest.endsWith(close)) throw new IpcXmlError(`Root element <${root}> is not closed at the end`);
  let body = rest.slice(open[0].length, rest.length - close.length);
  const child = new RegExp(`^\\s*(?:<(${NAME})\\s*/>|<(${NAME})\\s*>(<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|[^<]*)</\\2\\s*>)`);
  const fields: Array<[string, string]> = [];
  for (;;) {
    body = body.replace(/^\s+/, "");
    if (!body) break;
    const m = child.exec(body);
    if (!m) throw new IpcXmlError("Unexpected content in the root element (only flat child elements are allowed)");
    if (m[1]) fields.push([m[1], ""]);
    else fields.push([m[2]!, m[4] !== undefined ? m[4] : decodeText(m[3]!)]);
    body = body.slice(m[0].length);
  }
  return { root, fields };
}

const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);

/** Serialise fields as the flat document `parseFlatXml` reads (used by the sandbox). */
export function toFlatXml(root: string, fields: IpcFields): string {
  const children = fields.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><${root}>${children}</${root}>`;
}
