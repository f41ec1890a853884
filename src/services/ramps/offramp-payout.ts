/**
 * Starting an off-ramp payout once its order reaches `payout_pending` (a matching deposit, or the
 * merchant's proceed-partial): bank payouts through WallMoney & Partners, crypto payouts through the
 * CorePort OTC desk. Both providers record the payout before calling out and are idempotent per
 * order, so a repeated trigger never pays twice. A bank payout completes through WallMoney's
 * callbacks on the off-ramp webhook (payout.sent / failed / returned); a coin transfer that is already
 * broadcast (its hash known, always in sandbox) completes the order at once, else the OTC desk's
 * coins.delivered does.
 */
import type { RampPayout } from "../../db/schema";
import type { Bindings } from "../../env";
import { createLogger, describeError } from "../../lib/logger";
import { applyEvent, readRampOrder } from "../payments/payments.service";
import { sendCryptoPayout } from "../../providers/coins/coin-transfers";
import { requestBankPayout } from "../../providers/wallmoney/payouts";

export async function startOfframpPayout(env: Bindings, orderId: string, deps: { fetcher?: typeof fetch } = {}): Promise<RampPayout | null> {
  const read = await readRampOrder(env, orderId);
  if (!read || read.row.direction !== "offramp" || read.row.status !== "payout_pending") return null;
  const order = read.row;
  const to = order.destination;
  if (order.rail === "bank") {
    return requestBankPayout(env, {
      orderId,
      amount: order.targetAmount,
      currency: order.targetAsset,
      account: { iban: to.iban ?? "", accountHolderName: to.accountHolderName ?? "", country: to.country ?? "", ...(to.bic ? { bic: to.bic } : {}) },
    }, deps);
  }
  const payout = await sendCryptoPayout(env, { orderId, asset: order.targetAsset, amount: order.targetAmount, address: to.address ?? "" }, deps);
  if (payout.status === "sent" && payout.txHash) {
    await applyEvent(env, orderId, {
      type: "offramp.payout_completed",
      source: "system",
      providerEventId: `payout:${payout.id}`,
      data: { transactionId: payout.txHash, amount: payout.amount },
    });
  }
  return payout;
}

/**
 * The trigger as the webhook and decision paths use it: a failure is logged, never thrown — the
 * order stays `payout_pending` (its deposit is safe) and the payout is retried by the next trigger
 * or an operator; the provider's idempotency makes that safe.
 */
export async function triggerOfframpPayout(env: Bindings, orderId: string): Promise<void> {
  try {
    await startOfframpPayout(env, orderId);
  } catch (error) {
    createLogger({ component: "offramp.payout", orderId }).error("payout could not be started", describeError(error));
  }
}
