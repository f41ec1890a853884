import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkIcan, makeIcan } from "../../src/lib/ican";
import { newId } from "../../src/lib/ids";
import { parsePaytoUri } from "../../src/lib/payto-uri";
import { generateWebhookSecret, signWebhook } from "../../src/lib/standard-webhooks";
import { parseConfirmationPolicy, requiredConfirmations } from "../../src/providers/corepay/confirmations";
import { createCorepayAdapter, readCorepayConfig } from "../../src/providers/corepay/adapter";
import type { CorepayWebhookInput } from "../../src/providers/corepay/webhook-payload";
import { createPaytoAdapter, readPaytoConfig } from "../../src/providers/payto/adapter";
import { paymentAdapter } from "../../src/providers/registry";
import type { RawCallback } from "../../src/providers/types";
import { SANDBOX_PAYTO_WEBHOOK_SECRET } from "../../src/sandbox/sandbox-secrets";

const USDX = { code: "USDX", decimals: 6, contractAddress: null };
const hex = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, "0")).join("");
const txHash = () => `0x${hex(32)}`;
const testnetAddress = () => makeIcan("ab", hex(20));
const now = () => Math.floor(Date.now() / 1000);

async function signed(secret: string, payload: unknown, options: { id?: string; at?: number; body?: string } = {}): Promise<RawCallback> {
  const body = options.body ?? JSON.stringify(payload);
  const headers = await signWebhook([secret], options.id ?? `msg_${hex(8)}`, options.at ?? now(), body);
  return { headers: new Headers({ ...headers, "Content-Type": "application/json" }), body: new TextEncoder().encode(body) };
}

