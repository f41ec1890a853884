/**
 * `npm run simulate -- <method> <paymentId> <scenario> [options]`: send correctly signed provider
 * callbacks to a running CorePort (`npm run dev`), like `stripe trigger`.
 *
 *   npm run simulate -- payto pay_… pay --amount 125.50 --asset USDX
 *   npm run simulate -- corepay pay_… confirmations --amount 50 --asset USDX
 *   npm run simulate -- mypos pay_… pay --amount 25.50 --currency EUR
 *   npm run simulate -- payto --list
 *   npm run simulate -- onramp ord_… bank-pay --amount 250.00 --currency EUR --reference RF…
 *   npm run simulate -- offramp ord_… short --amount 100 --asset EURX
 *
 * Secrets come from .dev.vars (else .dev.vars.example, else the sandbox defaults), the network and
 * confirmation policy from wrangler.toml, exactly as the local worker reads them.
 */
import { parseArgs } from "node:util";
import { localSecrets, readWranglerVars } from "./lib/env-files";
import { parseConfirmationPolicy, requiredConfirmations } from "../src/providers/corepay/confirmations";
import { coreNetwork } from "../src/providers/network";
import { buildDeliveries, SCENARIOS, ScenarioError, type Delivery, type SimulationSecrets } from "../src/providers/simulate/scenarios";
import { buildRampDeliveries, isRampMethod, RAMP_SCENARIOS, type RampMethod } from "../src/providers/simulate/ramp-scenarios";
import type { PaymentMethod } from "../src/providers/types";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../src/sandbox/mypos/sandbox-keys";
import {
  SANDBOX_COREPAY_WEBHOOK_SECRET,
  SANDBOX_DEPOSIT_ADDRESS_SECRET,
  SANDBOX_OFFRAMP_WEBHOOK_SECRET,
  SANDBOX_ONRAMP_WEBHOOK_SECRET,
  SANDBOX_PAYTO_WEBHOOK_SECRET,
} from "../src/sandbox/sandbox-secrets";

