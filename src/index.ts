import { createApp } from "./app";
import type { Bindings } from "./env";
import { handleScheduled } from "./scheduled";
import { consumeNotifications } from "./services/notifications/consume";
import { consumeDeadLetters } from "./services/notifications/dead-letters";
import type { DeadLetter, NotificationMessage } from "./services/notifications/queue";

export { PaymentObject } from "./durable-objects/payment-object";
export { LiquidityPool } from "./durable-objects/liquidity-pool";

const app = createApp();

/** wrangler.toml [[queues.consumers]]: the dead-letter queue of the notifications queue. (The main module exports handlers and classes only.) */
const NOTIFICATIONS_DLQ_NAME = "coreport-notifications-dlq";

export default {
  fetch: app.fetch,
  /** Cron Triggers (wrangler.toml [triggers]): see src/scheduled.ts. */
  scheduled: (controller, env, ctx) => handleScheduled(controller, env, ctx, async (request) => app.fetch(request, env, ctx)),
  /** Merchant notifications (services/notifications/consume.ts) and their dead letters (dead-letters.ts). */
  queue: async (batch, env) => {
    if (batch.queue === NOTIFICATIONS_DLQ_NAME) return consumeDeadLetters(batch as MessageBatch<DeadLetter>, env);
    return consumeNotifications(batch as MessageBatch<NotificationMessage>, env);
  },
} satisfies ExportedHandler<Bindings, NotificationMessage | DeadLetter>;
