/**
 * What the local worker reads, read the same way by the scripts that talk to it: the secrets file
 * (.dev.vars, else .dev.vars.example) and the plain `KEY = "value"` [vars] of wrangler.toml.
 */
import { existsSync, readFileSync } from "node:fs";

/** KEY=VALUE lines with optional quotes; double-quoted values expand \n (as dotenv does). */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const vars: Record<string, string> = {};
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replaceAll("\\n", "\n");
    else if (value.startsWith("'") && value.endsWith("'")) value = value.slice(1, -1);
    vars[match[1]!] = value;
  }
  return vars;
}

/** The [vars] of wrangler.toml given as simple `KEY = "value"` lines. */
export function readWranglerVars(): Record<string, string> {
  const vars: Record<string, string> = {};
  if (!existsSync("wrangler.toml")) return vars;
  for (const match of readFileSync("wrangler.toml", "utf8").matchAll(/^([A-Z0-9_]+)\s*=\s*"([^"]*)"\s*$/gm)) vars[match[1]!] = match[2]!;
  return vars;
}

/** The secrets file the local worker uses and its values. */
export function localSecrets(): { file: string; values: Record<string, string> } {
  const file = existsSync(".dev.vars") ? ".dev.vars" : ".dev.vars.example";
  return { file, values: readEnvFile(file) };
}
