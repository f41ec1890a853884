/**
 * Writes the idempotent seed SQL (src/db/seed) to .wrangler/seed.sql and applies it to the local D1
 * database with `wrangler d1 execute`. Pass --remote to seed the deployed database instead.
 * Then bumps the config version in CACHE_KV, so running workers reload the payment-form config.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { buildSeedStatements, ECB_EXCERPT_PATH } from "../src/db/seed/index";
import { ecbObservations, parseEcbXml } from "../src/services/rates/ingest/ecb-formats";
import { CONFIG_VERSION_KEY } from "../src/services/config/config-cache";

const remote = process.argv.includes("--remote");
const persistAt = process.argv.indexOf("--persist-to");
const persist = persistAt > 0 ? ["--persist-to", process.argv[persistAt + 1]!] : [];
const statements = buildSeedStatements(new Date(), { ecbHistory: ecbObservations(parseEcbXml(readFileSync(ECB_EXCERPT_PATH, "utf8"))) });
mkdirSync(".wrangler", { recursive: true });
const file = ".wrangler/seed.sql";
writeFileSync(file, statements.join("\n") + "\n");
execFileSync("npx", ["wrangler", "d1", "execute", "DB", remote ? "--remote" : "--local", "--file", file, "--yes", ...persist], { stdio: ["ignore", "ignore", "inherit"] });
const version = `seed-${Date.now().toString(36)}`;
execFileSync("npx", ["wrangler", "kv", "key", "put", CONFIG_VERSION_KEY, version, "--binding", "CACHE_KV", remote ? "--remote" : "--local", ...persist], {
  stdio: ["ignore", "ignore", "inherit"],
});
console.log(`Seeded ${remote ? "remote" : "local"} D1 with ${statements.length} statements; config version ${version}.`);
