import { describe, expect, it } from "vitest";
import { createApp, OPENAPI_PATH } from "../../src/app";
import { api } from "../helpers/http";

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; example?: unknown; schema?: { example?: unknown } }>;
  requestBody?: { content: Record<string, { schema?: Record<string, unknown>; example?: unknown }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Record<string, unknown>> } };

const METHODS = ["get", "post", "put", "patch", "delete"];

async function loadDoc(): Promise<Doc> {
  const res = await api(OPENAPI_PATH);
  expect(res.status).toBe(200);
  return res.json<Doc>();
}

function operations(doc: Doc): Array<[string, string, Operation]> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([m, op]) => [m, path, op] as [string, string, Operation]),
  );
}

/** Resolve a $ref'd schema and tell whether it (or its properties) carries an example. */
function hasExample(doc: Doc, schema: Record<string, unknown> | undefined): boolean {
  if (!schema) return false;
  const ref = schema.$ref as string | undefined;
  const resolved = ref ? doc.components?.schemas?.[ref.split("/").pop()!] : schema;
  if (!resolved) return false;
  if (resolved.example !== undefined || resolved.examples !== undefined) return true;
  const props = resolved.properties as Record<string, Record<string, unknown>> | undefined;
  return !!props && Object.values(props).some((p) => p.example !== undefined || (p.$ref !== undefined && hasExample(doc, p)));
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 JSON with info and servers", async () => {
    const doc = (await loadDoc()) as Doc & { info: { title: string; version: string }; servers: unknown[] };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("CorePort API");
    expect(doc.servers.length).toBeGreaterThan(0);
  });

  it("lists every registered /api/v1 route, and nothing else", async () => {
    const doc = await loadDoc();
    const registered = new Set(
      createApp()
        .routes.filter((r) => r.method !== "ALL" && r.path.startsWith("/api/v1/") && r.path !== OPENAPI_PATH)
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}")}`),
    );
    const documented = new Set(operations(doc).map(([m, p]) => `${m} ${p}`));
    expect([...registered].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((d) => !registered.has(d))).toEqual([]);
    expect(documented.has("get /api/v1/ping")).toBe(true);
  });

  it("gives every operation an id, summary, tag and problem+json error responses", async () => {
    const doc = await loadDoc();
    const ids = new Set<string>();
    for (const [method, path, op] of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toBeTruthy();
      expect(ids.has(op.operationId!), `duplicate operationId at ${where}`).toBe(false);
      ids.add(op.operationId!);
      expect(op.summary, where).toBeTruthy();
      expect(op.tags?.length, where).toBeGreaterThan(0);
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      expect(errors.length, where).toBeGreaterThan(0);
      for (const [status, response] of errors) {
        const types = Object.keys(response.content ?? {});
        if (status === "503" && path.endsWith("/health")) continue;
        expect(types, `${where} ${status}`).toContain("application/problem+json");
      }
    }
  });

  it("has an example for every parameter and request body", async () => {
    const doc = await loadDoc();
    for (const [method, path, op] of operations(doc)) {
      for (const param of op.parameters ?? []) {
        expect(param.example ?? param.schema?.example, `${method} ${path} ${param.in}.${param.name}`).toBeDefined();
      }
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        expect(media.example !== undefined || hasExample(doc, media.schema), `${method} ${path} body ${type}`).toBe(true);
      }
    }
  });
});
