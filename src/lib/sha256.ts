/**
 * SHA-256 as lowercase hex, with Web Crypto: THE hash helper (API key and client-secret hashes,
 * request fingerprints, payload hashes, sandbox ids, rates snapshot versions).
 */
const encoder = new TextEncoder();

export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", typeof input === "string" ? encoder.encode(input) : input));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
