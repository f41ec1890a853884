/**
 * SANDBOX-ONLY secrets: the values sandbox mode uses when the corresponding secret is not set, and
 * the values in .dev.vars.example. Public by design (committed); live mode refuses them.
 */
export const SANDBOX_DEPOSIT_ADDRESS_SECRET = "sandbox-only-NwbGQeiDVKdBP3a447A_qM4yDZ53v3ds0bGIpTmMp7U";
export const SANDBOX_PAYTO_WEBHOOK_SECRET = "whsec_jlXTGbnIYxhAKMuyAR1WlxQTaVljFXWpPj3Qsph+XYQ=";
export const SANDBOX_COREPAY_WEBHOOK_SECRET = "whsec_0BVGYTyF/HyIpcWXpnzV9u0rYu0Xub66gQhY/ckziXs=";
export const SANDBOX_ONRAMP_WEBHOOK_SECRET = "whsec_N0ZoVjQZSCe1sWf6ix58yWYbYihOnWJgpeyN1oZkC8Y=";
export const SANDBOX_OFFRAMP_WEBHOOK_SECRET = "whsec_TpAWpwdLCQitbPmIAV748Qb8ECw5bSGWHSDgzjcHE/w=";
