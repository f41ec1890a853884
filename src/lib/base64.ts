/**
 * Base64 (RFC 4648 §4) and unpadded base64url (§5) of bytes, on hono/utils/encode: THE encoder for
 * signatures, webhook secrets, sealed secrets, PEM bodies, CSP nonces and pagination cursors.
 * Decoding is as forgiving as `atob` (ASCII white space skipped, padding optional) and throws on
 * anything that is not base64.
 */
import { decodeBase64, decodeBase64Url, encodeBase64, encodeBase64Url } from "hono/utils/encode";

/** The bytes of a view, as the ArrayBuffer hono's encoder takes (copied only when the view is partial). */
function bufferOf(bytes: Uint8Array): ArrayBufferLike {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
}

export function bytesToBase64(bytes: Uint8Array): string {
  return encodeBase64(bufferOf(bytes));
}

/** @throws on text that is not base64 */
export function base64ToBytes(b64: string): Uint8Array {
  return decodeBase64(b64);
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  return encodeBase64Url(bufferOf(bytes)).replace(/=+$/, "");
}

/** @throws on text that is not base64url */
export function base64UrlToBytes(b64url: string): Uint8Array {
  return decodeBase64Url(b64url);
}
