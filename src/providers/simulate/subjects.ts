/**
 * `npm run simulate -- <pay_…|ord_…> <scenario>` (like `stripe trigger`): everything a scenario needs is
 * read from the object as the API shows it (GET /payments/<method>/{id}, GET /orders/{id}) — the method,
 * amount, asset and its decimals, the deposit address, the bank reference and collection account, the
 * payout record, the coin transfer's hash — and the command-line flags only override it.
 * Pure: the objects come in, simulation inputs and the scenarios that fit them go out.
 */
import { scaleOf } from "../../lib/money";
import type { PaymentMethod } from "../types";
import { RAMP_SCENARIOS, type RampMethod, type RampSimulationInput } from "./ramp-scenarios";
import { SCENARIOS, ScenarioError, type SimulationInput } from "./scenarios";

/** What the simulator reads of a payment (the Payments endpoints' view). */
export interface PaymentObject {
  id: string;
  object: "payment";
  method: PaymentMethod;
  status: string;
  asset: string;
  amountExpected: string;
  amountReceived: string;
  payto?: { depositAddress: string };
  corepay?: { confirmationsRequired: number };
}

/** What the simulator reads of an on-ramp or off-ramp order (GET /orders/{id}). */
export type OrderObject =
  | {
      id: string;
      object: "order";
      direction: "onramp";
      rail: "bank" | "card";
      status: string;
      charge: { currency: string; amount: string };
      receive: { asset: string; amount: string; txHash: string | null };
      bankInstructions: { iban: string; reference: string } | null;
    }
  | {
      id: string;
      object: "order";
      direction: "offramp";
      rail: "bank" | "crypto";
      status: string;
      deposit: { asset: string; amount: string; address: string | null };
      payout: { asset: string; amount: string; id: string | null; status: string | null };
    };

export type SimulatedObject = PaymentObject | OrderObject;

/** The simulator's method for an object: the payment's method, or the order's direction. */
export function methodOf(object: SimulatedObject): PaymentMethod | RampMethod {
  return object.object === "payment" ? object.method : object.direction;
}

const OPEN_PAYMENT = ["requires_payment", "processing", "partially_paid"];

/** In which statuses of its object a scenario does what it describes (absent: it does not fit the object). */
function fittingStatuses(object: SimulatedObject, scenario: string): string[] | undefined {
  if (object.object === "payment") {
    if (!(scenario in SCENARIOS[object.method])) return undefined;
    return scenario === "late" ? ["expired"] : object.method === "mypos" ? ["requires_payment"] : OPEN_PAYMENT;
  }
  if (!(scenario in RAMP_SCENARIOS[object.direction])) return undefined;
  if (object.direction === "onramp") {
    if (scenario === "coins-confirmed") return ["coins_sent"];
    if (scenario === "coins-failed") return ["funds_confirmed", "coins_sent"];
    if (scenario === "refunded") return ["refund_pending"];
    if (scenario === "card-pay") return object.rail === "card" ? ["awaiting_funds"] : undefined;
    return object.rail === "bank" ? ["awaiting_funds"] : undefined; // bank-*
  }
  if (scenario === "refunded") return ["refund_pending"];
  if (scenario.startsWith("payout-") || scenario === "out-of-order") return object.rail === "bank" ? ["payout_pending"] : undefined;
  return ["awaiting_deposit"]; // the deposit scenarios
}

export interface FittingScenario {
  name: string;
  description: string;
  /** Whether the object's current status is one the scenario is meant for. */
  now: boolean;
  /** The statuses it is meant for. */
  when: string[];
}

/** The scenarios that fit the object (its method and rail), those for its current status first. */
export function scenariosFor(object: SimulatedObject): FittingScenario[] {
  const described: Record<string, string> = object.object === "payment" ? SCENARIOS[object.method] : RAMP_SCENARIOS[object.direction];
  const fitting = Object.entries(described).flatMap(([name, description]) => {
    const when = fittingStatuses(object, name);
    return when ? [{ name, description, when, now: when.includes(object.status) }] : [];
  });
  return [...fitting.filter((s) => s.now), ...fitting.filter((s) => !s.now)];
}

/** What the command line may set instead of what the object says. */
export interface SimulationOverrides {
  amount?: string;
  asset?: string;
  decimals?: number;
  address?: string;
  confirmations?: number;
  reference?: string;
  iban?: string;
  payout?: { id?: string; amount?: string; currency?: string };
  txHash?: string;
}

type Common = Pick<SimulationInput, "network" | "now">;

