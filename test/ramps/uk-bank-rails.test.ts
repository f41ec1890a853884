/**
 * Bank references per rail, and what UK banks do to them. Faster Payments and Bacs carry one
 * reference field of 18 characters (Pay.UK; Bacs "Standard 18") and cut anything longer — spaces
 * included — so GBP orders get 18-character RF references (ISO 11649), shown unspaced, and a
 * transfer is still matched when its reference arrives cut at 18, spaced, in lower case or behind
 * the bank's own prefix. UK banking apps ask for sort code and account number: both come from the
 * GB IBAN (ISO 13616 registry: GBkk BBBB SSSSSS AAAAAAAA; vector GB29 NWBK 6016 1331 9268 19).
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { ukAccountFromIban } from "../../src/lib/bank-details";
import { checkCreditorReference, formatCreditorReference, makeCreditorReference } from "../../src/lib/creditor-reference";
import { newId } from "../../src/lib/ids";
import { expectProblem, postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { d1Order } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";
import { creditFor, creditReference, deliverWallMoney, ONRAMP_WEBHOOK } from "../helpers/wallmoney";

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  for (const asset of ["EURX", "GBPX"]) expect((await postJson(`/api/v1/admin/liquidity/${asset}`, { size: "1000000" }, ADMIN)).status).toBe(200);
});

type Order = { id: string; bankInstructions: { amount: string; currency: string; iban: string; reference: string; referenceFormatted: string; sortCode?: string; accountNumber?: string; scheme: string } };

async function bankOrder(asset: "GBPX" | "EURX"): Promise<Order> {
  const res = await postJson("/api/v1/onramp/bank", { asset, receiveAmount: "100", walletAddress: testWallet() }, bearer(m.sk));
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json<Order>();
}

/** Deliver a credit whose reference arrives as `written` in the given field; the order's status after it. */
async function credit(order: Order, written: string, where: "structured" | "remittance") {
  const event = creditFor(order, where === "structured" ? { reference: written } : { reference: undefined, remittanceText: written });
  const res = await deliverWallMoney(ONRAMP_WEBHOOK, event);
  return { status: res.status, body: await res.json<Record<string, unknown>>() };
}

const cut18 = (text: string) => text.slice(0, 18);

describe("GB IBAN → sort code and account number", () => {
  it("reads the IBAN registry's UK example", () => {
    expect(ukAccountFromIban("GB29 NWBK 6016 1331 9268 19")).toEqual({ sortCode: "601613", accountNumber: "31926819" });
    expect(ukAccountFromIban("gb29nwbk60161331926819")).toEqual({ sortCode: "601613", accountNumber: "31926819" });
    expect(ukAccountFromIban("DE89370400440532013000")).toBeUndefined();
    expect(ukAccountFromIban("GB29NWBK6016133192681")).toBeUndefined();
  });
});

describe("GBP bank on-ramp (Faster Payments)", () => {
  it("gives sort code and account number, and an 18-character reference shown unspaced", async () => {
    const order = await bankOrder("GBPX");
    const bank = order.bankInstructions;
    expect(bank).toMatchObject({ iban: "GB29NWBK60161331926819", sortCode: "601613", accountNumber: "31926819", scheme: "Faster Payments", currency: "GBP" });
    expect(bank.reference).toHaveLength(18);
    expect(checkCreditorReference(bank.reference).valid).toBe(true);
    expect(bank.referenceFormatted).toBe(bank.reference);
    expect(cut18(bank.referenceFormatted)).toBe(bank.reference); // survives the field whole
  });

  it.each([
    ["structured field, as issued", (ref: string) => ref, "structured"],
    ["typed in groups of four and cut at 18", (ref: string) => cut18(formatCreditorReference(ref)), "structured"],
    ["lower case behind the bank's prefix", (ref: string) => `FP ${ref.toLowerCase()}`, "remittance"],
    // The sender's bank cuts the typed field at 18; the statement line then carries the scheme's prefix.
    ["spaced, cut at 18, in lower case behind a prefix", (ref: string) => `FPS ${cut18(formatCreditorReference(ref)).toLowerCase()} JOHN SMITH`, "remittance"],
  ] as const)("matches the order when the reference arrives %s", async (_label, written, where) => {
    const order = await bankOrder("GBPX");
    const text = written(order.bankInstructions.reference);
    const { status, body } = await credit(order, text, where);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ subjectId: order.id, status: "funds_confirmed" });
    expect(await d1Order(order.id)).toMatchObject({ status: "coins_sent" });
  });

  it("matches a 20-character SEPA reference that a UK bank cut at 18", async () => {
    const order = await bankOrder("EURX");
    expect(order.bankInstructions.reference).toHaveLength(20);
    // 1 in 97 of the cut forms is a valid reference by chance: both paths must find the order.
    const { status, body } = await credit(order, cut18(order.bankInstructions.reference), "remittance");
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ subjectId: order.id });
  });

  it("does not guess: a beginning too short, or in another currency, stays unmatched", async () => {
    const order = await bankOrder("GBPX");
    const tooShort = await credit(order, order.bankInstructions.reference.slice(0, 12), "remittance");
    expect(tooShort.status).toBe(202);
    expect(tooShort.body).toMatchObject({ matched: false });
    // In another currency the same beginning names no order.
    const eur = creditFor(order, { reference: undefined, remittanceText: order.bankInstructions.reference.slice(0, 15), currency: "EUR", collectionIban: "DE89370400440532013000" });
    const other = await deliverWallMoney(ONRAMP_WEBHOOK, eur);
    expect(other.status).toBe(202);
    expect(await d1Order(order.id)).toMatchObject({ status: "awaiting_funds", amount_deposited: "0" });
    await expectProblem(await postJson("/api/v1/onramp/bank", { asset: "GBPX", receiveAmount: "100", walletAddress: "ab00 0000" }, bearer(m.sk)), 400);
  });

  it("leaves a cut reference that two orders begin with to an operator", async () => {
    // Two valid 18-character references with the same check digits and first 11 body digits.
    const seen = new Map<string, string>();
    let twins: string[] = [];
    for (let tail = 0; tail < 1000 && twins.length === 0; tail++) {
      const reference = makeCreditorReference(`46058913265${String(tail).padStart(3, "0")}`);
      const other = seen.get(reference.slice(0, 4));
      if (other) twins = [other, reference];
      else seen.set(reference.slice(0, 4), reference);
    }
    expect(twins[0]!.slice(0, 15)).toBe(twins[1]!.slice(0, 15));
    const ids: string[] = [];
    for (const reference of twins) {
      const id = newId("ord");
      ids.push(id);
      await env.DB.prepare(
        `INSERT INTO ramp_orders (id, merchant_id, direction, rail, status, source_asset, target_asset, source_amount, target_amount,
          fees, payment_reference, destination, client_secret_hash, metadata, expires_at)
         VALUES (?, ?, 'onramp', 'bank', 'awaiting_funds', 'GBP', 'GBPX', '100.00', '98.000000', '[]', ?, '{}', 'x', '{}', ?)`,
      ).bind(id, m.id, reference, Date.now() + 3_600_000).run();
    }
    try {
      const event = creditReference(undefined, "100.00", "GBP");
      const res = await deliverWallMoney(ONRAMP_WEBHOOK, { ...event, data: { ...event.data, collectionIban: "GB29NWBK60161331926819", remittanceInformation: twins[0]!.slice(0, 15) } });
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ matched: false, reason: "unknown_reference" });
    } finally {
      await env.DB.prepare(`DELETE FROM ramp_orders WHERE id IN (?, ?)`).bind(...ids).run();
    }
  });
});
