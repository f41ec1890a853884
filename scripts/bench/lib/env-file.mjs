// The worker's .dev.vars (or .dev.vars.example) as name → value, for scenarios that sign like a provider.
import { readFileSync } from "node:fs";

export function readEnvFile(file) {
  const vars = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) vars[match[1]] = match[2].replace(/^"(.*)"$/, "$1");
  }
  return vars;
}
