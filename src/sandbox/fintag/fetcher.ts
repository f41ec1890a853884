import { FINTAG_WELL_KNOWN_PATH } from "../../services/referrals/fintag.client";
import { SANDBOX_FINTAG_SITES, type SandboxFintagSite } from "./sites";

/**
 * An outbound fetch that answers for the sandbox FinTag sites itself and hands every other request to
 * `fallback` (the SSRF-guarded real fetch still runs first: these are public https names). Only
 * installed in development (src/app.ts); the answers are what the real sites would publish.
 */
export function sandboxFintagFetcher(fallback: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const site = url.protocol === "https:" ? SANDBOX_FINTAG_SITES[url.hostname.toLowerCase()] : undefined;
    return site ? sandboxSiteResponse(site, url.pathname) : fallback(input, init);
  };
}

function sandboxSiteResponse(site: SandboxFintagSite, path: string): Response {
  if (site.method === "well-known" && path === FINTAG_WELL_KNOWN_PATH) {
    return Response.json([{ "ican:xcb": site.icanAddress, "defi:fee": site.fee }]);
  }
  if (path === "/") {
    const meta = site.method === "meta" ? `<meta name="ican:xcb" content="${site.icanAddress}"><meta name="defi:fee" content="${site.fee}">` : "";
    const html = `<!doctype html><html><head><meta property="og:site_name" content="${site.siteName}">${meta}<title>${site.siteName}</title></head><body></body></html>`;
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
}
