import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../../src/lib/money";
import { isFinalStatus, MACHINES, statusesOf, targetsOf, type SubjectKind, type SubjectState } from "../../src/services/payments/machine";
import { decide, type CoreEventInput } from "../../src/services/payments/reducer";

type Step = { type: string; source: string; data: Record<string, unknown> };
type DataFor = (state: SubjectState) => Record<string, unknown>;

const EXPECTED: Record<SubjectKind, { asset: string; amount: string }> = {
  payment: { asset: "USDX", amount: "10.00" },
  onramp: { asset: "EUR", amount: "100.00" },
  offramp: { asset: "USDX", amount: "250.000000" },
};

function fresh(kind: SubjectKind): SubjectState {
  const { asset, amount } = EXPECTED[kind];
  return {
    kind,
    status: MACHINES[kind].initial,
    asset,
    amountExpected: amount,
    amountReceived: "0",
    pending: {},
    credited: [],
    confirmations: {},
    needsReview: false,
    expiresAt: Date.now() + 60_000,
    columns: {},
  };
}

function run(kind: SubjectKind, steps: Step[]): SubjectState {
  let state = fresh(kind);
  for (const step of steps) {
    const decision = decide(state, step);
    if (decision.outcome !== "accepted") throw new Error(`path step ${step.type} in ${state.status}: ${JSON.stringify(decision)}`);
    state = decision.next;
  }
  return state;
}

const s = (type: string, source: string, data: Record<string, unknown> = {}): Step => ({ type, source, data });

/** A way to reach every status from the initial one; the walk below fails if a status has none. */
const PATHS: Record<SubjectKind, Record<string, Step[]>> = {
  payment: {
    requires_payment: [],
    processing: [s("payment.processing", "corepay", { transactionId: "tx-p", amount: "10.00" })],
    partially_paid: [s("payment.funds_received", "payto", { transactionId: "tx-1", amount: "4.00" })],
    succeeded: [s("payment.funds_received", "payto", { transactionId: "tx-1", amount: "10.00" })],
    overpaid: [s("payment.funds_received", "payto", { transactionId: "tx-1", amount: "12.00" })],
    expired: [s("payment.expired", "system")],
    failed: [s("payment.failed", "mypos", { reason: "declined" })],
    cancelled: [s("payment.cancelled", "merchant")],
    reversed: [s("payment.funds_received", "mypos", { transactionId: "trn-1", amount: "10.00" }), s("payment.reversed", "mypos")],
  },
  onramp: {
    awaiting_funds: [],
    awaiting_decision: [s("onramp.funds_received", "wallmoney", { transactionId: "bank-1", amount: "40.00" })],
    funds_confirmed: [s("onramp.funds_received", "wallmoney", { transactionId: "bank-1", amount: "100.00" })],
    coins_sent: [s("onramp.funds_received", "wallmoney", { transactionId: "bank-1", amount: "100.00" }), s("onramp.coins_sent", "system", { transactionId: "0xabc" })],
    completed: [
      s("onramp.funds_received", "wallmoney", { transactionId: "bank-1", amount: "100.00" }),
      s("onramp.coins_sent", "system", { transactionId: "0xabc" }),
      s("onramp.completed", "system", { transactionId: "0xabc" }),
    ],
    refund_pending: [s("onramp.funds_received", "wallmoney", { transactionId: "bank-1", amount: "40.00" }), s("onramp.rejected", "merchant", { reason: "customer asked" })],
    refunded: [
      s("onramp.funds_received", "wallmoney", { transactionId: "bank-1", amount: "40.00" }),
      s("onramp.rejected", "merchant"),
      s("onramp.refunded", "wallmoney", { transactionId: "refund-1" }),
    ],
    rejected: [s("onramp.rejected", "merchant")],
    failed: [s("onramp.failed", "mypos", { reason: "declined" })],
    expired: [s("onramp.expired", "system")],
  },
  offramp: {
    awaiting_deposit: [],
    awaiting_decision: [s("offramp.deposit_received", "coreport-otc", { transactionId: "0xd1", amount: "100" })],
    payout_pending: [s("offramp.deposit_received", "coreport-otc", { transactionId: "0xd1", amount: "250" })],
    completed: [s("offramp.deposit_received", "coreport-otc", { transactionId: "0xd1", amount: "250" }), s("offramp.payout_completed", "wallmoney-payout", { transactionId: "wire-1" })],
    refund_pending: [s("offramp.deposit_received", "coreport-otc", { transactionId: "0xd1", amount: "100" }), s("offramp.rejected", "merchant")],
    refunded: [
      s("offramp.deposit_received", "coreport-otc", { transactionId: "0xd1", amount: "100" }),
      s("offramp.rejected", "merchant"),
      s("offramp.refunded", "coreport-otc", { transactionId: "0xrefund" }),
    ],
    rejected: [s("offramp.rejected", "merchant")],
    expired: [s("offramp.expired", "system")],
  },
};

