/**
 * Bank payouts for off-ramps through WallMoney & Partners, and their outcome callbacks.
 * A payout is recorded (ramp_payouts) before WallMoney is called, with our payout id as the
 * Idempotency-Key. Sandbox mode calls nothing: the payout stays `submitted` until a `payout.sent`
 * / `payout.failed` callback (from the simulator) moves it, exactly as in live mode.
 */
import { isSEPACountry } from "ibantools";
import type { RampPayout } from "../../db/schema";
import type { Bindings } from "../../env";
import { checkIban, type BankAccount } from "../../lib/bank-details";
import { ApiError } from "../../lib/errors";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import { callProvider } from "../http";
import { beginPayout, findPayoutById, updatePayout } from "../payouts-store";
import { sha256Hex } from "../../lib/sha256";
import { fiatDecimals } from "./amounts";
import { resolveWallMoney, WALLMONEY_PAYOUT } from "./config";
import { PAYMENT_SCHEMES, PayoutAcceptedSchema, PAYOUT_REASON_CODES, type PayoutRequest, type WallMoneyOfframpEvent } from "./schemas";

export interface BankPayoutInput {
  orderId: string;
  amount: string;
  currency: string;
  account: BankAccount;
}

/** Which scheme pays `currency` to the account's IBAN country, or a 422 naming the field. */
function schemeFor(currency: string, ibanCountry: string): string {
  const scheme = PAYMENT_SCHEMES[currency as keyof typeof PAYMENT_SCHEMES];
  if (!scheme) {
    throw new ApiError("UNPROCESSABLE", {
      detail: `Bank payouts in ${currency} are not offered`,
      errors: [{ in: "body", field: "currency", pointer: "/currency", message: `Bank payouts in ${currency} are not offered`, code: "currency_not_supported" }],
    });
  }
  const reachable = scheme.ibanCountries === "sepa" ? isSEPACountry(ibanCountry) : (scheme.ibanCountries as readonly string[]).includes(ibanCountry);
  if (!reachable) {
    const message = `${scheme.scheme} (${currency}) cannot pay accounts in ${ibanCountry}`;
    throw new ApiError("UNPROCESSABLE", {
      detail: message,
      errors: [{ in: "body", field: "bankAccount.iban", pointer: "/bankAccount/iban", message, code: "scheme_unreachable" }],
    });
  }
  return scheme.scheme;
}

export async function requestBankPayout(env: Bindings, input: BankPayoutInput, deps: { fetcher?: typeof fetch } = {}): Promise<RampPayout> {
  const iban = checkIban(input.account.iban);
  if (!iban.valid) throw ApiError.invalidField("bankAccount.iban", iban.message, "body", iban.code);
  const scheme = schemeFor(input.currency, iban.value.countryCode);
  const decimals = await fiatDecimals(env, input.currency);
  if (scaleOf(input.amount) > decimals || dec(input.amount).lte(0)) {
    throw ApiError.invalidField("amount", `A ${input.currency} payout has at most ${decimals} decimal places and is more than zero`, "body", "invalid_amount");
  }
  const amount = formatDecimal(dec(input.amount), decimals);
  const resolved = await resolveWallMoney(env, WALLMONEY_PAYOUT);
  const destination: Record<string, string> = { iban: iban.value.iban, accountHolderName: input.account.accountHolderName, country: input.account.country };
  if (input.account.bic) destination.bic = input.account.bic;
  const { payout } = await beginPayout(env, {
    orderId: input.orderId,
    kind: "bank_payout",
    providerCode: WALLMONEY_PAYOUT,
    mode: resolved.mode,
    asset: input.currency,
    amount,
    destination,
  });
  if (payout.providerReference || payout.status !== "submitted") return payout; // already with WallMoney

  if (resolved.mode === "sandbox") {
    return (await updatePayout(env, payout.id, { providerReference: `wmpo_sbx_${(await sha256Hex(payout.id)).slice(0, 20)}` })).payout;
  }
  const request: PayoutRequest = {
    id: payout.id,
    orderId: input.orderId,
    amount,
    currency: input.currency,
    scheme,
    beneficiary: { name: input.account.accountHolderName, iban: iban.value.iban, ...(input.account.bic ? { bic: input.account.bic } : {}) },
    remittanceInformation: `CorePort ${input.orderId}`,
  };
  const accepted = await callProvider({
    provider: WALLMONEY_PAYOUT,
    credentials: resolved.credentials,
    method: "POST",
    path: "/v1/payouts",
    idempotencyKey: payout.id,
    body: request,
    response: PayoutAcceptedSchema,
    fetcher: deps.fetcher,
  });
  return (await updatePayout(env, payout.id, { providerReference: accepted.id })).payout;
}

/**
 * Apply an off-ramp callback to its payout record. The callback must name a payout of ours for
 * that order, and amounts must match what was sent. Redeliveries change nothing (`changed: false`).
 */
export async function applyPayoutCallback(env: Bindings, event: WallMoneyOfframpEvent): Promise<{ payout: RampPayout; changed: boolean }> {
  const payout = await findPayoutById(env, event.data.payoutId);
  if (!payout || payout.kind !== "bank_payout" || payout.orderId !== event.data.orderId) throw ApiError.notFound("Payout", event.data.payoutId);
  if (event.type !== "payout.failed" && (event.data.currency !== payout.asset || !dec(event.data.amount).eq(payout.amount))) {
    throw new ApiError("UNPROCESSABLE", {
      detail: `Callback amount ${event.data.amount} ${event.data.currency} does not match payout ${payout.id} (${payout.amount} ${payout.asset})`,
    });
  }
  const update =
    event.type === "payout.sent"
      ? { status: "sent" as const, providerReference: event.data.providerPayoutId }
      : {
          status: event.type === "payout.failed" ? ("failed" as const) : ("returned" as const),
          providerReference: event.data.providerPayoutId,
          failureCode: event.data.reasonCode,
          failureMessage: PAYOUT_REASON_CODES[event.data.reasonCode],
        };
  return updatePayout(env, payout.id, update);
}