function requireFit(object: SimulatedObject, scenario: string): void {
  if (fittingStatuses(object, scenario)) return;
  const fits = scenariosFor(object).map((s) => s.name).join(", ");
  const what = object.object === "payment" ? `${object.method} payment` : `${object.rail} ${object.direction} order`;
  throw new ScenarioError(`'${scenario}' does not fit ${object.id} (a ${what}). Scenarios for it: ${fits}`);
}

/** A payment scenario's input: method, amount, asset, decimals, deposit address, confirmations from the payment. */
export function paymentSimulation(payment: PaymentObject, scenario: string, flags: SimulationOverrides, common: Common): SimulationInput {
  requireFit(payment, scenario);
  const amount = flags.amount ?? payment.amountExpected;
  return {
    method: payment.method,
    paymentId: payment.id,
    scenario,
    amount,
    asset: (flags.asset ?? payment.asset).toUpperCase(),
    decimals: flags.decimals ?? scaleOf(payment.amountExpected),
    address: (flags.address ?? payment.payto?.depositAddress)?.toLowerCase(),
    confirmations: flags.confirmations ?? payment.corepay?.confirmationsRequired ?? 1,
    ...common,
  };
}

/** A ramp scenario's input: amounts, assets, bank reference and account, payout record, tx hash from the order. */
export function orderSimulation(order: OrderObject, scenario: string, flags: SimulationOverrides, common: Common): RampSimulationInput {
  requireFit(order, scenario);
  const base = { method: order.direction, orderId: order.id, scenario, ...common };
  if (order.direction === "onramp") {
    const needsReference = ["bank-pay", "bank-remittance", "bank-short", "bank-over", "bank-duplicate"].includes(scenario);
    if (needsReference && !flags.reference && !order.bankInstructions) {
      throw new ScenarioError(`${order.id} shows no bank instructions any more (status ${order.status}; they are shown while awaiting_funds): pass --reference RF… to send ${scenario} anyway`);
    }
    if (scenario === "coins-confirmed" && !flags.txHash && !order.receive.txHash) {
      throw new ScenarioError(`${order.id} has no coin transfer yet (status ${order.status}; receive.txHash is set once the coins are sent): pass --tx-hash to send coins-confirmed anyway`);
    }
    return {
      ...base,
      amount: flags.amount ?? order.charge.amount,
      asset: (flags.asset ?? order.charge.currency).toUpperCase(),
      decimals: flags.decimals ?? scaleOf(order.charge.amount),
      reference: (flags.reference ?? order.bankInstructions?.reference)?.replaceAll(" ", "").toUpperCase(),
      collectionIban: (flags.iban ?? order.bankInstructions?.iban)?.replaceAll(" ", "").toUpperCase(),
      txHash: flags.txHash ?? order.receive.txHash ?? undefined,
    };
  }
  const payoutId = flags.payout?.id ?? order.payout.id;
  if ((scenario.startsWith("payout-") || scenario === "out-of-order") && !payoutId) {
    throw new ScenarioError(`${order.id} has no bank payout yet (status ${order.status}; one starts when a matching deposit arrives: run 'exact' first), or pass --payout pyo_…`);
  }
  return {
    ...base,
    amount: flags.amount ?? order.deposit.amount,
    asset: (flags.asset ?? order.deposit.asset).toUpperCase(),
    decimals: flags.decimals ?? scaleOf(order.deposit.amount),
    address: (flags.address ?? order.deposit.address ?? undefined)?.toLowerCase(),
    payout: payoutId
      ? { id: payoutId, amount: flags.payout?.amount ?? order.payout.amount, currency: (flags.payout?.currency ?? order.payout.asset).toUpperCase() }
      : undefined,
  };
}

/** One line about where the object stands, printed after a scenario. */
export function statusLine(object: SimulatedObject): string {
  if (object.object === "payment") {
    return `${object.id} is ${object.status} (${object.amountReceived} of ${object.amountExpected} ${object.asset} received)`;
  }
  if (object.direction === "onramp") {
    return `${object.id} is ${object.status} (${object.charge.amount} ${object.charge.currency} → ${object.receive.amount} ${object.receive.asset}${object.receive.txHash ? `, coins ${object.receive.txHash}` : ""})`;
  }
  const payout = object.payout.id ? `, payout ${object.payout.id} ${object.payout.status}` : "";
  return `${object.id} is ${object.status} (${object.deposit.amount} ${object.deposit.asset} → ${object.payout.amount} ${object.payout.asset}${payout})`;
}
