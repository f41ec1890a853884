import { parse, type TNode } from "txml";

/**
 * The one XML reader, for the documents CorePort receives (the ECB's eurofxref files, provider XML):
 * txml's parser (≈ 3 KB gzipped; fast-xml-parser would cost ≈ 24 KB and break the Worker's bundle
 * budget) with the checks it leaves out: exactly one root element, closed at the end of the text
 * (a truncated document is refused, not read in part), no text outside it. Comments and CDATA are
 * understood, entities decoded, namespace prefixes dropped (`gesmes:Envelope` → `Envelope`), every
 * value kept as the exact text of the document (no number parsing: `1.0565` is never a float).
 */
export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text children joined, trimmed). */
  text: string;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

function toElement(node: TNode): XmlElement {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(node.attributes)) attributes[localName(k)] = v ?? "";
  const children: XmlElement[] = [];
  let text = "";
  for (const child of node.children) {
    if (typeof child === "string") text += child;
    else children.push(toElement(child));
  }
  return { name: localName(node.tagName), attributes, children, text: text.trim() };
}

/** Parse a document into its root element; anything that is not one well-closed element → XmlError. */
export function readXml(text: string): XmlElement {
  let nodes: (TNode | string)[];
  try {
    // No HTML void elements: in XML every element is closed explicitly or by `/>`.
    nodes = parse(text, { selfClosingTags: [], decodeEntities: true, skipXmlDeclaration: true });
  } catch (error) {
    throw new XmlError(`malformed XML: ${error instanceof Error ? error.message.split("\n")[0] : "unreadable"}`);
  }
  if (nodes.some((n) => typeof n === "string" && n.trim() !== "")) throw new XmlError("text outside the root element");
  const roots = nodes.filter((n): n is TNode => typeof n !== "string" && !n.tagName.startsWith("!"));
  if (roots.length !== 1) throw new XmlError(roots.length ? "more than one root element" : "no root element");
  const root = roots[0]!;
  if (!root.selfClosed && !text.trimEnd().endsWith(`</${root.tagName}>`)) throw new XmlError(`<${root.tagName}> is not closed (truncated document?)`);
  return toElement(root);
}

/** The child elements called `name`. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
