/**
 * Provider callbacks for `npm run simulate -- <method> <paymentId> <scenario>` (like `stripe trigger`):
 * each scenario is a list of deliveries, signed exactly as the real provider signs them (myPOS: RSA
 * with the sandbox myPOS key; PayTo / CorePay: Standard Webhooks HMAC with the provider's secret), and
 * every payload is checked against the same schema the endpoint uses before it is sent.
 * Pure: no I/O here, so the tests can run every scenario through the adapters.
 */
import { Decimal, dec, formatDecimal } from "../../lib/money";
import { myposAmountDecimals } from "../mypos/purchase";
import { randomToken } from "../../lib/ids";
import { cachedPrivateKey } from "../../lib/rsa";
import { signWebhook } from "../../lib/standard-webhooks";
import { CorepayWebhookPayload, type CorepayWebhookInput } from "../corepay/webhook-payload";
import { encodeFormFields, signIpcFields, type IpcFields } from "../mypos/ipc";
import { deriveDepositAddress } from "../payto/deposit-address";
import { PaytoWebhookPayload, type PaytoWebhookInput } from "../payto/webhook-payload";
import type { CoreNetwork } from "../network";
import type { PaymentMethod } from "../types";

export const SCENARIOS = {
  mypos: {
    pay: "IPCPurchaseNotify for the full amount",
    decline:
      "the card is declined: myPOS sends CorePort nothing (no server callback; the browser goes back to the shop's URL_Cancel), so nothing is sent and the payment stays requires_payment until the customer pays with another card or it expires — try a decline for real with the sandbox checkout's test card 4000 0000 0000 0002",
    partial: "IPCPurchaseNotify for half the amount (myPOS never does this; exercises the amount check)",
    over: "IPCPurchaseNotify for 1.5 × the amount",
    late: "IPCPurchaseNotify for the full amount — run it after the payment expired",
    duplicate: "the same IPCPurchaseNotify delivered twice",
    "out-of-order": "IPCPurchaseRollback first, then the IPCPurchaseNotify it reverses",
    reversed: "IPCPurchaseNotify, then IPCPurchaseRollback (myPOS reversed the payment)",
  },
  payto: {
    pay: "a deposit of the full amount: pending, then confirmed",
    partial: "a deposit of half the amount: pending, then confirmed",
    over: "a deposit of 1.5 × the amount: pending, then confirmed",
    late: "a deposit of the full amount — run it after the payment expired",
    duplicate: "the same confirmed deposit redelivered (same message), then re-sent as a new message",
    "out-of-order": "a half deposit reported confirmed before pending, then a second deposit completing the amount",
  },
  corepay: {
    pay: "transaction seen in the mempool, then confirmed with the required confirmations",
    confirmations: "seen, one report per confirmation up to the required count, then confirmed",
    decline: "transaction seen, then replaced by another transaction of the sender (dropped)",
    partial: "a transaction of half the amount, seen and confirmed",
    over: "a transaction of 1.5 × the amount, seen and confirmed",
    late: "a full transaction seen and confirmed — run it after the payment expired",
    duplicate: "the confirmation delivered twice",
    "out-of-order": "confirmed first, then seen, then the first confirmation count",
  },
} as const satisfies Record<PaymentMethod, Record<string, string>>;

export type Scenario<M extends PaymentMethod = PaymentMethod> = keyof (typeof SCENARIOS)[M] & string;

export const PATHS = {
  mypos: "/api/v1/payments/mypos/webhook",
  payto: "/api/v1/payments/payto/webhook",
  corepay: "/api/v1/payments/corepay/webhook",
} as const;

export interface SimulationInput {
  method: PaymentMethod;
  paymentId: string;
  scenario: string;
  /** The payment's amount (decimal string) and its currency (MyPOS) or asset (PayTo, CorePay). */
  amount: string;
  asset: string;
  /** Decimal places of the asset (2 for myPOS currencies, 6 for the stablecoins). */
  decimals: number;
  network: CoreNetwork;
  /** CorePay: confirmations the payment needs. */
  confirmations: number;
  /** PayTo: the payment's deposit address (derived from the deposit address secret when absent). */
  address?: string;
  now: Date;
}

export interface SimulationSecrets {
  /** The (sandbox) myPOS private key that signs notifications. */
  myposPrivateKeyPem: string;
  myposSid: string;
  paytoWebhookSecret: string;
  corepayWebhookSecret: string;
  depositAddressSecret: string;
}

