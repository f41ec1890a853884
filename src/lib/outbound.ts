/**
 * Every outbound HTTP call (providers, rate sources, FinTag, merchant notifications) goes through
 * here: a hard timeout covering headers and body, a byte cap on the body, no silent redirects, and
 * errors that say which of those failed.
 */
import { countRoundTrip } from "./round-trips";

export type OutboundFailure = "timeout" | "too_large" | "network" | "redirect" | "http_status" | "content_type";

export class OutboundError extends Error {
  constructor(
    readonly reason: OutboundFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "OutboundError";
  }
}

export interface OutboundOptions {
  method?: string;
  headers?: HeadersInit;
  body?: BodyInit;
  timeoutMs: number;
  maxBytes: number;
  /** Default "manual": a 3xx is returned to the caller (who must re-check the target), never followed. */
  redirect?: "manual" | "error";
  /** Fetch implementation (tests and service bindings may pass their own). */
  fetcher?: typeof fetch;
}

export interface OutboundResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
  text(): string;
  latencyMs: number;
}

export async function outboundFetch(url: string | URL, options: OutboundOptions): Promise<OutboundResponse> {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const doFetch = options.fetcher ?? fetch;
  try {
    let response: Response;
    try {
      response = await countRoundTrip("provider", () => doFetch(url, {
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        redirect: "manual",
        signal: controller.signal,
      }));
    } catch (error) {
      if (controller.signal.aborted) throw new OutboundError("timeout", `No response within ${options.timeoutMs} ms`);
      throw new OutboundError("network", `Request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (options.redirect === "error" && response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      throw new OutboundError("redirect", `Upstream answered a redirect (${response.status})`, response.status);
    }
    const declared = Number(response.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel();
      throw new OutboundError("too_large", `Response of ${declared} bytes exceeds the ${options.maxBytes} byte limit`);
    }
    const body = await readCapped(response, options.maxBytes, controller.signal, options.timeoutMs);
    return {
      status: response.status,
      headers: response.headers,
      body,
      text: () => new TextDecoder().decode(body),
      latencyMs: Date.now() - started,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new OutboundError("too_large", `Response exceeds the ${maxBytes} byte limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof OutboundError) throw error;
    if (signal.aborted) throw new OutboundError("timeout", `Response body not complete within ${timeoutMs} ms`);
    throw new OutboundError("network", `Reading the response failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
