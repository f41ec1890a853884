/**
 * ISO 4217 minor units end to end: JPY (0 decimals) and KWD (3, the fils) through a quote, a card
 * payment (the card on-ramp: myPOS Amount written with the currency's decimals, checked by the
 * myPOS sandbox, paid by a signed notify) and a payout (an off-ramp to a Kuwaiti IBAN — the IBAN
 * registry's example KW81 CBKU 0000 0000 0000 1234 5601 01 — paid out in fils; JPY, whose accounts
 * have no IBAN, through the payout quote). Vector: ISO 4217 List One's minor units for JPY and KWD.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { iso4217MinorUnit } from "../../src/lib/iso4217";
import { getConfigSnapshot } from "../../src/services/config/config-cache";
import { dec, scaleOf } from "../../src/lib/money";
import { verifyIpcFields } from "../../src/providers/mypos/ipc";
import { CORE_NETWORKS } from "../../src/providers/network";
import { buildDeliveries } from "../../src/providers/simulate/scenarios";
import { checkPurchase } from "../../src/sandbox/mypos/purchase-check";
import { SANDBOX_MERCHANT_CERT_PEM, SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";
import { importRsaPublicKey } from "../../src/lib/rsa";
import { api, postJson } from "../helpers/http";
import { ADMIN, bearer, merchantWithKeys, type TestMerchant } from "../helpers/merchants";
import { d1Order, deliver } from "../helpers/payments";
import { testWallet } from "../helpers/wallets";
import { payoutCallback } from "../helpers/wallmoney";

let m: TestMerchant;
beforeAll(async () => {
  m = await merchantWithKeys();
  expect((await postJson("/api/v1/admin/liquidity/USDX", { size: "1000000" }, ADMIN)).status).toBe(200);
});

async function ok<T = any>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.json<T>();
}
const post = (path: string, body: unknown) => postJson(`/api/v1${path}`, body, bearer(m.sk));
/** Written with exactly `decimals` places: "1631" for JPY, "33.355" for KWD. */
const shaped = (decimals: number) => (decimals === 0 ? /^[1-9]\d*$/ : new RegExp(`^(0|[1-9]\\d*)\\.\\d{${decimals}}$`));

const CURRENCIES = [["JPY", 0], ["KWD", 3]] as const;

