import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/errors";

const encoder = new TextEncoder();

/** Constant-time string equality: compares SHA-256 digests, so neither length nor content leaks. */
export async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([crypto.subtle.digest("SHA-256", encoder.encode(a)), crypto.subtle.digest("SHA-256", encoder.encode(b))]);
  return crypto.subtle.timingSafeEqual(da, db);
}

/** The bearer token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([\x21-\x7e]{1,512})$/i.exec(header?.trim() ?? "");
  return match?.[1];
}

/**
 * Operator endpoints (/api/v1/admin/*): `Authorization: Bearer <ADMIN_TOKEN>`. With no ADMIN_TOKEN
 * configured every call is refused, so a forgotten secret never opens the door.
 */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const given = bearerToken(c.req.header("authorization"));
  if (!expected || !given || !(await timingSafeEqualStrings(given, expected))) {
    throw new ApiError("UNAUTHORIZED", {
      detail: "A valid operator token is required (Authorization: Bearer <ADMIN_TOKEN>)",
      headers: { "WWW-Authenticate": 'Bearer realm="coreport-admin"' },
    });
  }
  await next();
};
