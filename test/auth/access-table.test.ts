/**
 * Walks every route registered in the app and checks it against the access table: no key, wrong
 * key, revoked key, another merchant's key, the right key, a pk from a foreign origin, client secrets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { securityFor } from "../../src/auth/openapi-security";
import { ACCESS_POLICY, accessRuleFor, TEST_PROBE_PREFIX, toOpenApiPath, type AccessRule } from "../../src/auth/access-policy";
import { newId } from "../../src/lib/ids";
import { api } from "../helpers/http";
import { ADMIN, bearer, createKey, insertOrder, insertPayment, merchantWithKeys, revokeKey, type TestMerchant } from "../helpers/merchants";
import { installReceiver } from "../helpers/receiver";

const registered = [
  ...new Map(
    createApp().routes.filter((r) => r.method !== "ALL").map((r) => [`${r.method} ${toOpenApiPath(r.path)}`, { method: r.method, path: r.path }]),
  ).values(),
];

let a: TestMerchant;
let b: TestMerchant;
let revokedSk: string;
let revokedPk: string;
let payment: { id: string; clientSecret: string };
let order: { id: string; clientSecret: string };
let otherPayment: { id: string; clientSecret: string };
let endpointId: string;
let deliveryId: string;

beforeAll(async () => {
  installReceiver();
  [a, b] = await Promise.all([merchantWithKeys(), merchantWithKeys()]);
  const [sk2, pk2] = await Promise.all([createKey(a.id, { kind: "secret", mode: "test" }), createKey(a.id, { kind: "publishable", mode: "test" })]);
  await Promise.all([revokeKey(a.id, sk2.id), revokeKey(a.id, pk2.id)]);
  revokedSk = sk2.key;
  revokedPk = pk2.key;
  payment = await insertPayment(a.id);
  order = await insertOrder(a.id);
  otherPayment = await insertPayment(b.id);
  const res = await api("/api/v1/webhook-endpoints", {
    method: "POST",
    headers: { ...bearer(a.sk), "Content-Type": "application/json" },
    body: JSON.stringify({ url: "https://hooks.merchant-a.example.com/coreport", eventTypes: ["*"] }),
  });
  expect(res.status).toBe(201);
  endpointId = ((await res.json()) as { id: string }).id;
  const published = await api("/api/v1/admin/events", {
    method: "POST",
    headers: { ...ADMIN, "Content-Type": "application/json" },
    body: JSON.stringify({ type: "payment.created", merchantId: a.id, objectId: payment.id, data: { id: payment.id } }),
  });
  expect(published.status).toBe(202);
  const deliveries = await api(`/api/v1/webhook-endpoints/${endpointId}/deliveries`, { headers: bearer(a.sk) });
  deliveryId = ((await deliveries.json()) as { data: Array<{ id: string }> }).data[0]!.id;
});

/** A concrete URL for a route: merchant A's objects where the path names one. */
function concretePath(rule: AccessRule | undefined, path: string): string {
  const p = toOpenApiPath(path);
  return p
    .replace(/\/webhook-endpoints\/\{id\}/, `/webhook-endpoints/${endpointId}`)
    .replace(/\/admin\/merchants\/\{id\}/, `/admin/merchants/${a.id}`)
    .replace(/\{(id|paymentId)\}/g, () => (rule?.resource === "order" ? order.id : rule?.resource === "payment" ? payment.id : newId("evt")))
    .replace(/\{deliveryId\}/g, deliveryId)
    .replace(/\{keyId\}/g, newId("key"))
    .replace(/\{[^}]+\}/g, "X");
}

async function call(method: string, url: string, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (method !== "GET" && method !== "DELETE") {
    (init.headers as Record<string, string>)["Content-Type"] = "application/json";
    init.body = "{}";
  }
  return api(url, init);
}

const WRONG_SK = "sk_test_" + "0".repeat(32);
const GARBAGE = "not-a-key";

type Check = [label: string, headers: Record<string, string>, expect: (status: number) => boolean, want: string];
const is = (s: number) => [(x: number) => x === s, String(s)] as const;
const allowed = [(x: number) => x !== 401 && x !== 403 && x < 500, "not 401/403/5xx"] as const;
const allowedAndVisible = [(x: number) => x !== 401 && x !== 403 && x !== 404 && x < 500, "not 401/403/404/5xx"] as const;

