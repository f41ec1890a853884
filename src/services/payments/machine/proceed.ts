/** The "proceed with what arrived" decision shared by both ramps. */
import { dec } from "../../../lib/money";
import type { ProceedData } from "./event-data";
import type { SubjectColumns, SubjectState } from "./types";

/** A fresh quote must be for exactly the amount that arrived, or the payout would not match the money. */
export function proceedGuard(state: Readonly<SubjectState>, data: ProceedData): string | undefined {
  if (!dec(data.sourceAmount).eq(dec(state.amountReceived))) {
    return `the quote is for ${data.sourceAmount} ${state.asset} but ${state.amountReceived} ${state.asset} arrived`;
  }
  return undefined;
}

export function proceedColumns(data: ProceedData): SubjectColumns {
  const columns: SubjectColumns = { quoteId: data.quoteId, sourceAmount: data.sourceAmount, targetAmount: data.targetAmount };
  if (data.rate !== undefined) columns.rate = data.rate;
  if (data.fees !== undefined) columns.fees = data.fees;
  return columns;
}

/** From the decision on, the amount due is what arrived: the order is settled at the fresh quote. */
export function proceedEffect(next: SubjectState, data: ProceedData): void {
  next.amountExpected = data.sourceAmount;
}
