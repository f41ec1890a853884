// The Worker as `wrangler deploy` would upload it: small (≤ 250 KB gzipped) and without code it never
// runs (zod's locale modules, its JSON-schema importer, its JIT compiler). No timing here: sizes only.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const BUDGET_GZIP_BYTES = 250 * 1024;
let outdir: string;
let script: string;

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), "coreport-bundle-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });
  script = readFileSync(path.join(outdir, "index.js"), "utf8");
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("the deployed Worker script", () => {
  it(`is at most ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    const gzipped = gzipSync(script).length;
    expect(gzipped).toBeGreaterThan(50 * 1024); // a real build, not an empty file
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("carries none of zod's locale modules, only the English messages", () => {
    // Each locale module defines its own error-message table; German and Japanese are two of the 64.
    expect(script).not.toMatch(/Ungültige Eingabe/);
    expect(script).not.toMatch(/無効な入力/);
    expect(script).toMatch(/Invalid input/);
  });

  it("carries no JSON-schema importer nor zod's JIT compiler", () => {
    const map = JSON.parse(readFileSync(path.join(outdir, "index.js.map"), "utf8")) as { sources: string[] };
    const zodSources = map.sources.filter((s) => s.includes("node_modules/zod/"));
    expect(zodSources.length).toBeGreaterThan(10);
    expect(zodSources.filter((s) => /locales\/(?!en\.js)/.test(s) || /from-json-schema|core\/compile\.js/.test(s))).toEqual([]);
  });
});
