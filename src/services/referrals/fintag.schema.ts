import { z } from "@hono/zod-openapi";
import { checkIcan, ICAN_NETWORKS } from "../../lib/ican";
import { dec } from "../../lib/money";

/**
 * FinTag: a site declares the ICAN address that earns its referral share (`ican:xcb`) and the share
 * (`defi:fee`, "0.00%" … "4.00%", at most two decimals, default "0.00%"), as HTML meta tags or as a JSON
 * object; `/.well-known/fintag.json` holds an array of such objects.
 */
export const FINTAG_MAX_FEE_PERCENT = "4.00";
export const FINTAG_DEFAULT_FEE = "0.00%";
/** A document with more entries than this is refused: nobody needs more, and it bounds the work. */
export const FINTAG_MAX_ENTRIES = 32;

const FEE_SHAPE = /^(\d)(?:\.(\d{1,2}))?%$/;

/** "1.5%" → "1.50"; undefined when the text is not a FinTag fee (format or range). */
export function parseFintagFee(text: string): string | undefined {
  const match = FEE_SHAPE.exec(text.trim());
  if (!match) return undefined;
  const percent = dec(`${match[1]}.${(match[2] ?? "").padEnd(2, "0")}`);
  if (percent.gt(FINTAG_MAX_FEE_PERCENT)) return undefined;
  return percent.toFixed(2);
}

export const FintagEntrySchema = z
  .object({
    icanAddress: z.string().openapi({ description: "ICAN (CIP-100), lower-case, checksum verified", example: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b" }),
    network: z.enum(["mainnet", "testnet", "enterprise"]).openapi({ example: "mainnet" }),
    feePercent: z.string().openapi({ description: "Referral share in percent, two decimals", example: "1.00" }),
    fee: z.string().openapi({ description: "The share as FinTag writes it", example: "1.00%" }),
  })
  .openapi("FintagEntry");

export type FintagEntry = z.infer<typeof FintagEntrySchema>;

/** One raw entry as published; unknown keys are ignored (not an error: FinTag may grow). */
const RawEntry = z
  .object({
    "ican:xcb": z.string({ error: "required, a string" }).max(100),
    "defi:fee": z.string({ error: "must be a string such as \"1.00%\"" }).max(16).optional(),
  })
  .superRefine((entry, ctx) => {
    const ican = checkIcan(entry["ican:xcb"]);
    if (!ican.valid) ctx.addIssue({ code: "custom", path: ["ican:xcb"], message: ican.message });
    if (entry["defi:fee"] !== undefined && parseFintagFee(entry["defi:fee"]) === undefined) {
      ctx.addIssue({ code: "custom", path: ["defi:fee"], message: `must be "0.00%" to "${FINTAG_MAX_FEE_PERCENT}%" with at most two decimals` });
    }
  });

/** The document: an array of entries (a single object is accepted as a one-entry array). */
const RawDocument = z.preprocess(
  (value) => (value !== null && typeof value === "object" && !Array.isArray(value) ? [value] : value),
  z.array(RawEntry, { error: "expected an array of FinTag entries" }).min(1, "no entries").max(FINTAG_MAX_ENTRIES, `more than ${FINTAG_MAX_ENTRIES} entries`),
);

/** One normalised entry from raw `ican:xcb` / `defi:fee` values (caller has validated them). */
export function normaliseEntry(ican: string, fee: string | undefined): FintagEntry {
  const check = checkIcan(ican);
  if (!check.valid) throw new Error("normaliseEntry: unvalidated ICAN");
  const feePercent = parseFintagFee(fee ?? FINTAG_DEFAULT_FEE);
  if (feePercent === undefined) throw new Error("normaliseEntry: unvalidated fee");
  return { icanAddress: check.address, network: ICAN_NETWORKS[check.prefix], feePercent, fee: `${feePercent}%` };
}

export type ParsedFintag = { ok: true; entries: FintagEntry[] } | { ok: false; problems: string[] };

/** Validate and normalise a parsed JSON FinTag document. Problems name the entry and key. */
export function parseFintagDocument(json: unknown): ParsedFintag {
  const parsed = RawDocument.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("") : "(document)";
      return `${where}: ${issue.message}`;
    });
    return { ok: false, problems };
  }
  return { ok: true, entries: parsed.data.map((e) => normaliseEntry(e["ican:xcb"], e["defi:fee"])) };
}
