import { z } from "@hono/zod-openapi";
import { OutboundError, outboundFetch, type OutboundResponse } from "../../lib/outbound";
import { assertPublicHttpsUrl, UnsafeUrlError } from "../../lib/ssrf";
import { FintagEntrySchema, normaliseEntry, parseFintagDocument, parseFintagFee, type FintagEntry } from "./fintag.schema";
import { checkIcan } from "../../lib/ican";

/**
 * Fetches FinTag declarations from other people's sites — an SSRF surface, so:
 * - the target is built from a hostname that passed `assertPublicHttpsUrl` (https, public name, no IP
 *   literal, no userinfo, default port), and every redirect hop is re-checked the same way before it is
 *   requested (at most MAX_REDIRECTS hops);
 * - one time budget covers all hops, bodies are capped, the content type must match;
 * - results are cached in KV: successes for an hour, definite failures (404, invalid document) for five
 *   minutes, transient ones (timeout, 5xx, network) for a minute (KV's shortest TTL), so a hostile or
 *   broken site cannot make CorePort hammer it or anyone else.
 */
export const FINTAG_WELL_KNOWN_PATH = "/.well-known/fintag.json";
const MAX_REDIRECTS = 3;
const DEFAULT_TIMEOUT_MS = 3_000;
const JSON_MAX_BYTES = 64 * 1024;
const HTML_MAX_BYTES = 512 * 1024;
const USER_AGENT = "CorePort-FinTag/1.0 (+https://coreport.net/fintag)";
const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;
const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

const TTL_SUCCESS = 3_600;
const TTL_DEFINITE_FAILURE = 300;
const TTL_TRANSIENT_FAILURE = 60;

export type FintagFailure =
  | "not_found" // the site publishes no FinTag (404/410, or no meta tags)
  | "invalid" // it publishes one that is not valid FinTag
  | "content_type" // the answer is not JSON (or HTML for meta tags)
  | "too_large"
  | "redirect_refused" // a redirect to a target the SSRF guard refuses, or too many hops
  | "upstream" // 5xx, other statuses, network failures
  | "timeout";

const TRANSIENT: ReadonlySet<FintagFailure> = new Set(["upstream", "timeout", "too_large"]);

export class FintagFetchError extends Error {
  constructor(
    readonly reason: FintagFailure,
    message: string,
    readonly upstreamStatus?: number,
  ) {
    super(message);
    this.name = "FintagFetchError";
  }
}

export type FintagMethod = "well-known" | "meta";

export interface FintagLookup {
  host: string;
  url: string;
  method: FintagMethod;
  entries: FintagEntry[];
  /** `og:site_name` of the page, when read from HTML meta tags. */
  siteName: string | null;
  fetchedAt: string;
  /** Served from the KV cache. */
  cached: boolean;
}

export interface FintagOptions {
  fetcher?: typeof fetch;
  timeoutMs?: number;
  /** KV namespace for results; omit to always fetch. */
  cache?: KVNamespace;
  /** Where to hand background work (cache writes), e.g. `executionCtx.waitUntil`. */
  defer?: (work: Promise<unknown>) => void;
}

const SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:file|data|javascript|ftp|gopher|http|https|ws|wss|about|blob|mailto|view-source):)/i;

/**
 * The host of a site the caller names: "shop.example.com", "https://shop.example.com" or a full page URL
 * (only the host is used). Throws UnsafeUrlError for anything the SSRF guard refuses.
 */
export function parseSiteInput(input: string): string {
  const text = input.trim();
  if (!text || text.length > 2048) throw new UnsafeUrlError("invalid_url", "Expected a hostname such as shop.example.com");
  const url = assertPublicHttpsUrl(SCHEME.test(text) ? text : `https://${text}`);
  return url.hostname.toLowerCase().replace(/\.$/, "");
}

