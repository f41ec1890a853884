/**
 * D1 read replication through the Sessions API (Cloudflare's pattern). Reads (GET, HEAD) of the API
 * run their queries in one D1 session that starts from the bookmark the client sends back in
 * `x-d1-bookmark` — so it reads at least everything it wrote or saw before, from the nearest replica
 * that has it — or, without one, from any replica ("first-unconstrained"). A write that carries a
 * bookmark runs in a session on the primary ("first-primary"); one without (provider webhooks, most
 * server-to-server calls) runs as before, on the primary, with no session to keep. Every response of
 * a session carries its latest bookmark in `x-d1-bookmark`: a client that keeps sending the last one
 * it got reads its own writes.
 * Not in sessions: the Durable Objects' projections and the Queue consumer (they write on the primary).
 */
import { ApiError } from "./errors";

export const D1_BOOKMARK_HEADER = "x-d1-bookmark";
/** The shape of a D1 bookmark: four hex groups (e.g. 0000000e-00000001-00004f1e-7e2bb2b4…). */
export const D1_BOOKMARK_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

const API_PREFIX = "/api/v1/";

/** The session constraint of a request, or undefined for routes outside the API. Throws a 400 problem for a malformed bookmark. */
export function d1ConstraintFor(request: Request): string | undefined {
  if (!new URL(request.url).pathname.startsWith(API_PREFIX)) return undefined;
  const reading = request.method === "GET" || request.method === "HEAD";
  const bookmark = request.headers.get(D1_BOOKMARK_HEADER);
  if (bookmark === null || bookmark === "") return reading ? "first-unconstrained" : undefined;
  if (!D1_BOOKMARK_PATTERN.test(bookmark)) {
    throw ApiError.invalidField(D1_BOOKMARK_HEADER, "Must be a bookmark this API returned in x-d1-bookmark", "header");
  }
  // A write goes to the primary whatever it was sent; a read waits for a replica that has the bookmark.
  return reading ? bookmark : "first-primary";
}
