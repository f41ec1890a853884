import { offrampMachine, onrampMachine, paymentMachine, type Machine } from "../payments/machine";

/**
 * The catalogue of events CorePort sends to merchants. Every accepted state change of a payment or
 * ramp order emits one, with a stable id (`evt_…`, the `webhook-id` header) and a snapshot of the
 * object after the change. Endpoints subscribe to a list of these types, or to "*".
 *
 * It is derived from the state machines (the payments core names a notification
 * `<prefix>.<new status>`, plus `<prefix>.created` and `<prefix>.needs_review`), so a status added to a
 * machine is in the catalogue at once and the two can never disagree.
 */
type StatusEvent<M> = M extends Machine<infer S, string> ? S : never;
type CatalogueOf<P extends string, M> = `${P}.${StatusEvent<M> | "created" | "needs_review"}`;
export type MerchantEventType =
  | CatalogueOf<"payment", typeof paymentMachine>
  | CatalogueOf<"onramp", typeof onrampMachine>
  | CatalogueOf<"offramp", typeof offrampMachine>;

const NOUN = { payment: "The payment", onramp: "The on-ramp order", offramp: "The off-ramp order" } as const;

function eventsOf(machine: Machine): Array<[string, string]> {
  const noun = NOUN[machine.kind];
  return [
    [`${machine.notificationPrefix}.created`, `${noun} was created (status ${machine.initial}).`],
    ...Object.entries(machine.states)
      .filter(([status]) => status !== machine.initial)
      .map(([status, def]): [string, string] => [`${machine.notificationPrefix}.${status}`, `${noun} moved to ${status}: ${def.description}.`]),
    [`${machine.notificationPrefix}.needs_review`, `Money arrived that the ${noun.slice(4)}'s status cannot take (after expiry, or after it was final); recorded and flagged for a person to review.`],
  ];
}

export const EVENT_CATALOGUE = Object.fromEntries(
  [paymentMachine, onrampMachine, offrampMachine].flatMap((m) => eventsOf(m as Machine)),
) as Record<MerchantEventType, string>;

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as MerchantEventType[];
/** Subscribes an endpoint to every type, including types added later. */
export const ALL_EVENTS = "*";

export function isCatalogued(type: string): type is MerchantEventType {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}

/** Does an endpoint subscribed to `subscribed` want events of `type`? */
export function subscribes(subscribed: readonly string[], type: string): boolean {
  return subscribed.includes(ALL_EVENTS) || subscribed.includes(type);
}
