import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { RampPayout } from "../../src/db/schema";
import { checkBic, checkIban } from "../../src/lib/bank-details";
import { checkCreditorReference, formatCreditorReference, newCreditorReference } from "../../src/lib/creditor-reference";
import { ApiError } from "../../src/lib/errors";
import { makeIcan } from "../../src/lib/ican";
import { newId } from "../../src/lib/ids";
import { applyCoinsDelivered, deliverOnrampCoins, sendCryptoPayout } from "../../src/providers/coins/coin-transfers";
import { findPayout, PAYOUT_TRANSITIONS } from "../../src/providers/payouts-store";
import { createBankInstructions } from "../../src/providers/wallmoney/bank-onramp";
import { compareTransfer, transferReference } from "../../src/providers/wallmoney/matching";
import { applyPayoutCallback, requestBankPayout } from "../../src/providers/wallmoney/payouts";
import { coinsDeliveredEvent, payoutFailedEvent, payoutReturnedEvent, payoutSentEvent, transferCreditedEvent } from "../../src/providers/wallmoney/sandbox-events";
import {
  BankInstructionsSchema,
  PayoutRequestSchema,
  WallMoneyOfframpEventSchema,
  WallMoneyOnrampEventSchema,
} from "../../src/providers/wallmoney/schemas";

const LIVE = { ...env, WALLMONEY_API_URL: "https://api.wallmoney.test/", WALLMONEY_API_KEY: "wm_live_key", OTC_API_URL: "https://otc.coreport.test", OTC_API_KEY: "otc_live_key" };
const account = { iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX", accountHolderName: "Anna Müller", country: "FR" };
const wallet = makeIcan("ab", "a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8"); // the test worker runs testnet (wrangler.toml CORE_NETWORK)

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function withProviderRow<T>(code: string, changes: Record<string, unknown>, run: () => Promise<T>): Promise<T> {
  const before = await env.DB.prepare("SELECT mode, public_config, enabled FROM providers WHERE code = ?").bind(code).first<Record<string, unknown>>();
  const sets = Object.keys(changes).map((k) => `${k} = ?`).join(", ");
  await env.DB.prepare(`UPDATE providers SET ${sets} WHERE code = ?`).bind(...Object.values(changes), code).run();
  try {
    return await run();
  } finally {
    await env.DB.prepare("UPDATE providers SET mode = ?, public_config = ?, enabled = ? WHERE code = ?").bind(before!.mode, before!.public_config, before!.enabled, code).run();
  }
}

/** A fetch double that records calls and answers from a script. */
function fakeProvider(answer: (req: Request, body: unknown) => Response | Promise<Response>) {
  const calls: Array<{ url: string; headers: Headers; body: unknown }> = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url: req.url, headers: req.headers, body });
    return answer(req, body);
  }) as typeof fetch;
  return { fetcher, calls };
}