function checksFor(rule: AccessRule, hasOwnedId: boolean): Check[] {
  const pkHere = { ...bearer(a.pk), Origin: a.origin };
  const common: Check[] = [
    ["no key", {}, ...is(401)],
    ["wrong key", bearer(WRONG_SK), ...is(401)],
    ["garbage key", bearer(GARBAGE), ...is(401)],
    ["revoked secret key", bearer(revokedSk), ...is(401)],
    ["revoked publishable key", { ...bearer(revokedPk), Origin: a.origin }, ...is(401)],
  ];
  switch (rule.access) {
    case "public":
      return [["no key", {}, ...allowed]];
    case "provider_signature":
      // A merchant key is no provider signature.
      return [["merchant secret key, no signature", bearer(a.sk), (s) => s === 400 || s === 401, "400/401"]];
    case "admin":
      return [["no token", {}, ...is(401)], ["merchant secret key", bearer(a.sk), ...is(401)], ["admin token", ADMIN, ...allowed]];
    case "publishable_or_secret":
      return [
        ...common,
        ["secret key", bearer(a.sk), ...allowed],
        ["publishable key from its origin", pkHere, ...allowed],
        ["publishable key without Origin (server side)", bearer(a.pk), ...allowed],
        ["publishable key from a foreign origin", { ...bearer(a.pk), Origin: "https://evil.example.net" }, ...is(403)],
      ];
    case "secret":
      return [
        ...common,
        ["publishable key", pkHere, ...is(401)],
        ["secret key", bearer(a.sk), ...(hasOwnedId ? allowedAndVisible : allowed)],
        ...(hasOwnedId ? [["other merchant's secret key", bearer(b.sk), ...is(404)] as Check] : []),
      ];
    case "owner_or_client_secret": {
      const secret = rule.resource === "order" ? order.clientSecret : payment.clientSecret;
      return [
        ...common,
        ["owner's secret key", bearer(a.sk), ...allowedAndVisible],
        ["other merchant's secret key", bearer(b.sk), ...is(404)],
        ["client secret", { "X-Client-Secret": secret }, ...allowedAndVisible],
        ["client secret with the owner's pk", { ...pkHere, "X-Client-Secret": secret }, ...allowedAndVisible],
        ["another object's client secret", { "X-Client-Secret": otherPayment.clientSecret }, ...is(404)],
        ["owner's pk without client secret", pkHere, ...is(404)],
        ["pk from a foreign origin", { ...bearer(a.pk), Origin: "https://evil.example.net", "X-Client-Secret": secret }, ...is(403)],
      ];
    }
  }
}

describe("the access table", () => {
  it("has an entry for every registered route, and the app registers no test probes", () => {
    const missing = registered.filter((r) => !accessRuleFor(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    expect(registered.filter((r) => r.path.startsWith(TEST_PROBE_PREFIX))).toEqual([]);
    expect(ACCESS_POLICY.length).toBeGreaterThan(50);
  });

  it("holds for every registered route: no, wrong, revoked, foreign and right credentials", async () => {
    const failures: string[] = [];
    const probes: Array<() => Promise<void>> = [];
    for (const route of registered) {
      const rule = accessRuleFor(route.method, route.path)!;
      const hasOwnedId = /\/webhook-endpoints\/\{id\}/.test(toOpenApiPath(route.path));
      for (const [label, headers, ok, want] of checksFor(rule, hasOwnedId)) {
        // Deleting would remove the fixture other checks rely on: the owner's DELETE is covered in the endpoint tests.
        if (route.method === "DELETE" && label === "secret key") continue;
        probes.push(async () => {
          const res = await call(route.method, concretePath(rule, route.path), headers);
          if (!ok(res.status)) failures.push(`${route.method} ${route.path} [${rule.access}] ${label}: got ${res.status}, want ${want}`);
          if ((res.status === 401 || res.status === 403) && !(res.headers.get("content-type") ?? "").startsWith("application/problem+json")) {
            failures.push(`${route.method} ${route.path} ${label}: ${res.status} is not a problem document`);
          }
          await res.body?.cancel();
        });
      }
    }
    // A few at a time: independent requests, no order between them.
    for (let i = 0; i < probes.length; i += 8) await Promise.all(probes.slice(i, i + 8).map((p) => p()));
    expect(failures).toEqual([]);
    expect(probes.length).toBeGreaterThan(100);
  }, 120_000);

  it("is what the OpenAPI document says: each operation's security comes from its rule", async () => {
    const doc = await (await api("/api/v1/openapi.json")).json<{
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["adminToken", "clientSecret", "publishableKey", "secretKey"]);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const rule = accessRuleFor(method, path)!;
        expect(op.security, `${method} ${path}`).toEqual(securityFor(rule.access));
      }
    }
  });
});
