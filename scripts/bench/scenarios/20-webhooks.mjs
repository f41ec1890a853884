// Provider webhooks under load: Standard Webhooks-signed PayTo deposits spread over many payments, all
// on one hot payment (serialised by its Durable Object), and one delivery repeated (duplicates). Then
// it checks that every delivery the clients saw accepted is in D1 exactly once and that the amounts add up.
import { createHmac, randomUUID } from "node:crypto";
import { readEnvFile } from "../lib/env-file.mjs";

const PATH = "/api/v1/payments/payto/webhook";
const PAYMENTS = Number(process.env.BENCH_WEBHOOK_PAYMENTS ?? 50);
// A fixed number of deliveries per load (not a duration), so every response is seen and counted.
const REQUESTS = Number(process.env.BENCH_WEBHOOK_REQUESTS ?? 400);
const DEPOSIT = "0.01";

/** Exact decimal sum of `n` deposits of 0.01 as a string with 6 decimals (no floats for money). */
function depositsTotal(n) {
  const cents = BigInt(n);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}0000`;
}

export default {
  name: "webhooks",
  async run({ baseUrl, load, envFile }) {
    const vars = readEnvFile(envFile);
    const key = Buffer.from(vars.PAYTO_WEBHOOK_SECRET.replace(/^whsec_/, ""), "base64");
    const admin = { Authorization: `Bearer ${vars.ADMIN_TOKEN}`, "Content-Type": "application/json" };
    const sign = (id, ts, body) => `v1,${createHmac("sha256", key).update(`${id}.${ts}.${body}`).digest("base64")}`;
    const signedHeaders = (id, body) => {
      const ts = String(Math.floor(Date.now() / 1000));
      return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": ts, "webhook-signature": sign(id, ts, body) };
    };

    const ids = [];
    for (let i = 0; i < PAYMENTS + 1; i++) {
      const res = await fetch(`${baseUrl}/api/v1/admin/sandbox/payments`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ method: "payto", asset: "USDX", amount: "1000000.000000", expiresInSeconds: 3600, metadata: { purpose: "bench" } }),
      });
      if (res.status !== 201) throw new Error(`creating a sandbox payment failed: ${res.status} ${await res.text()}`);
      ids.push((await res.json()).payment.id);
    }
    const hot = ids.pop();
    const accepted = new Map();
    let duplicates = 0;
    const onResponse = (status, body) => {
      if (status !== 200) return;
      const ack = JSON.parse(body);
      if (ack.duplicate) duplicates++;
      else if (ack.accepted) accepted.set(ack.subjectId, (accepted.get(ack.subjectId) ?? 0) + 1);
    };
    const deposits = (pick) => [
      {
        method: "POST",
        path: PATH,
        setupRequest(req) {
          const id = `msg_${randomUUID()}`;
          const body = JSON.stringify({ type: "deposit.confirmed", data: { paymentId: pick(), transactionId: `0x${randomUUID().replaceAll("-", "")}`, amount: DEPOSIT, asset: "USDX" } });
          return { ...req, headers: signedHeaders(id, body), body };
        },
        onResponse,
      },
    ];

    let next = 0;
    const spread = await load({ url: PATH, title: `deposits over ${PAYMENTS} payments`, goal: 0.5, amount: REQUESTS, requests: deposits(() => ids[next++ % ids.length]) });
    const single = await load({ url: PATH, title: "deposits on 1 hot payment", goal: 0.5, amount: REQUESTS, requests: deposits(() => hot) });
    const stormBody = JSON.stringify({ type: "deposit.confirmed", data: { paymentId: ids[0], transactionId: `0xstorm${randomUUID().slice(0, 8)}`, amount: DEPOSIT, asset: "USDX" } });
    const stormHeaders = signedHeaders(`msg_storm_${randomUUID()}`, stormBody);
    const storm = await load({ url: PATH, title: "1 delivery repeated (duplicates)", amount: REQUESTS, requests: [{ method: "POST", path: PATH, headers: stormHeaders, body: stormBody, onResponse }] });

    // Let the outboxes settle, then compare what clients saw with D1, subject by subject.
    const notes = [];
    const started = Date.now();
    let mismatches = 0;
    let behind = 0;
    for (const id of [...ids, hot]) {
      let inspection;
      for (let attempt = 0; ; attempt++) {
        const res = await fetch(`${baseUrl}/api/v1/admin/subjects/${id}`, { headers: admin });
        inspection = await res.json();
        if (attempt === 0 && !inspection.consistent) behind++;
        if (inspection.consistent || Date.now() - started > 30_000) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const seen = accepted.get(id) ?? 0;
      const inD1 = inspection.events.acceptedInD1 - 1; // minus the creation event
      const ok = inspection.consistent && inD1 === seen && inspection.subject.amountReceived === depositsTotal(seen);
      if (!ok) {
        mismatches++;
        if (mismatches <= 5) notes.push(`  MISMATCH ${id}: clients saw ${seen} accepted, D1 has ${inD1}, amount ${inspection.subject.amountReceived}, consistent=${inspection.consistent}`);
      }
    }
    const totalAccepted = [...accepted.values()].reduce((a, b) => a + b, 0);
    notes.unshift(
      `  accepted deliveries: ${totalAccepted} (hot payment ${accepted.get(hot) ?? 0}); duplicates answered: ${duplicates}`,
      `  D1 check: ${ids.length + 1} payments, every accepted event in D1 exactly once and amounts exact: ${mismatches === 0 ? "yes" : `NO (${mismatches} mismatches)`}; D1 behind the object when the load ended: ${behind}`,
    );
    const rows = [spread, single, storm];
    return { rows, notes, ok: mismatches === 0 && rows.every((r) => r.non2xx === 0 && r.errors === 0) };
  },
};