describe("bank on-ramp instructions", () => {
  it("gives the collection account, exact amount and the reference, valid by ibantools (sandbox: no call)", async () => {
    const reference = newCreditorReference();
    const expiresAt = new Date(Date.now() + 3 * 86_400_000);
    const { fetcher, calls } = fakeProvider(() => new Response("{}"));
    const instructions = await createBankInstructions(env, { orderId: newId("ord"), currency: "EUR", amount: "250.5", reference, expiresAt }, { fetcher });
    expect(calls).toHaveLength(0);
    expect(BankInstructionsSchema.parse(instructions)).toEqual(instructions);
    expect(instructions).toMatchObject({
      beneficiaryName: "WallMoney and Partners Client Funds",
      iban: "DE89370400440532013000",
      ibanFormatted: "DE89 3704 0044 0532 0130 00",
      bic: "COBADEFFXXX",
      amount: "250.50",
      currency: "EUR",
      reference,
      referenceFormatted: formatCreditorReference(reference),
      scheme: "SEPA Credit Transfer",
      expiresAt: expiresAt.toISOString(),
    });
    expect(checkIban(instructions.iban).valid && checkBic(instructions.bic).valid && checkCreditorReference(instructions.reference).valid).toBe(true);
    const gbp = await createBankInstructions(env, { orderId: newId("ord"), currency: "GBP", amount: "99", reference, expiresAt });
    expect(gbp).toMatchObject({ iban: "GB29NWBK60161331926819", scheme: "Faster Payments", amount: "99.00" });
  });

  it("refuses a currency without bank rails and amounts finer than the currency", async () => {
    const base = { orderId: newId("ord"), reference: newCreditorReference(), expiresAt: new Date(Date.now() + 60_000) };
    const usd = await rejection(createBankInstructions(env, { ...base, currency: "USD", amount: "10" }));
    expect(usd).toMatchObject({ status: 422, errors: [expect.objectContaining({ field: "currency", code: "currency_not_supported" })] });
    expect((await rejection(createBankInstructions(env, { ...base, currency: "EUR", amount: "10.001" }))).errors?.[0]?.field).toBe("amount");
    expect((await rejection(createBankInstructions(env, { ...base, currency: "EUR", amount: "0" }))).status).toBe(400);
  });

  it("is unavailable (503) with a misconfigured collection account, when disabled, and in sandbox mode in production", async () => {
    const bad = JSON.stringify({ collectionAccounts: [{ currency: "EUR", beneficiaryName: "X Ltd", iban: "DE89370400440532013001", bic: "COBADEFFXXX", bankName: "Bank" }] });
    const input = { orderId: newId("ord"), currency: "EUR", amount: "10", reference: newCreditorReference(), expiresAt: new Date() };
    await withProviderRow("wallmoney", { public_config: bad }, async () => {
      const error = await rejection(createBankInstructions(env, input));
      expect(error).toMatchObject({ status: 503, extensions: { provider: "wallmoney" } });
      expect(error.detail).not.toContain("DE89");
    });
    await withProviderRow("wallmoney", { enabled: 0 }, async () => expect((await rejection(createBankInstructions(env, input))).status).toBe(503));
    expect((await rejection(createBankInstructions({ ...env, ENVIRONMENT: "production" }, input))).status).toBe(503);
  });

  it("live mode announces the transfer with the API key and an idempotency key, and shows the account WallMoney assigns", async () => {
    const orderId = newId("ord");
    const reference = newCreditorReference();
    const virtual = { currency: "EUR", beneficiaryName: "WallMoney and Partners Client Funds", iban: "NL91ABNA0417164300", bic: "ABNANL2AXXX", bankName: "ABN AMRO" };
    const { fetcher, calls } = fakeProvider(() => Response.json({ id: "wmcol_1", account: virtual }));
    await withProviderRow("wallmoney", { mode: "live" }, async () => {
      const instructions = await createBankInstructions(LIVE, { orderId, currency: "EUR", amount: "12.30", reference, expiresAt: new Date("2026-12-01T00:00:00Z") }, { fetcher });
      expect(instructions).toMatchObject({ iban: "NL91ABNA0417164300", bic: "ABNANL2AXXX", amount: "12.30", reference });
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("https://api.wallmoney.test/v1/collections");
    expect(calls[0]!.headers.get("authorization")).toBe("Bearer wm_live_key");
    expect(calls[0]!.headers.get("idempotency-key")).toBe(orderId);
    expect(calls[0]!.body).toEqual({ orderId, reference, amount: "12.30", currency: "EUR", expiresAt: "2026-12-01T00:00:00.000Z" });
  });

  it("live mode: provider errors become 502 problems that do not echo the provider's body; missing credentials 503", async () => {
    const input = { orderId: newId("ord"), currency: "EUR", amount: "10", reference: newCreditorReference(), expiresAt: new Date() };
    await withProviderRow("wallmoney", { mode: "live" }, async () => {
      const refused = await rejection(createBankInstructions(LIVE, input, fakeProvider(() => new Response("account DE00 secret", { status: 500 }))));
      expect(refused).toMatchObject({ status: 502, extensions: { provider: "wallmoney", providerStatus: 500 } });
      expect(JSON.stringify(refused.extensions) + refused.detail).not.toContain("secret");
      expect((await rejection(createBankInstructions(LIVE, input, fakeProvider(() => new Response("not json"))))).status).toBe(502);
      const badIban = { id: "wmcol_2", account: { currency: "EUR", beneficiaryName: "WallMoney", iban: "NL91ABNA0417164301", bic: "ABNANL2A", bankName: "ABN" } };
      expect((await rejection(createBankInstructions(LIVE, input, fakeProvider(() => Response.json(badIban))))).status).toBe(502);
      const down = fakeProvider(() => Promise.reject(new Error("connection reset")));
      expect((await rejection(createBankInstructions(LIVE, input, down))).status).toBe(502);
      expect((await rejection(createBankInstructions({ ...LIVE, WALLMONEY_API_KEY: undefined }, input))).status).toBe(503);
      expect((await rejection(createBankInstructions({ ...LIVE, WALLMONEY_API_URL: "http://api.wallmoney.test" }, input))).status).toBe(503);
    });
  });
});

describe("matching incoming transfers", () => {
  const reference = newCreditorReference();
  const credited = (over: Parameters<typeof transferCreditedEvent>[0]) => transferCreditedEvent(over).data;

  it("finds the reference in the structured field or in the remittance text, in any spacing or case", () => {
    const exact = { kind: "exact", reference };
    expect(transferReference(credited({ amount: "1", currency: "EUR", collectionIban: "DE89370400440532013000", reference }))).toEqual(exact);
    const spaced = formatCreditorReference(reference).toLowerCase();
    expect(transferReference(credited({ amount: "1", currency: "EUR", collectionIban: "DE89370400440532013000", reference: spaced, where: "remittance" }))).toEqual(exact);
    expect(transferReference(credited({ amount: "1", currency: "EUR", collectionIban: "DE89370400440532013000", remittanceText: "rent march" }))).toBeUndefined();
    const typo = reference.slice(0, 8) + String((Number(reference[8]) + 1) % 10) + reference.slice(9);
    expect(transferReference(credited({ amount: "1", currency: "EUR", collectionIban: "DE89370400440532013000", reference: typo }))).toBeUndefined();
  });

  it.each([
    ["250.00", "EUR", "exact", "0"],
    ["249.99", "EUR", "short", "-0.01"],
    ["300", "EUR", "over", "50"],
    ["250.00", "GBP", "currency_mismatch", null],
  ])("received %s %s → %s", (amount, currency, outcome, difference) => {
    expect(compareTransfer({ amount: "250.00", currency: "EUR" }, { amount, currency })).toEqual({ outcome, difference });
  });
});

describe("bank payouts (off-ramp)", () => {
  it("record the payout before anything is sent, idempotently per order (sandbox)", async () => {
    const orderId = newId("ord");
    const first = await requestBankPayout(env, { orderId, amount: "480.2", currency: "EUR", account });
    expect(first).toMatchObject({ orderId, kind: "bank_payout", providerCode: "wallmoney-payout", mode: "sandbox", status: "submitted", asset: "EUR", amount: "480.20" });
    expect(first.providerReference).toMatch(/^wmpo_sbx_[0-9a-f]{20}$/);
    expect(first.destination).toEqual({ iban: account.iban, bic: account.bic, accountHolderName: account.accountHolderName, country: "FR" });
    const again = await requestBankPayout(env, { orderId, amount: "480.20", currency: "EUR", account });
    expect(again).toEqual(first);
    const other = await rejection(requestBankPayout(env, { orderId, amount: "480.21", currency: "EUR", account }));
    expect(other).toMatchObject({ status: 409, extensions: { payoutId: first.id } });
  });

  it("pay each currency only on its scheme", async () => {
    const gbpToFrance = await rejection(requestBankPayout(env, { orderId: newId("ord"), amount: "10", currency: "GBP", account }));
    expect(gbpToFrance).toMatchObject({ status: 422, errors: [expect.objectContaining({ field: "bankAccount.iban", code: "scheme_unreachable" })] });
    const eurToSwiss = await requestBankPayout(env, { orderId: newId("ord"), amount: "10", currency: "EUR", account: { ...account, iban: "CH9300762011623852957", bic: "UBSWCHZH80A", country: "CH" } });
    expect(eurToSwiss.status).toBe("submitted");
    expect((await rejection(requestBankPayout(env, { orderId: newId("ord"), amount: "10", currency: "USD", account }))).status).toBe(422);
  });

  it("move through sent → returned on callbacks; redeliveries change nothing; forbidden moves are 409", async () => {
    const payout = await requestBankPayout(env, { orderId: newId("ord"), amount: "75.00", currency: "EUR", account });
    const sent = WallMoneyOfframpEventSchema.parse(JSON.parse(JSON.stringify(payoutSentEvent(payout))));
    expect(await applyPayoutCallback(env, sent)).toMatchObject({ changed: true, payout: { status: "sent" } });
    expect(await applyPayoutCallback(env, sent)).toMatchObject({ changed: false, payout: { status: "sent" } });
    expect((await rejection(applyPayoutCallback(env, payoutFailedEvent(payout)))).status).toBe(409);
    const returned = await applyPayoutCallback(env, payoutReturnedEvent(payout, "AC04"));
    expect(returned.payout).toMatchObject({ status: "returned", failureCode: "AC04", failureMessage: "The account is closed" });
    expect((await rejection(applyPayoutCallback(env, payoutSentEvent(payout)))).status).toBe(409);
  });

  it("record a failure with its reason; refuse callbacks for unknown payouts or other amounts", async () => {
    const payout = await requestBankPayout(env, { orderId: newId("ord"), amount: "20.00", currency: "EUR", account });
    expect((await applyPayoutCallback(env, payoutFailedEvent(payout, "AC01"))).payout).toMatchObject({ status: "failed", failureCode: "AC01" });
    const other = await requestBankPayout(env, { orderId: newId("ord"), amount: "20.00", currency: "EUR", account });
    expect((await rejection(applyPayoutCallback(env, payoutSentEvent({ ...other, amount: "20.01" })))).status).toBe(422);
    expect((await rejection(applyPayoutCallback(env, payoutSentEvent({ ...other, orderId: newId("ord") })))).status).toBe(404);
    expect((await rejection(applyPayoutCallback(env, payoutSentEvent({ ...other, id: newId("pyo") })))).status).toBe(404);
  });

  it("live: sends the documented request with the payout id as idempotency key, and retries with the same key", async () => {
    const orderId = newId("ord");
    let attempt = 0;
    const { fetcher, calls } = fakeProvider(() => (++attempt === 1 ? new Response("busy", { status: 503 }) : Response.json({ id: "wmpo_LIVE1", status: "accepted" })));
    await withProviderRow("wallmoney-payout", { mode: "live" }, async () => {
      expect((await rejection(requestBankPayout(LIVE, { orderId, amount: "1000", currency: "EUR", account }, { fetcher }))).status).toBe(502);
      const stored = await findPayout(env, orderId, "bank_payout");
      expect(stored).toMatchObject({ status: "submitted", providerReference: null, mode: "live" });
      const payout = await requestBankPayout(LIVE, { orderId, amount: "1000", currency: "EUR", account }, { fetcher });
      expect(payout).toMatchObject({ id: stored!.id, providerReference: "wmpo_LIVE1", status: "submitted" });
      await requestBankPayout(LIVE, { orderId, amount: "1000", currency: "EUR", account }, { fetcher }); // no third call
    });
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.headers.get("idempotency-key"))).toEqual([calls[0]!.headers.get("idempotency-key"), calls[0]!.headers.get("idempotency-key")]);
    expect(calls[1]!.url).toBe("https://api.wallmoney.test/v1/payouts");
    expect(PayoutRequestSchema.parse(calls[1]!.body)).toMatchObject({
      orderId, amount: "1000.00", currency: "EUR", scheme: "SEPA Credit Transfer",
      beneficiary: { name: "Anna Müller", iban: account.iban, bic: account.bic },
    });
  });
});

