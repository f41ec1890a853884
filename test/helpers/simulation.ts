/** The secrets `npm run simulate` signs provider callbacks with, as the test worker verifies them. */
import { env } from "cloudflare:workers";
import type { RampSimulationSecrets } from "../../src/providers/simulate/ramp-scenarios";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";

export const SIMULATION_SECRETS: RampSimulationSecrets = {
  myposPrivateKeyPem: SANDBOX_MYPOS_PRIVATE_KEY_PEM,
  myposSid: env.MYPOS_SID ?? SANDBOX_MYPOS_STORE.sid,
  paytoWebhookSecret: env.PAYTO_WEBHOOK_SECRET!,
  corepayWebhookSecret: env.COREPAY_WEBHOOK_SECRET!,
  depositAddressSecret: env.DEPOSIT_ADDRESS_SECRET!,
  onrampWebhookSecret: env.ONRAMP_WEBHOOK_SECRET!,
  offrampWebhookSecret: env.OFFRAMP_WEBHOOK_SECRET!,
};
