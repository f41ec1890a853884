import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { makeIcan } from "../../src/lib/ican";
import { signWebhook } from "../../src/lib/standard-webhooks";
import { coreNetwork } from "../../src/providers/network";
import { api, expectProblem } from "../helpers/http";
import { d1Events, d1Order, d1Payment, deliver, deliveryId, newTestOrder, newTestPayment, objectOf } from "../helpers/payments";
import { creditReference, deliverWallMoney, payoutCallback } from "../helpers/wallmoney";
import { beginPayout } from "../../src/providers/payouts-store";
import { coinsDeliveredEvent, payoutSentEvent } from "../../src/providers/wallmoney/sandbox-events";
import { formatCreditorReference, newCreditorReference } from "../../src/lib/creditor-reference";
import { transferCreditedEvent } from "../../src/providers/wallmoney/sandbox-events";

const PAYTO = "/api/v1/payments/payto/webhook";
const COREPAY = "/api/v1/payments/corepay/webhook";
const ONRAMP = "/api/v1/onramp/webhook";
const OFFRAMP = "/api/v1/offramp/webhook";
const payto = env.PAYTO_WEBHOOK_SECRET!;
const paytoPrevious = env.PAYTO_WEBHOOK_SECRET_PREVIOUS!;
const corepay = env.COREPAY_WEBHOOK_SECRET!;
const onramp = env.ONRAMP_WEBHOOK_SECRET!;
const offramp = env.OFFRAMP_WEBHOOK_SECRET!;

const CHAIN_PREFIX = coreNetwork(env).icanPrefix;

type Ack = { received: true; subjectId: string; eventId: string; duplicate: boolean; accepted: boolean; status: string; reason?: string };

const confirmed = (paymentId: string, transactionId: string, amount: string) => ({
  type: "deposit.confirmed",
  timestamp: "2026-11-27T10:15:30Z",
  data: { paymentId, transactionId, amount, asset: "USDX" },
});

async function ack(res: Response): Promise<Ack> {
  if (res.status !== 200) throw new Error(`Expected 200, got ${res.status}: ${await res.text()}`);
  return res.json<Ack>();
}

/** Nothing was written: D1 still shows only the creation, and the object has no further event. */
async function expectUntouched(paymentId: string) {
  expect(await d1Payment(paymentId)).toMatchObject({ status: "requires_payment", version: 1 });
  expect(await d1Events(paymentId)).toHaveLength(1);
  expect((await objectOf(paymentId).inspect())!.eventCount).toBe(1);
}

