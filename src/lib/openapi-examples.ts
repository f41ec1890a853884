/**
 * Examples are a contract: every operation carries complete, named request examples (a client can
 * send each one as written) and each names the answer it gets. This module turns the per-resource
 * example books (`src/routes/<resource>/<resource>.examples.ts`) into standard OpenAPI:
 *
 * - a case `name` puts `examples[name]` on the request body's media type and on every parameter it
 *   sets (path, query, header), each `{ summary, value }`;
 * - the response it gets holds `examples[name]` too (a problem body for errors), which is how a reader —
 *   and test/node/documented-examples.node.ts — knows the status and `code` a case answers;
 * - `x-provides` on that response example maps example values (ids such as `quo_…`, an ETag) to
 *   runtime expressions (`$response.body#/id`, `$response.header.ETag`): the value the answer gives
 *   replaces the example value wherever later cases use it (a quote before the payment it prices);
 *   `x-after` names cases that must run first (a deposit before the decision on it); `x-credentials`
 *   says which credentials a case presents when it is not the operation's usual ones.
 */
import { ERROR_CODES, problemType, type ErrorCode } from "./errors";

export type Credentials = "default" | "none" | "publishableKey" | "clientSecret" | "invalidKey";

export interface ExampleCase {
  summary: string;
  description?: string;
  /** The status this request gets (for an error, the `code`'s status unless given). */
  status?: number;
  /** For an error: the problem `code` it gets. */
  code?: ErrorCode;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** The body's media type when the operation takes several. */
  contentType?: string;
  credentials?: Credentials;
  /** Example value → runtime expression of this case's answer that replaces it in later cases. */
  provides?: Record<string, string>;
  /** Cases (`operationId#case`) whose effects this one needs (they run first). */
  after?: string[];
}

export interface OperationExamples {
  cases: Record<string, ExampleCase>;
  /**
   * Documented statuses no single example can cause, with the reason (e.g. a 409 only while the same
   * Idempotency-Key is in flight). Every other documented 4xx needs a case.
   */
  uncaused?: Partial<Record<number, string>>;
  /** Provider callbacks: what signs the request (the runner signs each case with the sandbox secret). */
  signature?: { scheme: "standard-webhooks"; secret: string } | { scheme: "mypos-rsa" };
}

export type ExampleBook = Record<string, OperationExamples>;

type Json = Record<string, unknown>;
interface DocParameter { name: string; in: string; examples?: Record<string, Json> }
interface DocOperation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: DocParameter[];
  requestBody?: { content?: Record<string, Json & { examples?: Record<string, Json> }> };
  responses?: Record<string, Json & { content?: Record<string, Json & { examples?: Record<string, Json> }> }>;
  [extension: `x-${string}`]: unknown;
}
export interface OpenApiDoc { paths: Record<string, Record<string, DocOperation>> }

const METHODS = new Set(["get", "put", "post", "delete", "patch"]);

export function documentOperations(doc: OpenApiDoc): Array<{ method: string; path: string; op: DocOperation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => METHODS.has(m)).map(([method, op]) => ({ method, path, op })),
  );
}

/** The problem body an error case answers with, as an example value. */
function problemExample(c: ExampleCase, path: string): Json {
  const code = c.code!;
  return {
    type: problemType(code),
    title: ERROR_CODES[code].title,
    status: ERROR_CODES[code].status,
    detail: c.description ?? c.summary,
    instance: path,
    code,
    requestId: "req_5b0f7f0c9a2e4c0c8a1d3e2f",
  };
}

function setParameterExamples(op: DocOperation, where: string, values: Record<string, string> | undefined, name: string, c: ExampleCase, id: string): void {
  for (const [key, value] of Object.entries(values ?? {})) {
    const param = op.parameters?.find((p) => p.in === where && (where === "header" ? p.name.toLowerCase() === key.toLowerCase() : p.name === key));
    if (!param) throw new Error(`example ${id}#${name}: the ${where} parameter '${key}' is not documented`);
    (param.examples ??= {})[name] = { summary: c.summary, value };
  }
}

