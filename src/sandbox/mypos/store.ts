/**
 * State of the local myPOS sandbox in KV (binding SANDBOX_KV, development only):
 * - checkout sessions: a verified IPCPurchase waiting for the tester's card (1 hour);
 * - orders: what the sandbox "myPOS" knows about each OrderID of the store, for IPCGetPaymentStatus
 *   and for refusing a second payment of the same OrderID (30 days).
 * KV is not transactional; two simultaneous "Pay" clicks on one session could both pay. That is
 * acceptable for a developer sandbox and documented here rather than hidden.
 */
import type { IpcFields } from "../../providers/mypos/ipc";

const SESSION_TTL_SECONDS = 60 * 60;
const ORDER_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface CheckoutSession {
  /** The verified purchase fields, in order, without the signature. */
  fields: IpcFields;
  createdAt: string;
  /** Declined attempts so far (shown to the tester). */
  attempts: number;
}

/** myPOS PaymentStatus: 1 successful, 2 pending, 3 unsuccessful, 4 reversed. */
export interface SandboxOrder {
  sid: string;
  orderId: string;
  paymentStatus: "1" | "2" | "3" | "4";
  amount: string;
  currency: string;
  transactionRef?: string;
  stan?: string;
  /** IPC status code of the last failed attempt (21 declined, 24 3-D Secure…). */
  lastStatus?: string;
  updatedAt: string;
}

const sessionKey = (token: string) => `mypos:session:${token}`;
const orderKey = (sid: string, orderId: string) => `mypos:order:${sid}:${orderId}`;

export class SandboxStore {
  constructor(private readonly kv: KVNamespace) {}

  async saveSession(token: string, session: CheckoutSession): Promise<void> {
    await this.kv.put(sessionKey(token), JSON.stringify(session), { expirationTtl: SESSION_TTL_SECONDS });
  }

  getSession(token: string): Promise<CheckoutSession | null> {
    return this.kv.get<CheckoutSession>(sessionKey(token), "json");
  }

  deleteSession(token: string): Promise<void> {
    return this.kv.delete(sessionKey(token));
  }

  getOrder(sid: string, orderId: string): Promise<SandboxOrder | null> {
    return this.kv.get<SandboxOrder>(orderKey(sid, orderId), "json");
  }

  async saveOrder(order: SandboxOrder): Promise<void> {
    await this.kv.put(orderKey(order.sid, order.orderId), JSON.stringify(order), { expirationTtl: ORDER_TTL_SECONDS });
  }
}
