import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { createBankOnramp as createOrder, forexEstimate as estimate } from "../../services/ramps/onramp.service";
import * as routes from "./onramp.routes";

export const forexEstimate: AppRouteHandler<typeof routes.forexEstimate> = async (c) => {
  const body = c.req.valid("json");
  const auth = c.get("auth");
  const result = await estimate(c.env, { ...body, merchantId: auth?.merchantId ?? null });
  return c.json(result, 200);
};

export const createBankOnramp: AppRouteHandler<typeof routes.createBankOnramp> = async (c) => {
  const body = c.req.valid("json");
  const auth = c.get("auth");
  if (!auth) throw new ApiError("UNAUTHORIZED", { detail: "An API key is required" });
  const { row, clientSecret, bankInstructions: bank } = await createOrder(c.env, { ...body, merchantId: auth.merchantId });
  c.get("log").info("onramp order created", { orderId: row.id, rail: "bank" });
  return c.json({
    id: row.id,
    object: "order" as const,
    direction: "onramp" as const,
    rail: "bank" as const,
    status: row.status,
    charge: { currency: row.sourceAsset, amount: row.sourceAmount, received: row.amountDeposited },
    receive: { asset: row.targetAsset, amount: row.targetAmount, walletAddress: row.destination.address ?? "", txHash: row.payoutTxHash },
    bankInstructions: bank,
    nextAction: {
      type: "bank_transfer" as const,
      description: `Transfer exactly ${bank.amount} ${bank.currency} to ${bank.ibanFormatted} (${bank.beneficiaryName}) with reference ${bank.referenceFormatted} before ${bank.expiresAt}`,
    },
    rate: row.rate,
    fees: row.fees,
    quoteId: row.quoteId,
    merchantReference: row.merchantReference,
    metadata: row.metadata,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    clientSecret,
  }, 201);
};