function failureFromOutbound(error: OutboundError): FintagFetchError {
  switch (error.reason) {
    case "timeout":
      return new FintagFetchError("timeout", "The site did not answer in time");
    case "too_large":
      return new FintagFetchError("too_large", "The site's answer is larger than allowed");
    default:
      return new FintagFetchError("upstream", `The site could not be reached (${error.reason})`);
  }
}

/** GET with the SSRF guard applied to the target and to every redirect hop, under one time budget. */
async function guardedGet(start: URL, accept: string, maxBytes: number, options: FintagOptions): Promise<OutboundResponse & { url: string }> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let target = start;
  for (let hop = 0; ; hop++) {
    try {
      target = assertPublicHttpsUrl(target.href);
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw new FintagFetchError("redirect_refused", `Refused redirect target: ${error.message}`);
      throw error;
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new FintagFetchError("timeout", "The site did not answer in time");
    let response: OutboundResponse;
    try {
      response = await outboundFetch(target, {
        timeoutMs: remaining,
        maxBytes,
        fetcher: options.fetcher,
        headers: { Accept: accept, "User-Agent": USER_AGENT },
      });
    } catch (error) {
      if (error instanceof OutboundError) throw failureFromOutbound(error);
      throw error;
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location");
      if (!location) throw new FintagFetchError("upstream", `The site answered ${response.status} without a Location`, response.status);
      if (hop >= MAX_REDIRECTS) throw new FintagFetchError("redirect_refused", `More than ${MAX_REDIRECTS} redirects`);
      try {
        target = new URL(location, target);
      } catch {
        throw new FintagFetchError("redirect_refused", "The site redirected to an invalid URL");
      }
      continue;
    }
    if (response.status === 404 || response.status === 410) {
      throw new FintagFetchError("not_found", `No FinTag at ${target.href} (HTTP ${response.status})`, response.status);
    }
    if (response.status < 200 || response.status >= 300) {
      throw new FintagFetchError("upstream", `The site answered HTTP ${response.status}`, response.status);
    }
    return { ...response, url: target.href };
  }
}

function decodeUtf8(body: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    throw new FintagFetchError("invalid", "The answer is not valid UTF-8");
  }
}

/** `https://{host}/.well-known/fintag.json`: an array of FinTag entries, JSON, at most 64 KiB. */
async function fetchWellKnown(host: string, options: FintagOptions): Promise<Omit<FintagLookup, "cached">> {
  const response = await guardedGet(new URL(`https://${host}${FINTAG_WELL_KNOWN_PATH}`), "application/json", JSON_MAX_BYTES, options);
  const type = response.headers.get("content-type") ?? "";
  if (!JSON_TYPE.test(type)) throw new FintagFetchError("content_type", `Expected application/json, got '${type || "(none)"}'`);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(response.body));
  } catch (error) {
    if (error instanceof FintagFetchError) throw error;
    throw new FintagFetchError("invalid", "The FinTag document is not valid JSON");
  }
  const parsed = parseFintagDocument(json);
  if (!parsed.ok) throw new FintagFetchError("invalid", `Invalid FinTag document: ${parsed.problems.join("; ")}`);
  return { host, url: response.url, method: "well-known", entries: parsed.entries, siteName: null, fetchedAt: new Date().toISOString() };
}

/** `<meta property|name="ican:xcb" content>` and `defi:fee` (plus `og:site_name`) from the site's home page. */
export async function readFintagMeta(html: Uint8Array): Promise<{ ican?: string; fee?: string; siteName?: string }> {
  const found: { ican?: string; fee?: string; siteName?: string } = {};
  const rewriter = new HTMLRewriter().on("meta", {
    element(element) {
      const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? "").trim().toLowerCase();
      const content = element.getAttribute("content");
      if (content === null) return;
      if (key === "ican:xcb" && found.ican === undefined) found.ican = content.trim();
      else if (key === "defi:fee" && found.fee === undefined) found.fee = content.trim();
      else if (key === "og:site_name" && found.siteName === undefined) found.siteName = content.trim().slice(0, 120);
    },
  });
  await rewriter.transform(new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } })).arrayBuffer();
  return found;
}

