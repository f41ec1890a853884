/**
 * Test cards of the local myPOS sandbox. Any expiry date in the future and any 3-digit CVC work.
 * Another number that passes the Luhn check is declined; one that fails it is a form error.
 */
import { IPC_STATUS } from "../../providers/mypos/payment-status";

export type CardOutcome =
  | { result: "approved" }
  | { result: "declined"; status: string; message: string };

export interface TestCard {
  number: string;
  brand: "Visa" | "Mastercard";
  outcome: CardOutcome;
  description: string;
}

export const TEST_CARDS: readonly TestCard[] = [
  { number: "4111111111111111", brand: "Visa", outcome: { result: "approved" }, description: "Payment succeeds" },
  { number: "5555555555554444", brand: "Mastercard", outcome: { result: "approved" }, description: "Payment succeeds" },
  { number: "4000000000000002", brand: "Visa", outcome: { result: "declined", status: IPC_STATUS.DECLINED, message: "The card was declined by the issuer" }, description: "Declined by the issuer" },
  { number: "4000000000003220", brand: "Visa", outcome: { result: "declined", status: IPC_STATUS.THREE_D_SECURE_FAILED, message: "3-D Secure authentication failed" }, description: "3-D Secure authentication fails" },
  { number: "4000000000009995", brand: "Visa", outcome: { result: "declined", status: "13", message: "Insufficient funds" }, description: "Declined: insufficient funds" },
];

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
  holder: string;
}

export type CardCheck =
  | { ok: true; card: TestCard | { number: string; brand: "Visa" | "Mastercard"; outcome: CardOutcome } }
  | { ok: false; field: keyof CardInput; message: string };

/** Validate the card form the way a checkout page would, and decide the sandbox outcome. */
export function checkCard(input: CardInput, now: Date): CardCheck {
  const number = input.number.replace(/[\s-]/g, "");
  if (!luhnValid(number)) return { ok: false, field: "number", message: "Enter a valid card number" };
  const expiry = /^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/.exec(input.expiry.trim());
  if (!expiry) return { ok: false, field: "expiry", message: "Enter the expiry date as MM/YY" };
  const year = 2000 + Number(expiry[2]);
  const month = Number(expiry[1]);
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
    return { ok: false, field: "expiry", message: "The card has expired" };
  }
  if (!/^\d{3}$/.test(input.cvc.trim())) return { ok: false, field: "cvc", message: "Enter the 3-digit security code" };
  if (!input.holder.trim() || input.holder.length > 80) return { ok: false, field: "holder", message: "Enter the name on the card" };
  const known = TEST_CARDS.find((c) => c.number === number);
  if (known) return { ok: true, card: known };
  return { ok: true, card: { number, brand: number.startsWith("5") ? "Mastercard" : "Visa", outcome: { result: "declined", status: IPC_STATUS.DECLINED, message: "Unknown test card: declined" } } };
}
