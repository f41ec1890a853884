/**
 * Bank transfer on-ramp with WallMoney & Partners: the instructions a customer needs to pay —
 * beneficiary, IBAN and BIC (valid by ibantools), for a UK account also its sort code and account
 * number, the exact amount and currency, the ISO 11649 reference the transfer must carry (as long
 * as the rail carries: 18 characters on UK rails), and for SEPA an EPC069-12 QR code that banking
 * apps scan. Sandbox mode uses the configured collection account and calls nothing; live mode
 * announces the expected transfer to WallMoney (which may assign a virtual IBAN).
 */
import { friendlyFormatIBAN } from "ibantools";
import type { Bindings } from "../../env";
import { ukAccountFromIban } from "../../lib/bank-details";
import { checkCreditorReference, displayCreditorReference, REFERENCE_RAILS, type IssuedLength } from "../../lib/creditor-reference";
import { buildEpcQrPayload } from "../../lib/epc-qr";
import { qrSvg } from "../../lib/qr";
import { ApiError } from "../../lib/errors";
import { dec, formatDecimal, scaleOf } from "../../lib/money";
import { callProvider } from "../http";
import { fiatDecimals } from "./amounts";
import { collectionAccountFor, resolveWallMoney, WALLMONEY_ONRAMP } from "./config";
import { CollectionResponseSchema, PAYMENT_SCHEMES, type BankInstructions, type CollectionAccount } from "./schemas";

export interface BankInstructionsInput {
  orderId: string;
  /** Fiat the customer sends (EUR, GBP, CHF). */
  currency: string;
  /** What the customer must send, at most the currency's decimals. */
  amount: string;
  /** The order's ISO 11649 reference (from newCreditorReference). */
  reference: string;
  expiresAt: Date;
}

function unsupportedCurrency(currency: string): ApiError {
  return new ApiError("UNPROCESSABLE", {
    detail: `Bank transfers in ${currency} are not offered; use one of ${Object.keys(PAYMENT_SCHEMES).join(", ")}`,
    errors: [{ in: "body", field: "currency", pointer: "/currency", message: `Bank transfers in ${currency} are not offered`, code: "currency_not_supported" }],
  });
}

/** Length of the references issued for transfers in `currency`: what its rail's reference field carries whole. */
export function bankReferenceLength(currency: string): IssuedLength {
  const scheme = PAYMENT_SCHEMES[currency as keyof typeof PAYMENT_SCHEMES];
  return REFERENCE_RAILS[scheme?.referenceRail ?? "sepa"].issuedLength;
}

/** The EPC069-12 QR code of a SEPA transfer: everything the banking app needs, nothing to type. */
function sepaQr(account: CollectionAccount, amount: string, reference: string): NonNullable<BankInstructions["qr"]> {
  const payload = buildEpcQrPayload({ version: "002", bic: account.bic, name: account.beneficiaryName, iban: account.iban, amount, reference });
  return { format: "EPC069-12", payload, svg: qrSvg(payload, { title: `SEPA transfer of ${amount} EUR to ${account.beneficiaryName}` }).svg };
}

export async function createBankInstructions(env: Bindings, input: BankInstructionsInput, deps: { fetcher?: typeof fetch } = {}): Promise<BankInstructions> {
  const scheme = PAYMENT_SCHEMES[input.currency as keyof typeof PAYMENT_SCHEMES];
  if (!scheme) throw unsupportedCurrency(input.currency);
  const reference = checkCreditorReference(input.reference);
  if (!reference.valid) throw new Error(`Order ${input.orderId} has an invalid creditor reference`);
  const decimals = await fiatDecimals(env, input.currency);
  if (scaleOf(input.amount) > decimals || dec(input.amount).lte(0)) {
    throw ApiError.invalidField("amount", `A ${input.currency} transfer has at most ${decimals} decimal places and is more than zero`, "body", "invalid_amount");
  }
  const amount = formatDecimal(dec(input.amount), decimals);

  const resolved = await resolveWallMoney(env, WALLMONEY_ONRAMP);
  let account: CollectionAccount | undefined;
  if (resolved.mode === "sandbox") {
    account = collectionAccountFor(resolved, input.currency);
  } else {
    const collection = await callProvider({
      provider: WALLMONEY_ONRAMP,
      credentials: resolved.credentials,
      method: "POST",
      path: "/v1/collections",
      idempotencyKey: input.orderId,
      body: { orderId: input.orderId, reference: reference.reference, amount, currency: input.currency, expiresAt: input.expiresAt.toISOString() },
      response: CollectionResponseSchema,
      fetcher: deps.fetcher,
    });
    if (collection.account.currency !== input.currency) {
      throw new ApiError("BAD_GATEWAY", { detail: `Provider '${WALLMONEY_ONRAMP}' returned an account in another currency`, extensions: { provider: WALLMONEY_ONRAMP } });
    }
    account = collection.account;
  }
  if (!account) throw unsupportedCurrency(input.currency);
  const uk = ukAccountFromIban(account.iban);
  return {
    beneficiaryName: account.beneficiaryName,
    iban: account.iban,
    ibanFormatted: friendlyFormatIBAN(account.iban) ?? account.iban,
    bic: account.bic,
    ...(uk ? { sortCode: uk.sortCode, accountNumber: uk.accountNumber } : {}),
    bankName: account.bankName,
    amount,
    currency: input.currency,
    reference: reference.reference,
    referenceFormatted: displayCreditorReference(reference.reference, scheme.referenceRail),
    scheme: scheme.scheme,
    ...(input.currency === "EUR" ? { qr: sepaQr(account, amount, reference.reference) } : {}),
    expiresAt: input.expiresAt.toISOString(),
  };
}
