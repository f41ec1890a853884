/**
 * THE access table: who may call each route. One entry per route (method + path in OpenAPI form).
 * The access middleware (auth/access-control.ts) applies it to every request, the OpenAPI document
 * takes each operation's `security` from it, and test/auth/access-table.test.ts fails when a
 * registered route has no entry or an entry names no registered route.
 *
 * - public                  anyone; rate-limited per client IP
 * - publishable_or_secret   `Authorization: Bearer pk_…|sk_…` (a pk only from its allowed origins)
 * - secret                  `Authorization: Bearer sk_…`; the route only ever touches that merchant's rows
 * - owner_or_client_secret  the owning merchant's sk, or the object's client secret
 *                           (`X-Client-Secret` / `?client_secret=`, optionally with its pk);
 *                           anything else → 404, never 403 (an id of another merchant is not revealed)
 * - provider_signature      no key: the handler verifies the provider's signature (not rate-limited)
 * - admin                   `Authorization: Bearer <ADMIN_TOKEN>`
 */
export type Access = "public" | "publishable_or_secret" | "secret" | "owner_or_client_secret" | "provider_signature" | "admin";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface AccessRule {
  method: HttpMethod;
  /** `/api/v1/payments/payto/{id}`: OpenAPI path syntax. */
  path: string;
  access: Access;
  /** For owner_or_client_secret: which kind of object the client secret must belong to. */
  resource?: "payment" | "order";
}

/** A route under /api/v1 (the path is given relative to it). */
const rule = (method: HttpMethod, path: string, access: Access, resource?: AccessRule["resource"]): AccessRule =>
  ({ method, path: `/api/v1${path}`, access, ...(resource ? { resource } : {}) });
/** A route outside the API prefix (docs, widget assets, development sandboxes). */
const rootRule = (method: HttpMethod, path: string, access: Access): AccessRule => ({ method, path, access });