describe("PayTo adapter", () => {
  const adapter = createPaytoAdapter(readPaytoConfig(env));
  const secret = env.PAYTO_WEBHOOK_SECRET!;

  const deposit = (paymentId: string | undefined, depositAddress: string | undefined, over: Record<string, unknown> = {}, type = "deposit.confirmed") => ({
    type,
    timestamp: "2026-11-27T10:15:30Z",
    data: { paymentId, depositAddress, transactionId: `${txHash()}:0`, amount: "40.000000", asset: "USDX", confirmations: 3, ...over },
  });

  it("creates a session: a testnet deposit address, a payto URI with the exact amount and a QR code", async () => {
    const paymentId = newId("pay");
    const expiresAt = new Date("2026-11-27T11:00:00Z");
    const session = await adapter.createSession({ paymentId, amount: "125.500000", asset: USDX, expiresAt });
    expect(checkIcan(session.depositAddress)).toMatchObject({ valid: true, network: "testnet" });
    expect(session.network).toBe("core-testnet");
    expect(parsePaytoUri(session.paymentUri)).toMatchObject({ target: "xab", address: session.depositAddress, amount: { currency: "USDX", value: "125.5" }, message: paymentId, deadline: expiresAt });
    expect(session.qrSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((await adapter.createSession({ paymentId, amount: "125.5", asset: USDX, expiresAt })).depositAddress).toBe(session.depositAddress);
    // CIP-10: a token by its contract address (canonical ICAN) — the sandbox falls back to the ticker without one.
    const contract = makeIcan("ab", hex(20));
    const token = await adapter.createSession({ paymentId, amount: "1", asset: { ...USDX, contractAddress: contract.toUpperCase() }, expiresAt });
    expect(token.paymentUri).toContain(`amount=${contract}:1&`);
    const otherNetwork = await adapter.createSession({ paymentId, amount: "1", asset: { ...USDX, contractAddress: makeIcan("cb", hex(20)) }, expiresAt });
    expect(parsePaytoUri(otherNetwork.paymentUri).amount).toEqual({ currency: "USDX", value: "1" });
  });

  it("live: refuses to build a payment URI for a token without a contract address on its network (CIP-10)", async () => {
    const live = createCorepayAdapter(readCorepayConfig({ ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", CORE_NETWORK: "testnet", COREPAY_WEBHOOK_SECRET: generateWebhookSecret() }));
    const input = { paymentId: newId("pay"), amount: "5", payoutAddress: testnetAddress(), expiresAt: new Date() };
    for (const contractAddress of [null, makeIcan("cb", hex(20))]) {
      await expect(live.createSession({ ...input, asset: { ...USDX, contractAddress } })).rejects.toMatchObject({
        code: "SERVICE_UNAVAILABLE",
        detail: expect.stringMatching(/USDX has no token contract address on the Core Blockchain testnet/),
      });
    }
    const contract = makeIcan("ab", hex(20));
    const session = await live.createSession({ ...input, asset: { ...USDX, contractAddress: contract } });
    expect(parsePaytoUri(session.paymentUri).amount).toEqual({ currency: contract, value: "5" });
  });

  it("refuses amounts with more decimals than the asset, or not positive", async () => {
    for (const amount of ["1.0000001", "0", "-1", "1e3", ""]) {
      await expect(adapter.createSession({ paymentId: newId("pay"), amount, asset: USDX, expiresAt: new Date() }), amount).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        errors: [expect.objectContaining({ field: "amount" })],
      });
    }
  });

  it("has no live deposit addresses without a custody provider (503, not a fake address)", async () => {
    const live = createPaytoAdapter(readPaytoConfig({ ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", CORE_NETWORK: "mainnet", PAYTO_WEBHOOK_SECRET: generateWebhookSecret() }));
    await expect(live.createSession({ paymentId: newId("pay"), amount: "1", asset: USDX, expiresAt: new Date() })).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(() => readPaytoConfig({ ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", CORE_NETWORK: "mainnet" })).toThrow(expect.objectContaining({ detail: expect.stringContaining("set PAYTO_WEBHOOK_SECRET") }));
    expect(() => readPaytoConfig({ ENVIRONMENT: "production", PAYMENT_PROVIDER_MODE: "live", PAYTO_WEBHOOK_SECRET: SANDBOX_PAYTO_WEBHOOK_SECRET })).toThrow(expect.objectContaining({ detail: expect.stringContaining("SANDBOX-ONLY") }));
    expect(() => readPaytoConfig({ ENVIRONMENT: "development", PAYMENT_PROVIDER_MODE: "sandbox", PAYTO_WEBHOOK_SECRET: "whsec_!!" })).toThrow(expect.objectContaining({ code: "SERVICE_UNAVAILABLE" }));
    expect(() => readPaytoConfig({ ENVIRONMENT: "development", PAYMENT_PROVIDER_MODE: "sandbox", DEPOSIT_ADDRESS_SECRET: "short" })).toThrow(expect.objectContaining({ code: "SERVICE_UNAVAILABLE" }));
  });

  it("verifies signed deposits and maps pending/confirmed/dropped, with ids that name the fact", async () => {
    const paymentId = newId("pay");
    const { depositAddress } = await adapter.createSession({ paymentId, amount: "100", asset: USDX, expiresAt: new Date() });
    const confirmed = deposit(paymentId, depositAddress);
    const events = adapter.mapCallback(await adapter.verifyCallback(await signed(secret, confirmed)), { receivedAt: new Date() });
    expect(events).toEqual([{
      paymentId,
      depositAddress,
      source: "payto",
      type: "payment.funds_received",
      providerEventId: `deposit.confirmed:${confirmed.data.transactionId}`,
      occurredAt: "2026-11-27T10:15:30.000Z",
      data: { transactionId: confirmed.data.transactionId, amount: "40", asset: "USDX" },
      details: { confirmations: 3 },
    }]);
    // Re-sent as a new message: the same fact, the same event id.
    const again = adapter.mapCallback(await adapter.verifyCallback(await signed(secret, confirmed)), { receivedAt: new Date() });
    expect(again[0]!.providerEventId).toBe(events[0]!.providerEventId);
    const pending = adapter.mapCallback(await adapter.verifyCallback(await signed(secret, { ...confirmed, type: "deposit.pending" })), { receivedAt: new Date() });
    expect(pending).toMatchObject([{ type: "payment.processing", providerEventId: `deposit.pending:${confirmed.data.transactionId}`, data: { amount: "40" } }]);
    const dropped = { type: "deposit.dropped", data: { depositAddress, transactionId: confirmed.data.transactionId, reason: "reorganized" } };
    const droppedEvents = adapter.mapCallback(await adapter.verifyCallback(await signed(secret, dropped)), { receivedAt: new Date() });
    // Named only by its address: the endpoint finds the payment in D1.
    expect(droppedEvents).toMatchObject([{ depositAddress, type: "payment.dropped", data: { reason: "reorganized" } }]);
    expect(droppedEvents[0]!.paymentId).toBeUndefined();
  });

  it("refuses forged, tampered, stale and unsigned deliveries with 401, and accepts the previous secret during rotation", async () => {
    const payload = deposit(newId("pay"), testnetAddress());
    const good = await signed(secret, payload);
    await expect(adapter.verifyCallback({ ...good, body: new TextEncoder().encode(JSON.stringify({ ...payload, data: { ...payload.data, amount: "4000.000000" } })) })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(adapter.verifyCallback(await signed(generateWebhookSecret(), payload))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(adapter.verifyCallback(await signed(secret, payload, { at: now() - 3600 }))).rejects.toMatchObject({ code: "UNAUTHORIZED", detail: expect.stringContaining("tolerance") });
    await expect(adapter.verifyCallback({ headers: new Headers(), body: good.body })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const previous = generateWebhookSecret();
    const rotating = createPaytoAdapter(readPaytoConfig({ ...env, PAYTO_WEBHOOK_SECRET: generateWebhookSecret(), PAYTO_WEBHOOK_SECRET_PREVIOUS: previous }));
    await expect(rotating.verifyCallback(await signed(previous, payload))).resolves.toMatchObject({ payload: { type: "deposit.confirmed" } });
  });

  it("refuses signed but malformed payloads with 400 naming the field", async () => {
    const payload = deposit(newId("pay"), testnetAddress());
    await expect(adapter.verifyCallback(await signed(secret, null, { body: "{not json" }))).rejects.toMatchObject({ code: "MALFORMED_JSON" });
    const cases: Array<[unknown, string]> = [
      [{ ...payload, data: { ...payload.data, amount: 40 } }, "data.amount"],
      [{ ...payload, data: { ...payload.data, amount: "1e6" } }, "data.amount"],
      [{ ...payload, data: { ...payload.data, transactionId: "" } }, "data.transactionId"],
      [{ ...payload, data: { ...payload.data, paymentId: undefined, depositAddress: undefined } }, "data.paymentId"],
      [{ ...payload, data: { ...payload.data, paymentId: "ord_x" } }, "data.paymentId"],
      [{ ...payload, type: "deposit.maybe" }, "type"],
      [{ ...payload, data: { ...payload.data, depositAddress: "ab00" + "0".repeat(40) } }, "data.depositAddress"],
      [{ ...payload, data: { ...payload.data, depositAddress: makeIcan("cb", hex(20)) } }, "data.depositAddress"],
    ];
    for (const [body, field] of cases) {
      await expect(adapter.verifyCallback(await signed(secret, body)), field).rejects.toMatchObject({ code: "VALIDATION_FAILED", errors: [expect.objectContaining({ field })] });
    }
  });
});

describe("CorePay", () => {
  it("parses the confirmation policy per asset, refusing nonsense", () => {
    expect(parseConfirmationPolicy(undefined)).toEqual({ default: 3, perAsset: {} });
    expect(parseConfirmationPolicy("12")).toEqual({ default: 12, perAsset: {} });
    const policy = parseConfirmationPolicy("USDX=12, EURX = 6, *=2");
    expect([requiredConfirmations(policy, "USDX"), requiredConfirmations(policy, "EURX"), requiredConfirmations(policy, "GBPX")]).toEqual([12, 6, 2]);
    for (const bad of ["0", "USDX=0", "usdx=3", "USDX:3", "*=x", "-1", "99999999"]) {
      expect(() => parseConfirmationPolicy(bad), bad).toThrow(expect.objectContaining({ code: "SERVICE_UNAVAILABLE" }));
    }
  });

  const adapter = createCorepayAdapter(readCorepayConfig({ ...env, COREPAY_CONFIRMATIONS: "USDX=3,*=1" }));
  const secret = env.COREPAY_WEBHOOK_SECRET!;

  it("creates a session paying the merchant's own address, with the confirmations it needs", async () => {
    const merchant = testnetAddress();
    const paymentId = newId("pay");
    const session = await adapter.createSession({ paymentId, amount: "50.25", asset: USDX, payoutAddress: merchant.toUpperCase(), expiresAt: new Date("2026-11-27T12:00:00Z") });
    expect(session).toMatchObject({ address: merchant, network: "core-testnet", confirmationsRequired: 3 });
    expect(parsePaytoUri(session.paymentUri)).toMatchObject({ target: "xab", address: merchant, amount: { value: "50.25" }, message: paymentId });
    await expect(adapter.createSession({ paymentId, amount: "1", asset: USDX, payoutAddress: makeIcan("cb", hex(20)), expiresAt: new Date() })).rejects.toMatchObject({ code: "UNPROCESSABLE", detail: expect.stringContaining("mainnet") });
    await expect(adapter.createSession({ paymentId, amount: "1", asset: USDX, payoutAddress: "ab00" + "1".repeat(40), expiresAt: new Date() })).rejects.toMatchObject({ code: "UNPROCESSABLE" });
  });

  const transfer = (paymentId: string, transactionHash: string, over: Record<string, unknown> = {}) => ({ paymentId, transactionHash, asset: "USDX", amount: "50.250000", ...over });
  const deliver = async (payload: CorepayWebhookInput | Record<string, unknown>) => adapter.mapCallback(await adapter.verifyCallback(await signed(secret, payload)), { receivedAt: new Date() });

  it("maps a transaction's life: seen → confirmations → received (by CorePort's policy, not the watcher's)", async () => {
    const paymentId = newId("pay");
    const hash = txHash();
    const block = { blockNumber: 500, blockHash: txHash() };
    const at = "2026-11-27T10:00:00Z";

    const mempool = await deliver({ type: "transaction.seen", timestamp: at, data: transfer(paymentId, hash) });
    expect(mempool).toMatchObject([{ type: "payment.processing", providerEventId: `transaction.seen:${hash}:mempool`, data: { transactionId: hash, amount: "50.25", asset: "USDX" } }]);
    const inBlock = await deliver({ type: "transaction.seen", timestamp: at, data: transfer(paymentId, hash, block) });
    expect(inBlock[0]!.providerEventId).toBe(`transaction.seen:${hash}:${block.blockHash}`);

    const one = await deliver({ type: "transaction.confirmations", timestamp: at, data: { paymentId, transactionHash: hash, confirmations: 1, requiredConfirmations: 3, blockHash: block.blockHash } });
    expect(one).toMatchObject([{ type: "payment.confirmations", providerEventId: `transaction.confirmations:${hash}:${block.blockHash}:1`, data: { transactionId: hash, confirmations: 1, required: 3 } }]);

    // The watcher thinks 2 is final; CorePort requires 3 for USDX.
    const early = await deliver({ type: "transaction.confirmed", timestamp: at, data: { ...transfer(paymentId, hash, block), confirmations: 2 } });
    expect(early.map((e) => e.type)).toEqual(["payment.processing", "payment.confirmations"]);
    expect(early[1]).toMatchObject({ data: { confirmations: 2, required: 3 } });

    const final = await deliver({ type: "transaction.confirmed", timestamp: at, data: { ...transfer(paymentId, hash, block), confirmations: 3 } });
    expect(final).toMatchObject([{ type: "payment.funds_received", providerEventId: `transaction.confirmed:${hash}`, data: { transactionId: hash, amount: "50.25" }, details: { confirmations: 3, required: 3 } }]);
    const later = await deliver({ type: "transaction.confirmed", timestamp: at, data: { ...transfer(paymentId, hash, block), confirmations: 4 } });
    expect(later[0]!.providerEventId).toBe(final[0]!.providerEventId); // the same fact twice: applied once
  });

  it("maps dropped, replaced and reorganised transactions back to waiting", async () => {
    const paymentId = newId("pay");
    const hash = txHash();
    const replacement = txHash();
    const replaced = await deliver({ type: "transaction.dropped", timestamp: "2026-11-27T10:01:00Z", data: { paymentId, transactionHash: hash, replacedBy: replacement } });
    expect(replaced).toEqual([{ paymentId, source: "corepay", type: "payment.dropped", providerEventId: `transaction.dropped:${hash}:mempool`, occurredAt: "2026-11-27T10:01:00.000Z", data: { transactionId: hash, reason: `replaced by ${replacement}` }, details: { replacedBy: replacement } }]);
    const block = txHash();
    const reorg = await deliver({ type: "transaction.dropped", data: { paymentId, transactionHash: hash, reason: "reorganized", blockHash: block } });
    expect(reorg[0]).toMatchObject({ providerEventId: `transaction.dropped:${hash}:${block}`, data: { reason: "reorganized" } });
    expect(Date.parse(reorg[0]!.occurredAt)).toBeGreaterThan(Date.now() - 60_000); // no payload timestamp: the signed delivery time
  });

  it("refuses payloads that do not fit the event type, and deliveries signed with another provider's secret", async () => {
    const paymentId = newId("pay");
    const hash = txHash();
    const cases: Array<[unknown, string]> = [
      [{ type: "transaction.confirmations", data: { paymentId, transactionHash: hash } }, "data.confirmations"],
      [{ type: "transaction.confirmed", data: transfer(paymentId, hash) }, "data.confirmations"],
      [{ type: "transaction.seen", data: transfer(paymentId, hash, { amount: "0" }) }, "data.amount"],
      [{ type: "transaction.seen", timestamp: "yesterday", data: transfer(paymentId, hash) }, "timestamp"],
      [{ type: "transaction.seen", data: transfer("pay_x", hash) }, "data.paymentId"],
    ];
    for (const [payload, field] of cases) {
      await expect(adapter.verifyCallback(await signed(secret, payload)), field).rejects.toMatchObject({ code: "VALIDATION_FAILED", errors: expect.arrayContaining([expect.objectContaining({ field })]) });
    }
    await expect(adapter.verifyCallback(await signed(env.PAYTO_WEBHOOK_SECRET!, { type: "transaction.seen", data: transfer(paymentId, hash) }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("adapter registry", () => {
  it("chooses sandbox adapters in the test environment", () => {
    expect(paymentAdapter(env, "mypos")).toMatchObject({ method: "mypos", mode: "sandbox" });
    expect(paymentAdapter(env, "payto")).toMatchObject({ method: "payto", mode: "sandbox" });
    expect(paymentAdapter(env, "corepay")).toMatchObject({ method: "corepay", mode: "sandbox", config: { network: { name: "testnet" } } });
  });
});
