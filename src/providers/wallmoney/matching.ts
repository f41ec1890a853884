/**
 * Matching an incoming bank transfer (transfer.credited) to a bank on-ramp order: by the ISO 11649
 * reference — from the structured field when the sender's bank filled it, else found in the free
 * remittance text (spaces, lower case and bank prefixes do not matter), or by the beginning of one
 * a bank cut off (UK rails cut at 18 characters) — and then comparing what arrived with what the
 * order asked for.
 *
 * Outcomes (the order's state for each is decided by the ramp, part 2):
 *   exact              amount and currency as instructed → the order is funded
 *   short / over       same currency, different amount → the order waits for a decision
 *   currency_mismatch  another currency arrived → held for review, never converted silently
 * A transfer with no reference we issued cannot be matched: it stays with WallMoney's unmatched
 * funds for return to the sender, and is logged.
 */
import { checkCreditorReference, isIssuedReferenceShape, matchIssuedReference, type ReferenceMatch } from "../../lib/creditor-reference";
import { dec } from "../../lib/money";
import type { TransferCredited } from "./schemas";

/**
 * The issued reference a transfer carries (electronic form), or the beginning of one that was cut
 * off, or undefined. A whole reference anywhere wins over a cut-off one.
 */
export function transferReference(data: TransferCredited["data"]): ReferenceMatch | undefined {
  if (data.creditorReference) {
    const check = checkCreditorReference(data.creditorReference);
    if (check.valid && isIssuedReferenceShape(check.reference)) return { kind: "exact", reference: check.reference };
  }
  const found = [matchIssuedReference(data.remittanceInformation ?? ""), matchIssuedReference(data.creditorReference ?? "")];
  return found.find((m) => m?.kind === "exact") ?? found.find((m) => m !== undefined);
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
