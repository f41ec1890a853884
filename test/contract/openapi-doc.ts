import { Validator } from "@cfworker/json-schema";
import { OPENAPI_PATH } from "../../src/app";
import { api } from "../helpers/http";

export type Schema = Record<string, unknown>;
export type Parameter = { name: string; in: "path" | "query" | "header" | "cookie"; required?: boolean; example?: unknown; schema?: Schema };
export type Media = { schema?: Schema; example?: unknown };
export type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
  security?: Array<Record<string, string[]>>;
};
export type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

const METHODS = ["get", "post", "put", "patch", "delete"];

/** The published document and helpers to read it. */
export async function loadContract() {
  const doc = await (await api(OPENAPI_PATH)).json<Doc>();

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    const ref = schema?.$ref as string | undefined;
    return ref ? resolve(doc.components?.schemas?.[ref.split("/").pop()!]) : schema;
  };

  /** An example value for a schema: its example, else built from its properties' examples. */
  const exampleOf = (input: Schema | undefined, depth = 0): unknown => {
    const schema = resolve(input);
    if (!schema || depth > 8) return undefined;
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if (schema.default !== undefined) return schema.default;
    if (Array.isArray(schema.enum)) return schema.enum[0];
    if (schema.const !== undefined) return schema.const;
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const options = schema[key] as Schema[] | undefined;
      if (options?.length) {
        if (key === "allOf") return Object.assign({}, ...options.map((o) => exampleOf(o, depth + 1) as object));
        return exampleOf(options[0], depth + 1);
      }
    }
    if (schema.type === "object" || schema.properties) {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        const value = exampleOf(prop, depth + 1);
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    if (schema.type === "array") {
      const item = exampleOf(schema.items as Schema, depth + 1);
      return item === undefined ? [] : [item];
    }
    return undefined;
  };

  // Examples are not schemas: the validator's dereferencer would read an example object's `id` as a schema id
  // (two examples with the same `id` → "Duplicate schema URI"), so they are left out of what it validates with.
  const withoutExamples = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutExamples);
    if (!value || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "example" && k !== "examples").map(([k, v]) => [k, withoutExamples(v)]));
  };
  const components = withoutExamples(doc.components);
  const validatorFor = (schema: Schema) => new Validator({ ...(withoutExamples(schema) as object), components } as never, "2020-12", false);

  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([method, op]) => ({ path, method, op })),
  );

  /** Path, query, headers and body of a request built from the operation's examples. */
  const exampleRequest = (op: Operation, path: string) => {
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    let url = path;
    for (const param of op.parameters ?? []) {
      const value = param.example ?? param.schema?.example ?? exampleOf(param.schema);
      if (value === undefined) continue;
      if (param.in === "path") url = url.replace(`{${param.name}}`, encodeURIComponent(String(value)));
      else if (param.in === "query") query.set(param.name, String(value));
      else if (param.in === "header") headers[param.name] = String(value);
    }
    const [bodyType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
    const body = bodyType && media ? (media.example ?? exampleOf(media.schema)) : undefined;
    return { url, query, headers, bodyType, body };
  };

  return { doc, resolve, exampleOf, validatorFor, operations, exampleRequest };
}

export function encodeBody(type: string, value: unknown): string {
  return type.includes("json") ? JSON.stringify(value) : new URLSearchParams(value as Record<string, string>).toString();
}
