import { etag } from "hono/etag";
import { methodNotAllowed } from "hono/method-not-allowed";
import { secureHeaders } from "hono/secure-headers";
import { accessControl } from "./auth/access-control";
import { documentAccessPolicy } from "./auth/openapi-security";
import { ApiError } from "./lib/errors";
import { createRouter } from "./lib/create-router";
import { problemResponse } from "./lib/problem";
import { bodyLimitMiddleware, contentTypeMiddleware } from "./middleware/body";
import { corsMiddleware } from "./middleware/cors";
import { errorHandler, notFoundHandler } from "./middleware/error-handler";
import { requestIdMiddleware, requestLogger } from "./middleware/request-context";
import { requestScope } from "./middleware/request-scope";
import { apiRouters } from "./routes";
import { sandboxRouter } from "./routes/sandbox";
import { MYPOS_PAY_PAGE } from "./services/payments/methods/mypos";
import { myposPayPage } from "./routes/payments/mypos.handlers";
import { createSandboxRouter, SANDBOX_PREFIX } from "./sandbox";
import { widgetRouter } from "./routes/widget/widget.index";
import { openApiDocumentHandler } from "./routes/docs/openapi-document";
import { referencePage } from "./routes/docs/reference-page";
import { sandboxFintagFetcher } from "./sandbox/fintag/fetcher";
import { isDevelopment } from "./providers/mode";
import type { AppEnv } from "./env";

export const API_PREFIX = "/api/v1";
export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;

/** JSON API responses never render as documents, so they get the strictest policy. */
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

export interface AppOptions {
  /** Outbound fetch for calls to third-party hosts (default: the runtime's fetch). Tests pass a fake. */
  outboundFetcher?: typeof fetch;
}

export function createApp(options: AppOptions = {}) {
  const app = createRouter();
  const runtimeFetch: typeof fetch = (input, init) => fetch(input, init);
  // In development the documented example sites are answered by the FinTag sandbox (offline docs);
  // a fetcher passed in (tests) or any other environment goes out through the runtime's fetch.
  const developmentFetch = sandboxFintagFetcher(runtimeFetch);
  const fetcherFor = (env: AppEnv["Bindings"]) => options.outboundFetcher ?? (isDevelopment(env) ? developmentFetch : runtimeFetch);

  app.use("*", requestIdMiddleware, requestLogger, requestScope);
  app.use("*", async (c, next) => {
    c.set("outboundFetcher", fetcherFor(c.env));
    await next();
  });
  app.use(`${API_PREFIX}/*`, secureHeaders({ contentSecurityPolicy: API_CSP, crossOriginResourcePolicy: "cross-origin" }));
  // Pages that need another value (e.g. the payment redirect's Referrer-Policy, which myPOS checks) keep theirs.
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin", overwrite: false }));
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

  // Rate answers carry their own strong ETag (hash of the body); hono/etag answers If-None-Match with 304.
  app.use(`${API_PREFIX}/rates/*`, etag());

  // Who may call what (auth/access-policy.ts) and the rate limits, for every route.
  app.use("*", accessControl);

  for (const router of apiRouters) app.route(API_PREFIX, router);
  app.get(`${MYPOS_PAY_PAGE}/:id`, myposPayPage); // the customer's MyPOS redirect page (client secret in the URL)
  app.route("/__sandbox", sandboxRouter); // development-only fixtures (404 elsewhere)
  documentAccessPolicy(app);
  // Local sandbox providers (development only); they reach this worker's own webhooks in-process.
  app.route(SANDBOX_PREFIX, createSandboxRouter({ loopback: async (request, env, ctx) => app.fetch(request, env, ctx) }));
  // The embeddable checkout widget (static script, not an API operation).
  app.route("/widget", widgetRouter);

  const openApiDocument = openApiDocumentHandler(app);
  app.get(OPENAPI_PATH, (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
  app.get("/docs", referencePage(OPENAPI_PATH)); // its UI assets: wrangler.toml [assets]
  app.get("/", (c) => c.redirect("/docs"));

  app.notFound(notFoundHandler);
  app.onError(errorHandler);
  return app;
}

export type App = ReturnType<typeof createApp>;
