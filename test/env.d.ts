import type { D1Migration } from "@cloudflare/vitest-pool-workers";
import type { Secrets } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends Secrets {
      TEST_MIGRATIONS: D1Migration[];
      /** 3 requests per 60 s: swapped in for a real limiter by the rate-limit test. */
      TEST_RATE_LIMITER: RateLimit;
    }
  }
}