/** One well-formed instance of every event, from the actor allowed to send it. */
const CANONICAL: Record<SubjectKind, Record<string, { source: string; data: DataFor }>> = {
  payment: {
    "payment.processing": { source: "corepay", data: () => ({ transactionId: "tx-new", amount: "1.00" }) },
    "payment.confirmations": { source: "corepay", data: () => ({ transactionId: "tx-p", confirmations: 3, required: 12 }) },
    "payment.funds_received": { source: "payto", data: () => ({ transactionId: "tx-new", amount: "1.00" }) },
    "payment.dropped": { source: "corepay", data: () => ({ transactionId: "tx-p", reason: "replaced" }) },
    "payment.failed": { source: "mypos", data: () => ({ reason: "3-D Secure failed" }) },
    "payment.cancelled": { source: "merchant", data: () => ({}) },
    "payment.reversed": { source: "mypos", data: () => ({ reason: "IPCPurchaseRollback" }) },
    "payment.expired": { source: "system", data: () => ({}) },
  },
  onramp: {
    "onramp.funds_received": { source: "wallmoney", data: () => ({ transactionId: "bank-new", amount: "60.00" }) },
    "onramp.proceed": { source: "merchant", data: (st) => ({ quoteId: "quo_x", sourceAmount: st.amountReceived === "0" ? "1" : st.amountReceived, targetAmount: "39.50" }) },
    "onramp.rejected": { source: "merchant", data: () => ({ reason: "customer asked" }) },
    "onramp.coins_sent": { source: "system", data: () => ({ transactionId: "0xabc" }) },
    "onramp.completed": { source: "system", data: () => ({ transactionId: "0xabc" }) },
    "onramp.coins_failed": { source: "system", data: () => ({ reason: "node unavailable" }) },
    "onramp.refunded": { source: "wallmoney", data: () => ({ transactionId: "refund-2" }) },
    "onramp.reversed": { source: "mypos", data: () => ({ reason: "IPCPurchaseRollback" }) },
    "onramp.failed": { source: "mypos", data: () => ({ reason: "declined" }) },
    "onramp.expired": { source: "system", data: () => ({}) },
  },
  offramp: {
    "offramp.deposit_received": { source: "coreport-otc", data: () => ({ transactionId: "0xnew", amount: "150" }) },
    "offramp.proceed": { source: "merchant", data: (st) => ({ quoteId: "quo_y", sourceAmount: st.amountReceived === "0" ? "1" : st.amountReceived, targetAmount: "99.10" }) },
    "offramp.rejected": { source: "merchant", data: () => ({ reason: "changed mind" }) },
    "offramp.payout_completed": { source: "wallmoney-payout", data: () => ({ transactionId: "wire-2" }) },
    "offramp.payout_failed": { source: "wallmoney-payout", data: () => ({ reason: "account closed" }) },
    "offramp.payout_returned": { source: "wallmoney-payout", data: () => ({ reason: "beneficiary bank returned it" }) },
    "offramp.refunded": { source: "coreport-otc", data: () => ({ transactionId: "0xrefund2" }) },
    "offramp.expired": { source: "system", data: () => ({}) },
  },
};

const KINDS: SubjectKind[] = ["payment", "onramp", "offramp"];

