/**
 * Matching an incoming bank transfer (transfer.credited) to a bank on-ramp order: by the ISO 11649
 * reference — from the structured field when the sender's bank filled it, else found in the free
 * remittance text — and then comparing what arrived with what the order asked for.
 *
 * Outcomes (the order's state for each is decided by the ramp, part 2):
 *   exact              amount and currency as instructed → the order is funded
 *   short / over       same currency, different amount → the order waits for a decision
 *   currency_mismatch  another currency arrived → held for review, never converted silently
 * A transfer with no reference we issued cannot be matched: it stays with WallMoney's unmatched
 * funds for return to the sender, and is logged.
 */
import { checkCreditorReference, findIssuedReference, isIssuedReferenceShape } from "../../lib/creditor-reference";
import { dec } from "../../lib/money";
import type { TransferCredited } from "./schemas";

/** The issued reference a transfer carries, in electronic form, or undefined. */
export function transferReference(data: TransferCredited["data"]): string | undefined {
  if (data.creditorReference) {
    const check = checkCreditorReference(data.creditorReference);
    if (check.valid && isIssuedReferenceShape(check.reference)) return check.reference;
  }
  return findIssuedReference(data.remittanceInformation ?? "") ?? findIssuedReference(data.creditorReference ?? "");
}

export type AmountOutcome = "exact" | "short" | "over" | "currency_mismatch";

export interface TransferComparison {
  outcome: AmountOutcome;
  /** received − expected, in the expected currency; null on a currency mismatch. */
  difference: string | null;
}

export function compareTransfer(expected: { amount: string; currency: string }, received: { amount: string; currency: string }): TransferComparison {
  if (expected.currency !== received.currency) return { outcome: "currency_mismatch", difference: null };
  const difference = dec(received.amount).minus(expected.amount);
  const outcome = difference.eq(0) ? "exact" : difference.lt(0) ? "short" : "over";
  return { outcome, difference: difference.toFixed() };
}
