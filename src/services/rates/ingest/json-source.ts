import { z } from "zod";
import { utcDay } from "../../../lib/dates";
import { outboundFetch } from "../../../lib/outbound";
import { assertPublicHttpsUrl } from "../../../lib/ssrf";
import { SourceError, type RateObservation, type RateSource, type SourceContext } from "./types";

/**
 * A generic JSON rate feed, described in config (RATE_JSON_SOURCES) by a URL and a field mapping.
 * Two document shapes are understood:
 *
 *  - a map:   `{"base":"EUR","timestamp":1764238530,"rates":{"USD":1.0862,"GBP":"0.8419"}}`
 *             → `{"ratesPath":"rates","basePath":"base","asOfPath":"timestamp","asOfFormat":"unix"}`
 *  - a list:  `{"data":[{"from":"USDX","to":"EUR","price":"0.9211","ts":"2026-11-27T10:00:00Z"}]}`
 *             → `{"ratesPath":"data","baseField":"from","quoteField":"to","rateField":"price","asOfField":"ts"}`
 *
 * Paths are dot-separated keys (array indexes allowed, "" = the document itself). Numbers are read
 * from their source text, so `1.08625` stays exactly that.
 */
const NAME = /^[a-z][a-z0-9_-]{0,31}$/;
const CODE = /^[A-Za-z0-9]{2,12}$/;
const JsonPath = z.string().max(200).regex(/^[^\s]*$/, "no spaces in paths");
const Field = z.string().min(1).max(100);

export const JsonSourceConfigSchema = z
  .strictObject({
    name: z.string().regex(NAME, "lower-case letters, digits, - and _ (max 32)"),
    /** Absolute https URL; http://localhost and relative URLs (this worker) only in development. */
    url: z.string().min(1).max(2048),
    base: z.string().regex(CODE).optional(),
    basePath: JsonPath.optional(),
    ratesPath: JsonPath,
    baseField: Field.optional(),
    quoteField: Field.optional(),
    rateField: Field.default("rate"),
    asOfField: Field.optional(),
    asOfPath: JsonPath.optional(),
    asOfFormat: z.enum(["iso", "unix", "unix_ms"]).default("iso"),
    history: z.enum(["fill", "fixing"]).default("fill"),
    maxBytes: z.number().int().min(1024).max(5_000_000).default(262_144),
  });

export type JsonSourceConfig = z.infer<typeof JsonSourceConfigSchema>;

/** Parse RATE_JSON_SOURCES (a JSON array). Throws SourceError with a short, secret-free reason. */
export function parseJsonSourceConfigs(raw: string | undefined): Map<string, JsonSourceConfig> {
  if (!raw?.trim()) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new SourceError("RATE_JSON_SOURCES is not valid JSON");
  }
  const parsed = z.array(JsonSourceConfigSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(`RATE_JSON_SOURCES is invalid at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
  }
  return new Map(parsed.data.map((c) => [c.name, c]));
}

/** JSON.parse keeping every number as its exact source text (ES2025 JSON.parse source access). */
export function parseJsonExact(text: string): unknown {
  return JSON.parse(text, function (_key, value: unknown, context?: { source?: string }) {
    return typeof value === "number" ? (context?.source ?? String(value)) : value;
  });
}

function at(doc: unknown, path: string | undefined): unknown {
  if (path === undefined || path === "") return doc;
  let node = doc;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

function parseAsOf(value: unknown, format: JsonSourceConfig["asOfFormat"]): number | undefined {
  const s = text(value);
  if (s === undefined || s === "") return undefined;
  if (format === "iso") {
    const ms = Date.parse(s);
    return /^\d{4}-\d{2}-\d{2}/.test(s) && Number.isFinite(ms) ? ms : undefined;
  }
  if (!/^\d{1,16}(\.\d+)?$/.test(s)) return undefined;
  const whole = Number.parseInt(s.split(".")[0]!, 10); // timestamps, not money: an integer count is fine
  return format === "unix" ? whole * 1000 : whole;
}

/** Map a fetched document to observations. Codes are upper-cased; validation happens later. */
export function mapJsonDocument(doc: unknown, config: JsonSourceConfig, fetchedAt: number): RateObservation[] {
  const docAsOf = config.asOfPath !== undefined ? parseAsOf(at(doc, config.asOfPath), config.asOfFormat) : undefined;
  if (config.asOfPath !== undefined && docAsOf === undefined) throw new SourceError(`no valid timestamp at '${config.asOfPath}'`);
  const docBase = text(config.basePath !== undefined ? at(doc, config.basePath) : config.base);
  const rates = at(doc, config.ratesPath);
  const out: RateObservation[] = [];
  const push = (base: string | undefined, quote: string | undefined, rate: unknown, asOf: number | undefined) => {
    if (!base || !quote || !CODE.test(base) || !CODE.test(quote)) return;
    const when = asOf ?? docAsOf ?? fetchedAt;
    out.push({ base: base.toUpperCase(), quote: quote.toUpperCase(), rate: text(rate) ?? String(rate), date: utcDay(when), asOf: when });
  };
  if (Array.isArray(rates)) {
    if (!config.quoteField) throw new SourceError("the rates are a list but quoteField is not configured");
    for (const entry of rates) {
      if (entry === null || typeof entry !== "object") continue;
      const e = entry as Record<string, unknown>;
      const base = config.baseField ? text(e[config.baseField]) : docBase;
      const asOf = config.asOfField ? parseAsOf(e[config.asOfField], config.asOfFormat) : undefined;
      push(base, text(e[config.quoteField]), e[config.rateField], asOf);
    }
  } else if (rates !== null && typeof rates === "object") {
    if (!docBase) throw new SourceError("no base currency (set base or basePath)");
    for (const [quote, rate] of Object.entries(rates)) push(docBase, quote, rate, undefined);
  } else {
    throw new SourceError(`no rates at '${config.ratesPath}'`);
  }
  if (out.length === 0) throw new SourceError("the document contains no usable rates");
  return out;
}

function resolveUrl(config: JsonSourceConfig, ctx: SourceContext): { url: URL; self: boolean } {
  const development = ctx.env.ENVIRONMENT === "development";
  if (config.url.startsWith("/")) {
    if (!development || !ctx.selfFetch) throw new SourceError("relative source URLs are for development only");
    return { url: new URL(config.url, "http://localhost"), self: true };
  }
  try {
    return { url: assertPublicHttpsUrl(config.url, { allowLocalhostHttp: development }), self: false };
  } catch {
    throw new SourceError("the configured URL is not a public https URL");
  }
}

export function jsonSource(config: JsonSourceConfig): RateSource {
  return {
    name: config.name,
    history: config.history,
    async fetch(ctx) {
      const { url, self } = resolveUrl(config, ctx);
      const res = await outboundFetch(url, {
        timeoutMs: ctx.timeoutMs,
        maxBytes: config.maxBytes,
        fetcher: self ? (input, init) => ctx.selfFetch!(new Request(input, init)) : ctx.fetcher,
        headers: { Accept: "application/json" },
      });
      if (res.status !== 200) throw new SourceError(`HTTP ${res.status} from the source`);
      let doc: unknown;
      try {
        doc = parseJsonExact(res.text());
      } catch {
        throw new SourceError("the response is not valid JSON");
      }
      return { observations: mapJsonDocument(doc, config, ctx.now) };
    },
  };
}
