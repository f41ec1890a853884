/**
 * The OpenAPI document states each operation's credentials from the same access table the
 * middleware enforces, so the documentation can never drift from the rules.
 */
import type { AppOpenAPI } from "../lib/create-router";
import { accessRuleFor, type Access } from "./access-policy";
import { CLIENT_SECRET_HEADER } from "./client-secret";

const SCHEMES = {
  secretKey: { type: "http", scheme: "bearer", bearerFormat: "sk_test_… / sk_live_…", description: "Secret API key: server side only, everything for its merchant." },
  publishableKey: {
    type: "http", scheme: "bearer", bearerFormat: "pk_test_… / pk_live_…",
    description: "Publishable API key: browser-safe, only from the key's allowed origins (403 otherwise); creates payments/orders and estimates.",
  },
  clientSecret: {
    type: "apiKey", in: "header", name: CLIENT_SECRET_HEADER,
    description: "The `clientSecret` a create call returned: reads that one payment/order. Also accepted as `?client_secret=`.",
  },
  adminToken: { type: "http", scheme: "bearer", description: "Operator token (ADMIN_TOKEN secret)." },
} as const;

const SECURITY: Record<Access, Array<Record<string, string[]>>> = {
  public: [],
  provider_signature: [],
  publishable_or_secret: [{ secretKey: [] }, { publishableKey: [] }],
  secret: [{ secretKey: [] }],
  owner_or_client_secret: [{ secretKey: [] }, { clientSecret: [] }, { publishableKey: [], clientSecret: [] }],
  admin: [{ adminToken: [] }],
};

export function securityFor(access: Access) {
  return SECURITY[access];
}

/** Registers the security schemes and sets `security` on every documented operation from ACCESS_POLICY. */
export function documentAccessPolicy(app: AppOpenAPI): void {
  for (const [name, scheme] of Object.entries(SCHEMES)) app.openAPIRegistry.registerComponent("securitySchemes", name, scheme);
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== "route") continue;
    const rule = accessRuleFor(def.route.method, def.route.path);
    if (rule && def.route.security === undefined) def.route.security = SECURITY[rule.access];
  }
}

type DocResponses = Record<string, { description?: string; content?: Record<string, unknown> }>;
interface DocOperation { parameters?: Array<{ name: string; in: string }>; responses?: DocResponses }

/**
 * The error answers every request can get from the middleware in front of its handler, added to each
 * operation of the document so it lists what the route really returns: credentials (401, and 403 for a
 * publishable key from another origin) and the rate limits (429) from the access table; body limit (413)
 * and content type (415) on every body under /api/v1; Idempotency-Key reuse (409 in flight, 422 another
 * body) where the operation takes that header.
 */
export function documentMiddlewareResponses(doc: { paths: Record<string, Record<string, DocOperation>> }, problemSchemaRef = "#/components/schemas/Problem"): void {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const rule = accessRuleFor(method, path);
      if (!rule || !op.responses) continue;
      const add = (status: number, description: string) => {
        const existing = op.responses![String(status)];
        if (existing) {
          if (!existing.description?.includes(description)) existing.description = `${existing.description}; ${description}`;
          return;
        }
        op.responses![String(status)] = { description, content: { "application/problem+json": { schema: { $ref: problemSchemaRef } } } };
      };
      if (["publishable_or_secret", "secret", "owner_or_client_secret", "admin"].includes(rule.access)) add(401, "Unauthorized: missing or invalid credentials");
      if (rule.access === "publishable_or_secret" || rule.access === "owner_or_client_secret") add(403, "Forbidden: a publishable key used from an origin it does not allow");
      if (rule.access !== "provider_signature") add(429, "Too many requests (see Retry-After)");
      if (["post", "put", "patch"].includes(method) && path.startsWith("/api/v1/")) {
        add(413, "Payload too large");
        add(415, "Unsupported media type");
      }
      if (op.parameters?.some((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key")) {
        add(409, "A request with this Idempotency-Key is still in flight");
        add(422, "This Idempotency-Key was used with another request body");
      }
    }
  }
}
