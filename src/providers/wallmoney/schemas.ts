/**
 * WallMoney & Partners: every shape that crosses the wire, in one module that the webhook endpoint
 * (POST /api/v1/onramp/webhook, /offramp/webhook), the adapter and the local simulator all import.
 * Pure (zod and our validators only, no bindings), so it runs in the worker and in Node scripts.
 *
 * Callbacks are JSON, signed with Standard Webhooks (`webhook-id` / `webhook-timestamp` /
 * `webhook-signature`, secret ONRAMP_WEBHOOK_SECRET or OFFRAMP_WEBHOOK_SECRET: one per endpoint); the body's `id` equals `webhook-id` and
 * is the provider event id used to ignore redeliveries.
 *
 *   transfer.credited  money arrived on a collection account (bank on-ramp): reference + amount
 *   payout.sent        a bank payout (off-ramp) left WallMoney for the beneficiary's bank
 *   payout.failed      WallMoney could not send it (e.g. AC01 account number invalid) — no money moved
 *   payout.returned    the beneficiary's bank sent it back later (e.g. AC04 account closed) — refund path
 *   coins.delivered    the coins of an on-ramp were broadcast on chain (live mode)
 */
import { z } from "@hono/zod-openapi";
import { bicMatchesIbanCountry, BicSchema, IbanSchema } from "../../lib/bank-details";
import type { ReferenceRail } from "../../lib/creditor-reference";
import { idPattern } from "../../lib/ids";
import { PositiveDecimalString } from "../../lib/money";

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 4217 currency code").openapi({ example: "EUR" });
const Timestamp = z.string().datetime({ offset: true }).openapi({ example: "2026-11-27T10:15:30Z" });
const ProviderId = (example: string) => z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).openapi({ example });
const OrderId = z.string().regex(idPattern("ord")).openapi({ example: "ord_4x9az0c2k8m1q7r3t5v6w8y0bd" });
const PayoutId = z.string().regex(idPattern("pyo")).openapi({ example: "pyo_7h2kq9x4m1c8r5t3v6w0y2bdfg" });

/**
 * Bank payment schemes WallMoney sends and receives on, by currency, with the reference rail whose
 * field decides how long an issued RF reference may be (src/lib/creditor-reference.ts
 * REFERENCE_RAILS: 18 characters on UK rails, 20 elsewhere). KWD is paid out by SWIFT wire
 * (MT103 field 70 carries 4 × 35 characters); it is not collected.
 */
export const PAYMENT_SCHEMES = {
  EUR: { scheme: "SEPA Credit Transfer", ibanCountries: "sepa", referenceRail: "sepa" },
  GBP: { scheme: "Faster Payments", ibanCountries: ["GB"], referenceRail: "uk" },
  CHF: { scheme: "SIC", ibanCountries: ["CH", "LI"], referenceRail: "sic" },
  KWD: { scheme: "SWIFT", ibanCountries: ["KW"], referenceRail: "swift" },
} as const satisfies Record<string, { scheme: string; ibanCountries: "sepa" | readonly string[]; referenceRail: ReferenceRail }>;
export type SchemeCurrency = keyof typeof PAYMENT_SCHEMES;

/**
 * ISO 20022 reason codes a payout can fail or come back with (ExternalStatusReason / ReturnReason),
 * with the wording shown to the customer.
 */
export const PAYOUT_REASON_CODES = {
  AC01: "The account number is incorrect",
  AC04: "The account is closed",
  AC06: "The account is blocked",
  AG01: "The bank does not allow this transaction on the account",
  AM04: "Insufficient funds at the sending bank",
  AM05: "Duplicate payment",
  BE04: "The beneficiary's address is missing or incorrect",
  MD07: "The account holder is deceased",
  MS02: "Refused by the account holder",
  MS03: "Refused by the beneficiary's bank",
  RC01: "The BIC is incorrect",
  RR04: "Regulatory reason",
  FOCR: "Returned after a cancellation request",
} as const;
export const PayoutReasonCode = z.enum(Object.keys(PAYOUT_REASON_CODES) as [keyof typeof PAYOUT_REASON_CODES, ...Array<keyof typeof PAYOUT_REASON_CODES>]).openapi({
  description: "ISO 20022 reason code",
  example: "AC04",
});

// ---------------------------------------------------------------------------------------------
// What we show the customer: where to send a bank on-ramp transfer
// ---------------------------------------------------------------------------------------------

/** A collection account (configured in the provider's publicConfig, or returned by WallMoney live). */
export const CollectionAccountSchema = z
  .object({
    currency: CurrencyCode,
    beneficiaryName: z.string().min(2).max(70).openapi({ example: "WallMoney and Partners Client Funds" }),
    iban: IbanSchema,
    bic: BicSchema,
    bankName: z.string().min(2).max(100).openapi({ example: "Commerzbank AG" }),
  })
  .refine((a) => bicMatchesIbanCountry(a.bic.slice(4, 6), a.iban.slice(0, 2)), { message: "The BIC's country is not the IBAN's", path: ["bic"] })
  .openapi("WallMoneyCollectionAccount");