/** A stable key in UUID form for a case, so each documented create has its own Idempotency-Key. */
function exampleIdempotencyKey(seed: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (const ch of seed) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
    h2 = Math.imul(h2 + ch.charCodeAt(0), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The cases every operation gets from what its middleware does, besides its own: an Idempotency-Key on
 * each case where the operation takes one, and — for an operation behind credentials — the 401 of its
 * first success sent without them.
 */
function withDerivedCases(op: DocOperation, id: string, cases: Record<string, ExampleCase>): Record<string, ExampleCase> {
  const out: Record<string, ExampleCase> = { ...cases };
  const secured = Array.isArray(op.security) && op.security.length > 0;
  const success = Object.values(cases).find((c) => (c.status ?? 0) >= 200 && (c.status ?? 0) < 300);
  if (secured && op.responses?.["401"] && success && !Object.values(cases).some((c) => c.code === "UNAUTHORIZED")) {
    const { provides: _provides, after: _after, ...request } = success;
    out.unauthenticated = { ...request, summary: "Without credentials", status: undefined, code: "UNAUTHORIZED", credentials: "none" };
  }
  const takesKey = op.parameters?.some((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key");
  for (const [name, c] of Object.entries(out)) {
    if (!takesKey || Object.keys(c.headers ?? {}).some((h) => h.toLowerCase() === "idempotency-key")) continue;
    out[name] = { ...c, headers: { ...c.headers, "idempotency-key": exampleIdempotencyKey(`${id}#${name}`) } };
  }
  return out;
}

/** Writes the cases of `book` into the document (see the module comment). Throws on a case the document cannot hold. */
export function applyExamples(doc: OpenApiDoc, book: ExampleBook): void {
  for (const { path, op } of documentOperations(doc)) {
    const id = op.operationId;
    const entry = id ? book[id] : undefined;
    if (!id || !entry) continue;
    if (entry.signature) op["x-signed-by"] = entry.signature;
    if (entry.uncaused) op["x-uncaused-responses"] = entry.uncaused;
    for (const [name, c] of Object.entries(withDerivedCases(op, id, entry.cases))) {
      setParameterExamples(op, "path", c.params, name, c, id);
      setParameterExamples(op, "query", c.query, name, c, id);
      setParameterExamples(op, "header", c.headers, name, c, id);
      if (c.body !== undefined) {
        const content = op.requestBody?.content ?? {};
        const type = c.contentType ?? Object.keys(content)[0];
        const media = type ? content[type] : undefined;
        if (!media) throw new Error(`example ${id}#${name}: the operation takes no ${c.contentType ?? ""} body`);
        delete media.example;
        (media.examples ??= {})[name] = { summary: c.summary, ...(c.description ? { description: c.description } : {}), value: c.body };
      }
      const status = c.status ?? (c.code ? ERROR_CODES[c.code].status : undefined);
      const response = status === undefined ? undefined : op.responses?.[String(status)];
      if (!response) throw new Error(`example ${id}#${name}: status ${status ?? "(none)"} is not documented`);
      const extensions = {
        ...(c.provides ? { "x-provides": c.provides } : {}),
        ...(c.after ? { "x-after": c.after } : {}),
        ...(c.credentials && c.credentials !== "default" ? { "x-credentials": c.credentials } : {}),
      };
      const example = { summary: c.summary, ...(c.code ? { value: problemExample(c, path) } : {}), ...extensions };
      const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
      if (type && media) {
        delete media.example;
        (media.examples ??= {})[name] = example;
      } else {
        // 204 and friends have no body to hold an example: the response itself lists its cases.
        ((response["x-examples"] ??= {}) as Record<string, Json>)[name] = example;
      }
    }
  }
}

const ID_ALPHABET = /[^0-9a-hjkmnp-tv-z]/g;
/**
 * A readable example id of the real shape (`prefix_` + 26 characters of the id alphabet): `tag` with
 * the letters the alphabet lacks replaced (i,l → 1, o → 0, u → v), padded with zeros.
 */
export function exampleId(prefix: string, tag: string): string {
  const body = tag.toLowerCase().replace(/[il]/g, "1").replace(/o/g, "0").replace(/u/g, "v").replace(ID_ALPHABET, "");
  return `${prefix}_${body.padEnd(26, "0").slice(0, 26)}`;
}
