/**
 * The one interpreter of the state machines: given a subject's state and an event, decide whether the
 * event is accepted and what the next state is. Pure and synchronous, so the Durable Object can apply
 * it inside one storage transaction with no `await` in between, and tests can walk every transition.
 */
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import { MACHINES, type Actor, type Rule, type Settlement, type SubjectState } from "./machine";

export interface CoreEventInput {
  type: string;
  /** `system`, `merchant`, `operator`, or the provider's code (`payto`, `mypos`, …). */
  source: string;
  data: unknown;
}

export type Decision =
  /** The event is malformed for this kind of subject: nothing is recorded. */
  | { outcome: "invalid"; reason: string }
  | {
      outcome: "accepted" | "refused";
      from: string;
      to: string;
      reason?: string;
      /** The parsed, normalised event data (what gets recorded). */
      data: Record<string, unknown>;
      /** The state after the event (a refused event may still flag the subject for review). */
      next: SubjectState;
      /** The event set `needsReview` (it was false before). */
      reviewFlagged: boolean;
    };

const RESERVED_ACTORS: Record<string, Actor> = { system: "system", merchant: "merchant", operator: "operator" };
export const SOURCE_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;

export function actorOf(source: string): Actor {
  return RESERVED_ACTORS[source] ?? "provider";
}

function clone(state: SubjectState): SubjectState {
  return structuredClone(state);
}

/** Add two amounts exactly, keeping the larger scale of the operands and the amount due. */
function addAmounts(a: string, b: string, expected: string): string {
  const places = Math.max(scaleOf(a), scaleOf(b), scaleOf(expected));
  return formatDecimal(dec(a).plus(dec(b)), places);
}

function settlementOf(state: SubjectState, rule: { settle: Partial<Record<Settlement, string>> }): Settlement {
  const received = dec(state.amountReceived);
  const cmp = received.cmp(dec(state.amountExpected));
  if (cmp === 0) return "exact";
  if (cmp > 0) return "over";
  // Money still in flight only matters while the amount due is not covered yet.
  if (rule.settle.pending && Object.keys(state.pending).length > 0) return "pending";
  return received.eq(0) ? "none" : "short";
}

function refuse(state: SubjectState, data: Record<string, unknown>, reason: string, flagReview = false): Decision {
  const next = clone(state);
  const reviewFlagged = flagReview && !state.needsReview;
  if (flagReview) next.needsReview = true;
  return { outcome: "refused", from: state.status, to: state.status, reason, data, next, reviewFlagged };
}

export function decide(state: SubjectState, event: CoreEventInput): Decision {
  const machine = MACHINES[state.kind];
  const def = machine.events[event.type];
  if (!def) return { outcome: "invalid", reason: `'${event.type}' is not an event of a ${state.kind}` };
  if (!SOURCE_PATTERN.test(event.source)) return { outcome: "invalid", reason: `'${event.source}' is not a valid event source` };
  const parsed = def.data.safeParse(event.data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { outcome: "invalid", reason: `invalid data for '${event.type}': ${issue?.path.join(".") || "(root)"}: ${issue?.message}` };
  }
  const data = parsed.data as Record<string, unknown>;
  const from = state.status;

  const actor = actorOf(event.source);
  if (!def.actors.includes(actor)) return refuse(state, data, `'${event.type}' cannot be sent by a ${actor} (source '${event.source}')`);

  const rule: Rule<string> | undefined = def.from[from];
  if (!rule) return refuse(state, data, `'${event.type}' is not allowed in status '${from}'`);

  const guardFailure = def.guard?.(state, data);
  if (guardFailure) return refuse(state, data, guardFailure);

  const next = clone(state);
  const txId = data.transactionId as string | undefined;
  const amount = data.amount as string | undefined;
  if (def.money === "credit" || (def.money === "hold" && amount !== undefined)) {
    if (typeof data.asset === "string" && data.asset !== state.asset) {
      return refuse(state, data, `asset mismatch: expected ${state.asset}, got ${data.asset}`, true);
    }
  }
  switch (def.money) {
    case "credit":
      if (state.credited.includes(txId!)) return refuse(state, data, `transaction '${txId}' was already credited`);
      next.amountReceived = addAmounts(state.amountReceived, amount!, state.amountExpected);
      delete next.pending[txId!];
      next.credited.push(txId!);
      break;
    case "hold":
      if (txId !== undefined && state.credited.includes(txId)) return refuse(state, data, `transaction '${txId}' was already credited`);
      if (txId !== undefined && amount !== undefined) next.pending[txId] = amount;
      break;
    case "release":
      if (state.pending[txId!] === undefined) return refuse(state, data, `transaction '${txId}' is not pending`);
      delete next.pending[txId!];
      delete next.confirmations[txId!];
      break;
  }

  let to: string;
  let review = false;
  if ("settle" in rule) {
    const settlement = settlementOf(next, rule);
    const target = rule.settle[settlement];
    if (!target) return refuse(state, data, `'${event.type}' cannot leave status '${from}' with a ${settlement} amount`);
    to = target;
  } else if ("to" in rule) {
    to = rule.to;
    review = rule.review === true;
  } else {
    to = from;
    review = true;
  }

  if (def.columns) Object.assign(next.columns, def.columns(data));
  def.effect?.(next, data);
  if (typeof data.reason === "string") next.lastReason = data.reason;
  next.status = to;
  const reviewFlagged = review && !state.needsReview;
  if (review) next.needsReview = true;
  return { outcome: "accepted", from, to, data, next, reviewFlagged };
}