export type CollectionAccount = z.output<typeof CollectionAccountSchema>;

export const BankInstructionsSchema = z
  .object({
    beneficiaryName: z.string().openapi({ example: "WallMoney and Partners Client Funds" }),
    iban: z.string().openapi({ description: "Electronic form", example: "DE89370400440532013000" }),
    ibanFormatted: z.string().openapi({ description: "Printed in groups of four", example: "DE89 3704 0044 0532 0130 00" }),
    bic: z.string().openapi({ example: "COBADEFFXXX" }),
    sortCode: z.string().regex(/^\d{6}$/).optional().openapi({
      description: "UK accounts (GB IBANs) only: the 6-digit sort code UK banking apps ask for, taken from the IBAN (GBkk BBBB **SSSSSS** AAAAAAAA).",
      example: "601613",
    }),
    accountNumber: z.string().regex(/^\d{8}$/).optional().openapi({
      description: "UK accounts (GB IBANs) only: the 8-digit account number, taken from the IBAN (GBkk BBBB SSSSSS **AAAAAAAA**).",
      example: "31926819",
    }),
    bankName: z.string().openapi({ example: "Commerzbank AG" }),
    amount: z.string().openapi({ description: "Exactly this amount, in `currency`, with the currency's decimals.", example: "250.00" }),
    currency: CurrencyCode,
    reference: z.string().openapi({
      description:
        "ISO 11649 creditor reference the transfer must carry (electronic form): 20 characters on SEPA and SIC, 18 on UK rails " +
        "(Faster Payments and Bacs carry at most 18).",
      example: "RF554605891326572084",
    }),
    referenceFormatted: z.string().openapi({
      description: "The reference as the customer should type it: in groups of four where the rail's reference field has room for the spaces, unspaced on UK rails.",
      example: "RF55 4605 8913 2657 2084",
    }),
    scheme: z.string().openapi({ example: "SEPA Credit Transfer" }),
    qr: z
      .object({
        format: z.literal("EPC069-12").openapi({ example: "EPC069-12" }),
        payload: z.string().openapi({
          description: "The EPC069-12 (GiroCode) text the code carries: BCD, version 002, UTF-8, SCT, BIC, name, IBAN, amount, structured reference.",
          example: "BCD\n002\n1\nSCT\nCOBADEFFXXX\nWallMoney and Partners Client Funds\nDE89370400440532013000\nEUR250.00\n\nRF554605891326572084",
        }),
        svg: z.string().openapi({ description: "The payload as a QR code (error correction M), SVG", example: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 57 57\">…</svg>" }),
      })
      .optional()
      .openapi({ description: "EUR (SEPA) instructions only: a QR code European banking apps scan to fill in the whole transfer." }),
    expiresAt: z.string().datetime().openapi({ example: "2026-11-30T10:15:30.000Z" }),
  })
  .openapi("BankTransferInstructions");
export type BankInstructions = z.output<typeof BankInstructionsSchema>;

// ---------------------------------------------------------------------------------------------
// Live API (requests we send, answers we accept)
// ---------------------------------------------------------------------------------------------

/** POST /v1/collections — announce an expected incoming transfer; WallMoney may assign a virtual IBAN. */
export const CollectionRequestSchema = z.object({
  orderId: OrderId,
  reference: z.string(),
  amount: PositiveDecimalString,
  currency: CurrencyCode,
  expiresAt: Timestamp,
});
export const CollectionResponseSchema = z.object({
  id: ProviderId("wmcol_8KX2M4"),
  account: CollectionAccountSchema,
});

/** POST /v1/payouts — a bank payout; `id` is our payout id, also sent as Idempotency-Key. */
export const PayoutRequestSchema = z.object({
  id: PayoutId,
  orderId: OrderId,
  amount: PositiveDecimalString,
  currency: CurrencyCode,
  scheme: z.string(),
  beneficiary: z.object({ name: z.string(), iban: z.string(), bic: z.string().optional() }),
  remittanceInformation: z.string().max(140),
});
export type PayoutRequest = z.output<typeof PayoutRequestSchema>;
export const PayoutAcceptedSchema = z.object({
  id: ProviderId("wmpo_3JQ8ZP"),
  status: z.enum(["accepted", "pending"]),
});

