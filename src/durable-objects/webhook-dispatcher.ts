import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env";
import { createLogger, describeError } from "../lib/logger";
import { dispatchDue, replayDelivery, type ReplayOutcome } from "../services/notifications/dispatch";

const ENDPOINT_KEY = "endpointId";
/** After an unexpected error the run is retried this much later (the runtime also retries a thrown alarm). */
const ERROR_BACKOFF_MS = 30_000;

/**
 * One instance per notification endpoint (named by its id): the scheduler of that endpoint's
 * deliveries. Its alarm fires when the earliest pending delivery is due; D1 holds the deliveries,
 * so the object keeps nothing but the endpoint id. One object per endpoint means a slow or failing
 * receiver never delays another merchant's notifications.
 */
export class WebhookDispatcher extends DurableObject<Bindings> {
  /** An alarm run is in progress in this instance. */
  private running = false;
  /** New work arrived during the current run: run another round before going to sleep. */
  private kicked = false;

  /** New or re-enabled work for this endpoint: run as soon as possible. */
  async kick(endpointId: string): Promise<void> {
    if ((await this.ctx.storage.get<string>(ENDPOINT_KEY)) !== endpointId) await this.ctx.storage.put(ENDPOINT_KEY, endpointId);
    if (this.running) {
      this.kicked = true;
      return;
    }
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > Date.now()) await this.ctx.storage.setAlarm(Date.now());
  }

  override async alarm(): Promise<void> {
    const endpointId = await this.ctx.storage.get<string>(ENDPOINT_KEY);
    if (!endpointId) return;
    this.running = true;
    let next: number | null;
    try {
      do {
        this.kicked = false;
        try {
          next = await dispatchDue(this.env, endpointId);
        } catch (error) {
          createLogger({ component: "notifications", endpointId }).error("dispatch run failed", describeError(error));
          next = Date.now() + ERROR_BACKOFF_MS;
        }
      } while (this.kicked);
      // From here a kick arms the alarm itself (after this setAlarm, storage operations are ordered).
      this.running = false;
      if (next !== null) await this.ctx.storage.setAlarm(next);
    } finally {
      this.running = false;
    }
  }

  /** Manual re-send of one delivery, serialised with the scheduled ones. */
  async replay(endpointId: string, deliveryId: string): Promise<ReplayOutcome> {
    if ((await this.ctx.storage.get<string>(ENDPOINT_KEY)) !== endpointId) await this.ctx.storage.put(ENDPOINT_KEY, endpointId);
    return replayDelivery(this.env, endpointId, deliveryId);
  }
}
