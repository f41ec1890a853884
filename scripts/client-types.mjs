#!/usr/bin/env node
// Typed API client: generates src/client/schema.d.ts from the OpenAPI document (dist/openapi.json,
// exported by `npm run lint:openapi`) with openapi-typescript.
//   node scripts/client-types.mjs --write   regenerate the committed types
//   node scripts/client-types.mjs --check   fail when the committed types are stale (part of `npm test`)
// openapi-typescript needs the TypeScript 5 compiler API, which the project's TypeScript 7 does not
// have, so it lives in its own small package (tools/openapi-typegen) installed here on first use.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./lib/local-worker.mjs";

const mode = process.argv[2];
if (mode !== "--write" && mode !== "--check") {
  console.error("usage: node scripts/client-types.mjs --write|--check");
  process.exit(2);
}

const docPath = path.join(root, "dist/openapi.json");
const outPath = path.join(root, "src/client/schema.d.ts");
const toolDir = path.join(root, "tools/openapi-typegen");
const entry = path.join(toolDir, "node_modules/openapi-typescript/dist/index.mjs");

if (!existsSync(docPath)) {
  console.error("dist/openapi.json is missing: run `npm run lint:openapi` first (it exports the document).");
  process.exit(1);
}
if (!existsSync(entry)) {
  execFileSync("npm", ["ci", "--prefix", toolDir, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
}

const { default: openapiTS, astToString } = await import(pathToFileURL(entry).href);
const doc = JSON.parse(readFileSync(docPath, "utf8"));
// defaultNonNullable: false — a request field with a default is optional for the caller (the server fills it in).
const ast = await openapiTS(doc, { alphabetize: true, defaultNonNullable: false });
const header =
  "/**\n" +
  " * GENERATED from the CorePort OpenAPI document by scripts/client-types.mjs (openapi-typescript).\n" +
  " * Do not edit: run `npm run client:generate` after changing a route. `npm test` fails when stale.\n" +
  " */\n\n";
const generated = header + astToString(ast);

if (mode === "--write") {
  writeFileSync(outPath, generated);
  console.log(`Wrote ${path.relative(root, outPath)} (${Object.keys(doc.paths).length} paths)`);
} else {
  const committed = existsSync(outPath) ? readFileSync(outPath, "utf8") : "";
  if (committed !== generated) {
    console.error(
      `${path.relative(root, outPath)} is stale: the OpenAPI document changed. Run \`npm run client:generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(root, outPath)} matches the OpenAPI document.`);
}