async function fetchMetaTags(host: string, options: FintagOptions): Promise<Omit<FintagLookup, "cached">> {
  const response = await guardedGet(new URL(`https://${host}/`), "text/html", HTML_MAX_BYTES, options);
  const type = response.headers.get("content-type") ?? "";
  if (!HTML_TYPE.test(type)) throw new FintagFetchError("content_type", `Expected text/html, got '${type || "(none)"}'`);
  const meta = await readFintagMeta(response.body);
  if (meta.ican === undefined) throw new FintagFetchError("not_found", `No ican:xcb meta tag at ${response.url}`);
  const ican = checkIcan(meta.ican);
  if (!ican.valid) throw new FintagFetchError("invalid", `Invalid ican:xcb meta tag: ${ican.message}`);
  if (meta.fee !== undefined && parseFintagFee(meta.fee) === undefined) {
    throw new FintagFetchError("invalid", "Invalid defi:fee meta tag: must be \"0.00%\" to \"4.00%\" with at most two decimals");
  }
  return {
    host,
    url: response.url,
    method: "meta",
    entries: [normaliseEntry(meta.ican, meta.fee)],
    siteName: meta.siteName || null,
    fetchedAt: new Date().toISOString(),
  };
}

const CachedRecord = z.union([
  z.object({
    ok: z.literal(true),
    host: z.string(),
    url: z.string(),
    method: z.enum(["well-known", "meta"]),
    entries: z.array(FintagEntrySchema),
    siteName: z.string().nullable(),
    fetchedAt: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(["not_found", "invalid", "content_type", "too_large", "redirect_refused", "upstream", "timeout"]),
    message: z.string(),
    upstreamStatus: z.number().optional(),
  }),
]);

function cacheKey(method: FintagMethod, host: string): string {
  return `fintag:v1:${method}:${host}`;
}

/**
 * The FinTag of `host` by one method, through the KV cache. A cached failure is thrown again as it was
 * (same reason), so a broken site costs one fetch per TTL.
 */
export async function lookupFintag(host: string, method: FintagMethod, options: FintagOptions = {}): Promise<FintagLookup> {
  const key = cacheKey(method, host);
  if (options.cache) {
    const raw = await options.cache.get(key, "json").catch(() => null);
    const cached = raw === null ? undefined : CachedRecord.safeParse(raw);
    if (cached?.success) {
      const record = cached.data;
      if (record.ok) return { host: record.host, url: record.url, method: record.method, entries: record.entries, siteName: record.siteName, fetchedAt: record.fetchedAt, cached: true };
      throw new FintagFetchError(record.reason, record.message, record.upstreamStatus);
    }
  }
  // A cache write that fails only costs a refetch later: never fail the lookup for it.
  const store = async (value: z.infer<typeof CachedRecord>, ttl: number) => {
    if (!options.cache) return;
    const write = options.cache.put(key, JSON.stringify(value), { expirationTtl: ttl }).catch(() => undefined);
    if (options.defer) options.defer(write);
    else await write;
  };
  try {
    const result = method === "well-known" ? await fetchWellKnown(host, options) : await fetchMetaTags(host, options);
    await store({ ok: true, ...result }, TTL_SUCCESS);
    return { ...result, cached: false };
  } catch (error) {
    if (error instanceof FintagFetchError) {
      await store(
        { ok: false, reason: error.reason, message: error.message, upstreamStatus: error.upstreamStatus },
        TRANSIENT.has(error.reason) ? TTL_TRANSIENT_FAILURE : TTL_DEFINITE_FAILURE,
      );
    }
    throw error;
  }
}

/** A site's FinTag by any method: the well-known JSON document, else the home page's meta tags. */
export async function discoverFintag(host: string, options: FintagOptions = {}): Promise<FintagLookup> {
  try {
    return await lookupFintag(host, "well-known", options);
  } catch (error) {
    if (error instanceof FintagFetchError && error.reason === "not_found") return lookupFintag(host, "meta", options);
    throw error;
  }
}
