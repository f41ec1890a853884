import { desc, eq, isNotNull, and } from "drizzle-orm";
import { getDb } from "../../db/client";
import { referrers } from "../../db/schema";
import type { Bindings } from "../../env";
import { ApiError, type FieldError } from "../../lib/errors";
import { checkIcan, ICAN_INPUT_MAX, ICAN_NETWORKS, normalizeIcan, type IcanPrefix } from "../../lib/ican";
import { newId } from "../../lib/ids";
import { describeError, type Logger } from "../../lib/logger";
import { UnsafeUrlError } from "../../lib/ssrf";
import { discoverFintag, FintagFetchError, parseSiteInput, type FintagOptions } from "./fintag.client";

/**
 * Referrers: sites that earn a referral share through FinTag. A site's declaration is verified by
 * fetching it (fintag.client) and recorded in `referrers`; a recorded site is re-verified in the
 * background once its record is older than REVERIFY_AFTER_MS (stale-while-revalidate), so only the very
 * first quote from a new site waits for its FinTag.
 */
export const REVERIFY_AFTER_MS = 3_600_000;

export type Referrer = typeof referrers.$inferSelect;

export interface Referral {
  referrer: Referrer;
  /** How the referral reached us: an explicit parameter, or the browser's Referer header. */
  via: "parameter" | "referer";
}

export type ReferrerInput = { kind: "address"; address: string } | { kind: "site"; host: string };

/** Two letters, two digits, 40 hex digits once spaces are gone: meant as an address (a wrong prefix is reported as such). */
const ICAN_LIKE = /^[a-z]{2}\d{2}[0-9a-f]{40}$/;

export function networkOf(address: string): (typeof ICAN_NETWORKS)[IcanPrefix] {
  return ICAN_NETWORKS[address.slice(0, 2).toLowerCase() as IcanPrefix] ?? "mainnet";
}

/**
 * An explicit referrer: an ICAN address (checksum verified; electronic or printed form) or a site.
 * Anything else is a 400 naming `field`.
 */
export function parseReferrerInput(value: string, field: string, where: FieldError["in"]): ReferrerInput {
  const text = value.trim();
  if (text.length <= ICAN_INPUT_MAX && ICAN_LIKE.test(normalizeIcan(text))) {
    const check = checkIcan(text);
    if (!check.valid) throw ApiError.invalidField(field, check.message, where, `ican_${check.reason}`);
    return { kind: "address", address: check.address };
  }
  return { kind: "site", host: siteHost(text, field, where) };
}

/** The host of a site parameter, refused (400) when the SSRF guard refuses it. */
export function siteHost(value: string, field: string, where: FieldError["in"]): string {
  try {
    return parseSiteInput(value);
  } catch (error) {
    if (error instanceof UnsafeUrlError) {
      throw ApiError.invalidField(field, `${error.message} (expected a public hostname such as shop.example.com)`, where, error.reason);
    }
    throw error;
  }
}

/** The referring site of a `Referer` header, or null (absent, not https, not public, or CorePort itself). */
export function refererHost(header: string | undefined, selfHost: string): string | null {
  if (!header) return null;
  try {
    const url = new URL(header);
    if (url.protocol !== "https:") return null;
    const host = parseSiteInput(url.origin);
    return host === selfHost.toLowerCase() ? null : host;
  } catch {
    return null;
  }
}

/** The verified referrer recorded for an ICAN address (the most recently verified if several sites share it). */
export async function findReferrerByAddress(env: Bindings, address: string): Promise<Referrer | null> {
  const [row] = await getDb(env.DB)
    .select()
    .from(referrers)
    .where(and(eq(referrers.icanAddress, address.toLowerCase()), isNotNull(referrers.verifiedAt)))
    .orderBy(desc(referrers.verifiedAt))
    .limit(1);
  return row ?? null;
}

async function findReferrerBySite(env: Bindings, host: string): Promise<Referrer | null> {
  const [row] = await getDb(env.DB).select().from(referrers).where(eq(referrers.domain, host)).limit(1);
  return row ?? null;
}

