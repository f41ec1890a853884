/**
 * `npm run simulate -- <paymentId|orderId> <scenario> [options]`: send correctly signed provider
 * callbacks to a running CorePort (`npm run dev`), like `stripe trigger`. The payment or order is read
 * through the API with the sandbox merchant's secret key (the one `npm run dev` prints and keeps in
 * .wrangler/sandbox-merchant.json): method, amount, asset, deposit address, RF reference, payout id and
 * coin transfer come from it (src/providers/simulate/subjects.ts); flags only override. After the
 * scenario it prints where the object stands.
 *
 *   npm run simulate -- pay_… pay
 *   npm run simulate -- pay_… --list              the scenarios that fit this payment
 *   npm run simulate -- ord_… bank-pay            bank on-ramp: the order's reference and account
 *   npm run simulate -- ord_… exact               off-ramp: the deposit the order asks for
 *   npm run simulate -- ord_… payout-sent         off-ramp: WallMoney reports the order's bank payout
 *   npm run simulate -- payto --list              every scenario of a method
 *   npm run simulate -- payto pay_… pay --amount 125.50 --asset USDX   (explicit form: no API read needed)
 *
 * Secrets come from .dev.vars (else .dev.vars.example, else the sandbox defaults), the network and
 * confirmation policy from wrangler.toml, exactly as the local worker reads them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { localSecrets, readWranglerVars } from "./lib/env-files";
import { parseConfirmationPolicy, requiredConfirmations } from "../src/providers/corepay/confirmations";
import { coreNetwork } from "../src/providers/network";
import { readObject } from "../src/providers/simulate/read-object";
import { buildDeliveries, SCENARIOS, ScenarioError, type Delivery, type SimulationSecrets } from "../src/providers/simulate/scenarios";
import { buildRampDeliveries, isRampMethod, RAMP_SCENARIOS, type RampMethod } from "../src/providers/simulate/ramp-scenarios";
import { methodOf, orderSimulation, paymentSimulation, scenariosFor, statusLine, type SimulatedObject, type SimulationOverrides } from "../src/providers/simulate/subjects";
import type { PaymentMethod } from "../src/providers/types";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../src/sandbox/mypos/sandbox-keys";
import {
  SANDBOX_COREPAY_WEBHOOK_SECRET,
  SANDBOX_DEPOSIT_ADDRESS_SECRET,
  SANDBOX_OFFRAMP_WEBHOOK_SECRET,
  SANDBOX_ONRAMP_WEBHOOK_SECRET,
  SANDBOX_PAYTO_WEBHOOK_SECRET,
} from "../src/sandbox/sandbox-secrets";

const USAGE = `Usage: npm run simulate -- <paymentId|orderId> <scenario> [options]
       npm run simulate -- <paymentId|orderId> --list
       npm run simulate -- <method> --list
       npm run simulate -- <mypos|payto|corepay|onramp|offramp> <id> <scenario> [options]

The payment or order is read through the API (secret key: --key, else the sandbox merchant's from
npm run dev); every value below defaults to what it says. Options override:
  --url <base>            CorePort to call (default http://localhost:$PORT, PORT defaulting to 8787)
  --key <sk_test_…>       secret key to read the object with (default: the sandbox merchant's)
  --persist-to <dir>      local state of the worker (its sandbox-merchant.json; default .wrangler)
  --amount <decimal>      the payment's amount / the order's charge (on-ramp) or deposit (off-ramp)
  --currency/--asset <c>  currency (myPOS, on-ramp charge) or asset (PayTo/CorePay, off-ramp deposit)
  --decimals <n>          decimals of the asset
  --address <ican>        PayTo: the deposit address; off-ramp: the order's deposit address
  --confirmations <n>     CorePay: confirmations to report
  --reference <RF…>       bank on-ramp: the order's bankInstructions.reference
  --iban <IBAN>           bank on-ramp: the order's bankInstructions.iban
  --payout <pyo_…>        off-ramp payout-*: the order's payout.id
  --payout-amount <d>     off-ramp payout-*: the order's payout.amount
  --payout-currency <c>   off-ramp payout-*: the order's payout.asset
  --tx-hash <0x…>         on-ramp coins-confirmed: the order's receive.txHash
  --delay <ms>            pause between deliveries (default 300)
  --dry-run               print the signed deliveries instead of sending them`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The sandbox merchant's secret key, as `npm run dev` (scripts/sandbox-merchant.ts) keeps it. */
function sandboxSecretKey(persistTo: string | undefined): string | undefined {
  const file = path.join(persistTo ?? ".wrangler", "sandbox-merchant.json");
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, "utf8")) as { secret?: { key?: string } }).secret?.key;
}

