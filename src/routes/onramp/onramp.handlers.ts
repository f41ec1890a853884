import type { Context } from "hono";
import { requireAuth } from "../../auth/authenticate";
import type { AppEnv } from "../../env";
import type { PaymentEvent } from "../../db/schema";
import { statusHistory } from "../../services/ramps/order-history";
import type { AppRouteHandler } from "../../lib/create-router";
import { createOnrampOrder, forexEstimate as estimate, type CreatedOnramp, type CreateOnrampInput } from "../../services/ramps/onramp.service";
import * as routes from "./onramp.routes";

export const forexEstimate: AppRouteHandler<typeof routes.forexEstimate> = async (c) => {
  const body = c.req.valid("json");
  const result = await estimate(c.env, { ...body, merchantId: c.get("auth")?.merchantId ?? null });
  return c.json(result, 200);
};

/** The public view of an on-ramp order, with what the customer does next (its history from `events` when given). */
export function onrampOrderView({ row, bankInstructions: bank, checkout }: Omit<CreatedOnramp, "clientSecret">, events?: readonly PaymentEvent[]) {
  return {
    id: row.id,
    object: "order" as const,
    direction: "onramp" as const,
    rail: row.rail === "card" ? ("card" as const) : ("bank" as const),
    status: row.status,
    charge: { currency: row.sourceAsset, amount: row.sourceAmount, received: row.amountDeposited },
    receive: { asset: row.targetAsset, amount: row.targetAmount, walletAddress: row.destination.address ?? "", txHash: row.payoutTxHash },
    bankInstructions: bank,
    checkout: checkout ? { action: checkout.action, fields: checkout.fields.map(([k, v]) => [k, v] as [string, string]) } : null,
    // Only an order still waiting for the customer's money asks them to do something.
    nextAction: row.status !== "awaiting_funds"
      ? null
      : bank
      ? {
          type: "bank_transfer" as const,
          description: `Transfer exactly ${bank.amount} ${bank.currency} to ${bank.ibanFormatted} (${bank.beneficiaryName}) with reference ${bank.referenceFormatted} before ${bank.expiresAt}`,
        }
      : { type: "redirect_to_checkout" as const, description: `Post the checkout form from the customer's browser to pay ${row.sourceAmount} ${row.sourceAsset} by card` },
    rate: row.rate,
    fees: row.fees,
    quoteId: row.quoteId,
    merchantReference: row.merchantReference,
    metadata: row.metadata,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    statusHistory: statusHistory(row, events),
  };
}

async function create(c: Context<AppEnv>, input: Omit<CreateOnrampInput, "merchantId" | "origin">) {
  const created = await createOnrampOrder(c.env, { ...input, merchantId: requireAuth(c).merchantId, origin: new URL(c.req.url).origin });
  c.get("log").info("onramp order created", { orderId: created.row.id, rail: created.row.rail });
  return { ...onrampOrderView(created), clientSecret: created.clientSecret };
}

export const createBankOnramp: AppRouteHandler<typeof routes.createBankOnramp> = async (c) => {
  return c.json(await create(c, { ...c.req.valid("json"), method: "bank" }), 201);
};

export const createOnramp: AppRouteHandler<typeof routes.createOnramp> = async (c) => {
  const { paymentMethod, ...body } = c.req.valid("json");
  return c.json(await create(c, { ...body, method: paymentMethod }), 201);
};
