/**
 * Tests never reach the network. Outbound `fetch` from the worker (which runs in the tests' isolate)
 * is answered here: a few fixture hosts used by the OpenAPI examples get canned answers, anything else
 * fails like an unreachable host. Tests that exercise an upstream inject their own fetcher.
 */
const FIXTURES: Record<string, () => Response> = {
  "https://shop.example.com/.well-known/fintag.json": () =>
    Response.json([{ "ican:xcb": "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b", "defi:fee": "1.00%" }]),
};

export const outboundRequests: string[] = [];

export function installNetworkGuard(): void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const parsed = new URL(url);
    // The worker's own in-process routes (e.g. the development rate feed) stay reachable.
    if (parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1") return original(input, init);
    outboundRequests.push(url);
    const fixture = FIXTURES[`${parsed.origin}${parsed.pathname}`];
    if (fixture) return fixture();
    throw new TypeError(`Network access is disabled in tests (${parsed.origin})`);
  };
}
