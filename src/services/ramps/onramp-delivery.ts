/**
 * What follows an on-ramp order's state changes: funds confirmed → send the coins (WallMoney coin
 * transfer; sandbox broadcasts at once and the order moves to `coins_sent` with the hash); completed →
 * the reserved liquidity leaves the pool; failed/rejected/refunded → the reservation returns to it.
 * (Expiry needs nothing here: the reservation's hold ends with the order's expiry.) Every step is
 * idempotent per order, and failures are logged, never thrown: the event is already recorded.
 */
import type { Bindings } from "../../env";
import { createLogger, describeError } from "../../lib/logger";
import { applyEvent, readRampOrder } from "../payments/payments.service";
import { deliverOnrampCoins } from "../../providers/coins/coin-transfers";
import { consumeLiquidity, releaseLiquidity } from "../liquidity/liquidity.service";

const RELEASING = new Set(["failed", "rejected", "refund_pending"]);

export async function afterOnrampChange(env: Bindings, orderId: string, status: string): Promise<void> {
  const log = createLogger({ component: "onramp.delivery", orderId });
  try {
    const read = await readRampOrder(env, orderId);
    if (!read || read.row.direction !== "onramp") return;
    const order = read.row;
    if (status === "funds_confirmed") {
      const payout = await deliverOnrampCoins(env, { orderId, asset: order.targetAsset, amount: order.targetAmount, address: order.destination.address ?? "" });
      if (payout.status === "sent" && payout.txHash) {
        await applyEvent(env, orderId, { type: "onramp.coins_sent", source: "system", providerEventId: `coins:${payout.id}`, data: { transactionId: payout.txHash, amount: payout.amount } });
      }
    } else if (status === "completed") {
      await consumeLiquidity(env, order.targetAsset, orderId);
    } else if (RELEASING.has(status)) {
      await releaseLiquidity(env, order.targetAsset, orderId);
    }
  } catch (error) {
    log.error("on-ramp follow-up failed", { status, ...describeError(error) });
  }
}