const KNOWN_METHODS = [...Object.keys(SCENARIOS), ...Object.keys(RAMP_SCENARIOS)];

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: "string", default: `http://localhost:${process.env.PORT ?? "8787"}` },
      key: { type: "string" },
      "persist-to": { type: "string" },
      amount: { type: "string" },
      currency: { type: "string" },
      asset: { type: "string" },
      decimals: { type: "string" },
      address: { type: "string" },
      confirmations: { type: "string" },
      reference: { type: "string" },
      iban: { type: "string" },
      payout: { type: "string" },
      "payout-amount": { type: "string" },
      "payout-currency": { type: "string" },
      "tx-hash": { type: "string" },
      delay: { type: "string", default: "300" },
      "dry-run": { type: "boolean", default: false },
      list: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !positionals[0]) fail(USAGE);
  // `<id> <scenario>`, or the explicit `<method> <id> <scenario>`.
  const explicit = KNOWN_METHODS.includes(positionals[0]) ? (positionals[0] as PaymentMethod | RampMethod) : undefined;
  const [id, scenario] = explicit ? positionals.slice(1) : positionals;
  if (!explicit && !/^(pay|ord)_/.test(positionals[0])) fail(`'${positionals[0]}' is neither a payment id (pay_…), an order id (ord_…) nor a method (${KNOWN_METHODS.join(", ")}).\n\n${USAGE}`);
  if (explicit && !id) {
    const described: Record<string, string> = isRampMethod(explicit) ? RAMP_SCENARIOS[explicit] : SCENARIOS[explicit];
    console.log(`${explicit} scenarios:`);
    for (const [name, what] of Object.entries(described)) console.log(`  ${name.padEnd(21)} ${what}`);
    process.exit(values.list ? 0 : 2);
  }

  // The object, through the API. The explicit form with --amount needs no read (e.g. another merchant's payment).
  const key = values.key ?? sandboxSecretKey(values["persist-to"]);
  const read = (): Promise<SimulatedObject> => {
    if (!key) throw new ScenarioError(`No secret key to read ${id} with: run npm run dev (it provisions the sandbox merchant), or pass --key sk_test_…`);
    return readObject((url, init) => fetch(url, init), values.url, id!, key);
  };
  let object: SimulatedObject | undefined;
  try {
    object = await read();
  } catch (error) {
    if (!(explicit && values.amount)) throw error;
    console.log(`(${error instanceof Error ? error.message : String(error)}: using the flags only)\n`);
  }
  if (object && explicit && methodOf(object) !== explicit) fail(`${id} is a ${methodOf(object)} ${object.object}, not ${explicit}`);
  const method = object ? methodOf(object) : explicit!;

  if (values.list || !scenario) {
    if (!object) fail(`${id}: give a scenario (npm run simulate -- ${method} --list)`);
    const fitting = scenariosFor(object);
    console.log(`${statusLine(object)}\n\nScenarios for it (npm run simulate -- ${id} <scenario>):`);
    for (const s of fitting) console.log(`  ${s.now ? "✓" : " "} ${s.name.padEnd(21)} ${s.description}${s.now ? "" : `  [when ${s.when.join(" or ")}]`}`);
    console.log(`\n✓ fits its status now (${object.status}).`);
    process.exit(values.list ? 0 : 2);
  }

  const { file, values: fileSecrets } = localSecrets();
  const env = { ...readWranglerVars(), ...fileSecrets };
  const secrets = {
    myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM, // the local sandbox plays myPOS
    myposSid: env.MYPOS_SID || SANDBOX_MYPOS_STORE.sid,
    paytoWebhookSecret: env.PAYTO_WEBHOOK_SECRET || SANDBOX_PAYTO_WEBHOOK_SECRET,
    corepayWebhookSecret: env.COREPAY_WEBHOOK_SECRET || SANDBOX_COREPAY_WEBHOOK_SECRET,
    depositAddressSecret: env.DEPOSIT_ADDRESS_SECRET || SANDBOX_DEPOSIT_ADDRESS_SECRET,
    onrampWebhookSecret: env.ONRAMP_WEBHOOK_SECRET || SANDBOX_ONRAMP_WEBHOOK_SECRET,
    offrampWebhookSecret: env.OFFRAMP_WEBHOOK_SECRET || SANDBOX_OFFRAMP_WEBHOOK_SECRET,
  } satisfies SimulationSecrets & Record<string, string>;
  const common = { network: coreNetwork({ CORE_NETWORK: env.CORE_NETWORK, ENVIRONMENT: env.ENVIRONMENT ?? "development" }), now: new Date() };
  const number = (name: "decimals" | "confirmations") => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < (name === "decimals" ? 0 : 1)) fail(`--${name} must be a ${name === "decimals" ? "non-negative" : "positive"} integer`);
    return n;
  };
  const flags: SimulationOverrides = {
    amount: values.amount,
    asset: values.asset ?? values.currency,
    decimals: number("decimals"),
    address: values.address,
    confirmations: number("confirmations"),
    reference: values.reference,
    iban: values.iban,
    payout: values.payout || values["payout-amount"] || values["payout-currency"] ? { id: values.payout, amount: values["payout-amount"], currency: values["payout-currency"] } : undefined,
    txHash: values["tx-hash"],
  };

  let deliveries: Delivery[];
  if (object) {
    deliveries = object.object === "payment"
      ? await buildDeliveries(paymentSimulation(object, scenario, flags, common), secrets)
      : await buildRampDeliveries(orderSimulation(object, scenario, flags, common), secrets);
  } else if (isRampMethod(method)) {
    // Flags only: on-ramp amounts are the fiat charge (EUR, 2 decimals), off-ramp amounts the deposited coins (6).
    const asset = (flags.asset ?? (method === "onramp" ? "EUR" : "EURX")).toUpperCase();
    const payout = flags.payout?.id && flags.payout.amount && flags.payout.currency ? { id: flags.payout.id, amount: flags.payout.amount, currency: flags.payout.currency.toUpperCase() } : undefined;
    deliveries = await buildRampDeliveries(
      { method, orderId: id!, scenario, amount: values.amount!, asset, decimals: flags.decimals ?? (method === "onramp" ? 2 : 6), reference: flags.reference?.replaceAll(" ", "").toUpperCase(), collectionIban: flags.iban?.replaceAll(" ", "").toUpperCase(), payout, address: flags.address?.toLowerCase(), txHash: flags.txHash, ...common },
      secrets,
    );
  } else {
    const asset = (flags.asset ?? (method === "mypos" ? "EUR" : "USDX")).toUpperCase();
    const confirmations = flags.confirmations ?? requiredConfirmations(parseConfirmationPolicy(env.COREPAY_CONFIRMATIONS), asset);
    deliveries = await buildDeliveries(
      { method, paymentId: id!, scenario, amount: values.amount!, asset, decimals: flags.decimals ?? (method === "mypos" ? 2 : 6), confirmations, address: flags.address?.toLowerCase(), ...common },
      secrets,
    );
  }

  const described: Record<string, string> = isRampMethod(method) ? RAMP_SCENARIOS[method] : SCENARIOS[method];
  console.log(`${method} ${scenario}: ${described[scenario]}`);
  if (object) console.log(statusLine(object));
  console.log(`secrets from ${file}; ${deliveries.length} deliver${deliveries.length === 1 ? "y" : "ies"} to ${values.url}\n`);
  if (!deliveries.length) console.log("(nothing to send: the provider does not call CorePort in this scenario)");
  let failures = 0;
  for (const [i, delivery] of deliveries.entries()) {
    const url = new URL(delivery.path, values.url).toString();
    if (values["dry-run"]) {
      console.log(`#${i + 1} ${delivery.label}\nPOST ${url}\n${Object.entries(delivery.headers).map(([k, v]) => `${k}: ${v}`).join("\n")}\n\n${delivery.body}\n`);
      continue;
    }
    if (i > 0) await new Promise((r) => setTimeout(r, Number(values.delay)));
    try {
      const res = await fetch(url, { method: "POST", headers: delivery.headers, body: delivery.body, redirect: "manual", signal: AbortSignal.timeout(15_000) });
      const text = (await res.text()).replace(/\s+/g, " ").slice(0, 300);
      console.log(`#${i + 1} ${delivery.label.padEnd(44)} → ${res.status} ${text}`);
    } catch (error) {
      failures++;
      console.log(`#${i + 1} ${delivery.label.padEnd(44)} → request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures) {
    console.error(`\n${failures} deliver${failures === 1 ? "y" : "ies"} could not be sent: is CorePort running (npm run dev) at ${values.url}?`);
    process.exit(1);
  }
  if (object && !values["dry-run"]) {
    const after = await read().catch(() => undefined);
    if (after) console.log(`\nnow: ${statusLine(after)}`);
  }
}

main().catch((error) => {
  if (error instanceof ScenarioError) fail(error.message);
  console.error(error);
  process.exit(1);
});
