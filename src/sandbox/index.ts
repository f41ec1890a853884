/**
 * Local sandbox providers, mounted at /sandbox only when ENVIRONMENT is "development" (so in
 * `npm run dev` and the tests); everywhere else every /sandbox path is a 404.
 */
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { bodyLimitMiddleware } from "../middleware/body";
import { ApiError } from "../lib/errors";
import { isDevelopment } from "../providers/mode";
import { createMyposSandboxRouter, type MyposSandboxOptions } from "./mypos/router";

export const SANDBOX_PREFIX = "/sandbox";

export function createSandboxRouter(options: MyposSandboxOptions = {}) {
  const router = new Hono<AppEnv>({ strict: false });
  router.use("*", async (c, next) => {
    if (!isDevelopment(c.env)) throw new ApiError("NOT_FOUND", { detail: `${new URL(c.req.url).pathname} was not found` });
    await next();
  });
  router.use("*", bodyLimitMiddleware);
  router.route("/mypos", createMyposSandboxRouter(options));
  return router;
}
