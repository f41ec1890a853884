/**
 * HTTP caching for read endpoints: a strong ETag over the exact body and the Cache-Control that lets
 * browsers and the edge reuse it. `If-None-Match` → 304 is hono/etag's job (mounted where these
 * ETags are set), so there is one implementation of the comparison (lists, W/, *).
 */

/** 64-bit hash (two independent 32-bit FNV-1a lanes) as 16 hex digits: fast, sync, no allocation. */
export function bodyHash(body: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ body.length;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 16777619);
    h2 = Math.imul(h2 ^ ch, 2246822519) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** Strong ETag of a representation: byte-identical bodies, and only those, share it. */
export function strongEtag(body: string): string {
  return `"${bodyHash(body)}"`;
}

export function publicCacheControl(maxAgeSeconds: number, staleWhileRevalidateSeconds = 0): string {
  const parts = [`public`, `max-age=${maxAgeSeconds}`];
  if (staleWhileRevalidateSeconds > 0) parts.push(`stale-while-revalidate=${staleWhileRevalidateSeconds}`);
  return parts.join(", ");
}