/** Verify a site's FinTag now and record the result. A site that no longer declares one is marked unverified. */
async function verifySite(env: Bindings, host: string, options: FintagOptions): Promise<Referrer> {
  const db = getDb(env.DB);
  try {
    const fintag = await discoverFintag(host, options);
    // The first entry is the site's declaration; further entries are alternatives we do not choose between.
    const entry = fintag.entries[0]!;
    const now = new Date();
    const [row] = await db
      .insert(referrers)
      .values({
        id: newId("ref"),
        domain: host,
        icanAddress: entry.icanAddress,
        feePercent: entry.feePercent,
        originatorName: fintag.siteName,
        source: fintag.method === "meta" ? "meta" : "well-known",
        verifiedAt: now,
      })
      .onConflictDoUpdate({
        target: referrers.domain,
        set: {
          icanAddress: entry.icanAddress,
          feePercent: entry.feePercent,
          originatorName: fintag.siteName,
          source: fintag.method === "meta" ? "meta" : "well-known",
          verifiedAt: now,
          updatedAt: now,
        },
      })
      .returning();
    return row!;
  } catch (error) {
    if (error instanceof FintagFetchError && (error.reason === "not_found" || error.reason === "invalid")) {
      await db.update(referrers).set({ verifiedAt: null, updatedAt: new Date() }).where(eq(referrers.domain, host));
    }
    throw error;
  }
}

export interface SiteLookupOptions extends FintagOptions {
  log?: Logger;
}

/**
 * The referrer of a site: its verified record (re-verified in the background when old), else its
 * FinTag fetched now. Throws FintagFetchError when the site has none or cannot be read.
 */
export async function referrerForSite(env: Bindings, host: string, options: SiteLookupOptions = {}): Promise<Referrer> {
  const row = await findReferrerBySite(env, host);
  if (row?.verifiedAt) {
    const age = Date.now() - row.verifiedAt.getTime();
    if (age > REVERIFY_AFTER_MS && options.defer) {
      options.defer(
        verifySite(env, host, options).catch((error) => options.log?.warn("fintag re-verification failed", { host, ...describeError(error) })),
      );
    }
    return row;
  }
  return verifySite(env, host, options);
}

/** The API problem for a FinTag that could not be used: 422 for the site's own fault, 502/504 when unreachable. */
export function fintagProblem(error: FintagFetchError, host: string, field?: { name: string; where: FieldError["in"] }): ApiError {
  const extensions = { site: host, reason: error.reason, ...(error.upstreamStatus ? { upstreamStatus: error.upstreamStatus } : {}) };
  switch (error.reason) {
    case "timeout":
      return new ApiError("GATEWAY_TIMEOUT", { detail: `${host} did not answer the FinTag lookup in time`, extensions });
    case "not_found":
    case "invalid":
      if (field) {
        return new ApiError("UNPROCESSABLE", {
          detail: `${host} has no usable FinTag: ${error.message}`,
          errors: [{ in: field.where, field: field.name, message: error.message, code: `fintag_${error.reason}` }],
          extensions,
        });
      }
      return error.reason === "not_found"
        ? new ApiError("NOT_FOUND", { detail: `${host} publishes no FinTag: ${error.message}`, extensions })
        : new ApiError("BAD_GATEWAY", { detail: `${host} publishes an invalid FinTag: ${error.message}`, extensions });
    default:
      return new ApiError("BAD_GATEWAY", { detail: `FinTag lookup at ${host} failed: ${error.message}`, extensions });
  }
}

export interface ResolveReferralInput {
  /** Explicit referrer (ICAN address or site); failures are the caller's problem and are reported. */
  explicit?: string;
  /** The request's Referer header; failures only mean "no referral". */
  referer?: string;
  /** CorePort's own host: a Referer from our own pages (the docs) is not a referral. */
  selfHost: string;
  field: string;
  where: FieldError["in"];
  fintag: SiteLookupOptions;
}

/** The referral of a request, if any: an explicit referrer wins over the Referer header. */
export async function resolveReferral(env: Bindings, input: ResolveReferralInput): Promise<Referral | null> {
  if (input.explicit !== undefined) {
    const parsed = parseReferrerInput(input.explicit, input.field, input.where);
    if (parsed.kind === "address") {
      const referrer = await findReferrerByAddress(env, parsed.address);
      if (!referrer) {
        throw new ApiError("UNPROCESSABLE", {
          detail: `No verified FinTag site declares the address ${parsed.address}`,
          errors: [{ in: input.where, field: input.field, message: "unknown referral address", code: "unknown_referrer" }],
        });
      }
      return { referrer, via: "parameter" };
    }
    try {
      return { referrer: await referrerForSite(env, parsed.host, input.fintag), via: "parameter" };
    } catch (error) {
      if (error instanceof FintagFetchError) throw fintagProblem(error, parsed.host, { name: input.field, where: input.where });
      throw error;
    }
  }
  const host = refererHost(input.referer, input.selfHost);
  if (!host) return null;
  try {
    return { referrer: await referrerForSite(env, host, input.fintag), via: "referer" };
  } catch (error) {
    // The customer must still get a quote when the page they came from has no (readable) FinTag.
    if (!(error instanceof FintagFetchError)) throw error;
    input.fintag.log?.info("referer without usable fintag", { host, reason: error.reason });
    return null;
  }
}
