import { OpenAPIHono, type RouteConfig, type RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { validationError } from "./validation";

/**
 * Every router of the API is made here, so that all share the bindings type and the validation
 * hook: a failed zod validation becomes a 400 problem+json naming each invalid field.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
}

export type AppOpenAPI = ReturnType<typeof createRouter>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
