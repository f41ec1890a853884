import { createApp } from "./app";
import type { Bindings } from "./env";

export { PaymentObject } from "./durable-objects/payment-object";
export { LiquidityPool } from "./durable-objects/liquidity-pool";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Bindings>;
