/**
 * Every operation carries its examples (lib/openapi-examples.ts): at least one success, a case for each
 * documented 4xx a caller can cause (401s are derived from the first success), and an honest reason for
 * any documented 4xx no single request can cause. test/node/documented-examples.node.ts runs them.
 */
import { describe, expect, it } from "vitest";
import { OPENAPI_PATH } from "../../src/app";
import { api } from "../helpers/http";

type Example = { summary?: string; value?: { code?: string; status?: number } };
type Operation = {
  operationId: string;
  requestBody?: { content: Record<string, { examples?: Record<string, Example>; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { examples?: Record<string, Example> }>; "x-examples"?: Record<string, Example> }>;
  "x-uncaused-responses"?: Record<string, string>;
};
const METHODS = ["get", "post", "put", "patch", "delete"];
/** Answers of the middleware in front of every handler, not of a request's content (see documentMiddlewareResponses). */
const MIDDLEWARE_ONLY = new Set(["403", "413", "415", "429"]);

const doc = await (await api(OPENAPI_PATH)).json<{ paths: Record<string, Record<string, Operation>> }>();
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
);
const casesOf = (op: Operation, status: string) => {
  const response = op.responses[status];
  return Object.keys({ ...response?.["x-examples"], ...Object.values(response?.content ?? {})[0]?.examples });
};

describe("every operation has complete request examples", () => {
  it.each(operations.map((o) => [o.name, o.op] as const))("%s", (_name, op) => {
    const statuses = Object.keys(op.responses);
    expect(statuses.filter((s) => s.startsWith("2")).flatMap((s) => casesOf(op, s)), `${op.operationId}: a success example`).not.toEqual([]);
    const uncaused = op["x-uncaused-responses"] ?? {};
    const missing = statuses.filter((s) => /^4\d\d$/.test(s) && !MIDDLEWARE_ONLY.has(s) && !casesOf(op, s).length && !uncaused[s]);
    expect(missing, `${op.operationId}: documented errors without an example (add a case, or say in 'uncaused' why no request causes it)`).toEqual([]);
    for (const [status, reason] of Object.entries(uncaused)) {
      expect(statuses, `${op.operationId}: 'uncaused' names an undocumented status`).toContain(status);
      expect(casesOf(op, status), `${op.operationId}: ${status} has an example and is also called uncaused (${reason})`).toEqual([]);
    }
    // Examples on the media type, one per case: no per-field example that combines into another request.
    for (const media of Object.values(op.requestBody?.content ?? {})) {
      expect(media.example, `${op.operationId}: body uses named examples`).toBeUndefined();
      expect(Object.keys(media.examples ?? {}).length, `${op.operationId}: body examples`).toBeGreaterThan(0);
    }
    // An error case names the problem code it gets, and that code has the case's status.
    for (const status of statuses.filter((s) => Number(s) >= 400)) {
      for (const name of casesOf(op, status)) {
        const example = (Object.values(op.responses[status]!.content ?? {})[0]?.examples ?? op.responses[status]!["x-examples"] ?? {})[name]!;
        expect(example.value?.code, `${op.operationId}#${name}`).toBeDefined();
        expect(String(example.value?.status), `${op.operationId}#${name}`).toBe(status);
      }
    }
  });
});
