/**
 * Endpoint signing secrets must be recoverable (we sign with them) but never stored in clear:
 * AES-256-GCM with the `WEBHOOK_SECRETS_KEY` secret (base64 of 32 bytes), the endpoint id as
 * additional data so a ciphertext cannot be moved to another endpoint. Format `v1.<iv>.<ct>`.
 */
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { bytesToBase64 } from "../../lib/standard-webhooks";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function encryptionKey(env: Bindings): Promise<CryptoKey> {
  const material = env.WEBHOOK_SECRETS_KEY?.trim();
  let raw: Uint8Array | undefined;
  try {
    raw = material ? base64Bytes(material) : undefined;
  } catch {
    raw = undefined;
  }
  if (!material || !raw || raw.length !== 32) {
    throw new ApiError("SERVICE_UNAVAILABLE", { detail: "Notification endpoints are not configured on this deployment (WEBHOOK_SECRETS_KEY)" });
  }
  let key = keys.get(material);
  if (!key) {
    key = crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
    keys.set(material, key);
  }
  return key;
}

export async function sealSecret(env: Bindings, endpointId: string, secret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(endpointId) }, await encryptionKey(env), encoder.encode(secret));
  return `v1.${bytesToBase64(iv)}.${bytesToBase64(new Uint8Array(ct))}`;
}

export async function openSecret(env: Bindings, endpointId: string, sealed: string): Promise<string> {
  const [version, iv, ct] = sealed.split(".");
  if (version !== "v1" || !iv || !ct) throw new Error("Unknown sealed secret format");
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: base64Bytes(iv), additionalData: encoder.encode(endpointId) }, await encryptionKey(env), base64Bytes(ct));
  return new TextDecoder().decode(plain);
}
