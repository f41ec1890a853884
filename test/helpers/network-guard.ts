/**
 * Tests never reach the network. Outbound `fetch` from the worker (which runs in the tests' isolate)
 * fails here like an unreachable host. (The documented FinTag example sites are answered by the
 * worker's own FinTag sandbox before any fetch; tests that exercise an upstream inject their own fetcher.)
 */

export const outboundRequests: string[] = [];

export function installNetworkGuard(): void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const parsed = new URL(url);
    // The worker's own in-process routes (e.g. the development rate feed) stay reachable.
    if (parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1") return original(input, init);
    outboundRequests.push(url);
    throw new TypeError(`Network access is disabled in tests (${parsed.origin})`);
  };
}
