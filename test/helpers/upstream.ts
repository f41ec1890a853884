/**
 * A fake internet for outbound calls: a `fetch` that answers from a table of URL → handler and records
 * every URL it was asked for. Pass `upstream.fetcher` to createApp({ outboundFetcher }) or a service.
 */
export type UpstreamHandler = (request: Request) => Response | Promise<Response>;

export interface FakeUpstream {
  fetcher: typeof fetch;
  calls: string[];
  /** Add or replace the handler of a URL. */
  on(url: string, handler: UpstreamHandler): void;
}

export function fakeUpstream(routes: Record<string, UpstreamHandler> = {}): FakeUpstream {
  const table = new Map(Object.entries(routes));
  const calls: string[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request.url);
    const handler = table.get(request.url);
    if (!handler) return new Response("not found", { status: 404, headers: { "content-type": "text/plain" } });
    return handler(request);
  }) as typeof fetch;
  return { fetcher, calls, on: (url, handler) => void table.set(url, handler) };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, ...init, headers: { "content-type": "application/json", ...init.headers } });
}

/** Never answers; rejects when the caller aborts (as a real fetch does on timeout). */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });
}