describe.each(KINDS)("%s state machine", (kind) => {
  const machine = MACHINES[kind];

  it("has a path to every status and a canonical instance of every event", () => {
    expect(Object.keys(PATHS[kind]).sort()).toEqual(statusesOf(kind).sort());
    expect(Object.keys(CANONICAL[kind]).sort()).toEqual(Object.keys(machine.events).sort());
    for (const [status, path] of Object.entries(PATHS[kind])) expect(run(kind, path).status).toBe(status);
  });

  it("is consistent: rules name real statuses, expiry applies exactly to expiring statuses", () => {
    const statuses = new Set(statusesOf(kind));
    for (const [type, def] of Object.entries(machine.events)) {
      for (const from of Object.keys(def.from)) {
        expect(statuses.has(from), `${type} from ${from}`).toBe(true);
        for (const to of targetsOf(kind, type, from)) expect(statuses.has(to), `${type}: ${from} → ${to}`).toBe(true);
      }
    }
    expect(machine.states[machine.initial as keyof typeof machine.states]?.expires).toBe(true);
    const expiring = statusesOf(kind).filter((st) => machine.states[st]?.expires).sort();
    expect(Object.keys(machine.events[machine.expiryEvent]!.from).sort()).toEqual(expiring);
    expect(machine.events[machine.expiryEvent]!.actors).toEqual(["system"]);
    for (const st of expiring) expect(isFinalStatus(kind, st)).toBe(false);
  });

  // The full walk: every event in every status, accepted exactly where the table allows it.
  for (const status of Object.keys(PATHS[kind])) {
    for (const type of Object.keys(CANONICAL[kind])) {
      const allowed = targetsOf(kind, type, status);
      it(`${status} + ${type} → ${allowed.length ? allowed.join(" | ") : "refused"}`, () => {
        const state = run(kind, PATHS[kind][status]!);
        const { source, data } = CANONICAL[kind][type]!;
        const decision = decide(state, { type, source, data: data(state) });
        if (decision.outcome === "invalid") throw new Error(decision.reason);
        if (allowed.length === 0) {
          expect(decision.outcome).toBe("refused");
          expect(decision.reason).toContain(`not allowed in status '${status}'`);
          expect(decision.next.status).toBe(status);
          expect(decision.next.amountReceived).toBe(state.amountReceived);
        } else {
          expect(decision.outcome, decision.reason).toBe("accepted");
          expect(allowed).toContain(decision.to);
          expect(decision.next.status).toBe(decision.to);
        }
      });
    }
  }
});

