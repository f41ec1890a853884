/**
 * Serves the embeddable checkout widget (built from src/widget by scripts/build-widget.mjs):
 *
 *   /widget/v1/coreport.js              latest v1 build; cached 5 min, then revalidated by ETag,
 *                                        so fixes reach every merchant page within minutes
 *   /widget/v1/coreport.<hash>.js       this exact build, content-addressed: immutable for a year,
 *                                        the URL to pin with Subresource Integrity
 *   /widget/v1/manifest.json            version, integrity, sizes and both URLs
 *   /widget/v1/coreport.js.sri          just the integrity value (sha384-…)
 *
 * Any site may load these (CORS `*` — needed for `crossorigin="anonymous"` + SRI — and CORP
 * cross-origin). They are not API operations, so they are not in the OpenAPI document.
 */
import type { Context } from "hono";
import { etag } from "hono/etag";
import type { AppEnv } from "../../env";
import { createRouter } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { WIDGET_ASSET_PATH, WIDGET_MANIFEST } from "../../generated/widget-bundle.js";

const LATEST_CACHE = "public, max-age=300, stale-while-revalidate=86400";
const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
const ETAG = `"${WIDGET_MANIFEST.contentHash}"`;
const IMMUTABLE_FILE = `coreport.${WIDGET_MANIFEST.contentHash}.js`;
const HASHED_FILE = /^coreport\.[0-9a-f]{16}\.js$/;

function publicAsset(c: Context<AppEnv>, body: string, contentType: string, cacheControl: string): Response {
  c.header("Access-Control-Allow-Origin", "*");
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
  c.header("Timing-Allow-Origin", "*");
  c.header("Cache-Control", cacheControl);
  c.header("ETag", ETAG);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Content-Type", contentType);
  return c.body(body, 200);
}

export const widgetRouter = createRouter();
// If-None-Match (RFC 9110 §13.1.2: lists, W/ weak comparison, *) → 304, against the ETag set below.
widgetRouter.use("*", etag());

/** The built script, from the Worker's static assets (it is not in the Worker's own bundle). */
async function widgetSource(c: Context<AppEnv>): Promise<string> {
  const res = await c.env.ASSETS.fetch(new URL(WIDGET_ASSET_PATH, c.req.url));
  if (!res.ok) throw new ApiError("SERVICE_UNAVAILABLE", { detail: "The widget build is missing from this deployment's assets" });
  return res.text();
}

widgetRouter.get(`/${WIDGET_MANIFEST.channel}/:file`, async (c) => {
  const file = c.req.param("file");
  switch (file) {
    case "coreport.js":
      return publicAsset(c, await widgetSource(c), "text/javascript; charset=utf-8", LATEST_CACHE);
    case IMMUTABLE_FILE:
      return publicAsset(c, await widgetSource(c), "text/javascript; charset=utf-8", IMMUTABLE_CACHE);
    case "manifest.json":
      return publicAsset(c, JSON.stringify(WIDGET_MANIFEST), "application/json; charset=utf-8", LATEST_CACHE);
    case "coreport.js.sri":
      return publicAsset(c, `${WIDGET_MANIFEST.integrity}\n`, "text/plain; charset=utf-8", LATEST_CACHE);
  }
  if (HASHED_FILE.test(file)) {
    throw new ApiError("NOT_FOUND", {
      detail: `Widget build ${file} is not served by this deployment; the current build is ${WIDGET_MANIFEST.files.immutable} (see ${WIDGET_MANIFEST.files.latest.replace("coreport.js", "manifest.json")})`,
    });
  }
  throw ApiError.notFound("Widget file", file);
});
