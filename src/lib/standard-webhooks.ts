/**
 * Standard Webhooks (https://www.standardwebhooks.com) signing and verification with Web Crypto.
 * Headers: `webhook-id`, `webhook-timestamp` (unix seconds), `webhook-signature`: space-separated
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. Secrets are `whsec_<base64 key>`.
 * Used both for provider webhooks we receive and for the notifications we send merchants.
 */
import { base64ToBytes, bytesToBase64 } from "./base64";

export const WEBHOOK_ID_HEADER = "webhook-id";
export const WEBHOOK_TIMESTAMP_HEADER = "webhook-timestamp";
export const WEBHOOK_SIGNATURE_HEADER = "webhook-signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();
const SECRET_PREFIX = "whsec_";

/** Key bytes of a `whsec_…` secret (a bare base64 secret is accepted too). */
export function secretKeyBytes(secret: string): Uint8Array {
  const b64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return base64ToBytes(b64);
}

/** A new random `whsec_` secret with a 256-bit key. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + bytesToBase64(crypto.getRandomValues(new Uint8Array(32)));
}

async function hmacKey(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", secretKeyBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array {
  const head = encoder.encode(`${id}.${timestamp}.`);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

function toBytes(body: string | ArrayBuffer | Uint8Array): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

/** Headers for a delivery signed with every given secret (several during rotation). */
export async function signWebhook(
  secrets: string[],
  id: string,
  timestampSeconds: number,
  body: string | ArrayBuffer | Uint8Array,
): Promise<Record<string, string>> {
  const timestamp = String(timestampSeconds);
  const content = signedContent(id, timestamp, toBytes(body));
  const signatures = await Promise.all(
    secrets.map(async (secret) => `v1,${bytesToBase64(new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret, "sign"), content)))}`),
  );
  return { [WEBHOOK_ID_HEADER]: id, [WEBHOOK_TIMESTAMP_HEADER]: timestamp, [WEBHOOK_SIGNATURE_HEADER]: signatures.join(" ") };
}

export type WebhookVerification =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; reason: "missing_headers" | "bad_timestamp" | "stale_timestamp" | "bad_signature" | "no_secret" };

/**
 * Verify a delivery against any of `secrets` (rotation: old and new both valid). The HMAC comparison
 * is `crypto.subtle.verify`, constant-time. `body` must be the exact raw bytes received.
 */
export async function verifyWebhook(
  secrets: Array<string | undefined>,
  headers: Headers,
  body: ArrayBuffer | Uint8Array,
  options: { toleranceSeconds?: number; nowSeconds?: number } = {},
): Promise<WebhookVerification> {
  const usable = secrets.filter((s): s is string => !!s);
  if (usable.length === 0) return { ok: false, reason: "no_secret" };
  const id = headers.get(WEBHOOK_ID_HEADER);
  const timestamp = headers.get(WEBHOOK_TIMESTAMP_HEADER);
  const signature = headers.get(WEBHOOK_SIGNATURE_HEADER);
  if (!id || !timestamp || !signature || id.length > 256) return { ok: false, reason: "missing_headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" };
  const ts = Number(timestamp);
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - ts) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return { ok: false, reason: "stale_timestamp" };

  const content = signedContent(id, timestamp, toBytes(body));
  const candidates: Uint8Array[] = [];
  for (const part of signature.split(" ")) {
    const [version, value] = part.split(",", 2);
    if (version !== "v1" || !value) continue;
    try {
      candidates.push(base64ToBytes(value));
    } catch {
      // not base64: cannot match
    }
  }
  for (const secret of usable) {
    let key: CryptoKey;
    try {
      key = await hmacKey(secret, "verify");
    } catch {
      continue; // malformed configured secret: skip, never throw on a client's request
    }
    for (const candidate of candidates) {
      if (await crypto.subtle.verify("HMAC", key, candidate, content)) return { ok: true, id, timestamp: ts };
    }
  }
  return { ok: false, reason: "bad_signature" };
}
