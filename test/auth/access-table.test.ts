/**
 * Walks every route registered in the app and checks it against the access table: no key, wrong
 * key, revoked key, another merchant's key, the right key, a pk from a foreign origin, client secrets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { securityFor } from "../../src/auth/openapi-security";
import { ACCESS_POLICY, accessRuleFor, TEST_PROBE_PREFIX, toOpenApiPath, type AccessRule } from "../../src/auth/access-policy";
import { makeIcan } from "../../src/lib/ican";
import { newId } from "../../src/lib/ids";
import { api } from "../helpers/http";
import { ADMIN, bearer, createKey, insertOrder, insertPayment, merchantWithKeys, revokeKey, type TestMerchant } from "../helpers/merchants";
import { installReceiver, waitFor } from "../helpers/receiver";

/** Every route the app registers (method + path), each once: what the walk below must cover. */
const registered = [
  ...new Map(
    createApp().routes.filter((r) => r.method !== "ALL").map((r) => [`${r.method} ${toOpenApiPath(r.path)}`, { method: r.method, path: r.path }]),
  ).values(),
];

let a: TestMerchant;
let b: TestMerchant;
let revokedSk: string;
let revokedPk: string;
type Fixture = { id: string; clientSecret: string };
/** Merchant A's payment per method and order per direction, so each route reads an object it can serve. */
const payments: Record<string, Fixture> = {};
const orders: Record<string, Fixture> = {};
let payment: Fixture;
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
  // A CorePay payment records the merchant address it is paid to (payments.pay_to_address).
  const corepayAddress = { pay_to_address: makeIcan("ab", "2755c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f") };
  for (const method of ["mypos", "payto", "corepay"]) payments[method] = await insertPayment(a.id, { method, ...(method === "corepay" ? corepayAddress : {}) });
  for (const direction of ["onramp", "offramp"]) orders[direction] = await insertOrder(a.id, { direction, rail: direction === "onramp" ? "card" : "bank" });
  payment = payments.payto!;
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
  // Recorded once the notifications Queue consumer has taken it (about a second).
  deliveryId = await waitFor(async () => {
    const deliveries = await api(`/api/v1/webhook-endpoints/${endpointId}/deliveries`, { headers: bearer(a.sk) });
    return ((await deliveries.json()) as { data: Array<{ id: string }> }).data[0]?.id;
  }, "the published event's delivery", 15_000);
});

/** Merchant A's object that a route's path (or body) refers to. */
function fixtureFor(rule: AccessRule | undefined, path: string): Fixture | undefined {
  if (rule?.resource === "payment") return payments[["mypos", "corepay"].find((m) => path.includes(`/${m}`)) ?? "payto"];
  if (rule?.resource === "order") return orders[path.includes("/onramp") ? "onramp" : "offramp"];
  return undefined;
}

/** A concrete URL for a route: merchant A's objects where the path names one. */
function concretePath(rule: AccessRule | undefined, path: string): string {
  const p = toOpenApiPath(path);
  const fixture = fixtureFor(rule, p);
  return p
    .replace(/\/webhook-endpoints\/\{id\}/, `/webhook-endpoints/${endpointId}`)
    .replace(/\/admin\/merchants\/\{id\}/, `/admin/merchants/${a.id}`)
    .replace(/\{(id|paymentId|orderId)\}/g, () => fixture?.id ?? newId("evt"))
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

function checksFor(rule: AccessRule, hasOwnedId: boolean, method: string, path: string): Check[] {
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
      // A merchant key is no provider signature: refused, whatever 4xx the provider's protocol uses.
      return [["merchant secret key, no signature", bearer(a.sk), (s) => s >= 400 && s < 500, "4xx"]];
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
      const secret = fixtureFor(rule, toOpenApiPath(path))!.clientSecret;
      // The object named in the path: others get 404. A POST may validate its body first (400); never 2xx or 403.
      const hidden = method === "GET" ? is(404) : ([(x: number) => x === 404 || x === 400, "404 (or 400 before the lookup)"] as const);
      const pathNamesObject = /\{(id|paymentId|orderId)\}/.test(toOpenApiPath(path));
      return [
        ...common,
        ["owner's secret key", bearer(a.sk), ...allowedAndVisible],
        ["client secret", { "X-Client-Secret": secret }, ...allowedAndVisible],
        ["client secret with the owner's pk", { ...pkHere, "X-Client-Secret": secret }, ...allowedAndVisible],
        ["pk from a foreign origin", { ...bearer(a.pk), Origin: "https://evil.example.net", "X-Client-Secret": secret }, ...is(403)],
        ...(pathNamesObject
          ? ([
              ["other merchant's secret key", bearer(b.sk), ...hidden],
              ["another object's client secret", { "X-Client-Secret": otherPayment.clientSecret }, ...hidden],
              ["owner's pk without client secret", pkHere, ...hidden],
            ] as Check[])
          : []),
      ];
    }
  }
}

describe("the access table", () => {
  it("has an entry for every registered route and none for a route that does not exist; the app registers no test probes", () => {
    const missing = registered.filter((r) => !accessRuleFor(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    const routes = new Set(registered.map((r) => `${r.method} ${toOpenApiPath(r.path)}`));
    expect(ACCESS_POLICY.filter((rule) => !routes.has(`${rule.method} ${rule.path}`)).map((rule) => `${rule.method} ${rule.path}`)).toEqual([]);
    expect(registered.filter((r) => r.path.startsWith(TEST_PROBE_PREFIX))).toEqual([]);
    expect(ACCESS_POLICY.length).toBeGreaterThan(50);
  });

  it("holds for every registered route: no, wrong, revoked, foreign and right credentials", async () => {
    const failures: string[] = [];
    const probes: Array<() => Promise<void>> = [];
    const covered = new Set<string>();
    expect(registered.filter((r) => accessRuleFor(r.method, r.path)?.access === "owner_or_client_secret").length).toBeGreaterThanOrEqual(5);
    for (const route of registered) {
      const rule = accessRuleFor(route.method, route.path)!;
      const hasOwnedId = /\/webhook-endpoints\/\{id\}/.test(toOpenApiPath(route.path));
      for (const [label, headers, ok, want] of checksFor(rule, hasOwnedId, route.method, route.path)) {
        // Deleting would remove the fixture other checks rely on: the owner's DELETE is covered in the endpoint tests.
        if (route.method === "DELETE" && label === "secret key") continue;
        covered.add(`${route.method} ${route.path}`);
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
    // Only real routes are walked, and every one of them is.
    expect([...covered].sort()).toEqual(registered.map((r) => `${r.method} ${r.path}`).sort());
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
