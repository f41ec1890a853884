import { Scalar } from "@scalar/hono-api-reference";
import { methodNotAllowed } from "hono/method-not-allowed";
import { secureHeaders } from "hono/secure-headers";
import { ApiError } from "./lib/errors";
import { createRouter } from "./lib/create-router";
import { problemResponse } from "./lib/problem";
import { bodyLimitMiddleware, contentTypeMiddleware } from "./middleware/body";
import { corsMiddleware } from "./middleware/cors";
import { errorHandler, notFoundHandler } from "./middleware/error-handler";
import { requestIdMiddleware, requestLogger } from "./middleware/request-context";
import { apiRouters } from "./routes";
import { widgetRouter } from "./routes/widget/widget.index";

export const API_PREFIX = "/api/v1";
export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;
export const API_VERSION = "1.0.0";

/** JSON API responses never render as documents, so they get the strictest policy. */
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

export function createApp() {
  const app = createRouter();

  app.use("*", requestIdMiddleware, requestLogger);
  app.use(`${API_PREFIX}/*`, secureHeaders({ contentSecurityPolicy: API_CSP, crossOriginResourcePolicy: "cross-origin" }));
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use(`${API_PREFIX}/*`, corsMiddleware, bodyLimitMiddleware, contentTypeMiddleware);
  app.use(
    "*",
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(c, new ApiError("METHOD_NOT_ALLOWED", {
          detail: `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; use ${methods.join(", ")}`,
          headers: { Allow: methods.join(", ") },
        })),
    }),
  );

  for (const router of apiRouters) app.route(API_PREFIX, router);
  // The embeddable checkout widget (static script, not an API operation).
  app.route("/widget", widgetRouter);

  app.doc31(OPENAPI_PATH, (c) => ({
    openapi: "3.1.0",
    info: {
      title: "CorePort API",
      version: API_VERSION,
      description:
        "Fiat ⇄ stablecoin payment gateway. Amounts are decimal strings; errors are RFC 9457 `application/problem+json`.",
      contact: { name: "CorePort", url: "https://coreport.net" },
      license: { name: "Proprietary", identifier: "LicenseRef-CorePort" },
    },
    servers: [{ url: new URL(c.req.url).origin, description: "This CorePort instance" }],
    tags: [{ name: "System", description: "Liveness and dependency health" }],
  }));
  app.get("/docs", Scalar({ url: OPENAPI_PATH, pageTitle: "CorePort API reference" }));
  app.get("/", (c) => c.redirect("/docs"));

  app.notFound(notFoundHandler);
  app.onError(errorHandler);
  return app;
}

export type App = ReturnType<typeof createApp>;