describe("coin transfers", () => {
  it("sandbox delivery records a deterministic-looking hash once per order", async () => {
    const orderId = newId("ord");
    const payout = await deliverOnrampCoins(env, { orderId, asset: "eurx", amount: "245.5", address: wallet.toUpperCase() });
    expect(payout).toMatchObject({ orderId, kind: "coin_delivery", providerCode: "wallmoney", status: "sent", asset: "EURX", amount: "245.500000", destination: { network: "core-testnet", address: wallet } });
    expect(payout.txHash).toMatch(/^0x[0-9a-f]{64}$/);
    const again = await deliverOnrampCoins(env, { orderId, asset: "EURX", amount: "245.500000", address: wallet });
    expect(again.txHash).toBe(payout.txHash);
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM ramp_payouts WHERE order_id = ?").bind(orderId).first<{ n: number }>();
    expect(rows!.n).toBe(1);
    const elsewhere = makeIcan("ab", "b".repeat(40));
    expect((await rejection(deliverOnrampCoins(env, { orderId, asset: "EURX", amount: "245.5", address: elsewhere }))).status).toBe(409);
  });

  it("refuses a wrong-network or corrupted address and non-coin assets before recording anything", async () => {
    const orderId = newId("ord");
    const mainnet = await rejection(deliverOnrampCoins(env, { orderId, asset: "EURX", amount: "10", address: makeIcan("cb", "c".repeat(40)), addressField: "walletAddress" }));
    expect(mainnet).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: "walletAddress", code: "address_network" })] });
    const corrupted = wallet.slice(0, 10) + (wallet[10] === "0" ? "1" : "0") + wallet.slice(11);
    expect((await rejection(deliverOnrampCoins(env, { orderId, asset: "EURX", amount: "10", address: corrupted }))).errors?.[0]?.code).toBe("address_checksum");
    expect((await rejection(deliverOnrampCoins(env, { orderId, asset: "EUR", amount: "10", address: wallet }))).status).toBe(400);
    expect((await rejection(deliverOnrampCoins(env, { orderId, asset: "EURX", amount: "1.0000001", address: wallet }))).status).toBe(400);
    expect(await findPayout(env, orderId, "coin_delivery")).toBeUndefined();
  });

  it("crypto payouts go through the OTC desk, recorded separately from deliveries", async () => {
    const orderId = newId("ord");
    const payout = await sendCryptoPayout(env, { orderId, asset: "USDX", amount: "99.99", address: wallet });
    expect(payout).toMatchObject({ kind: "crypto_payout", providerCode: "coreport-otc", status: "sent", amount: "99.990000" });
    const delivery = await deliverOnrampCoins(env, { orderId, asset: "USDX", amount: "99.99", address: wallet });
    expect(delivery.txHash).not.toBe(payout.txHash);
  });

  it("live: a pending transfer gets its hash from the coins.delivered callback", async () => {
    const orderId = newId("ord");
    const { fetcher, calls } = fakeProvider(() => Response.json({ id: "wmct_77", status: "pending", txHash: null }));
    let payout: RampPayout;
    await withProviderRow("wallmoney", { mode: "live" }, async () => {
      payout = await deliverOnrampCoins(LIVE, { orderId, asset: "EURX", amount: "50", address: wallet }, { fetcher });
    });
    expect(payout!).toMatchObject({ status: "submitted", providerReference: "wmct_77", txHash: null });
    expect(calls[0]!.body).toEqual({ id: payout!.id, orderId, asset: "EURX", network: "core-testnet", toAddress: wallet, amount: "50.000000" });
    expect(calls[0]!.headers.get("idempotency-key")).toBe(payout!.id);
    const hash = `0x${"ab".repeat(32)}`;
    const event = WallMoneyOnrampEventSchema.parse(coinsDeliveredEvent(payout!, hash));
    expect(event.type).toBe("coins.delivered");
    expect((await applyCoinsDelivered(env, coinsDeliveredEvent(payout!, hash))).payout).toMatchObject({ status: "sent", txHash: hash });
    expect((await applyCoinsDelivered(env, coinsDeliveredEvent(payout!, hash))).changed).toBe(false);
    expect((await rejection(applyCoinsDelivered(env, coinsDeliveredEvent(payout!, `0x${"cd".repeat(32)}`)))).status).toBe(409);
  });
});

