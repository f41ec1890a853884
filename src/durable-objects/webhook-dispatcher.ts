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
  /** New or re-enabled work for this endpoint: run as soon as possible. */
  async kick(endpointId: string): Promise<void> {
    if ((await this.ctx.storage.get<string>(ENDPOINT_KEY)) !== endpointId) await this.ctx.storage.put(ENDPOINT_KEY, endpointId);
    await this.armAt(Date.now());
  }

  override async alarm(): Promise<void> {
    const endpointId = await this.ctx.storage.get<string>(ENDPOINT_KEY);
    if (!endpointId) return;
    let next: number | null;
    try {
      next = await dispatchDue(this.env, endpointId);
    } catch (error) {
      createLogger({ component: "notifications", endpointId }).error("dispatch run failed", describeError(error));
      next = Date.now() + ERROR_BACKOFF_MS;
    }
    if (next !== null) await this.armAt(next);
  }

  /** Manual re-send of one delivery, serialised with the scheduled ones. */
  async replay(endpointId: string, deliveryId: string): Promise<ReplayOutcome> {
    if ((await this.ctx.storage.get<string>(ENDPOINT_KEY)) !== endpointId) await this.ctx.storage.put(ENDPOINT_KEY, endpointId);
    return replayDelivery(this.env, endpointId, deliveryId);
  }

  /** Sets the alarm to `at` unless one is already due earlier (a kick during a run must not be lost). */
  private async armAt(at: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > at) await this.ctx.storage.setAlarm(at);
  }
}
