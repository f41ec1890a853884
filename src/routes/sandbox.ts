import { Hono } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/errors";
import { sandboxFeedJson } from "../services/rates/sandbox-feed";

/**
 * Development-only fixtures the worker serves to itself (mounted at /__sandbox, outside the public
 * API and its OpenAPI document). With ENVIRONMENT other than "development" every path is a 404.
 */
export const sandboxRouter = new Hono<AppEnv>();

sandboxRouter.use("*", async (c, next) => {
  if (c.env.ENVIRONMENT !== "development") throw new ApiError("NOT_FOUND", { detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}` });
  await next();
});

sandboxRouter.get("/rates-feed.json", (c) => {
  c.header("Cache-Control", "no-store");
  return c.body(sandboxFeedJson(), 200, { "Content-Type": "application/json" });
});
