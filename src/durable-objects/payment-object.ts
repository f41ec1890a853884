import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env";

/**
 * One instance per payment or ramp order (named by its id). It serialises every state change of that
 * payment: Durable Objects process one request at a time per instance, so two webhooks for the same
 * payment can never interleave, while different payments run in parallel in different instances.
 * The state machine itself lives in ../payments (issue: payments core).
 */
export class PaymentObject extends DurableObject<Bindings> {
  /** Round trip used by /health: proves the namespace is reachable and storage answers. */
  async ping(): Promise<{ ok: true; storedKeys: number }> {
    const row = this.ctx.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM sqlite_master").one();
    return { ok: true, storedKeys: row.n };
  }
}
