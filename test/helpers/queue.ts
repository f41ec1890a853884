import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";
import type { MerchantEvent } from "../../src/services/notifications/publish";
import type { DeadLetter, NotificationMessage } from "../../src/services/notifications/queue";

export const NOTIFICATIONS_QUEUE = "coreport-notifications";
export const NOTIFICATIONS_DLQ = "coreport-notifications-dlq";

/** A Queue producer that keeps what is sent (for asserting retries and their delays) instead of sending. */
export function recordingQueue() {
  const sent: Array<{ body: NotificationMessage | DeadLetter; delaySeconds: number }> = [];
  const queue = {
    async send(body: NotificationMessage, options?: QueueSendOptions) {
      sent.push({ body, delaySeconds: options?.delaySeconds ?? 0 });
    },
    async sendBatch(messages: Iterable<MessageSendRequest<NotificationMessage>>) {
      for (const m of messages) sent.push({ body: m.body, delaySeconds: m.delaySeconds ?? 0 });
    },
  } as unknown as Queue<NotificationMessage>;
  return { queue, sent };
}

type QueueMessageInput = { id: string; timestamp: Date; attempts: number; body: NotificationMessage | DeadLetter };

/** Messages as the Queue would hand them to the consumer (attempts: 1 = first delivery of the message). */
export function messagesOf(bodies: Array<NotificationMessage | DeadLetter>, attempts = 1): QueueMessageInput[] {
  return bodies.map((body) => ({ id: `msg_${crypto.randomUUID()}`, timestamp: new Date(), attempts, body }));
}

/** Runs the worker's queue handler on one batch (as the Queue would) and returns what it acked and retried. */
export async function consume(queueName: string, messages: QueueMessageInput[], bindings: Partial<typeof env> = {}) {
  const batch = createMessageBatch<NotificationMessage | DeadLetter>(queueName, messages);
  const ctx = createExecutionContext();
  let thrown: unknown;
  try {
    await (worker.queue as (b: MessageBatch, e: typeof env, c: ExecutionContext) => Promise<void>)(batch, { ...env, ...bindings } as typeof env, ctx);
  } catch (error) {
    thrown = error;
  }
  return { result: await getQueueResult(batch, ctx), thrown };
}

export const eventMessage = (event: MerchantEvent): NotificationMessage => ({ kind: "event", event });
export const deliveryMessage = (deliveryId: string): NotificationMessage => ({ kind: "delivery", deliveryId });
