/**
 * Contract test, as an outside reviewer runs it: every operation of the published OpenAPI document is
 * called with the document's own examples, and the response must be a documented status whose body
 * validates against the documented schema (JSON Schema 2020-12, an independent validator).
 */
import { describe, expect, it } from "vitest";
import { checkIcan } from "../../src/lib/ican";
import { api } from "../helpers/http";
import { restoreRatesAfterEach } from "../rates/helpers";
import { contractAuthHeaders } from "./credentials";
import { encodeBody, loadContract } from "./openapi-doc";

const { doc, operations, exampleRequest, validatorFor } = await loadContract();

describe("examples a reader copies are valid values", () => {
  it("every ICAN address in the document passes the mod-97 check", () => {
    // Core Blockchain addresses: network prefix, two check digits, 40 hex digits (wrong lengths are caught too).
    const addresses = [...new Set(JSON.stringify(doc).match(/\b(?:ab|cb|ce)\d{2}[0-9a-f]{30,50}\b/gi) ?? [])];
    expect(addresses.length).toBeGreaterThan(3);
    expect(addresses.filter((a) => !checkIcan(a).valid)).toEqual([]);
  });
});

describe("every operation, called with its own examples, answers as documented", () => {
  // The admin rates push example writes rates: later operations see the seeded ones.
  restoreRatesAfterEach();

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s", async (_name, { path, method, op }) => {
    const request = exampleRequest(op, path);
    expect(request.url, "every path parameter has an example").not.toMatch(/\{\w+\}/);
    const headers: Record<string, string> = { ...request.headers, ...(await contractAuthHeaders(op)) };
    let body: string | undefined;
    if (request.bodyType) {
      headers["Content-Type"] = request.bodyType;
      body = encodeBody(request.bodyType, request.body);
    }
    const res = await api(`${request.url}${request.query.size ? `?${request.query}` : ""}`, { method: method.toUpperCase(), headers, body });
    const documented = op.responses[String(res.status)] ?? op.responses.default;
    const text = await res.text();
    expect(documented, `status ${res.status} is not documented for ${op.operationId}: ${text.slice(0, 300)}`).toBeDefined();
    expect(res.status, `${op.operationId} must never 500: ${text.slice(0, 300)}`).toBeLessThan(500);
    if (res.status === 400) {
      // A 400 may blame the example's values, never a header or query parameter the document does not list.
      const documentedParams = new Set((op.parameters ?? []).map((p) => `${p.in}:${p.name.toLowerCase()}`));
      const undocumented = ((JSON.parse(text) as { errors?: Array<{ in: string; field: string }> }).errors ?? [])
        .filter((e) => (e.in === "header" || e.in === "query") && !documentedParams.has(`${e.in}:${e.field.toLowerCase()}`));
      expect(undocumented, `${op.operationId} requires parameters its documentation does not list`).toEqual([]);
    }
    if (res.status === 304 || res.status === 204) return;
    const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
    const mediaSpec = documented!.content?.[type];
    expect(mediaSpec, `content type ${type} not documented for ${op.operationId} ${res.status}`).toBeDefined();
    if (!mediaSpec?.schema || !type.includes("json")) return;
    const result = validatorFor(mediaSpec.schema).validate(JSON.parse(text));
    expect(result.errors.map((e) => `${e.instanceLocation} ${e.error}`), `${op.operationId} ${res.status} body: ${text.slice(0, 400)}`).toEqual([]);
  });
});
