import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { buildSeedStatements } from "../src/db/seed";
import ecbExcerpt from "../src/db/seed/ecb/eurofxref-hist-90d-2017-03-03.xml?raw";
import { ecbObservations, parseEcbXml } from "../src/services/rates/ingest/ecb-formats";
import { forgetRatesSnapshot } from "../src/services/rates/snapshot";
import { installNetworkGuard } from "./helpers/network-guard";

installNetworkGuard();

// Each test file gets its own storage: migrate and seed it once, exactly as `npm run dev` does.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
const seeded = await env.DB.prepare("SELECT count(*) AS n FROM assets").first<{ n: number }>();
if (!seeded?.n) await env.DB.batch(buildSeedStatements(new Date(), { ecbHistory: ecbObservations(parseEcbXml(ecbExcerpt)) }).map((sql) => env.DB.prepare(sql)));
// The rates snapshot lives in module memory; a new file's storage must not see a previous file's copy.
forgetRatesSnapshot();
