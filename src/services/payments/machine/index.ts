import { offrampMachine } from "./offramp.machine";
import { onrampMachine } from "./onramp.machine";
import { paymentMachine } from "./payment.machine";
import type { Machine, SubjectKind } from "./types";

export * from "./types";
export { offrampMachine, onrampMachine, paymentMachine };

export const MACHINES: Record<SubjectKind, Machine> = {
  payment: paymentMachine as Machine,
  onramp: onrampMachine as Machine,
  offramp: offrampMachine as Machine,
};

/** Every status a subject of this kind can have. */
export function statusesOf(kind: SubjectKind): string[] {
  return Object.keys(MACHINES[kind].states);
}

/** The possible targets of an event in a status (empty = forbidden there). */
export function targetsOf(kind: SubjectKind, eventType: string, from: string): string[] {
  const rule = MACHINES[kind].events[eventType]?.from[from];
  if (!rule) return [];
  if ("settle" in rule) return [...new Set(Object.values(rule.settle))] as string[];
  if ("to" in rule) return [rule.to];
  return [from];
}

/** A status is final when no event can move a subject out of it (late money is still recorded). */
export function isFinalStatus(kind: SubjectKind, status: string): boolean {
  const machine = MACHINES[kind];
  return Object.keys(machine.events).every((type) => targetsOf(kind, type, status).every((to) => to === status));
}