describe("signature verification", () => {
  it("accepts a correctly signed delivery and records it", async () => {
    const { row } = await newTestPayment();
    const body = await ack(await deliver(PAYTO, confirmed(row.id, "0xa1", "10.00"), payto));
    expect(body).toMatchObject({ received: true, subjectId: row.id, duplicate: false, accepted: true, status: "succeeded" });
    expect(body.eventId).toMatch(/^evt_/);
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 2 });
    expect((await d1Events(row.id))[1]).toMatchObject({ source: "payto", type: "payment.funds_received", occurred_at: Date.parse("2026-11-27T10:15:30Z") });
  });

  it.each([
    ["no signature headers", async (body: string) => api(PAYTO, { method: "POST", headers: { "Content-Type": "application/json" }, body }), "missing_headers"],
    ["a signature made with another secret", async (body: string) => deliverRaw(body, ["whsec_" + btoa("x".repeat(32))]), "bad_signature"],
    ["a signature of another body", async (body: string) => deliverRaw(body, [payto], { signedBody: body.replace("10.00", "1.00") }), "bad_signature"],
    ["a stale timestamp (301 s old)", async (body: string) => deliverRaw(body, [payto], { timestamp: Math.floor(Date.now() / 1000) - 301 }), "stale_timestamp"],
    ["a timestamp from the future", async (body: string) => deliverRaw(body, [payto], { timestamp: Math.floor(Date.now() / 1000) + 400 }), "stale_timestamp"],
    ["a malformed timestamp", async (body: string) => deliverRaw(body, [payto], { timestampHeader: "soon" }), "bad_timestamp"],
    ["a signature header of garbage", async (body: string) => deliverRaw(body, [payto], { signatureHeader: "v1,@@@ v2,xyz" }), "bad_signature"],
  ])("refuses %s with a 401 problem and writes nothing", async (_name, send, reason) => {
    const { row } = await newTestPayment();
    const body = JSON.stringify(confirmed(row.id, "0xa2", "10.00"));
    const problem = await expectProblem(await send(body), 401);
    expect(problem).toMatchObject({ code: "UNAUTHORIZED", reason });
    await expectUntouched(row.id);
  });

  it("verifies before parsing: an unsigned malformed body is a 401, not a 400", async () => {
    const res = await api(PAYTO, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{not json" });
    expect((await expectProblem(res, 401)).reason).toBe("missing_headers");
  });

  it("accepts the previous secret during a rotation, and a delivery signed with both", async () => {
    const { row } = await newTestPayment();
    expect(await ack(await deliver(PAYTO, confirmed(row.id, "0xr1", "2.00"), paytoPrevious))).toMatchObject({ accepted: true });
    const both = await deliver(PAYTO, confirmed(row.id, "0xr2", "2.00"), payto, { secrets: ["whsec_" + btoa("o".repeat(32)), payto] });
    expect(await ack(both)).toMatchObject({ accepted: true, status: "partially_paid" });
    expect(await d1Payment(row.id)).toMatchObject({ amount_received: "4.00" });
  });

  it("answers 503 and writes nothing when the provider's secrets are not configured", async () => {
    const { row } = await newTestPayment();
    const body = JSON.stringify(confirmed(row.id, "0xa3", "10.00"));
    const headers = await signWebhook([payto], deliveryId(), Math.floor(Date.now() / 1000), body);
    const res = await api(PAYTO, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body,
      // Live mode: the sandbox secret is never a fallback there.
      env: { ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", PAYTO_WEBHOOK_SECRET: undefined, PAYTO_WEBHOOK_SECRET_PREVIOUS: undefined },
    });
    expect((await expectProblem(res, 503)).code).toBe("SERVICE_UNAVAILABLE");
    await expectUntouched(row.id);
  });

  it("uses one secret per provider: a PayTo signature does not open the CorePay endpoint", async () => {
    const { row } = await newTestPayment({ method: "corepay" });
    const event = { type: "transaction.confirmed", data: { paymentId: row.id, transactionHash: "0xc", asset: "USDX", amount: "10.00", confirmations: 12 } };
    await expectProblem(await deliver(COREPAY, event, payto), 401);
    await expectUntouched(row.id);
  });
});

async function deliverRaw(
  body: string,
  secrets: string[],
  options: { timestamp?: number; signedBody?: string; timestampHeader?: string; signatureHeader?: string } = {},
) {
  const headers = await signWebhook(secrets, deliveryId(), options.timestamp ?? Math.floor(Date.now() / 1000), options.signedBody ?? body);
  if (options.timestampHeader) headers["webhook-timestamp"] = options.timestampHeader;
  if (options.signatureHeader) headers["webhook-signature"] = options.signatureHeader;
  return api(PAYTO, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body });
}

