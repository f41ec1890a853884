// Works around a bug in @cloudflare/vitest-pool-workers 0.14.x (workers-sdk issue #15092, fixed upstream
// in releases that need Node 22): its Durable Object wrapper re-wraps the class prototype in a new Proxy
// on EVERY construction, so after a few thousand Durable Object instances in one test file each property
// read walks thousands of proxies and the runtime throws "Maximum call stack size exceeded". Our tests
// create one Durable Object per payment, so the hostile-input sweep hits it. The fix keeps the first
// proxy (installed lazily, as the package needs) and reuses it. Idempotent; a no-op on fixed versions.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = fileURLToPath(new URL("../../node_modules/@cloudflare/vitest-pool-workers/dist/worker/lib/cloudflare/test-internal.mjs", import.meta.url));
const BUGGY = "\tfunction Class(...args) {\n\t\tClass.prototype = new Proxy(Class.prototype, {";
const FIXED = "\tfunction Class(...args) {\n\t\tif (!Class.__coreportProxied) Class.__coreportProxied = true, Class.prototype = new Proxy(Class.prototype, {";

if (!existsSync(file)) process.exit(0); // production install without dev dependencies
const source = readFileSync(file, "utf8");
if (source.includes(FIXED)) process.exit(0);
if (!source.includes(BUGGY)) {
  console.log("patch-vitest-pool-workers: pattern not found (a fixed release?) — nothing to do");
  process.exit(0);
}
writeFileSync(file, source.replace(BUGGY, FIXED));
console.log("patch-vitest-pool-workers: Durable Object prototype proxy is now installed once per class");
