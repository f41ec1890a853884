import { z } from "@hono/zod-openapi";

/**
 * A browser origin for allow-lists: `https://shop.example.com`, `https://*.example.com` (every
 * subdomain), or `http://localhost:3000` for local development. No path, query or credentials.
 */
export function isValidOrigin(value: string): boolean {
  const wildcard = /^https:\/\/\*\.([a-z0-9-]+\.)+[a-z]{2,63}$/;
  if (wildcard.test(value)) return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin !== value) return false; // has a path, trailing slash, upper case, credentials…
  const host = url.hostname;
  if (host !== "localhost" && host !== "127.0.0.1" && !/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host)) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
}

export const OriginSchema = z.string().max(200).refine(isValidOrigin, {
  message: "Expected an origin such as https://shop.example.com or https://*.example.com (http only for localhost)",
}).openapi({ example: "https://shop.example.com" });

export const OriginListSchema = z.array(OriginSchema).max(20);