describe("delivery semantics", () => {
  it("50 concurrent deliveries of the same event: one transition, one event row, 50 × 200", async () => {
    const { row } = await newTestPayment();
    const id = deliveryId();
    const event = confirmed(row.id, "0xstorm", "10.00");
    const responses = await Promise.all(Array.from({ length: 50 }, () => deliver(PAYTO, event, payto, { id })));
    const acks = await Promise.all(responses.map(ack));
    expect(acks.filter((a) => !a.duplicate)).toHaveLength(1);
    expect(new Set(acks.map((a) => a.eventId)).size).toBe(1);
    expect(acks.every((a) => a.accepted && a.status === "succeeded")).toBe(true);
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 2 });
    // Events are named by the fact (type + transfer), not by the delivery.
    expect((await d1Events(row.id)).filter((e) => e.provider_event_id === "deposit.confirmed:0xstorm")).toHaveLength(1);
  });

  it("a redelivery answers 200 with the first outcome and changes nothing", async () => {
    const { row } = await newTestPayment();
    const id = deliveryId();
    const first = await ack(await deliver(PAYTO, confirmed(row.id, "0xre", "4.00"), payto, { id }));
    const again = await ack(await deliver(PAYTO, confirmed(row.id, "0xre", "4.00"), payto, { id, timestamp: Math.floor(Date.now() / 1000) + 5 }));
    expect(again).toMatchObject({ duplicate: true, eventId: first.eventId, accepted: true, status: "partially_paid" });
    expect(await d1Payment(row.id)).toMatchObject({ amount_received: "4.00", version: 2 });
  });

  it("the same transfer under a new delivery id is the same event: a duplicate, not counted twice", async () => {
    const { row } = await newTestPayment();
    const first = await ack(await deliver(PAYTO, confirmed(row.id, "0xsame", "4.00"), payto));
    const second = await ack(await deliver(PAYTO, confirmed(row.id, "0xsame", "4.00"), payto));
    expect(second).toMatchObject({ duplicate: true, eventId: first.eventId, accepted: true, status: "partially_paid" });
    expect(await d1Payment(row.id)).toMatchObject({ amount_received: "4.00", version: 2 });
  });

  it("out of order (paid before pending): the payment stays paid, the stale event is recorded as refused", async () => {
    const { row } = await newTestPayment({ method: "corepay" });
    const tx = { paymentId: row.id, transactionHash: "0xooo", asset: "USDX", amount: "10.00" };
    const paid = await ack(await deliver(COREPAY, { type: "transaction.confirmed", data: { ...tx, confirmations: 12 } }, corepay));
    expect(paid).toMatchObject({ accepted: true, status: "succeeded" });
    const stale = await ack(await deliver(COREPAY, { type: "transaction.seen", data: tx }, corepay));
    expect(stale).toMatchObject({ duplicate: false, accepted: false, status: "succeeded", reason: "'payment.processing' is not allowed in status 'succeeded'" });
    const stale2 = await ack(await deliver(COREPAY, { type: "transaction.confirmations", data: { paymentId: row.id, transactionHash: "0xooo", confirmations: 3 } }, corepay));
    expect(stale2.accepted).toBe(false);
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "10.00", version: 4 });
    expect((await d1Events(row.id)).map((e) => [e.type, e.accepted])).toEqual([
      ["payment.created", 1],
      ["payment.funds_received", 1],
      ["payment.processing", 0],
      ["payment.confirmations", 0],
    ]);
  });

  it("CorePay: seen → confirmations → confirmed; a dropped transaction sends the payment back to waiting", async () => {
    const { row } = await newTestPayment({ method: "corepay" });
    const tx = { paymentId: row.id, asset: "USDX", amount: "10.00" };
    expect(await ack(await deliver(COREPAY, { type: "transaction.seen", data: { ...tx, transactionHash: "0xt1", blockNumber: 100 } }, corepay))).toMatchObject({ status: "processing" });
    expect(await ack(await deliver(COREPAY, { type: "transaction.confirmations", data: { paymentId: row.id, transactionHash: "0xt1", confirmations: 4, requiredConfirmations: 12 } }, corepay))).toMatchObject({ accepted: true, status: "processing" });
    const view = await objectOf(row.id).view();
    expect(view!.state).toMatchObject({ pending: { "0xt1": "10" }, confirmations: { "0xt1": { seen: 4, required: 12 } } });
    expect(await ack(await deliver(COREPAY, { type: "transaction.dropped", data: { paymentId: row.id, transactionHash: "0xt1", replacedBy: "0xt2" } }, corepay))).toMatchObject({ accepted: true, status: "requires_payment" });
    expect(await d1Payment(row.id)).toMatchObject({ status: "requires_payment", amount_received: "0" });
    expect(await ack(await deliver(COREPAY, { type: "transaction.confirmed", data: { ...tx, transactionHash: "0xt2", confirmations: 12 } }, corepay))).toMatchObject({ status: "succeeded" });
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", provider_reference: "0xt2" });
  });

  it("PayTo: deposits add up (under, exact, over) and are matched by deposit address", async () => {
    const address = makeIcan(CHAIN_PREFIX, crypto.randomUUID().replaceAll("-", "").padEnd(40, "0"));
    const { row } = await newTestPayment({ depositAddress: address, amountExpected: "25.000000" });
    const dep = (tx: string, amount: string) => ({ type: "deposit.confirmed", data: { depositAddress: address, transactionId: tx, amount, asset: "USDX" } });
    expect(await ack(await deliver(PAYTO, dep("0x1", "10"), payto))).toMatchObject({ status: "partially_paid", subjectId: row.id });
    expect(await ack(await deliver(PAYTO, dep("0x2", "15.000000"), payto))).toMatchObject({ status: "succeeded" });
    expect(await ack(await deliver(PAYTO, dep("0x3", "0.000001"), payto))).toMatchObject({ status: "overpaid" });
    expect(await d1Payment(row.id)).toMatchObject({ amount_received: "25.000001", status: "overpaid" });
  });

  it("money in the wrong asset is refused, kept on record and flagged for review", async () => {
    const { row } = await newTestPayment();
    const res = await ack(await deliver(PAYTO, { type: "deposit.confirmed", data: { paymentId: row.id, transactionId: "0xeur", amount: "10.00", asset: "EURX" } }, payto));
    expect(res).toMatchObject({ accepted: false, reason: "asset mismatch: expected USDX, got EURX" });
    expect(await d1Payment(row.id)).toMatchObject({ status: "requires_payment", needs_review: 1, amount_received: "0" });
  });
});

