/**
 * Merchant metadata on payments and orders: up to 20 string key/values, stored and returned as given.
 * One schema for every create call, so the rules cannot drift between payments and ramps.
 */
import { z } from "@hono/zod-openapi";

export const METADATA_MAX_KEYS = 20;

const MetadataRecord = z
  .record(z.string().min(1).max(40).regex(/^[A-Za-z0-9_.-]+$/, "Keys: letters, digits, _ . -"), z.string().max(500))
  .refine((m) => Object.keys(m).length <= METADATA_MAX_KEYS, `At most ${METADATA_MAX_KEYS} keys`);

/**
 * zod drops an own `__proto__` key of a record without an error (a plain object cannot hold it), so
 * `{"__proto__": "x"}` would be accepted and silently lost. It is refused before the record is parsed.
 */
export const MetadataSchema = z.preprocess((value, ctx) => {
  if (value !== null && typeof value === "object" && Object.hasOwn(value, "__proto__")) {
    ctx.addIssue({ code: "custom", message: "'__proto__' is not allowed as a metadata key", path: ["__proto__"], input: value });
  }
  return value;
}, MetadataRecord);
