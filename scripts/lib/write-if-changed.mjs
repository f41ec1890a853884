// Writes a generated file only when its text changed: rewriting an identical file would make
// wrangler dev (which watches its build output and assets) reload for nothing.
import { readFileSync, writeFileSync } from "node:fs";

/** @param {string} file @param {string | Uint8Array} content */
export function writeIfChanged(file, content) {
  let current = null;
  try {
    current = readFileSync(file);
  } catch {}
  const next = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
  if (!current || !current.equals(next)) writeFileSync(file, next);
}