describe.each(CURRENCIES)("%s (%i decimals)", (currency, decimals) => {
  it("ISO 4217 and the seeded asset agree, so the configuration keeps it", async () => {
    expect(iso4217MinorUnit(currency)).toBe(decimals);
    expect(await env.DB.prepare("SELECT decimals FROM assets WHERE code = ?").bind(currency).first()).toEqual({ decimals });
    const snapshot = await getConfigSnapshot(env);
    expect(snapshot.assets.find((a) => a.code === currency)).toMatchObject({ kind: "fiat", decimals });
  });

  it("a quote charges in whole minor units, rounded up; a payout quote pays whole minor units, rounded down", async () => {
    const enter = await ok<{ send: { asset: string; amount: string }; rate: { value: string }; amount: string }>(await api(`/api/v1/info/quote?asset=USDX&amount=100&action=enter&currency=${currency}`));
    expect(enter.send.asset).toBe(currency);
    expect(enter.send.amount).toMatch(shaped(decimals));
    // amount × rate, rounded UP to the currency's decimals: never more than one minor unit above.
    const exact = dec(enter.amount).times(enter.rate.value);
    const unit = dec(1).div(10 ** decimals);
    expect(dec(enter.send.amount).gte(exact) && dec(enter.send.amount).minus(exact).lt(unit)).toBe(true);

    const exit = await ok<{ receive: { asset: string; amount: string } }>(await post("/offramp/estimate", { asset: "USDX", amount: "100", currency }));
    expect(exit.receive.asset).toBe(currency);
    expect(exit.receive.amount).toMatch(shaped(decimals));
  });

  it("a card payment: the myPOS Amount has the currency's decimals, the myPOS sandbox accepts the form, the notify pays the order", async () => {
    const order = await ok<{ id: string; charge: { amount: string; currency: string }; checkout: { fields: Array<[string, string]> } }>(
      await post("/onramp", { asset: "USDX", currency, receiveAmount: "100", walletAddress: testWallet(), paymentMethod: "card", returnUrl: "https://shop.example.com/done" }),
      201,
    );
    expect(order.charge.currency).toBe(currency);
    expect(order.charge.amount).toMatch(shaped(decimals));
    const fields = Object.fromEntries(order.checkout.fields);
    expect(fields).toMatchObject({ Currency: currency, Amount: order.charge.amount, Price_1: order.charge.amount, Amount_1: order.charge.amount });
    // What the myPOS sandbox checks of a received IPCPurchase (signature, then every field).
    const verified = await verifyIpcFields(order.checkout.fields, await importRsaPublicKey(SANDBOX_MERCHANT_CERT_PEM));
    expect(verified.ok).toBe(true);
    expect(checkPurchase(fields)).toMatchObject({ ok: true, purchase: { amount: order.charge.amount, currency } });
    // The same form with one decimal too many is refused by the sandbox, as myPOS refuses a wrong amount format.
    const wrong = decimals === 0 ? `${order.charge.amount}.00` : `${order.charge.amount}0`;
    expect(checkPurchase({ ...fields, Amount: wrong, Price_1: wrong, Amount_1: wrong })).toMatchObject({ ok: false, field: "Amount" });

    const [notify] = await buildDeliveries(
      { method: "mypos", paymentId: order.id, scenario: "pay", amount: order.charge.amount, asset: currency, decimals, network: CORE_NETWORKS.testnet, confirmations: 1, now: new Date() },
      { myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM, myposSid: env.MYPOS_SID ?? SANDBOX_MYPOS_STORE.sid, paytoWebhookSecret: "", corepayWebhookSecret: "", depositAddressSecret: "" },
    );
    expect(new URLSearchParams(notify!.body).get("Amount")).toBe(order.charge.amount);
    const res = await api(notify!.path, { method: "POST", headers: notify!.headers, body: notify!.body });
    expect(await res.text()).toBe("OK");
    expect(await d1Order(order.id)).toMatchObject({ status: "coins_sent", amount_deposited: order.charge.amount });
  });
});

describe("KWD payout to a Kuwaiti IBAN", () => {
  it("off-ramp order → deposit → bank payout in fils (3 decimals) → sent", async () => {
    const order = await ok<{ id: string; deposit: { address: string }; payout: { asset: string; amount: string } }>(
      await post("/offramp/bank", { asset: "USDX", currency: "KWD", amount: "250", bankAccount: { iban: "KW81 CBKU 0000 0000 0000 1234 5601 01", bic: "CBKUKWKW", accountHolderName: "Fatima Al-Sabah", country: "KW" } }),
      201,
    );
    expect(order.payout.asset).toBe("KWD");
    expect(order.payout.amount).toMatch(shaped(3));
    expect(scaleOf(order.payout.amount)).toBe(3);
    const dep = await deliver("/api/v1/offramp/webhook", { timestamp: new Date().toISOString(), type: "deposit.received", data: { depositAddress: order.deposit.address, transactionHash: "0xkwd1", amount: "250", asset: "USDX" } }, env.OFFRAMP_WEBHOOK_SECRET!);
    expect(await ok(dep)).toMatchObject({ subjectId: order.id, status: "payout_pending" });
    const payout = await env.DB.prepare("SELECT asset, amount, status, destination FROM ramp_payouts WHERE order_id = ?").bind(order.id).first<{ asset: string; amount: string; status: string; destination: string }>();
    expect(payout).toMatchObject({ asset: "KWD", amount: order.payout.amount, status: "submitted" });
    expect(JSON.parse(payout!.destination)).toMatchObject({ iban: "KW81CBKU0000000000001234560101", bic: "CBKUKWKW" });
    expect(await ok(await payoutCallback(order.id, "sent"))).toMatchObject({ status: "completed" });
  });

  it("a KWD payout with a fourth decimal is refused by the payout, never rounded", async () => {
    const { requestBankPayout } = await import("../../src/providers/wallmoney/payouts");
    await expect(requestBankPayout(env, { orderId: "ord_0123456789abcdefghjkmnpqrs", amount: "10.0005", currency: "KWD", account: { iban: "KW81CBKU0000000000001234560101", bic: "CBKUKWKW", accountHolderName: "Fatima Al-Sabah", country: "KW" } }))
      .rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
