import type { Logger } from "./lib/logger";
import type { RoundTrips } from "./lib/round-trips";

/**
 * Secrets are set with `wrangler secret put NAME` (locally in `.dev.vars`, see `.dev.vars.example`).
 * They are not in wrangler.toml, so `wrangler types` cannot see them: they are declared here, once.
 */
export interface Secrets {
  /** Bearer token for operator endpoints under /api/v1/admin. Unset = admin endpoints refuse everyone. */
  ADMIN_TOKEN?: string;
  /** WallMoney & Partners API key (live mode only; sandbox mode makes no calls). */
  WALLMONEY_API_KEY?: string;
  /** Standard Webhooks secret (`whsec_…`) WallMoney signs its on-/off-ramp callbacks with. */
  /** CorePort OTC desk API key, for crypto payouts of off-ramps (live mode only). */
  OTC_API_KEY?: string;
  /**
   * Provider webhook secrets (Standard Webhooks `whsec_…`), one pair per provider: the current secret
   * and, during a rotation, the previous one. Both verify; unset both = the endpoint answers 503.
   */

  // --- Payment providers (src/providers). In sandbox mode each falls back to its sandbox value. ---
  /** myPOS store private key (PKCS#8 `PRIVATE KEY` or PKCS#1 `RSA PRIVATE KEY` PEM, RSA ≥ 2048 bits). */
  MYPOS_PRIVATE_KEY?: string;
  /** myPOS's certificate (or public key) PEM, to verify what myPOS sends. */
  MYPOS_PUBLIC_CERT?: string;
  /** myPOS store id (SID), wallet (client) number and key index from the myPOS account. */
  MYPOS_SID?: string;
  MYPOS_WALLET_NUMBER?: string;
  MYPOS_KEY_INDEX?: string;
  /** Key (≥ 32 characters) from which the sandbox PayTo adapter derives each payment's deposit address. */
  DEPOSIT_ADDRESS_SECRET?: string;
  /** Standard Webhooks secrets (`whsec_…`) of the PayTo and CorePay providers; `_PREVIOUS` during rotation. */
  PAYTO_WEBHOOK_SECRET?: string;
  PAYTO_WEBHOOK_SECRET_PREVIOUS?: string;
  COREPAY_WEBHOOK_SECRET?: string;
  COREPAY_WEBHOOK_SECRET_PREVIOUS?: string;
  ONRAMP_WEBHOOK_SECRET?: string;
  ONRAMP_WEBHOOK_SECRET_PREVIOUS?: string;
  OFFRAMP_WEBHOOK_SECRET?: string;
  OFFRAMP_WEBHOOK_SECRET_PREVIOUS?: string;
  /** Base64 of 32 random bytes: AES-256-GCM key for stored notification endpoint secrets. Unset = endpoints refused (503). */
  WEBHOOK_SECRETS_KEY?: string;
  /** Var (not a secret): "on" | "off" — Server-Timing with round-trip counts (see wrangler.toml). */
  SERVER_TIMING?: string;
}

/** Every binding, var and secret the worker sees. Bindings/vars come from `wrangler types`. */
export type Bindings = Cloudflare.Env & Secrets;

/** Who is calling, set by the authentication middleware (merchant keys). */
export interface AuthContext {
  merchantId: string;
  /** The api_keys row id, or the payment/order id for a client secret. */
  credentialId: string;
  kind: "publishable" | "secret" | "client_secret";
  mode: "test" | "live";
}

export interface Variables {
  requestId: string;
  log: Logger;
  /** Absent on public routes and for anonymous callers. */
  auth?: AuthContext;
  /** Fetch used for outbound calls made on a caller's behalf (FinTag); tests inject a fake via createApp. */
  outboundFetcher: typeof fetch;
  /** This request's D1/KV/DO/Queue/cache/provider round trips, when counted (middleware/server-timing.ts). */
  roundTrips?: RoundTrips;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
