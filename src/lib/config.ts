/** Read a non-negative integer var from wrangler.toml/secrets; a missing or malformed value falls back. */
export function intVar(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\d{1,15}$/.test(value.trim())) return fallback;
  return Number.parseInt(value.trim(), 10);
}

/** Comma-separated list var → trimmed, non-empty entries. */
export function listVar(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