export const ACCESS_POLICY: readonly AccessRule[] = [
  // System, documentation
  rootRule("GET", "/", "public"),
  rootRule("GET", "/docs", "public"),
  // The embeddable widget: static script, manifest and SRI hash
  rootRule("GET", "/widget/v1/{file}", "public"),
  // The customer's MyPOS checkout redirect: opened only by the payment's client secret in the URL (else 404)
  rootRule("GET", "/pay/mypos/{id}", "public"),
  // Development-only fixtures (404 unless ENVIRONMENT=development)
  rootRule("GET", "/__sandbox/rates-feed.json", "public"),
  rootRule("POST", "/sandbox/mypos/checkout", "public"),
  rootRule("GET", "/sandbox/mypos/checkout/{token}", "public"),
  rootRule("POST", "/sandbox/mypos/checkout/{token}/pay", "public"),
  rootRule("POST", "/sandbox/mypos/checkout/{token}/cancel", "public"),
  rule("GET", "/openapi.json", "public"),
  rule("GET", "/ping", "public"),
  rule("GET", "/health", "public"),
  // Rates and info (public, cacheable)
  rule("GET", "/rates/{base}", "public"),
  rule("GET", "/rates/{base}/{target}", "public"),
  rule("GET", "/info/assets/{type}", "public"),
  rule("GET", "/info/quote", "public"),
  rule("GET", "/info/payment-types", "public"),
  rule("GET", "/info/locations", "public"),
  rule("GET", "/info/onramp", "public"),
  rule("GET", "/info/offramp", "public"),
  rule("GET", "/info/intra-providers", "public"),
  rule("GET", "/referrer-meta", "public"),
  rule("GET", "/fintag", "public"),
  rule("GET", "/event-types", "public"),

  // Creating payments and orders, estimates: from a merchant's server or its checkout page
  rule("POST", "/payments/mypos", "publishable_or_secret"),
  rule("POST", "/payments/payto", "publishable_or_secret"),
  rule("POST", "/payments/payto/cross-currency", "publishable_or_secret"),
  rule("POST", "/payments/payto/cross-currency-estimate", "publishable_or_secret"),
  rule("POST", "/payments/corepay", "publishable_or_secret"),
  rule("POST", "/onramp", "publishable_or_secret"),
  rule("POST", "/onramp/bank", "publishable_or_secret"),
  rule("POST", "/onramp/forex-estimate", "publishable_or_secret"),
  rule("POST", "/offramp", "publishable_or_secret"),
  rule("POST", "/offramp/bank", "publishable_or_secret"),
  rule("POST", "/offramp/estimate", "publishable_or_secret"),
  rule("POST", "/offramp/reverse-estimate", "publishable_or_secret"),

  // One payment or order: its merchant's secret key or its client secret
  rule("GET", "/payments/payto/{id}", "owner_or_client_secret", "payment"),
  rule("GET", "/payments/corepay/{id}", "owner_or_client_secret", "payment"),
  rule("GET", "/payments/mypos/{id}", "owner_or_client_secret", "payment"),
  rule("GET", "/payments/corepay/status/{paymentId}", "owner_or_client_secret", "payment"),
  rule("POST", "/offramp/proceed-partial", "owner_or_client_secret", "order"),
  rule("POST", "/offramp/reject/{id}", "owner_or_client_secret", "order"),
  rule("GET", "/orders/{id}", "owner_or_client_secret", "order"),

  // A merchant's own records and notification endpoints: secret key only
  rule("GET", "/payments", "secret"),
  rule("GET", "/orders", "secret"),
  rule("GET", "/events", "secret"),
  rule("GET", "/events/{id}", "secret"),
  rule("POST", "/webhook-endpoints", "secret"),
  rule("GET", "/webhook-endpoints", "secret"),
  rule("GET", "/webhook-endpoints/{id}", "secret"),
  rule("PATCH", "/webhook-endpoints/{id}", "secret"),
  rule("DELETE", "/webhook-endpoints/{id}", "secret"),
  rule("POST", "/webhook-endpoints/{id}/rotate-secret", "secret"),
  rule("GET", "/webhook-endpoints/{id}/deliveries", "secret"),
  rule("GET", "/webhook-endpoints/{id}/deliveries/{deliveryId}", "secret"),
  rule("POST", "/webhook-endpoints/{id}/deliveries/{deliveryId}/replay", "secret"),

  // Provider callbacks: authenticated by the provider's signature in the handler
  rule("POST", "/payments/mypos/webhook", "provider_signature"),
  rule("POST", "/payments/payto/webhook", "provider_signature"),
  rule("POST", "/payments/corepay/webhook", "provider_signature"),
  rule("POST", "/onramp/webhook", "provider_signature"),
  rule("POST", "/offramp/webhook", "provider_signature"),

  // Operators
  rule("POST", "/admin/merchants", "admin"),
  rule("GET", "/admin/merchants", "admin"),
  rule("GET", "/admin/merchants/{id}", "admin"),
  rule("PATCH", "/admin/merchants/{id}", "admin"),
  rule("POST", "/admin/merchants/{id}/keys", "admin"),
  rule("GET", "/admin/merchants/{id}/keys", "admin"),
  rule("POST", "/admin/merchants/{id}/keys/{keyId}/revoke", "admin"),
  rule("POST", "/admin/events", "admin"),
  rule("POST", "/admin/rates", "admin"),
  rule("POST", "/admin/config/invalidate", "admin"),
  rule("GET", "/admin/liquidity", "admin"),
  rule("GET", "/admin/liquidity/{asset}", "admin"),
  rule("POST", "/admin/liquidity/{asset}", "admin"),
  rule("POST", "/admin/sandbox/payments", "admin"),
  rule("POST", "/admin/sandbox/orders", "admin"),
  rule("GET", "/admin/subjects/{id}", "admin"),
];

const BY_ROUTE = new Map(ACCESS_POLICY.map((r) => [`${r.method} ${r.path}`, r]));
if (BY_ROUTE.size !== ACCESS_POLICY.length) throw new Error("ACCESS_POLICY lists a route twice");

/** Hono's `/x/:id` or `/x/:id{re}` → OpenAPI's `/x/{id}`. */
export function toOpenApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}");
}

/**
 * Routes that tests add to createApp() to probe middleware live under this prefix and count as
 * public. The app itself never registers one (test/auth/access-table.test.ts checks that).
 */
export const TEST_PROBE_PREFIX = "/api/v1/__probe/";

/** The rule for a route as registered (HEAD is served by GET routes). */
export function accessRuleFor(method: string, path: string): AccessRule | undefined {
  const m = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase();
  const openApiPath = toOpenApiPath(path);
  const rule = BY_ROUTE.get(`${m} ${openApiPath}`);
  if (!rule && openApiPath.startsWith(TEST_PROBE_PREFIX)) return { method: m as HttpMethod, path: openApiPath, access: "public" };
  return rule;
}
