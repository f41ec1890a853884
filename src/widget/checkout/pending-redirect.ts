/**
 * What a tab keeps in sessionStorage while the customer is away at the card checkout, so the widget
 * can follow the payment when the checkout sends them back. Storage may be blocked (private modes,
 * sandboxed frames): then the widget simply starts afresh.
 */
const PENDING_KEY = "coreport:pending-redirect";

export interface PendingRedirect {
  id: string;
  reference: string;
  clientSecret: string;
  expiresAt: string;
}

export function rememberRedirect(pending: PendingRedirect): void {
  try {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  } catch {}
}

/** The redirect this tab left for the order `reference`, removed as it is taken; else undefined. */
export function takeRedirect(reference: string): PendingRedirect | undefined {
  try {
    const pending = (JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") ?? undefined) as PendingRedirect | undefined;
    if (pending?.reference !== reference || !pending.id || !pending.clientSecret) return undefined;
    sessionStorage.removeItem(PENDING_KEY);
    return pending;
  } catch {
    return undefined;
  }
}
