#!/usr/bin/env node
// Operator CLI over the admin API: `npm run merchant -- <command>`.
//   create --name NAME [--origin URL]... [--payout ICAN]   (ICAN on the deployment's CORE_NETWORK: ab… locally, cb… on mainnet)
//   list | show ID | disable ID | enable ID | origins ID URL...
//   key create ID --kind secret|publishable --mode test|live [--origin URL]...
//   key list ID | key revoke ID KEY_ID
// Talks to COREPORT_URL (default http://127.0.0.1:$PORT, PORT defaulting to 8787) with ADMIN_TOKEN (default: from .dev.vars).
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    origin: { type: "string", multiple: true },
    payout: { type: "string" },
    kind: { type: "string" },
    mode: { type: "string" },
    json: { type: "boolean" },
  },
});

function devVar(name) {
  if (!existsSync(".dev.vars")) return undefined;
  const line = readFileSync(".dev.vars", "utf8").split("\n").find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1).trim().replace(/^"(.*)"$/, "$1");
}

const base = (process.env.COREPORT_URL ?? `http://127.0.0.1:${process.env.PORT ?? "8787"}`).replace(/\/+$/, "");
const token = process.env.ADMIN_TOKEN ?? devVar("ADMIN_TOKEN");
if (!token) fail("Set ADMIN_TOKEN (or run from a checkout with .dev.vars)");

function fail(message) {
  console.error(`merchant: ${message}`);
  process.exit(1);
}

async function call(method, path, body) {
  let res;
  try {
    res = await fetch(`${base}/api/v1/admin${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    fail(`cannot reach ${base}: ${error.message}`);
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) fail(`${res.status} ${data.detail ?? res.statusText}${data.errors ? "\n" + data.errors.map((e) => `  ${e.field}: ${e.message}`).join("\n") : ""}`);
  return data;
}

const print = (data, line) => console.log(values.json ? JSON.stringify(data, null, 2) : line(data));
const merchantLine = (m) => `${m.id}  ${m.status.padEnd(8)}  ${m.name}  origins=${m.allowedOrigins.join(",") || "-"}`;
const keyLine = (k) => `${k.id}  ${k.prefix}…  ${k.kind}/${k.mode}  ${k.revokedAt ? `revoked ${k.revokedAt}` : `last used ${k.lastUsedAt ?? "never"}`}`;

const [command, ...rest] = positionals;
switch (command === "key" ? `key ${rest.shift()}` : command) {
  case "create": {
    if (!values.name) fail("create needs --name");
    print(await call("POST", "/merchants", { name: values.name, allowedOrigins: values.origin ?? [], ...(values.payout ? { payoutAddress: values.payout } : {}) }), merchantLine);
    break;
  }
  case "list": {
    let cursor;
    do {
      const page = await call("GET", `/merchants?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      for (const m of page.data) print(m, merchantLine);
      cursor = page.nextCursor;
    } while (cursor);
    break;
  }
  case "show":
    print(await call("GET", `/merchants/${rest[0] ?? fail("show needs a merchant id")}`), merchantLine);
    break;
  case "disable":
  case "enable":
    print(await call("PATCH", `/merchants/${rest[0] ?? fail(`${command} needs a merchant id`)}`, { status: command === "disable" ? "disabled" : "active" }), merchantLine);
    break;
  case "origins":
    print(await call("PATCH", `/merchants/${rest[0] ?? fail("origins needs a merchant id")}`, { allowedOrigins: rest.slice(1) }), merchantLine);
    break;
  case "key create": {
    const id = rest[0] ?? fail("key create needs a merchant id");
    const key = await call("POST", `/merchants/${id}/keys`, { kind: values.kind ?? "secret", mode: values.mode ?? "test", ...(values.origin ? { allowedOrigins: values.origin } : {}) });
    print(key, (k) => `${keyLine(k)}\n\n  ${k.key}\n\nThis is the only time the key is shown: store it now.`);
    break;
  }
  case "key list": {
    const list = await call("GET", `/merchants/${rest[0] ?? fail("key list needs a merchant id")}/keys`);
    for (const k of list.data) print(k, keyLine);
    break;
  }
  case "key revoke":
    print(await call("POST", `/merchants/${rest[0] ?? fail("key revoke needs a merchant id")}/keys/${rest[1] ?? fail("key revoke needs a key id")}/revoke`), keyLine);
    break;
  default:
    console.log(readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1, 7).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
    process.exit(command ? 1 : 0);
}
