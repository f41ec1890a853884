/** Schemas of the `data` of core events, shared by the three machines. */
import { z } from "@hono/zod-openapi";
import { DECIMAL_PATTERN, PositiveDecimalString } from "../../../lib/money";

/** A provider's transaction reference: tx hash, bank transfer reference, card transaction reference. */
export const TransactionId = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, "Printable characters without spaces");
export const Reason = z.string().min(1).max(500);
export const AssetCode = z.string().regex(/^[A-Z0-9]{2,12}$/, "An asset or currency code such as USDX or EUR");
/** Block an on-chain transaction was seen in (kept on the timeline for the CorePay status endpoint). */
export const BlockNumber = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A deposit or transfer that counts towards the amount due. */
export const MoneyData = z.strictObject({
  transactionId: TransactionId,
  amount: PositiveDecimalString,
  asset: AssetCode.optional(),
  blockNumber: BlockNumber.optional(),
});

/** A transaction seen but not final; amount and id are optional for methods that do not know them yet. */
export const HoldData = z.strictObject({
  transactionId: TransactionId.optional(),
  amount: PositiveDecimalString.optional(),
  asset: AssetCode.optional(),
  blockNumber: BlockNumber.optional(),
});

export const ReleaseData = z.strictObject({ transactionId: TransactionId, reason: Reason.optional() });

export const ConfirmationsData = z.strictObject({
  transactionId: TransactionId,
  confirmations: z.number().int().min(0).max(1_000_000),
  required: z.number().int().min(1).max(1_000_000).optional(),
});

export const ReasonData = z.strictObject({ reason: Reason.optional(), code: z.string().max(64).optional() });
export const EmptyData = z.strictObject({});

/** A payout/refund/coin transfer that went out. */
export const OutgoingData = z.strictObject({
  transactionId: TransactionId,
  amount: PositiveDecimalString.optional(),
});

const Fee = z.strictObject({ type: z.string().min(1).max(40), amount: z.string().regex(DECIMAL_PATTERN), asset: AssetCode });

/** A merchant's decision to go on with what was actually deposited, at a fresh quote. */
export const ProceedData = z.strictObject({
  quoteId: z.string().min(1).max(64),
  sourceAmount: PositiveDecimalString,
  targetAmount: PositiveDecimalString,
  rate: z.string().regex(DECIMAL_PATTERN).optional(),
  fees: z.array(Fee).max(20).optional(),
});
export type ProceedData = z.infer<typeof ProceedData>;