describe("callback schemas", () => {
  it("accept what the sandbox builders produce and discriminate by type", () => {
    const credited = transferCreditedEvent({ amount: "10.00", currency: "EUR", collectionIban: "DE89 3704 0044 0532 0130 00", reference: newCreditorReference() });
    const parsed = WallMoneyOnrampEventSchema.parse(JSON.parse(JSON.stringify(credited)));
    expect(parsed.type).toBe("transfer.credited");
    expect(parsed.type === "transfer.credited" && parsed.data.collectionIban).toBe("DE89370400440532013000");
  });

  it.each([
    ["an unknown type", { type: "transfer.bounced" }],
    ["a negative amount", { data: { amount: "-1.00" } }],
    ["a float amount", { data: { amount: 10.5 } }],
    ["an invalid collection IBAN", { data: { collectionIban: "DE00370400440532013000" } }],
    ["a missing id", { id: undefined }],
  ])("refuse %s", (_what, patch) => {
    const event = transferCreditedEvent({ amount: "10.00", currency: "EUR", collectionIban: "DE89370400440532013000", reference: newCreditorReference() }) as Record<string, unknown>;
    const merged = { ...event, ...patch, data: { ...(event.data as object), ...((patch as { data?: object }).data ?? {}) } };
    expect(WallMoneyOnrampEventSchema.safeParse(merged).success).toBe(false);
  });

  it("off-ramp callbacks only take known ISO 20022 reason codes", () => {
    const event = payoutFailedEvent({ id: newId("pyo"), orderId: newId("ord"), amount: "1.00", asset: "EUR", providerReference: "wmpo_1" });
    expect(WallMoneyOfframpEventSchema.safeParse({ ...event, data: { ...event.data, reasonCode: "ZZ99" } }).success).toBe(false);
  });

  it("payout transitions are data: failed and returned are final", () => {
    expect(PAYOUT_TRANSITIONS).toEqual({ submitted: ["sent", "failed"], sent: ["returned"], failed: [], returned: [] });
  });
});
