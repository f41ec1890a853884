/**
 * Runs the named examples of a published OpenAPI document (see src/lib/openapi-examples.ts for the
 * convention) against a live CorePort, as a client copying them would: each case's request is built
 * from its parameter and body examples, example values that an earlier answer provides (`x-provides`)
 * are replaced by the real ones, cases run after those they need (`x-provides`, `x-after`), and each
 * answer must have the status the example names, its problem `code`, and a body valid against the
 * documented schema (JSON Schema 2020-12, @cfworker/json-schema). Nothing here knows any route: new
 * operations are covered by adding examples to the document.
 */
import { Validator } from "@cfworker/json-schema";
import { Webhook } from "standardwebhooks";
import { encodeFormFields, signIpcFields } from "../../src/providers/mypos/ipc";
import { importRsaPrivateKey } from "../../src/lib/rsa";

type Json = Record<string, unknown>;
interface Param { name: string; in: string; examples?: Record<string, { value: unknown }> }
interface Media { schema?: Json; examples?: Record<string, ExampleObject> }
interface ExampleObject { summary?: string; value?: unknown; "x-provides"?: Record<string, string>; "x-after"?: string[]; "x-credentials"?: string }
interface Operation {
  operationId: string;
  parameters?: Param[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media>; "x-examples"?: Record<string, ExampleObject> }>;
  security?: Array<Record<string, string[]>>;
  "x-signed-by"?: { scheme: "standard-webhooks"; secret: string } | { scheme: "mypos-rsa" };
}
export interface Doc { paths: Record<string, Record<string, Operation>>; components?: Json }

export interface ExampleCase {
  key: string; // operationId#name
  name: string;
  method: string;
  path: string;
  op: Operation;
  status: number;
  example: ExampleObject;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: { type: string; value: unknown };
}

export interface Credentials {
  adminToken: string;
  secretKey: string;
  publishableKey: string;
  /** Sandbox secrets by name (the instance's .dev.vars), for signing provider callbacks. */
  secrets: Record<string, string>;
  myposPrivateKeyPem: string;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Every named example case of the document, in document order. */
export function collectCases(doc: Doc): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        const named = { ...response["x-examples"], ...Object.values(response.content ?? {})[0]?.examples };
        for (const [name, example] of Object.entries(named)) {
          const part = (where: string) =>
            Object.fromEntries((op.parameters ?? []).filter((p) => p.in === where && p.examples?.[name]).map((p) => [p.name, String(p.examples![name]!.value)]));
          const [type, media] = Object.entries(op.requestBody?.content ?? {}).find(([, m]) => m.examples?.[name]) ?? [];
          cases.push({
            key: `${op.operationId}#${name}`, name, method, path, op, status: Number(status), example,
            params: part("path"), query: part("query"), headers: part("header"),
            body: type && media ? { type, value: media.examples![name]!.value } : undefined,
          });
        }
      }
    }
  }
  return cases;
}

const requestText = (c: ExampleCase) => JSON.stringify([c.params, c.query, c.headers, c.body?.value ?? null]);

/**
 * The order to run cases in: document order, except that a case runs after every case providing an
 * example value it uses and every case it names in `x-after`. Throws on a cycle or an unknown name.
 */
export function runOrder(cases: ExampleCase[]): ExampleCase[] {
  const byKey = new Map(cases.map((c) => [c.key, c]));
  const providerOf = new Map<string, string>();
  for (const c of cases) for (const value of Object.keys(c.example["x-provides"] ?? {})) providerOf.set(value, c.key);
  const needs = new Map(cases.map((c) => {
    const text = requestText(c);
    const used = [...providerOf].filter(([value, key]) => key !== c.key && text.includes(value)).map(([, key]) => key);
    for (const after of c.example["x-after"] ?? []) if (!byKey.has(after)) throw new Error(`${c.key}: x-after names unknown case ${after}`);
    return [c.key, new Set([...used, ...(c.example["x-after"] ?? [])])];
  }));
  const done = new Set<string>();
  const order: ExampleCase[] = [];
  const visit = (c: ExampleCase, path: string[]) => {
    if (done.has(c.key)) return;
    if (path.includes(c.key)) throw new Error(`example cycle: ${[...path, c.key].join(" → ")}`);
    for (const need of needs.get(c.key)!) visit(byKey.get(need)!, [...path, c.key]);
    done.add(c.key);
    order.push(c);
  };
  for (const c of cases) visit(c, []);
  return order;
}

export interface Outcome { status: number; text: string; headers: Headers; problems: string[] }

/** Runs the cases of a document against `baseUrl`, keeping what their answers provide for later ones. */
export class ExampleRunner {
  private readonly values = new Map<string, string>();
  private readonly runId = Date.now().toString(36);
  private readonly components: Json;

  constructor(private readonly baseUrl: string, private readonly doc: Doc, private readonly credentials: Credentials) {
    this.components = withoutExamples(doc.components ?? {}) as Json;
  }

  private substitute(text: string): string {
    let out = text;
    for (const [example, real] of [...this.values].sort(([a], [b]) => b.length - a.length)) out = out.split(example).join(real);
    return out;
  }