describe("payload problems (after a valid signature)", () => {
  it("answers 400 for a body that is not JSON", async () => {
    const res = await deliver(PAYTO, null, payto, { body: "{oops" });
    expect((await expectProblem(res, 400)).code).toBe("MALFORMED_JSON");
  });

  it("answers 400 naming the invalid fields", async () => {
    const { row } = await newTestPayment();
    const res = await deliver(PAYTO, { type: "deposit.confirmed", data: { paymentId: row.id, transactionId: "0x", amount: "-3", asset: "usdx" } }, payto);
    const problem = await expectProblem(res, 400);
    expect([...new Set(problem.errors!.map((e) => e.field))].sort()).toEqual(["data.amount", "data.asset"]);
    expect(problem.errors![0]!.in).toBe("body");
    await expectUntouched(row.id);
  });

  it("answers 400 for an unknown event type and for a payment named neither by id nor address", async () => {
    expect((await expectProblem(await deliver(PAYTO, { type: "deposit.teleported", data: {} }, payto), 400)).errors![0]!.field).toBe("type");
    const res = await deliver(PAYTO, { type: "deposit.confirmed", data: { transactionId: "0x", amount: "1", asset: "USDX" } }, payto);
    expect((await expectProblem(res, 400)).errors![0]!.field).toBe("data.paymentId");
  });

  it("ignores unknown payload fields (providers add fields over time)", async () => {
    const { row } = await newTestPayment();
    const event = { ...confirmed(row.id, "0xnew", "10.00"), apiVersion: "2027-01", data: { ...confirmed(row.id, "0xnew", "10.00").data, memo: "hi" } };
    expect(await ack(await deliver(PAYTO, event, payto))).toMatchObject({ accepted: true });
  });

  it("answers 404 for an unknown payment or deposit address, writing nothing", async () => {
    expect((await expectProblem(await deliver(PAYTO, confirmed("pay_0000000000000000000000000z", "0x", "1"), payto), 404)).code).toBe("NOT_FOUND");
    const res = await deliver(PAYTO, { type: "deposit.confirmed", data: { depositAddress: makeIcan(CHAIN_PREFIX, "0".repeat(40)), transactionId: "0x", amount: "1", asset: "USDX" } }, payto);
    await expectProblem(res, 404);
  });

  it("answers 415 for a non-JSON content type", async () => {
    const res = await api(PAYTO, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hi" });
    await expectProblem(res, 415);
  });

  it("answers 422 for an event that does not apply to that kind of order", async () => {
    const { row } = await newTestOrder({ direction: "offramp" });
    const res = await deliver(ONRAMP, { type: "coins.confirmed", data: { orderId: row.id, transactionHash: "0xc" } }, onramp);
    expect((await expectProblem(res, 422)).detail).toContain("not an event of a offramp");
  });
});

describe("ramp webhooks", () => {
  it("on-ramp by bank: WallMoney transfers matched by reference add up, then coins are sent and confirmed", async () => {
    const reference = newCreditorReference();
    const { row } = await newTestOrder({ direction: "onramp", paymentReference: reference });
    const first = creditReference(reference, "60.00");
    expect(await ack(await deliverWallMoney(ONRAMP, first))).toMatchObject({ status: "awaiting_decision", subjectId: row.id });
    // Redelivered under its event id: the first outcome, nothing credited again.
    expect(await ack(await deliverWallMoney(ONRAMP, first))).toMatchObject({ duplicate: true, status: "awaiting_decision" });
    // The reference moved to the free text by the sender's bank, printed in groups, lower case.
    const second = transferCreditedEvent({ amount: "40.00", currency: "EUR", collectionIban: "DE89370400440532013000", reference: formatCreditorReference(reference).toLowerCase(), where: "remittance" });
    expect(await ack(await deliverWallMoney(ONRAMP, second))).toMatchObject({ status: "funds_confirmed" });
    expect(await ack(await deliver(ONRAMP, { type: "coins.confirmed", data: { orderId: row.id, transactionHash: "0xcoins" } }, onramp))).toMatchObject({ status: "completed" });
    expect(await d1Order(row.id)).toMatchObject({ status: "completed", amount_deposited: "100.00", payout_tx_hash: "0xcoins" });
    const { results } = await env.DB.prepare("SELECT source, provider_event_id FROM payment_events WHERE subject_id = ? AND type = 'onramp.funds_received' ORDER BY seq").bind(row.id).all();
    expect(results).toEqual([{ source: "wallmoney", provider_event_id: first.id }, { source: "wallmoney", provider_event_id: second.id }]);
  });

  it("on-ramp: WallMoney's coins.delivered (live mode) records the coin delivery's hash → coins_sent", async () => {
    const reference = newCreditorReference();
    const { row } = await newTestOrder({ direction: "onramp", paymentReference: reference });
    expect(await ack(await deliverWallMoney(ONRAMP, creditReference(reference, "100.00")))).toMatchObject({ status: "funds_confirmed" });
    const { payout } = await beginPayout(env, { orderId: row.id, kind: "coin_delivery", providerCode: "wallmoney", mode: "live", asset: "USDX", amount: "100.000000", destination: { address: "x" } });
    const hash = `0x${"cd".repeat(32)}`;
    const delivered = coinsDeliveredEvent(payout, hash);
    expect(await ack(await deliverWallMoney(ONRAMP, delivered))).toMatchObject({ accepted: true, status: "coins_sent" });
    expect(await ack(await deliverWallMoney(ONRAMP, delivered))).toMatchObject({ duplicate: true });
    expect(await d1Order(row.id)).toMatchObject({ status: "coins_sent", payout_tx_hash: hash });
    expect(await env.DB.prepare("SELECT status, tx_hash FROM ramp_payouts WHERE id = ?").bind(payout.id).first()).toEqual({ status: "sent", tx_hash: hash });
    // Another hash for the same delivery is a conflict, never a silent overwrite.
    await expectProblem(await deliverWallMoney(ONRAMP, coinsDeliveredEvent(payout, `0x${"ef".repeat(32)}`)), 409);
  });

  it("on-ramp: a WallMoney transfer in another currency is never converted: refused, recorded, order flagged for review", async () => {
    const reference = newCreditorReference();
    const { row } = await newTestOrder({ direction: "onramp", paymentReference: reference });
    const res = await ack(await deliverWallMoney(ONRAMP, creditReference(reference, "100.00", "GBP")));
    expect(res).toMatchObject({ accepted: false, status: "awaiting_funds" });
    expect(res.reason).toContain("asset mismatch");
    expect(await d1Order(row.id)).toMatchObject({ status: "awaiting_funds", amount_deposited: "0", needs_review: 1 });
  });

  it("on-ramp: a WallMoney transfer without our reference is recorded once as unmatched (202), no order touched", async () => {
    const stranger = creditReference(newCreditorReference(), "12.50");
    const res = await deliverWallMoney(ONRAMP, stranger);
    expect(res.status).toBe(202);
    const body = await res.json<any>();
    expect(body).toMatchObject({ received: true, matched: false, reason: "unknown_reference", duplicate: false });
    expect(await (await deliverWallMoney(ONRAMP, stranger)).json()).toMatchObject({ unmatchedTransferId: body.unmatchedTransferId, duplicate: true });
    const none = await (await deliverWallMoney(ONRAMP, creditReference(undefined, "3.00"))).json<any>();
    expect(none).toMatchObject({ matched: false, reason: "no_reference" });
    const row = await env.DB.prepare("SELECT provider, transaction_id, amount, currency, reference FROM unmatched_transfers WHERE id = ?").bind(body.unmatchedTransferId).first();
    expect(row).toEqual({ provider: "wallmoney", transaction_id: stranger.data.transferId, amount: "12.50", currency: "EUR", reference: stranger.data.creditorReference });
  });

  it("on-ramp: a WallMoney body signed under another webhook-id, or not in WallMoney's shape, is refused (400)", async () => {
    const event = creditReference(newCreditorReference(), "5.00");
    const p = await expectProblem(await deliverWallMoney(ONRAMP, event, { id: "msg_other" }), 400);
    expect(p.errors?.[0]).toMatchObject({ field: "id", code: "event_id_mismatch" });
    const { collectionIban: _omit, ...data } = event.data;
    const bad = await expectProblem(await deliverWallMoney(ONRAMP, { ...event, data }), 400);
    expect(bad.errors?.map((e) => e.field).join()).toContain("collectionIban");
    // The CorePort-internal shape the endpoint once took is not a WallMoney event.
    await expectProblem(await deliver(ONRAMP, { type: "funds.received", data: { paymentReference: "RF18000000000001", transactionId: "x", amount: "1", currency: "EUR" } }, onramp), 400);
  });

  it("off-ramp: chain watcher deposit by address, WallMoney payout.sent then payout.returned, OTC refund", async () => {
    const address = makeIcan(CHAIN_PREFIX, crypto.randomUUID().replaceAll("-", "").padEnd(40, "0"));
    const { row } = await newTestOrder({ direction: "offramp", depositAddress: address });
    const deposit = { type: "deposit.received", data: { depositAddress: address, transactionHash: "0xdep", amount: "250", asset: "USDX" } };
    expect(await ack(await deliver(OFFRAMP, deposit, offramp))).toMatchObject({ status: "payout_pending" });
    const { payout } = await beginPayout(env, { orderId: row.id, kind: "bank_payout", providerCode: "wallmoney-payout", mode: "sandbox", asset: "EUR", amount: "230.00", destination: { iban: "DE89370400440532013000" } });
    const sent = payoutSentEvent(payout);
    expect(await ack(await deliverWallMoney(OFFRAMP, sent))).toMatchObject({ status: "completed" });
    expect(await ack(await deliverWallMoney(OFFRAMP, sent))).toMatchObject({ duplicate: true, status: "completed" });
    expect(await ack(await payoutCallback(row.id, "returned"))).toMatchObject({ status: "refund_pending" });
    expect(await ack(await deliver(OFFRAMP, { type: "refund.completed", data: { orderId: row.id, transactionHash: "0xback", amount: "249.9" } }, offramp))).toMatchObject({ status: "refunded" });
    expect(await d1Order(row.id)).toMatchObject({ status: "refunded", amount_deposited: "250.000000", payout_tx_hash: sent.data.endToEndId });
    expect(await env.DB.prepare("SELECT status, failure_code, provider_reference FROM ramp_payouts WHERE id = ?").bind(payout.id).first()).toEqual({
      status: "returned",
      failure_code: "AC04",
      provider_reference: sent.data.providerPayoutId,
    });
  });

  it("off-ramp: a WallMoney payout callback must name our payout of that order with its amount", async () => {
    const { row } = await newTestOrder({ direction: "offramp" });
    const { payout } = await beginPayout(env, { orderId: row.id, kind: "bank_payout", providerCode: "wallmoney-payout", mode: "sandbox", asset: "EUR", amount: "230.00", destination: { iban: "DE89370400440532013000" } });
    await expectProblem(await deliverWallMoney(OFFRAMP, payoutSentEvent({ ...payout, id: "pyo_0000000000000000000000000z" })), 404);
    await expectProblem(await deliverWallMoney(OFFRAMP, payoutSentEvent({ ...payout, orderId: "ord_0000000000000000000000000z" })), 404);
    expect((await expectProblem(await deliverWallMoney(OFFRAMP, payoutSentEvent({ ...payout, amount: "230.01" })), 422)).detail).toContain("does not match");
    expect(await env.DB.prepare("SELECT status FROM ramp_payouts WHERE id = ?").bind(payout.id).first()).toEqual({ status: "submitted" });
  });

  it("off-ramp to crypto: the OTC desk's coins.delivered completes the order with the hash", async () => {
    const address = makeIcan(CHAIN_PREFIX, crypto.randomUUID().replaceAll("-", "").padEnd(40, "0"));
    const { row } = await newTestOrder({ direction: "offramp", depositAddress: address });
    await ack(await deliver(OFFRAMP, { type: "deposit.received", data: { depositAddress: address, transactionHash: "0xdep2", amount: "250", asset: "USDX" } }, offramp));
    const { payout } = await beginPayout(env, { orderId: row.id, kind: "crypto_payout", providerCode: "coreport-otc", mode: "live", asset: "USDX", amount: "249.000000", destination: { address } });
    const hash = `0x${"ab".repeat(32)}`;
    const delivered = coinsDeliveredEvent(payout, hash);
    expect(await ack(await deliverWallMoney(OFFRAMP, delivered))).toMatchObject({ status: "completed" });
    expect(await d1Order(row.id)).toMatchObject({ status: "completed", payout_tx_hash: hash });
    const events = await env.DB.prepare("SELECT source FROM payment_events WHERE subject_id = ? AND type = 'offramp.payout_completed'").bind(row.id).all();
    expect(events.results).toEqual([{ source: "coreport-otc" }]);
    // A coin delivery of an on-ramp is not an off-ramp payout.
    await expectProblem(await deliverWallMoney(ONRAMP, coinsDeliveredEvent(payout, hash)), 404);
  });
});

describe("health", () => {
  it("reports which provider webhooks can verify deliveries, never the secrets", async () => {
    const body = await (await api("/api/v1/health")).json<{ checks: Record<string, { status: string; details?: Record<string, unknown> }> }>();
    expect(body.checks.webhooks).toMatchObject({ status: "ok", details: { onramp: true, offramp: true } });
    const res = await api("/api/v1/health", { env: { ONRAMP_WEBHOOK_SECRET: undefined } });
    const text = await res.text();
    expect(JSON.parse(text).checks.webhooks).toMatchObject({ status: "degraded", message: "no webhook secret for: onramp" });
    expect(text).not.toContain("whsec_");
  });
});
