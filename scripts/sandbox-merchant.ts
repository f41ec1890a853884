/**
 * `npm run dev` step: makes sure the local D1 has a sandbox merchant with a test secret key, a
 * test publishable key and a payout address on the deployment's Core network (so CorePay runs at
 * once), records the FinTag sandbox's sites as verified referrers (src/sandbox/fintag), and prints the keys. The keys are generated once and kept in
 * .wrangler/sandbox-merchant.json (git-ignored, next to the local D1 state); every run upserts
 * them, so it is idempotent and survives a wiped local database.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { generateApiKey } from "../src/auth/api-keys";
import { apiKeys, merchants } from "../src/db/schema";
import { upsertSql } from "../src/db/seed/sql";
import { makeIcan } from "../src/lib/ican";
import { newId } from "../src/lib/ids";
import { coreNetwork } from "../src/providers/network";
import { SANDBOX_FINTAG_SITES } from "../src/sandbox/fintag/sites";
import { readWranglerVars } from "./lib/env-files";

const FILE = ".wrangler/sandbox-merchant.json";
// The API itself, the demo merchant page (npm run dev serves it on :8788) and common dev-server ports.
// `PORT=… npm run dev` adds the ports it uses (PORT and DEMO_PORT).
const extraPorts = [process.env.PORT, process.env.DEMO_PORT].filter((p): p is string => !!p && /^\d{1,5}$/.test(p) && p !== "8787" && p !== "8788");
const ORIGINS = [
  "http://localhost:8787", "http://127.0.0.1:8787", "http://localhost:8788", "http://127.0.0.1:8788", "http://localhost:3000", "http://localhost:5173",
  ...extraPorts.flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]),
];

interface SandboxKey { id: string; key: string; prefix: string; hash: string }
interface Sandbox { merchantId: string; secret: SandboxKey; publishable: SandboxKey }

async function newKey(kind: "secret" | "publishable"): Promise<SandboxKey> {
  const generated = await generateApiKey(kind, "test");
  return { id: newId("key"), ...generated };
}

const persistAt = process.argv.indexOf("--persist-to");
const persist = persistAt > 0 ? ["--persist-to", process.argv[persistAt + 1]!] : [];
const file = persistAt > 0 ? `${process.argv[persistAt + 1]}/sandbox-merchant.json` : FILE;

let sandbox: Sandbox;
if (existsSync(file)) {
  sandbox = JSON.parse(readFileSync(file, "utf8")) as Sandbox;
} else {
  sandbox = { merchantId: newId("mer"), secret: await newKey("secret"), publishable: await newKey("publishable") };
  mkdirSync(file.slice(0, file.lastIndexOf("/")), { recursive: true });
  writeFileSync(file, JSON.stringify(sandbox, null, 2) + "\n", { mode: 0o600 });
}

// The sandbox merchant's CorePay payout address, on the network the local worker runs (CORE_NETWORK).
const network = coreNetwork({ CORE_NETWORK: process.env.CORE_NETWORK ?? readWranglerVars().CORE_NETWORK, ENVIRONMENT: "development" });
const payoutAddress = makeIcan(network.icanPrefix, "5a4db0c5e3f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7");

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;
// Verified referrers for the FinTag sandbox's sites, as a first quote from each would record them.
const referrerRows = Object.entries(SANDBOX_FINTAG_SITES).map(([domain, site], i) => {
  const now = Date.now();
  const feePercent = site.fee.replace("%", "");
  const id = sqlText(`ref_sandbox${i}site`);
  // The row id is ours: a sandbox site renamed since an earlier run leaves a row to replace.
  return `DELETE FROM "referrers" WHERE "id" = ${id} AND "domain" <> ${sqlText(domain)};\nINSERT INTO "referrers" ("id", "domain", "ican_address", "fee_percent", "originator_name", "source", "verified_at", "created_at", "updated_at") VALUES (${id}, ${sqlText(domain)}, ${sqlText(site.icanAddress)}, ${sqlText(feePercent)}, ${sqlText(site.siteName)}, ${sqlText(site.method)}, ${now}, ${now}, ${now}) ON CONFLICT ("domain") DO UPDATE SET "ican_address" = excluded."ican_address", "fee_percent" = excluded."fee_percent", "originator_name" = excluded."originator_name", "source" = excluded."source", "verified_at" = excluded."verified_at", "updated_at" = excluded."updated_at";`;
});

const statements = [
  ...upsertSql(merchants, [{ id: sandbox.merchantId, name: "Sandbox merchant", allowedOrigins: ORIGINS, status: "active", payoutAddress }], "update"),
  ...upsertSql(apiKeys, [
    { id: sandbox.secret.id, merchantId: sandbox.merchantId, kind: "secret", mode: "test", prefix: sandbox.secret.prefix, hash: sandbox.secret.hash, allowedOrigins: [] },
    { id: sandbox.publishable.id, merchantId: sandbox.merchantId, kind: "publishable", mode: "test", prefix: sandbox.publishable.prefix, hash: sandbox.publishable.hash, allowedOrigins: [] },
  ], "ignore"),
  ...referrerRows,
];
const sqlFile = ".wrangler/sandbox-merchant.sql";
mkdirSync(".wrangler", { recursive: true });
writeFileSync(sqlFile, statements.join("\n") + "\n");
execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", "--file", sqlFile, "--yes", ...persist], { stdio: ["ignore", "ignore", "inherit"] });

console.log(`
Sandbox merchant ${sandbox.merchantId} (test mode; keys kept in ${file})
  secret key       ${sandbox.secret.key}
  publishable key  ${sandbox.publishable.key}   (origins: ${ORIGINS.join(", ")})
  payout address   ${payoutAddress}   (CorePay, ${network.label})
  FinTag sandbox   ${Object.keys(SANDBOX_FINTAG_SITES).join(", ")} (verified referrers)
  try: curl -H "Authorization: Bearer ${sandbox.secret.key}" http://localhost:${process.env.PORT ?? 8787}/api/v1/payments
`);
