// The hot path: a rate lookup should cost barely more than the framework's own ping (target ≥ 0.9).
// Ping is measured right before and after the rate loads and averaged, so machine drift cancels out.
const TARGET = 0.9;

export default {
  name: "rates",
  async run({ load, baseUrl }) {
    // One request each first: the cold path (D1 once → KV → isolate memory) is not what we measure.
    for (const path of ["/api/v1/rates/USDX/EUR", "/api/v1/rates/USD"]) {
      const res = await fetch(`${baseUrl}${path}`);
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    }
    const pingBefore = await load({ url: "/api/v1/ping", title: "GET /api/v1/ping (before)" });
    const pair = await load({ url: "/api/v1/rates/USDX/EUR", title: "GET /api/v1/rates/USDX/EUR" });
    const all = await load({ url: "/api/v1/rates/USD", title: "GET /api/v1/rates/USD" });
    const pingAfter = await load({ url: "/api/v1/ping", title: "GET /api/v1/ping (after)" });
    const pingRps = (pingBefore.rps + pingAfter.rps) / 2;
    const rows = [pingBefore, pair, all, pingAfter];
    const notes = [pair, all].map((r) => {
      const ratio = r.rps / pingRps;
      return `ratio ${r.title.replace("GET ", "")} / ping = ${ratio.toFixed(2)} (target ≥ ${TARGET}: ${ratio >= TARGET ? "met" : "MISSED"})`;
    });
    return { rows, notes, ok: rows.every((r) => r.non2xx === 0 && r.errors === 0) };
  },
};
