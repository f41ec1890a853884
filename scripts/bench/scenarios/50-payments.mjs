// Payments API: creating PayTo payments (merchant key + Idempotency-Key, deposit address derivation,
// Durable Object creation, D1 projection) and reading one; then CorePay webhook deliveries through the
// registry's provider adapter, spread over many payments vs all on one (serialised by its Durable
// Object). Afterwards every payment's amount received must equal what the clients saw accepted.
import { createHmac, randomUUID } from "node:crypto";
import { readEnvFile } from "../lib/env-file.mjs";

const CREATES = Number(process.env.BENCH_PAYMENT_CREATES ?? 200);
const PAYMENTS = Number(process.env.BENCH_PAYMENT_TARGETS ?? 50);
const DELIVERIES = Number(process.env.BENCH_PAYMENT_DELIVERIES ?? 400);
const WEBHOOK = "/api/v1/payments/corepay/webhook";
const DEPOSIT_CENTS = 1n; // 0.01 USDX per delivery
// A testnet ICAN (valid check digits) for the bench merchant's CorePay address.
const PAYOUT = "ab792215c43fc213c02182c8389f2bc32408e2c50922";

/** n cents as a 6-decimal string (no floats for money). */
const cents = (n) => `${n / 100n}.${String(n % 100n).padStart(2, "0")}0000`;

export default {
  name: "payments",
  async run({ baseUrl, load, envFile }) {
    const vars = readEnvFile(envFile);
    const admin = { Authorization: `Bearer ${vars.ADMIN_TOKEN}`, "Content-Type": "application/json" };
    const call = async (path, init, expected) => {
      const res = await fetch(`${baseUrl}${path}`, init);
      if (res.status !== expected) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const merchant = await call("/api/v1/admin/merchants", { method: "POST", headers: admin, body: JSON.stringify({ name: "Bench payments merchant" }) }, 201);
    await call(`/api/v1/admin/merchants/${merchant.id}`, { method: "PATCH", headers: admin, body: JSON.stringify({ payoutAddress: PAYOUT }) }, 200);
    const { key } = await call(`/api/v1/admin/merchants/${merchant.id}/keys`, { method: "POST", headers: admin, body: JSON.stringify({ kind: "secret", mode: "test" }) }, 201);
    const merchantHeaders = { Authorization: `Bearer ${key}`, "content-type": "application/json" };

    const refusals = [];
    // 1. Create PayTo payments: every request its own Idempotency-Key (a new payment each time).
    const createBody = JSON.stringify({ asset: "USDX", amount: "25.00", merchantReference: "bench" });
    const creates = await load({
      url: "/api/v1/payments/payto",
      title: "POST /payments/payto (create)",
      goal: 0.3,
      amount: CREATES,
      requests: [{
        method: "POST",
        setupRequest: (req) => ({ ...req, headers: { ...merchantHeaders, "idempotency-key": randomUUID() }, body: createBody }),
        onResponse: (status, body) => {
          if (status !== 201 && refusals.length < 3) refusals.push(`  create answered ${status}: ${String(body).slice(0, 200)}`);
        },
      }],
    });
    const sample = await call("/api/v1/payments/payto", { method: "POST", headers: { ...merchantHeaders, "idempotency-key": randomUUID() }, body: createBody }, 201);
    const read = await load({ url: `/api/v1/payments/payto/${sample.id}`, title: "GET /payments/payto/{id}", goal: 0.7, headers: { Authorization: `Bearer ${key}` } });

    // 2. CorePay webhook deliveries, signed like the chain watcher signs them.
    const secret = Buffer.from(vars.COREPAY_WEBHOOK_SECRET.replace(/^whsec_/, ""), "base64");
    const signed = (body) => {
      const id = `msg_${randomUUID()}`;
      const ts = String(Math.floor(Date.now() / 1000));
      const signature = `v1,${createHmac("sha256", secret).update(`${id}.${ts}.${body}`).digest("base64")}`;
      return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": ts, "webhook-signature": signature };
    };
    const ids = [];
    for (let i = 0; i < PAYMENTS + 1; i++) {
      const created = await call("/api/v1/payments/corepay", { method: "POST", headers: { ...merchantHeaders, "idempotency-key": randomUUID() }, body: JSON.stringify({ asset: "USDX", amount: "40000.00" }) }, 201);
      ids.push(created.id);
    }
    const hot = ids.pop();
    const accepted = new Map();
    const onResponse = (status, body) => {
      if (status !== 200) return;
      const ack = JSON.parse(body);
      if (ack.accepted && !ack.duplicate) accepted.set(ack.subjectId, (accepted.get(ack.subjectId) ?? 0n) + 1n);
    };
    const confirmed = (pick) => [
      {
        method: "POST",
        path: WEBHOOK,
        setupRequest(req) {
          const body = JSON.stringify({
            type: "transaction.confirmed",
            data: { paymentId: pick(), transactionHash: `0x${randomUUID().replaceAll("-", "")}`, asset: "USDX", amount: cents(DEPOSIT_CENTS), confirmations: 10_000 },
          });
          return { ...req, headers: signed(body), body };
        },
        onResponse,
      },
    ];
    let next = 0;
    const spread = await load({ url: WEBHOOK, title: `CorePay confirmed over ${PAYMENTS} payments`, goal: 0.5, amount: DELIVERIES, requests: confirmed(() => ids[next++ % ids.length]) });
    const single = await load({ url: WEBHOOK, title: "CorePay confirmed on 1 hot payment", amount: DELIVERIES, requests: confirmed(() => hot) });

    // 3. What the clients saw accepted is what every payment received (read back once D1 caught up).
    let mismatches = 0;
    const notes = [];
    const started = Date.now();
    for (const id of [...ids, hot]) {
      let inspection;
      for (;;) {
        inspection = await call(`/api/v1/admin/subjects/${id}`, { headers: admin }, 200);
        if (inspection.consistent || Date.now() - started > 30_000) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const expected = cents((accepted.get(id) ?? 0n) * DEPOSIT_CENTS);
      if (inspection.subject.amountReceived !== expected) {
        mismatches++;
        if (mismatches <= 5) notes.push(`  MISMATCH ${id}: clients saw ${expected}, payment has ${inspection.subject.amountReceived}`);
      }
    }
    const total = [...accepted.values()].reduce((a, b) => a + b, 0n);
    notes.unshift(`  accepted CorePay deliveries: ${total} (hot payment ${accepted.get(hot) ?? 0n}); amounts received exact on all ${ids.length + 1} payments: ${mismatches === 0 ? "yes" : `NO (${mismatches})`}`);
    notes.push(...refusals);
    const rows = [creates, read, spread, single];
    return { rows, notes, ok: mismatches === 0 && rows.every((r) => r.non2xx === 0 && r.errors === 0) };
  },
};
