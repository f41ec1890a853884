/**
 * The FinTag sandbox: the referring sites the API reference and the guides use as examples, served by
 * this worker to itself in development, so referral splits, `/fintag` and `/referrer-meta` run offline
 * exactly as documented. Production never consults it (see fetcher.ts).
 *
 * `shop.example.com` publishes `/.well-known/fintag.json`; `blog.example.com` only declares its
 * FinTag in HTML meta tags on its home page (the fallback method), so both discovery paths run.
 */
export interface SandboxFintagSite {
  /** The declared ICAN (lower case, mod-97 valid) and referral share. */
  icanAddress: string;
  fee: string;
  siteName: string;
  method: "well-known" | "meta";
}

export const SANDBOX_FINTAG_SITES: Readonly<Record<string, SandboxFintagSite>> = {
  "shop.example.com": { icanAddress: "cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b", fee: "1.00%", siteName: "Example Shop", method: "well-known" },
  "blog.example.com": { icanAddress: "cb40a1c3e5f7092b4d6f8a0c2e4f6a8b0c2d4e6f8a0b", fee: "0.50%", siteName: "Example Blog", method: "meta" },
};
