import type { Logger } from "./lib/logger";

/**
 * Secrets are set with `wrangler secret put NAME` (locally in `.dev.vars`, see `.dev.vars.example`).
 * They are not in wrangler.toml, so `wrangler types` cannot see them: they are declared here, once.
 */
export interface Secrets {
  /** Bearer token for operator endpoints under /api/v1/admin. Unset = admin endpoints refuse everyone. */
  ADMIN_TOKEN?: string;
}

/** Every binding, var and secret the worker sees. Bindings/vars come from `wrangler types`. */
export type Bindings = Cloudflare.Env & Secrets;

export interface Variables {
  requestId: string;
  log: Logger;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
