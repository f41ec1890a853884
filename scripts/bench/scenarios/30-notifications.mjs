// Merchant notifications: publish N events (admin API, as the payments outbox would) for merchants
// whose endpoints point at a tiny local receiver, and measure how fast they arrive. Checks that
// every event arrives exactly once, correctly signed (standardwebhooks), when the receiver answers 2xx.
import http from "node:http";
import { Webhook } from "standardwebhooks";

const EVENTS = Number(process.env.BENCH_NOTIFY_EVENTS ?? 1000);
const ENDPOINTS = Number(process.env.BENCH_NOTIFY_ENDPOINTS ?? 1);
const PUBLISH_CONCURRENCY = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DELIVERY_TIMEOUT_MS = Number(process.env.BENCH_NOTIFY_TIMEOUT_MS ?? 180_000);

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function startReceiver(port) {
  const arrivals = new Map(); // event id -> [arrival times]
  const bodies = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const id = req.headers["webhook-id"];
      const list = arrivals.get(id) ?? [];
      list.push(Date.now());
      arrivals.set(id, list);
      bodies.push({ body: Buffer.concat(chunks).toString("utf8"), headers: req.headers });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, arrivals, bodies })));
}

export default {
  name: "notifications",
  async run({ baseUrl, adminToken, port }) {
    const receiverPort = Number(process.env.BENCH_RECEIVER_PORT ?? port + 1);
    const admin = { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" };
    const post = async (path, body, headers) => {
      const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const receiver = await startReceiver(receiverPort);
    try {
      const targets = [];
      for (let i = 0; i < ENDPOINTS; i++) {
        const merchant = await post("/api/v1/admin/merchants", { name: `Bench merchant ${i}` }, admin);
        const key = await post(`/api/v1/admin/merchants/${merchant.id}/keys`, { kind: "secret", mode: "test" }, admin);
        const endpoint = await post("/api/v1/webhook-endpoints", { url: `http://127.0.0.1:${receiverPort}/hook/${i}`, eventTypes: ["*"] }, {
          Authorization: `Bearer ${key.key}`, "Content-Type": "application/json",
        });
        targets.push({ merchant, key, endpoint });
      }

      const published = new Map(); // event id -> publish start
      const publishLatency = [];
      let next = 0;
      let publishErrors = 0;
      let firstPublishError;
      const started = Date.now();
      await Promise.all(Array.from({ length: PUBLISH_CONCURRENCY }, async () => {
        while (next < EVENTS) {
          const n = next++;
          const target = targets[n % targets.length];
          const id = `evt_bench${String(n).padStart(8, "0")}${Math.random().toString(36).slice(2, 8)}`;
          const t = Date.now();
          published.set(id, t);
          try {
            await post("/api/v1/admin/events", { id, type: "payment.succeeded", merchantId: target.merchant.id, objectId: `pay_bench${n}`, data: { id: `pay_bench${n}`, status: "succeeded", amountReceived: "25.000000" } }, admin);
          } catch (error) {
            publishErrors++;
            firstPublishError ??= error.message.slice(0, 300);
          }
          publishLatency.push(Date.now() - t);
        }
      }));
      const publishedAt = Date.now();

      const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
      while (receiver.arrivals.size < published.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const lastArrival = Math.max(...[...receiver.arrivals.values()].map((l) => l[l.length - 1]));
      // Give late duplicates a moment to show up before judging "exactly once".
      await new Promise((r) => setTimeout(r, 1000));

      const duplicates = [...receiver.arrivals.values()].filter((l) => l.length > 1).length;
      const missing = [...published.keys()].filter((id) => !receiver.arrivals.has(id)).length;
      const endToEnd = [...published.entries()].filter(([id]) => receiver.arrivals.has(id)).map(([id, t]) => receiver.arrivals.get(id)[0] - t).sort((a, b) => a - b);
      let badSignatures = 0;
      for (const { body, headers } of receiver.bodies) {
        const target = targets.find((t) => body.includes(t.merchant.id)) ?? targets[0];
        try {
          new Webhook(target.endpoint.secret).verify(body, headers);
        } catch {
          // the body does not carry the merchant id: try every endpoint secret
          if (!targets.some((t) => { try { new Webhook(t.endpoint.secret).verify(body, headers); return true; } catch { return false; } })) badSignatures++;
        }
      }
      let pending = 0;
      for (const t of targets) {
        const res = await fetch(`${baseUrl}/api/v1/webhook-endpoints/${t.endpoint.id}/deliveries?status=pending&limit=100`, { headers: { Authorization: `Bearer ${t.key.key}` } });
        pending += (await res.json()).data.length;
      }
      publishLatency.sort((a, b) => a - b);
      const seconds = (lastArrival - started) / 1000;
      return {
        rows: [
          { title: `publish ${EVENTS} events (POST /admin/events)`, rps: EVENTS / ((publishedAt - started) / 1000), p50: percentile(publishLatency, 50), p99: percentile(publishLatency, 99), non2xx: publishErrors, errors: 0 },
          { title: `deliver to ${ENDPOINTS} endpoint(s) (publish → 2xx)`, rps: receiver.arrivals.size / seconds, goal: 0.5, p50: percentile(endToEnd, 50), p99: percentile(endToEnd, 99), non2xx: missing, errors: duplicates + badSignatures },
        ],
        notes: [
          `delivered ${receiver.arrivals.size}/${published.size} events in ${seconds.toFixed(1)} s; duplicates ${duplicates}; missing ${missing}; bad signatures ${badSignatures}; still pending ${pending}`,
          ...(firstPublishError ? [`first publish error: ${firstPublishError}`] : []),
        ],
        ok: publishErrors === 0 && missing === 0 && duplicates === 0 && badSignatures === 0 && pending === 0,
      };
    } finally {
      receiver.server.close();
    }
  },
};
