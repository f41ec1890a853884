// The isolate's start-up: `wrangler check startup` profiles the Worker's global scope up to its first
// response in a local workerd; the CPU time is the sum of the profile's non-idle samples.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function measureStartup(root) {
  const dir = mkdtempSync(path.join(tmpdir(), "coreport-startup-"));
  try {
    const outfile = path.join(dir, "startup.cpuprofile");
    const bundleDir = path.join(dir, "bundle");
    execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", bundleDir], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });
    const script = readFileSync(path.join(bundleDir, "index.js"));
    execFileSync("npx", ["wrangler", "check", "startup", "--outfile", outfile], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });
    const profile = JSON.parse(readFileSync(outfile, "utf8"));
    const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
    let cpuUs = 0;
    profile.samples.forEach((id, i) => {
      if (!idle.has(id)) cpuUs += profile.timeDeltas[i] ?? 0;
    });
    return {
      startupCpuMs: Math.round(cpuUs / 100) / 10,
      profileSpanMs: Math.round((profile.endTime - profile.startTime) / 100) / 10,
      bundleBytes: script.length,
      bundleGzipBytes: gzipSync(script).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