export interface Delivery {
  label: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioError";
  }
}

export function scenariosOf(method: PaymentMethod): string[] {
  return Object.keys(SCENARIOS[method]);
}

const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
const digits = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String(b % 10)).join("");

/** `fraction` of the amount, rounded down to the asset's decimals (a customer never sends a fraction of a unit). */
function share(input: SimulationInput, fraction: string): string {
  return formatDecimal(dec(input.amount).times(fraction), input.decimals, "down");
}

function amountFor(input: SimulationInput): string {
  const factor: Record<string, string> = { partial: "0.5", over: "1.5" };
  return share(input, factor[input.scenario] ?? "1");
}

// ----------------------------------------------------------------------------------------------
// myPOS: form-encoded, RSA-signed by the (sandbox) myPOS key

async function myposDeliveries(input: SimulationInput, secrets: SimulationSecrets): Promise<Delivery[]> {
  const key = await cachedPrivateKey(secrets.myposPrivateKeyPem);
  const form = async (label: string, path: string, fields: IpcFields): Promise<Delivery> => ({
    label,
    path,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: encodeFormFields(await signIpcFields(fields, key)),
  });
  // myPOS writes amounts with the currency's ISO 4217 decimals (JPY none, KWD 3).
  const places = myposAmountDecimals(input.asset);
  const amount = formatDecimal(dec(amountFor(input)), places, "down");
  const full = formatDecimal(dec(input.amount), places, "down");
  const transactionRef = digits(12);
  const notify = (value: string) =>
    form(`IPCPurchaseNotify ${value} ${input.asset}`, PATHS.mypos, [
      ["IPCmethod", "IPCPurchaseNotify"],
      ["SID", secrets.myposSid],
      ["Amount", value],
      ["Currency", input.asset],
      ["OrderID", input.paymentId],
      ["IPC_Trnref", transactionRef],
      ["RequestSTAN", digits(6)],
      ["RequestDateTime", input.now.toISOString().slice(0, 19).replace("T", " ")],
      ["PAN", "************1111"],
      ["CardType", "Visa"],
      ["BillingDescriptor", "COREPORT*SANDBOX"],
    ]);
  const rollback = () =>
    form("IPCPurchaseRollback", PATHS.mypos, [["IPCmethod", "IPCPurchaseRollback"], ["SID", secrets.myposSid], ["Amount", full], ["Currency", input.asset], ["OrderID", input.paymentId]]);

  switch (input.scenario) {
    case "decline":
      return [];
    case "duplicate": {
      const once = await notify(amount);
      return [once, { ...once, label: `${once.label} (again)` }];
    }
    case "out-of-order":
      return [await rollback(), await notify(amount)];
    case "reversed":
      return [await notify(amount), await rollback()];
    default:
      return [await notify(amount)];
  }
}

// ----------------------------------------------------------------------------------------------
// PayTo and CorePay: JSON, Standard Webhooks

async function standardWebhook(label: string, path: string, secret: string, payload: unknown, at: Date, id = `msg_sim_${randomToken(12)}`): Promise<Delivery> {
  const body = JSON.stringify(payload);
  const headers = await signWebhook([secret], id, Math.floor(at.getTime() / 1000), body);
  return { label, path, headers: { ...headers, "Content-Type": "application/json" }, body };
}