/** POST /v1/coin-transfers — deliver the coins of an on-ramp; `id` is our payout id (Idempotency-Key). */
export const CoinTransferRequestSchema = z.object({
  id: PayoutId,
  orderId: OrderId,
  asset: z.string(),
  network: z.string(),
  toAddress: z.string(),
  amount: PositiveDecimalString,
});
export const CoinTransferAcceptedSchema = z.object({
  id: ProviderId("wmct_91KD2X"),
  status: z.enum(["pending", "broadcast"]),
  txHash: z.string().regex(/^0x[0-9a-f]{64}$/).nullable(),
});

// ---------------------------------------------------------------------------------------------
// Callbacks (webhooks WallMoney sends us)
// ---------------------------------------------------------------------------------------------

const EventBase = {
  id: ProviderId("wmevt_01J9ZK4T8Q"),
  createdAt: Timestamp,
};

export const TransferCreditedSchema = z
  .object({
    ...EventBase,
    type: z.literal("transfer.credited"),
    data: z.object({
      transferId: ProviderId("wmtr_5RT6YU"),
      amount: PositiveDecimalString.openapi({ example: "250.00" }),
      currency: CurrencyCode,
      /** The structured creditor reference if the sender's bank used the field, else null. */
      creditorReference: z.string().max(35).nullable().openapi({ example: "RF55 4605 8913 2657 2084" }),
      /** Unstructured remittance text as received (banks often put the reference here). */
      remittanceInformation: z.string().max(140).nullable().openapi({ example: "Order RF55 4605 8913 2657 2084" }),
      collectionIban: IbanSchema,
      debtor: z.object({
        name: z.string().max(140).nullable().openapi({ example: "Anna Müller" }),
        iban: z.string().max(34).nullable().openapi({ example: "FR7630006000011234567890189" }),
        bic: z.string().max(11).nullable().openapi({ example: "AGRIFRPP" }),
      }),
      bookedAt: Timestamp,
    }),
  })
  .openapi("WallMoneyTransferCredited");

const PayoutRef = { payoutId: PayoutId, orderId: OrderId, providerPayoutId: ProviderId("wmpo_3JQ8ZP") };

export const PayoutSentSchema = z
  .object({
    ...EventBase,
    type: z.literal("payout.sent"),
    data: z.object({ ...PayoutRef, amount: PositiveDecimalString, currency: CurrencyCode, endToEndId: z.string().max(35).openapi({ example: "E2E-7H2KQ9X4" }), sentAt: Timestamp }),
  })
  .openapi("WallMoneyPayoutSent");

export const PayoutFailedSchema = z
  .object({
    ...EventBase,
    type: z.literal("payout.failed"),
    data: z.object({ ...PayoutRef, reasonCode: PayoutReasonCode, reason: z.string().max(200).openapi({ example: "The account number is incorrect" }), failedAt: Timestamp }),
  })
  .openapi("WallMoneyPayoutFailed");

export const PayoutReturnedSchema = z
  .object({
    ...EventBase,
    type: z.literal("payout.returned"),
    data: z.object({
      ...PayoutRef,
      amount: PositiveDecimalString,
      currency: CurrencyCode,
      reasonCode: PayoutReasonCode,
      reason: z.string().max(200).openapi({ example: "The account is closed" }),
      returnedAt: Timestamp,
    }),
  })
  .openapi("WallMoneyPayoutReturned");

export const CoinsDeliveredSchema = z
  .object({
    ...EventBase,
    type: z.literal("coins.delivered"),
    data: z.object({
      payoutId: PayoutId,
      orderId: OrderId,
      providerTransferId: ProviderId("wmct_91KD2X"),
      asset: z.string().openapi({ example: "EURX" }),
      amount: PositiveDecimalString,
      txHash: z.string().regex(/^0x[0-9a-f]{64}$/).openapi({ example: "0x9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4f6a8b0d2f4e6a8c0b" }),
    }),
  })
  .openapi("WallMoneyCoinsDelivered");

/** Callbacks to the on-ramp webhook. */
export const WallMoneyOnrampEventSchema = z.discriminatedUnion("type", [TransferCreditedSchema, CoinsDeliveredSchema]).openapi("WallMoneyOnrampEvent");
/** Callbacks to the off-ramp webhook. */
export const WallMoneyOfframpEventSchema = z.discriminatedUnion("type", [PayoutSentSchema, PayoutFailedSchema, PayoutReturnedSchema]).openapi("WallMoneyOfframpEvent");

export type TransferCredited = z.output<typeof TransferCreditedSchema>;
export type CoinsDelivered = z.output<typeof CoinsDeliveredSchema>;
export type PayoutSent = z.output<typeof PayoutSentSchema>;
export type PayoutFailed = z.output<typeof PayoutFailedSchema>;
export type PayoutReturned = z.output<typeof PayoutReturnedSchema>;
export type WallMoneyOnrampEvent = z.output<typeof WallMoneyOnrampEventSchema>;
export type WallMoneyOfframpEvent = z.output<typeof WallMoneyOfframpEventSchema>;