const USAGE = `Usage: npm run simulate -- <mypos|payto|corepay> <paymentId> <scenario> [options]
       npm run simulate -- <onramp|offramp> <orderId> <scenario> [options]
       npm run simulate -- <method> --list

Options:
  --url <base>            CorePort to call (default http://localhost:$PORT, PORT defaulting to 8787)
  --amount <decimal>      the payment's amount (required)
  --currency/--asset <c>  currency (myPOS, default EUR) or asset (PayTo/CorePay, default USDX)
  --decimals <n>          decimals of the asset (default 2 for myPOS, 6 otherwise)
  --address <ican>        PayTo: the deposit address (default: derived like the sandbox adapter)
  --confirmations <n>     confirmations to report (default: COREPAY_CONFIRMATIONS for the asset)
  --reference <RF…>       bank on-ramp: the order's bankInstructions.reference
  --iban <IBAN>           bank on-ramp: the order's bankInstructions.iban (default: the sandbox collection account)
  --payout <pyo_…>        off-ramp payout-*: the order's bank payout id (wrangler d1 execute DB --local
                          --command "SELECT id FROM ramp_payouts WHERE order_id = 'ord_…'")
  --payout-amount <d>     off-ramp payout-*: the order's payout.amount (e.g. 92.50)
  --payout-currency <c>   off-ramp payout-*: the order's payout.asset (e.g. EUR)
  --tx-hash <0x…>         on-ramp coins-confirmed: the order's receive.txHash
  --delay <ms>            pause between deliveries (default 300)
  --dry-run               print the signed deliveries instead of sending them`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: "string", default: `http://localhost:${process.env.PORT ?? "8787"}` },
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
  const [method, paymentId, scenario] = positionals as [PaymentMethod | RampMethod | undefined, string | undefined, string | undefined];
  if (values.help || !method) fail(USAGE);
  if (!(method in SCENARIOS) && !isRampMethod(method)) fail(`Unknown method '${method}'.\n\n${USAGE}`);
  const described: Record<string, string> = isRampMethod(method) ? RAMP_SCENARIOS[method] : SCENARIOS[method];
  if (values.list || !paymentId || !scenario) {
    console.log(`${method} scenarios:`);
    for (const [name, what] of Object.entries(described)) console.log(`  ${name.padEnd(21)} ${what}`);
    process.exit(values.list ? 0 : 2);
  }
  if (!values.amount) fail("--amount is required (the payment's amount, e.g. --amount 25.50)");

  const { file, values: fileSecrets } = localSecrets();
  const env = { ...readWranglerVars(), ...fileSecrets };
  const secrets: SimulationSecrets = {
    myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM, // the local sandbox plays myPOS
    myposSid: env.MYPOS_SID || SANDBOX_MYPOS_STORE.sid,
    paytoWebhookSecret: env.PAYTO_WEBHOOK_SECRET || SANDBOX_PAYTO_WEBHOOK_SECRET,
    corepayWebhookSecret: env.COREPAY_WEBHOOK_SECRET || SANDBOX_COREPAY_WEBHOOK_SECRET,
    depositAddressSecret: env.DEPOSIT_ADDRESS_SECRET || SANDBOX_DEPOSIT_ADDRESS_SECRET,
  };
  const network = coreNetwork({ CORE_NETWORK: env.CORE_NETWORK, ENVIRONMENT: env.ENVIRONMENT ?? "development" });
  let deliveries: Delivery[];
  if (isRampMethod(method)) {
    // On-ramp amounts are the fiat charge (EUR, 2 decimals), off-ramp amounts the deposited coins (6).
    const asset = (method === "onramp" ? values.currency ?? values.asset ?? "EUR" : values.asset ?? values.currency ?? "EURX").toUpperCase();
    deliveries = await buildRampDeliveries(
      {
        method,
        orderId: paymentId,
        scenario,
        amount: values.amount,
        asset,
        decimals: values.decimals ? Number(values.decimals) : method === "onramp" ? 2 : 6,
        reference: values.reference?.replaceAll(" ", "").toUpperCase(),
        collectionIban: values.iban?.replaceAll(" ", "").toUpperCase(),
        payout:
          values.payout && values["payout-amount"] && values["payout-currency"]
            ? { id: values.payout, amount: values["payout-amount"], currency: values["payout-currency"].toUpperCase() }
            : undefined,
        address: values.address?.toLowerCase(),
        txHash: values["tx-hash"],
        network,
        now: new Date(),
      },
      { ...secrets, onrampWebhookSecret: env.ONRAMP_WEBHOOK_SECRET || SANDBOX_ONRAMP_WEBHOOK_SECRET, offrampWebhookSecret: env.OFFRAMP_WEBHOOK_SECRET || SANDBOX_OFFRAMP_WEBHOOK_SECRET },
    );
  } else {
    const asset = (method === "mypos" ? values.currency ?? values.asset ?? "EUR" : values.asset ?? values.currency ?? "USDX").toUpperCase();
    const confirmations = values.confirmations ? Number(values.confirmations) : requiredConfirmations(parseConfirmationPolicy(env.COREPAY_CONFIRMATIONS), asset);
    if (!Number.isInteger(confirmations) || confirmations < 1) fail("--confirmations must be a positive integer");

    deliveries = await buildDeliveries(
      {
        method,
        paymentId,
        scenario,
        amount: values.amount,
        asset,
        decimals: values.decimals ? Number(values.decimals) : method === "mypos" ? 2 : 6,
        network,
        confirmations,
        address: values.address?.toLowerCase(),
        now: new Date(),
      },
      secrets,
    );
  }

  console.log(`${method} ${scenario}: ${described[scenario]}`);
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
}

main().catch((error) => {
  if (error instanceof ScenarioError) fail(error.message);
  console.error(error);
  process.exit(1);
});