async function paytoDeliveries(input: SimulationInput, secrets: SimulationSecrets): Promise<Delivery[]> {
  const depositAddress = input.address ?? (await deriveDepositAddress(secrets.depositAddressSecret, input.paymentId, input.network.icanPrefix));
  const deposit = (type: "deposit.pending" | "deposit.confirmed", amount: string, transactionId = `0x${hex(32)}:0`): PaytoWebhookInput => {
    const payload: PaytoWebhookInput = {
      type,
      timestamp: input.now.toISOString(),
      data: { paymentId: input.paymentId, depositAddress, transactionId, amount, asset: input.asset, confirmations: type === "deposit.confirmed" ? input.confirmations : 0 },
    };
    PaytoWebhookPayload.parse(payload); // the simulator never sends what the endpoint would refuse
    return payload;
  };
  const send = (payload: PaytoWebhookInput, note = "", id?: string) =>
    standardWebhook(`${payload.type} ${"amount" in payload.data ? payload.data.amount : ""} ${input.asset}${note}`, PATHS.payto, secrets.paytoWebhookSecret, payload, input.now, id);

  switch (input.scenario) {
    case "duplicate": {
      const payload = deposit("deposit.confirmed", share(input, "1"));
      const first = await send(payload);
      return [first, { ...first, label: `${first.label} (redelivery)` }, await send(payload, " (same deposit, new message)")];
    }
    case "out-of-order": {
      const half = share(input, "0.5");
      const rest = formatDecimal(dec(input.amount).minus(half), input.decimals, "down");
      const tx = `0x${hex(32)}:0`;
      // The deposit is reported final before it is reported seen, then a second deposit completes the amount.
      return [await send(deposit("deposit.confirmed", half, tx), " (confirmed first)"), await send(deposit("deposit.pending", half, tx), " (pending, late)"), await send(deposit("deposit.confirmed", rest))];
    }
    default: {
      const amount = amountFor(input);
      const tx = `0x${hex(32)}:0`;
      return [await send(deposit("deposit.pending", amount, tx)), await send(deposit("deposit.confirmed", amount, tx))];
    }
  }
}

async function corepayDeliveries(input: SimulationInput, secrets: SimulationSecrets): Promise<Delivery[]> {
  const transactionHash = `0x${hex(32)}`;
  const block = { blockNumber: 2_000_000 + Number(digits(5)), blockHash: `0x${hex(32)}` };
  const amount = amountFor(input);
  const transfer = { paymentId: input.paymentId, transactionHash, asset: input.asset, amount };
  const at = (offsetSeconds: number) => new Date(input.now.getTime() + offsetSeconds * 1000).toISOString();
  const need = input.confirmations;
  const seen = (): CorepayWebhookInput => ({ type: "transaction.seen", timestamp: at(0), data: { ...transfer } });
  const count = (n: number): CorepayWebhookInput => ({
    type: "transaction.confirmations",
    timestamp: at(n * 5),
    data: { paymentId: input.paymentId, transactionHash, confirmations: n, requiredConfirmations: need, blockHash: block.blockHash },
  });
  const confirmed = (): CorepayWebhookInput => ({ type: "transaction.confirmed", timestamp: at(need * 5), data: { ...transfer, ...block, confirmations: need } });
  const send = (payload: CorepayWebhookInput, suffix = "") => {
    CorepayWebhookPayload.parse(payload);
    const n = "confirmations" in payload.data ? ` (${payload.data.confirmations}/${need})` : "";
    return standardWebhook(`${payload.type}${n}${suffix}`, PATHS.corepay, secrets.corepayWebhookSecret, payload, input.now);
  };

  switch (input.scenario) {
    case "confirmations":
      return Promise.all([seen(), ...Array.from({ length: need }, (_, i) => count(i + 1)), confirmed()].map((p) => send(p)));
    case "decline":
      return [
        await send(seen()),
        await send({ type: "transaction.dropped", timestamp: at(30), data: { paymentId: input.paymentId, transactionHash, replacedBy: `0x${hex(32)}`, reason: "replaced by another transaction of the sender" } }),
      ];
    case "duplicate": {
      const once = await send(confirmed());
      return [await send(seen()), once, { ...once, label: `${once.label} (redelivery)` }];
    }
    case "out-of-order":
      return [await send(confirmed()), await send(seen()), await send(count(1))];
    default:
      return [await send(seen()), await send(confirmed())];
  }
}

/** The signed deliveries of a scenario, in sending order. */
export async function buildDeliveries(input: SimulationInput, secrets: SimulationSecrets): Promise<Delivery[]> {
  if (!scenariosOf(input.method).includes(input.scenario)) {
    throw new ScenarioError(`Unknown ${input.method} scenario '${input.scenario}'. Scenarios: ${scenariosOf(input.method).join(", ")}`);
  }
  if (!/^\d+(\.\d+)?$/.test(input.amount) || !new Decimal(input.amount).gt(0)) throw new ScenarioError(`--amount must be a positive decimal, not '${input.amount}'`);
  if (input.method === "mypos") return myposDeliveries(input, secrets);
  if (input.method === "payto") return paytoDeliveries(input, secrets);
  return corepayDeliveries(input, secrets);
}
