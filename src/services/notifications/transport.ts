/**
 * How deliveries reach merchants: the fetch implementation handed to outboundFetch. Production
 * uses the global fetch; tests install a mock here so that no delivery ever leaves the machine.
 */
export const notificationTransport: { fetcher?: typeof fetch } = {};

/** Per-attempt limits: a receiver must answer 2xx within the timeout with a body under the cap. */
export const DELIVERY_TIMEOUT_MS = 10_000;
export const DELIVERY_MAX_RESPONSE_BYTES = 64 * 1024;
export const USER_AGENT = "CorePort-Webhooks/1.0 (+https://coreport.net/docs/webhooks)";
