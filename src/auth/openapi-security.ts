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
