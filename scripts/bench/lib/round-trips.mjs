// Reads the worker's Server-Timing header (src/lib/round-trips.ts) off every response of a load and
// averages the counts per request: D1 queries, Durable Object calls, KV reads/writes, Queue sends, cache hits.
export const KINDS = ["d1", "do", "kv", "kv-write", "queue", "cache", "provider"];

/** `d1;desc="2 queries";dur=1.2, …` → { d1: 2, … } (kinds without a count are left out). */
export function parseServerTiming(header) {
  const counts = {};
  for (const part of String(header ?? "").split(/,\s*/)) {
    const [name, ...params] = part.trim().split(";");
    const desc = params.find((p) => p.startsWith("desc="));
    const n = desc && /^desc="(\d+) /.exec(desc)?.[1];
    if (name && n !== undefined && n !== null && n !== false) counts[name] = Number(n);
  }
  return counts;
}

export function createTally() {
  const sums = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let responses = 0;
  let withHeader = 0;
  return {
    /** autocannon's onResponse(status, body, context, headers). */
    record(headers) {
      responses++;
      const value = headers?.["server-timing"] ?? headers?.["Server-Timing"];
      if (!value) return;
      withHeader++;
      const counts = parseServerTiming(Array.isArray(value) ? value.join(", ") : value);
      for (const k of KINDS) sums[k] += counts[k] ?? 0;
    },
    /** Mean count per request of each kind, or null when no response carried the header. */
    means() {
      if (!withHeader) return null;
      return Object.fromEntries(KINDS.map((k) => [k, sums[k] / withHeader]));
    },
    get responses() {
      return responses;
    },
  };
}

/** "D1 2.0 · DO 1.0 · KV 0.0" for the table. */
export function formatTrips(means) {
  if (!means) return "(no Server-Timing)";
  const f = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
  return `D1 ${f(means.d1)} · DO ${f(means.do)} · KV ${f(means.kv)}${means["kv-write"] ? ` (+${f(means["kv-write"])} w)` : ""}${means.queue ? ` · Q ${f(means.queue)}` : ""}${means.cache ? ` · cache ${f(means.cache)}` : ""}`;
}
