/**
 * D1 read replication through the Sessions API (Cloudflare's pattern): every API request runs its
 * queries in one D1 session. Reads (GET, HEAD) start from the bookmark the client sends back in
 * `x-d1-bookmark` — so it reads at least everything it wrote or saw before, from the nearest replica
 * that has it — or, without one, from any replica ("first-unconstrained"). Writes start on the
 * primary ("first-primary"). Every response carries the session's latest bookmark in `x-d1-bookmark`;
 * a client that sends it back on its next request reads its own writes.
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
  if (bookmark === null || bookmark === "") return reading ? "first-unconstrained" : "first-primary";
  if (!D1_BOOKMARK_PATTERN.test(bookmark)) {
    throw ApiError.invalidField(D1_BOOKMARK_HEADER, "Must be a bookmark this API returned in x-d1-bookmark", "header");
  }
  // A write goes to the primary whatever it was sent; a read waits for a replica that has the bookmark.
  return reading ? bookmark : "first-primary";
}
