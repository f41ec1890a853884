import { notificationTransport } from "../../src/services/notifications/transport";

export interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A mock merchant server: every notification the worker sends lands here instead of the network.
 * `respond` decides the answer per request (default 200).
 */
export function installReceiver(respond: (req: Received, n: number) => Response | Promise<Response> = () => new Response("ok")) {
  const received: Received[] = [];
  notificationTransport.fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const entry: Received = { url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() };
    received.push(entry);
    return respond(entry, received.length);
  }) as typeof fetch;
  return received;
}

/** Never let a test reach the network: unmatched sends fail loudly. */
export function refuseNetwork() {
  notificationTransport.fetcher = (async () => {
    throw new Error("network disabled in tests");
  }) as typeof fetch;
}

/** Polls `check` until it returns a truthy value (alarms run in the background). */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, what = "condition", timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
