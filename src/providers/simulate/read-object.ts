/**
 * Reads the payment or order a simulation is about through CorePort's own API, with a merchant's
 * secret key (the sandbox merchant's by default, see scripts/simulate.ts). The transport is passed in:
 * the CLI uses fetch against `npm run dev`, the tests call the worker in-process.
 */
import { idPattern } from "../../lib/ids";
import type { PaymentMethod } from "../types";
import { ScenarioError } from "./scenarios";
import type { OrderObject, PaymentObject, SimulatedObject } from "./subjects";

export type Transport = (url: string, init: RequestInit) => Promise<Response>;

const PAYMENT_METHODS: PaymentMethod[] = ["payto", "corepay", "mypos"];

async function problemText(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const problem = JSON.parse(text) as { detail?: string; title?: string };
    return problem.detail ?? problem.title ?? text;
  } catch {
    return text.slice(0, 200);
  }
}

/** `pay_…` or `ord_…`, as the API shows it to the key's merchant. */
export async function readObject(transport: Transport, baseUrl: string, id: string, secretKey: string): Promise<SimulatedObject> {
  const headers = { Authorization: `Bearer ${secretKey}`, Accept: "application/json" };
  const get = (path: string) => transport(new URL(path, baseUrl).toString(), { method: "GET", headers, signal: AbortSignal.timeout(15_000) });
  if (idPattern("ord").test(id)) {
    const res = await get(`/api/v1/orders/${id}`);
    if (res.ok) return (await res.json()) as OrderObject;
    throw new ScenarioError(`GET /api/v1/orders/${id} → ${res.status}: ${await problemText(res)}`);
  }
  if (!idPattern("pay").test(id)) throw new ScenarioError(`'${id}' is neither a payment id (pay_…) nor an order id (ord_…)`);
  // Each method has its own read; the payment answers on exactly one of them (404 on the others).
  const answers = await Promise.all(PAYMENT_METHODS.map((method) => get(`/api/v1/payments/${method}/${id}`)));
  const found = answers.find((res) => res.ok);
  if (found) return (await found.json()) as PaymentObject;
  const telling = answers.find((res) => res.status !== 404) ?? answers[0]!;
  throw new ScenarioError(`${id}: ${telling.status} ${await problemText(telling)}`);
}
