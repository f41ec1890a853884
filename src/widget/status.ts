/**
 * The payment statuses the widget follows (one set for every method, see issue 8) and what each
 * means for the customer. Unknown statuses are treated as "still in progress", so a status added
 * later never ends a checkout early.
 */
import { AS_GIVEN, money, type Precision } from "./format";

export type Outcome = "pending" | "succeeded" | "failed";

export interface StatusView {
  outcome: Outcome;
  /** No further change is expected: stop following. */
  final: boolean;
  title: string;
  message: string;
}

interface PaymentLike {
  status: string;
  amount: string;
  asset: string;
  amountReceived: string;
}

/** What the status means for the customer; amounts at `precision` (received rounded down, the amount due exact). */
export function describeStatus(p: PaymentLike, precision: Precision = AS_GIVEN): StatusView {
  switch (p.status) {
    case "requires_payment":
      return { outcome: "pending", final: false, title: "Waiting for your payment", message: "We will confirm here as soon as it arrives." };
    case "processing":
      return { outcome: "pending", final: false, title: "Payment received, confirming", message: "This usually takes less than a minute." };
    case "partially_paid":
      return {
        outcome: "pending",
        final: false,
        title: "Partly paid",
        message: `We received ${money(p.amountReceived, p.asset, precision, "down")} of ${money(p.amount, p.asset, precision)}. Send the rest to the same address before the time runs out.`,
      };
    case "succeeded":
      return { outcome: "succeeded", final: true, title: "Payment complete", message: "Thank you! Your payment has been received." };
    case "overpaid":
      return {
        outcome: "succeeded",
        final: true,
        title: "Payment complete",
        message: `We received ${money(p.amountReceived, p.asset, precision, "down")}, more than the ${money(p.amount, p.asset, precision)} due. The merchant will contact you about the difference.`,
      };
    case "expired":
      return { outcome: "failed", final: true, title: "Payment expired", message: "The time to pay ran out. You can start again." };
    case "failed":
      return { outcome: "failed", final: true, title: "Payment failed", message: "The payment did not go through. You can try again." };
    case "cancelled":
      return { outcome: "failed", final: true, title: "Payment cancelled", message: "The payment was cancelled." };
    case "reversed":
      return { outcome: "failed", final: true, title: "Payment reversed", message: "The payment was reversed by the provider." };
    default:
      return { outcome: "pending", final: false, title: "Checking your payment", message: "Please keep this page open." };
  }
}
