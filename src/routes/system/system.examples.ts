import type { ExampleBook } from "../../lib/openapi-examples";

export const SYSTEM_EXAMPLES: ExampleBook = {
  ping: { cases: { pong: { summary: "Liveness", status: 200 } } },
  getHealth: { cases: { health: { summary: "Every dependency with its latency", status: 200 } } },
};
