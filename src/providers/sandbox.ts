/** Deterministic identifiers for sandbox adapters: the same payout always gets the same id or hash. */
export async function sha256Hex(seed: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(seed)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}
