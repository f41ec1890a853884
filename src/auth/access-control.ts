import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv, AuthContext } from "../env";
import { ApiError } from "../lib/errors";
import { requireAdmin } from "../middleware/admin-auth";
import { clientIp, enforceRateLimit } from "../middleware/rate-limit";
import { accessRuleFor, type AccessRule } from "./access-policy";
import { authenticateApiKey, unauthorized } from "./authenticate";
import { presentedClientSecret } from "./client-secret";

/** The route that will answer this request (the last matched non-middleware route), if any. */
export function answeringRoute(c: Context): { method: string; path: string } | undefined {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const route = routes[i]!;
    if (route.method !== "ALL") return { method: route.method, path: route.path };
  }
  return undefined;
}

/** A merchant's data must never sit in a shared cache: authenticated answers are no-store unless the handler said otherwise. */
function privateResponse(c: Context<AppEnv>): void {
  if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "private, no-store");
}

/** Failed credentials count against the caller's IP, so guessing keys is rate-limited too. */
async function guarded<T>(c: Context<AppEnv>, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      await enforceRateLimit(c, "PUBLIC_RATE_LIMITER", `ip:${clientIp(c)}`);
    }
    throw error;
  }
}

async function authenticate(c: Context<AppEnv>, rule: AccessRule): Promise<AuthContext | undefined> {
  switch (rule.access) {
    case "publishable_or_secret":
    case "owner_or_client_secret":
      return authenticateApiKey(c, ["publishable", "secret"]);
    case "secret":
      return authenticateApiKey(c, ["secret"]);
    default:
      return undefined;
  }
}

/**
 * Applies the access table (auth/access-policy.ts) to every request, and the rate limits:
 * per API key on authenticated calls, per client IP on everything else except provider callbacks.
 * Requests that match no route fall through to 404/405.
 */
export const accessControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "OPTIONS") return next();
  const route = answeringRoute(c);
  if (!route) return next();
  const rule = accessRuleFor(route.method, route.path);
  if (!rule) {
    // Fail closed: a route nobody classified is never served (the access-table test prevents this).
    c.get("log")?.error("route missing from ACCESS_POLICY", { method: route.method, path: route.path });
    throw new ApiError("INTERNAL", { detail: "This endpoint is not available" });
  }

  switch (rule.access) {
    case "provider_signature":
      return next();
    case "public":
      await enforceRateLimit(c, "PUBLIC_RATE_LIMITER", `ip:${clientIp(c)}`);
      return next();
    case "admin":
      await guarded(c, () => requireAdmin(c, async () => {}));
      await enforceRateLimit(c, "PUBLIC_RATE_LIMITER", `ip:${clientIp(c)}`);
      return next();
  }

  const auth = await guarded(c, () => authenticate(c, rule));
  if (auth) {
    c.set("auth", auth);
    await enforceRateLimit(c, "API_RATE_LIMITER", `key:${auth.credentialId}`);
    await next();
    return privateResponse(c);
  }
  if (rule.access === "owner_or_client_secret" && presentedClientSecret(c)) {
    // Checked against the object itself by the handler (auth/ownership.ts).
    await enforceRateLimit(c, "PUBLIC_RATE_LIMITER", `ip:${clientIp(c)}`);
    await next();
    return privateResponse(c);
  }
  await guarded(c, async () => {
    throw unauthorized(
      rule.access === "owner_or_client_secret"
        ? "Send the merchant's secret key (Authorization: Bearer sk_…) or the client secret (X-Client-Secret)"
        : `An API key is required: Authorization: Bearer ${rule.access === "secret" ? "sk_…" : "pk_… or sk_…"}`,
    );
  });
};
