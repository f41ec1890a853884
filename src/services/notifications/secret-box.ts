/**
 * Endpoint signing secrets must be recoverable (we sign with them) but never stored in clear:
 * AES-256-GCM with the `WEBHOOK_SECRETS_KEY` secret (base64 of 32 bytes), the endpoint id as
 * additional data so a ciphertext cannot be moved to another endpoint. Format `v1.<iv>.<ct>`.
 */
import type { Bindings } from "../../env";
import { ApiError } from "../../lib/errors";
import { base64ToBytes, bytesToBase64 } from "../../lib/base64";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function encryptionKey(env: Bindings): Promise<CryptoKey> {
  const material = env.WEBHOOK_SECRETS_KEY?.trim();
  let raw: Uint8Array | undefined;
  try {
    raw = material ? base64ToBytes(material) : undefined;
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
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: base64ToBytes(iv), additionalData: encoder.encode(endpointId) }, await encryptionKey(env), base64ToBytes(ct));
  return new TextDecoder().decode(plain);
}
