// Baseline: the framework's own cost per request, the yardstick for every other scenario.
export default {
  name: "ping",
  async run({ load }) {
    const ping = await load({ url: "/api/v1/ping", title: "GET /api/v1/ping" });
    return { rows: [ping], ok: ping.non2xx === 0 && ping.errors === 0 };
  },
};
