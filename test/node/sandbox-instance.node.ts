/**
 * A sandbox instance as `npm run dev` makes it, used as a developer uses it.
 *
 * `npm run simulate -- <id> <scenario>` as a developer types it: the command itself
 * (scripts/simulate.ts, in a child process) against a real `wrangler dev` provisioned like the sandbox.
 * Nothing but the id and the scenario is given, except where this instance runs: --url (its port)
 * and --persist-to (its state directory, where the sandbox merchant's keys are kept, as `.wrangler` is
 * for `npm run dev`).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { startInstance, type LocalInstance } from "./local-instance";

const run = promisify(execFile);
let instance: LocalInstance;

beforeAll(async () => {
  instance = await startInstance("simulate", { sandbox: true });
});
afterAll(() => instance?.stop());

async function simulate(...args: string[]): Promise<string> {
  const { stdout } = await run("npx", ["tsx", "scripts/simulate.ts", ...args, "--url", instance.baseUrl, "--persist-to", instance.persistTo, "--delay", "50"], { timeout: 60_000 });
  return stdout;
}

async function create(path: string, body: unknown): Promise<{ id: string; [key: string]: unknown }> {
  const res = await fetch(`${instance.baseUrl}/api/v1${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${instance.sandbox!.secretKey}`, "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ id: string }>;
}

/** The delivery lines (`#n label → status …`) the command printed. */
const answers = (out: string) => out.split("\n").filter((line) => /^#\d+ /.test(line));

describe("npm run simulate -- <id> <scenario>", () => {
  it("pay_… pay: reads the PayTo payment, pays exactly what it asks at its deposit address, prints the new status", async () => {
    const payment = await create("/payments/payto", { asset: "USDX", amount: "25.50" });
    const list = await simulate(String(payment.id), "--list");
    expect(list).toContain(`${payment.id} is requires_payment (0 of 25.500000 USDX received)`);
    expect(list).toMatch(/✓ pay\s+a deposit of the full amount/);

    const out = await simulate(String(payment.id), "pay");
    expect(answers(out)).toHaveLength(2);
    expect(answers(out).every((line) => / → 200 /.test(line))).toBe(true);
    expect(out).toContain("deposit.confirmed 25.500000 USDX");
    expect(out).toContain(`now: ${payment.id} is succeeded (25.500000 of 25.500000 USDX received)`);
  });

  it("ord_… exact, then ord_… payout-sent: the off-ramp's deposit and bank payout come from the order", async () => {
    const order = await create("/offramp/bank", { asset: "EURX", amount: "100", bankAccount: { iban: "DE89370400440532013000", accountHolderName: "Anna Müller", country: "DE" } });
    const payoutAmount = (order.payout as { amount: string }).amount;
    const early = await simulate(String(order.id), "payout-sent").then(() => "", (error: { stdout: string; stderr: string }) => error.stderr);
    expect(early).toMatch(/has no bank payout yet \(status awaiting_deposit/);

    const deposit = await simulate(String(order.id), "exact");
    expect(answers(deposit)[0]).toMatch(/deposit\.received 100\.000000 EURX .* → 200 .*"status":"payout_pending"/);
    expect(deposit).toMatch(new RegExp(`now: ${order.id} is payout_pending \\(.*, payout pyo_\\w+ submitted\\)`));

    const out = await simulate(String(order.id), "payout-sent");
    expect(answers(out)[0]).toMatch(new RegExp(`payout\\.sent ${payoutAmount.replace(".", "\\.")} EUR .* → 200 .*"status":"completed"`));
    expect(out).toMatch(new RegExp(`now: ${order.id} is completed \\(100\\.000000 EURX → ${payoutAmount.replace(".", "\\.")} EUR, payout pyo_\\w+ sent\\)`));
  });

  it("a scenario that does not fit the object is refused with the ones that do, nothing sent", async () => {
    const payment = await create("/payments/payto", { asset: "USDX", amount: "12" });
    const error = await simulate(String(payment.id), "bank-pay").then(() => undefined, (e: { code: number; stderr: string; stdout: string }) => e);
    expect(error?.code).toBe(2);
    expect(error?.stderr).toContain(`'bank-pay' does not fit ${payment.id} (a payto payment). Scenarios for it: pay, partial, over, duplicate, out-of-order, late`);
    expect(answers(error?.stdout ?? "")).toEqual([]);
  });
});

describe("the sandbox's rate limits", () => {
  // What wrangler.toml gives a development instance (the production limits are far lower).
  const limit = Number(/name = "PUBLIC_RATE_LIMITER_DEV"[^[]*?simple = \{ limit = (\d+)/.exec(readFileSync("wrangler.toml", "utf8"))![1]);

  it("are generous (every documented example runs in a row) but real: hammering gets a 429", { timeout: 240_000 }, async () => {
    expect(limit).toBeGreaterThanOrEqual(1000);
    // A fixed window may turn over during the run, so up to two windows' worth may pass before the 429.
    const statuses: number[] = [];
    let next = 0;
    let limited = false;
    const hammer = async () => {
      while (!limited && next < 2 * limit + 1) {
        next++;
        const res = await fetch(`${instance.baseUrl}/api/v1/ping`);
        await res.arrayBuffer();
        statuses.push(res.status);
        if (res.status === 429) {
          limited = true;
          expect(res.headers.get("retry-after")).toBe("60");
        }
      }
    };
    await Promise.all(Array.from({ length: 24 }, hammer));
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(limit - 10); // nothing refused early
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  });
});
