// Payment-form data: the cached config views should cost about as much as ping (no D1 on a warm
// isolate); a quote reads the rate and writes one row, so it is the D1-bound reference.
export default {
  name: "info",
  async run({ load }) {
    const ping = await load({ url: "/api/v1/ping", title: "GET /api/v1/ping" });
    const assets = await load({ url: "/api/v1/info/assets/purchase", title: "GET /api/v1/info/assets/purchase" });
    const types = await load({ url: "/api/v1/info/payment-types", title: "GET /api/v1/info/payment-types" });
    const quote = await load({ url: "/api/v1/info/quote?asset=USDX&amount=100&action=enter&currency=EUR", title: "GET /api/v1/info/quote", goal: 0.8 });
    const rows = [ping, assets, types, quote];
    return {
      rows,
      notes: [`assets/ping ratio ${(assets.rps / ping.rps).toFixed(2)}; quote/ping ratio ${(quote.rps / ping.rps).toFixed(2)}`],
      ok: rows.every((r) => r.non2xx === 0 && r.errors === 0),
    };
  },
};