describe("reducer rules", () => {
  const pay = (steps: Step[]) => run("payment", steps);
  const apply = (state: SubjectState, event: CoreEventInput) => decide(state, event);

  it("adds several deposits exactly and settles on the sum", () => {
    let state = pay([s("payment.funds_received", "payto", { transactionId: "a", amount: "3.33" })]);
    expect(state).toMatchObject({ status: "partially_paid", amountReceived: "3.33" });
    state = run("payment", [
      s("payment.funds_received", "payto", { transactionId: "a", amount: "3.33" }),
      s("payment.funds_received", "payto", { transactionId: "b", amount: "3.33" }),
      s("payment.funds_received", "payto", { transactionId: "c", amount: "3.34" }),
    ]);
    expect(state).toMatchObject({ status: "succeeded", amountReceived: "10.00" });
  });

  it("credits a transaction once, whatever the delivery id", () => {
    const state = pay([s("payment.funds_received", "payto", { transactionId: "a", amount: "4" })]);
    const again = apply(state, s("payment.funds_received", "payto", { transactionId: "a", amount: "4" }));
    expect(again).toMatchObject({ outcome: "refused", reason: "transaction 'a' was already credited" });
  });

  it("keeps a payment processing while a short amount has money in flight, and goes back when it drops", () => {
    const state = run("payment", [
      s("payment.processing", "corepay", { transactionId: "t1", amount: "6" }),
      s("payment.funds_received", "payto", { transactionId: "t2", amount: "4" }),
    ]);
    expect(state).toMatchObject({ status: "processing", amountReceived: "4.00", pending: { t1: "6" } });
    const dropped = apply(state, s("payment.dropped", "corepay", { transactionId: "t1" }));
    expect(dropped).toMatchObject({ outcome: "accepted", to: "partially_paid" });
    const unknown = apply(state, s("payment.dropped", "corepay", { transactionId: "nope" }));
    expect(unknown).toMatchObject({ outcome: "refused", reason: "transaction 'nope' is not pending" });
  });

  it("records confirmation counts of pending transactions only", () => {
    const state = pay([s("payment.processing", "corepay", { transactionId: "t1", amount: "10.00" })]);
    const counted = apply(state, s("payment.confirmations", "corepay", { transactionId: "t1", confirmations: 5, required: 12 }));
    expect(counted.outcome === "accepted" && counted.next.confirmations).toEqual({ t1: { seen: 5, required: 12 } });
    expect(apply(state, s("payment.confirmations", "corepay", { transactionId: "t9", confirmations: 1 }))).toMatchObject({ outcome: "refused" });
  });

  it("out of order: a 'processing' after the payment succeeded is refused and changes nothing", () => {
    const state = pay([s("payment.funds_received", "corepay", { transactionId: "t1", amount: "10.00" })]);
    const late = apply(state, s("payment.processing", "corepay", { transactionId: "t1", amount: "10.00" }));
    expect(late).toMatchObject({ outcome: "refused", to: "succeeded", reason: "'payment.processing' is not allowed in status 'succeeded'" });
  });

  it("late money on an expired payment is counted and flagged for review, status unchanged", () => {
    const state = pay([s("payment.expired", "system")]);
    const late = apply(state, s("payment.funds_received", "payto", { transactionId: "t1", amount: "10.00" }));
    expect(late).toMatchObject({ outcome: "accepted", from: "expired", to: "expired", reviewFlagged: true });
    expect(late.outcome === "accepted" && late.next).toMatchObject({ needsReview: true, amountReceived: "10.00" });
  });

  it("a partially paid payment that expires is flagged for review", () => {
    const state = pay([s("payment.funds_received", "payto", { transactionId: "t1", amount: "2" })]);
    expect(apply(state, s("payment.expired", "system"))).toMatchObject({ outcome: "accepted", to: "expired", reviewFlagged: true });
  });

  it("refuses money in the wrong asset and flags it for review", () => {
    const decision = apply(fresh("payment"), s("payment.funds_received", "payto", { transactionId: "t1", amount: "10.00", asset: "EURX" }));
    expect(decision).toMatchObject({ outcome: "refused", reviewFlagged: true, reason: "asset mismatch: expected USDX, got EURX" });
    expect(decision.outcome === "refused" && decision.next).toMatchObject({ status: "requires_payment", amountReceived: "0", needsReview: true });
  });

  it("lets only the allowed actors send an event", () => {
    expect(apply(fresh("payment"), s("payment.expired", "payto"))).toMatchObject({ outcome: "refused", reason: "'payment.expired' cannot be sent by a provider (source 'payto')" });
    expect(apply(fresh("offramp"), s("offramp.rejected", "wallmoney-payout"))).toMatchObject({ outcome: "refused" });
  });

  it("treats malformed events as invalid (not recorded)", () => {
    expect(apply(fresh("payment"), s("onramp.completed", "system", { transactionId: "x" }))).toMatchObject({ outcome: "invalid" });
    expect(apply(fresh("payment"), s("payment.funds_received", "payto", { transactionId: "t", amount: "-1" }))).toMatchObject({ outcome: "invalid" });
    expect(apply(fresh("payment"), s("payment.funds_received", "payto", { transactionId: "t", amount: "1", extra: 1 }))).toMatchObject({ outcome: "invalid" });
    expect(apply(fresh("payment"), s("payment.failed", "Bad Source!"))).toMatchObject({ outcome: "invalid" });
  });

  it("proceed re-bases the order on what arrived, only with a quote for exactly that amount", () => {
    const state = run("offramp", PATHS.offramp.awaiting_decision!);
    const wrong = apply(state, s("offramp.proceed", "merchant", { quoteId: "quo_1", sourceAmount: "250", targetAmount: "240" }));
    expect(wrong).toMatchObject({ outcome: "refused", reason: "the quote is for 250 USDX but 100.000000 USDX arrived" });
    const right = apply(state, s("offramp.proceed", "merchant", { quoteId: "quo_1", sourceAmount: "100", targetAmount: "96.5", rate: "0.965" }));
    expect(right).toMatchObject({ outcome: "accepted", to: "payout_pending" });
    expect(right.outcome === "accepted" && right.next).toMatchObject({
      amountExpected: "100",
      columns: { quoteId: "quo_1", sourceAmount: "100", targetAmount: "96.5", rate: "0.965" },
    });
  });

  it("late ramp funds wait for a decision instead of being lost", () => {
    const state = run("onramp", PATHS.onramp.expired!);
    expect(apply(state, s("onramp.funds_received", "wallmoney", { transactionId: "b", amount: "100.00" }))).toMatchObject({ outcome: "accepted", to: "awaiting_decision" });
  });

  it("settles any sequence of deposits on their exact sum (property)", () => {
    const amount = fc
      .tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 999_999 }))
      .filter(([i, f]) => i + f > 0)
      .map(([i, f]) => `${i}.${String(f).padStart(6, "0")}`);
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 12 }), (deposits) => {
        let state = fresh("offramp");
        let sum = dec(0);
        deposits.forEach((a, i) => {
          const decision = decide(state, s("offramp.deposit_received", "coreport-otc", { transactionId: `tx${i}`, amount: a }));
          if (decision.outcome === "invalid") throw new Error(decision.reason);
          if (decision.outcome === "accepted") sum = sum.plus(dec(a));
          state = decision.next;
        });
        expect(dec(state.amountReceived).eq(sum)).toBe(true);
        const cmp = sum.cmp(dec("250"));
        // Once the payout starts, further deposits are kept for review, never paid out.
        if (state.status !== "payout_pending") expect(state.status).toBe("awaiting_decision");
        else expect(cmp >= 0).toBe(true);
      }),
    );
  });
});