  private authHeaders(c: ExampleCase): Record<string, string> {
    const mode = c.example["x-credentials"] ?? "default";
    const schemes = new Set((c.op.security ?? []).flatMap((s) => Object.keys(s)));
    if (mode === "none" || !schemes.size) return {};
    if (mode === "invalidKey") return { Authorization: "Bearer sk_test_00000000000000000000000000000000" };
    if (mode === "publishableKey") return { Authorization: `Bearer ${this.credentials.publishableKey}`, Origin: this.baseUrl };
    if (schemes.has("adminToken")) return { Authorization: `Bearer ${this.credentials.adminToken}` };
    return { Authorization: `Bearer ${this.credentials.secretKey}` };
  }

  private async sign(c: ExampleCase, headers: Record<string, string>, body: string): Promise<string> {
    const signer = c.op["x-signed-by"];
    if (!signer || c.example["x-credentials"] === "none") return body;
    if (signer.scheme === "mypos-rsa") {
      const fields = Object.entries(JSON.parse(body) as Record<string, string>).filter(([k]) => k !== "Signature");
      return encodeFormFields(await signIpcFields(fields, await importRsaPrivateKey(this.credentials.myposPrivateKeyPem)));
    }
    const secret = this.credentials.secrets[signer.secret];
    if (!secret) throw new Error(`no sandbox secret ${signer.secret}`);
    const id = headers["webhook-id"] ?? `msg_${crypto.randomUUID()}`;
    const now = new Date();
    headers["webhook-id"] = id;
    headers["webhook-timestamp"] = String(Math.floor(now.getTime() / 1000));
    headers["webhook-signature"] = new Webhook(secret).sign(id, now, body);
    return body;
  }

  /** Sends one case and checks its answer; returns what went wrong (empty: as documented). */
  async run(c: ExampleCase): Promise<Outcome> {
    let url = c.path;
    for (const [name, value] of Object.entries(c.params)) url = url.replace(`{${name}}`, encodeURIComponent(this.substitute(value)));
    const query = new URLSearchParams(Object.entries(c.query).map(([k, v]) => [k, this.substitute(v)]));
    const headers: Record<string, string> = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, this.substitute(v)]));
    // A key is per attempt: the documented one, made unique to this run, so running the examples again
    // against the same instance creates new objects instead of replaying (or clashing with) the last run.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === "idempotency-key") headers[name] = `${headers[name]}-${this.runId}`;
    Object.assign(headers, this.authHeaders(c));
    let body: string | undefined;
    if (c.body) {
      const json = this.substitute(JSON.stringify(c.body.value));
      headers["content-type"] = c.body.type;
      body = await this.sign(c, headers, json);
      if (c.body.type === "application/x-www-form-urlencoded" && body === json) body = new URLSearchParams(JSON.parse(json) as Record<string, string>).toString();
    }
    const res = await fetch(`${this.baseUrl}${url}${query.size ? `?${query}` : ""}`, { method: c.method.toUpperCase(), headers, body, redirect: "manual" });
    const text = await res.text();
    const problems: string[] = [];
    if (res.status !== c.status) problems.push(`expected ${c.status}, got ${res.status}: ${text.slice(0, 400)}`);
    const documented = c.op.responses[String(res.status)];
    const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
    if (documented && type && text) {
      const media = documented.content?.[type];
      if (!media) problems.push(`content type ${type} is not documented for ${res.status}`);
      else if (media.schema && type.includes("json")) {
        const parsed = JSON.parse(text) as Json;
        const expectedCode = (c.example.value as { code?: string } | undefined)?.code;
        if (expectedCode && res.status === c.status && parsed.code !== expectedCode) problems.push(`expected problem code ${expectedCode}, got ${String(parsed.code)}: ${text.slice(0, 300)}`);
        const schema = { ...(withoutExamples(media.schema) as Json), components: this.components };
        const result = new Validator(schema as never, "2020-12", false).validate(parsed);
        problems.push(...result.errors.map((e) => `body ${e.instanceLocation}: ${e.error}`));
      }
    }
    if (!problems.length) this.capture(c, res, text);
    return { status: res.status, text, headers: res.headers, problems };
  }

  private capture(c: ExampleCase, res: Response, text: string): void {
    for (const [example, expression] of Object.entries(c.example["x-provides"] ?? {})) {
      let value: unknown;
      const header = /^\$response\.header\.(.+)$/.exec(expression);
      const pointer = /^\$response\.body#(.*)$/.exec(expression);
      if (header) value = res.headers.get(header[1]!);
      else if (pointer) value = pointer[1]!.split("/").slice(1).reduce<unknown>((node, part) => (node as Json | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], JSON.parse(text));
      if (value === undefined || value === null) throw new Error(`${c.key}: ${expression} gave nothing to replace ${example}`);
      this.values.set(example, String(value));
    }
  }
}

/** Examples are annotations: an example object with an `id` would otherwise read as a schema id. */
function withoutExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "example" && k !== "examples").map(([k, v]) => [k, withoutExamples(v)]));
}
