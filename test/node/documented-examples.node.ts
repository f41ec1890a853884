/**
 * Examples are a contract: every named example of the published OpenAPI document is sent, as written
 * (ids an earlier answer provides replaced by the real ones), to a real `wrangler dev` provisioned as
 * `npm run dev` provisions it, and must answer with the status, problem code and schema it documents.
 * A failing example fails `npm test`. EXAMPLES_BASE_URL=http://… runs them against an instance you
 * started yourself (with the sandbox merchant's keys in .wrangler/sandbox-merchant.json).
 */
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM } from "../../src/sandbox/mypos/sandbox-keys";
import { collectCases, ExampleRunner, runOrder, type Doc } from "./example-runner";
import { startInstance, type LocalInstance } from "./local-instance";

const external = process.env.EXAMPLES_BASE_URL;
let instance: LocalInstance | undefined;
let baseUrl: string;
let secrets: Record<string, string>;
let keys: { secretKey: string; publishableKey: string };
if (external) {
  baseUrl = external;
  secrets = parseEnv(readFileSync(".dev.vars", "utf8")) as Record<string, string>;
  const file = JSON.parse(readFileSync(".wrangler/sandbox-merchant.json", "utf8")) as { secret: { key: string }; publishable: { key: string } };
  keys = { secretKey: file.secret.key, publishableKey: file.publishable.key };
} else {
  instance = await startInstance("examples", { sandbox: true });
  baseUrl = instance.baseUrl;
  secrets = instance.secrets;
  keys = instance.sandbox!;
}
afterAll(() => instance?.stop());

const doc = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as Doc;
const order = runOrder(collectCases(doc));
const runner = new ExampleRunner(baseUrl, doc, {
  adminToken: secrets.ADMIN_TOKEN!,
  secretKey: keys.secretKey,
  publishableKey: keys.publishableKey,
  secrets,
  myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM,
});

describe("every documented example answers as documented", () => {
  it("the document has examples to run", () => expect(order.length).toBeGreaterThan(100));
  for (const c of order) {
    it(`${c.method.toUpperCase()} ${c.path} — ${c.key} → ${c.status}`, async () => {
      const outcome = await runner.run(c);
      if (outcome.problems.length) throw new Error(`${c.key} (${c.example.summary}): ${outcome.problems.join("; ")}`);
    });
  }
});
