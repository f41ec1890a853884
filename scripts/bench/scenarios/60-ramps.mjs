// Ramps: the two estimates price a quote (rate read + one quote row) and should sit near the info quote;
// creating a bank on-ramp also reserves liquidity in the asset's pool Durable Object (serialised per
// asset), derives an ISO 11649 reference and starts the order's Durable Object — the heaviest write path.
const CREATE_ORDERS = Number(process.env.BENCH_RAMP_ORDERS ?? 400);
// A fixed, valid testnet ICAN (the local worker runs CORE_NETWORK = "testnet" and validates wallets for it); 10 EURX orders stay far below its daily limit.
const WALLET = "ab06be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4";

export default {
  name: "ramps",
  async run({ baseUrl, adminToken, load }) {
    const admin = { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" };
    const post = async (path, body, headers) => {
      const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const merchant = await post("/api/v1/admin/merchants", { name: "Bench ramps merchant" }, admin);
    const key = await post(`/api/v1/admin/merchants/${merchant.id}/keys`, { kind: "secret", mode: "test" }, admin);
    await post("/api/v1/admin/liquidity/EURX", { size: "100000000" }, admin);
    const headers = { Authorization: `Bearer ${key.key}`, "Content-Type": "application/json" };
    const json = (body) => ({ method: "POST", headers, body: JSON.stringify(body) });

    const forex = await load({ url: "/api/v1/onramp/forex-estimate", ...json({ asset: "EURX", currency: "GBP", receiveAmount: "250" }), title: "POST /onramp/forex-estimate (GBP→EURX)", goal: 0.5 });
    const estimate = await load({ url: "/api/v1/offramp/estimate", ...json({ asset: "EURX", amount: "500", currency: "EUR" }), title: "POST /offramp/estimate" });
    const before = await (await fetch(`${baseUrl}/api/v1/admin/liquidity/EURX`, { headers: admin })).json();
    const refusals = [];
    const create = await load({
      url: "/api/v1/onramp/bank",
      ...json({ asset: "EURX", currency: "EUR", receiveAmount: "10", walletAddress: WALLET }),
      requests: [{ onResponse: (status, resBody) => { if (status !== 201 && refusals.length < 3) refusals.push(`  create answered ${status}: ${String(resBody).slice(0, 300)}`); } }],
      amount: CREATE_ORDERS,
      title: `POST /onramp/bank (${CREATE_ORDERS} orders)`,
      goal: 0.25,
    });
    const after = await (await fetch(`${baseUrl}/api/v1/admin/liquidity/EURX`, { headers: admin })).json();
    const reserved = Number(after.activeReservations) - Number(before.activeReservations);
    const rows = [forex, estimate, create];
    return {
      rows,
      notes: [`pool EURX: ${reserved} new reservations for ${create.total - create.non2xx} orders created (must match)`, ...refusals],
      ok: rows.every((r) => r.non2xx === 0 && r.errors === 0) && reserved === create.total - create.non2xx,
    };
  },
};
