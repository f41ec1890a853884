/**
 * EPC069-12 "Quick Response Code: Guidelines to Enable Data Capture for the Initiation of a SEPA
 * Credit Transfer" (European Payments Council; marketed as GiroCode): the text a European banking
 * app reads from a QR code to pre-fill a SEPA transfer. One element per line, in this order:
 *
 *    1 Service tag       BCD
 *    2 Version           002 (BIC optional inside the EEA) or 001 (BIC required)
 *    3 Character set     1 = UTF-8
 *    4 Identification    SCT
 *    5 BIC               AT-23, 8 or 11 characters (may be empty in version 002)
 *    6 Name              AT-21, beneficiary, at most 70 characters
 *    7 IBAN              AT-20, at most 34 characters
 *    8 Amount            AT-04, "EUR" + 0.01 … 999999999.99, '.' as decimal separator, at most
 *                        two decimals, written as given ("EUR1", "EUR250.00") (optional)
 *    9 Purpose           AT-44, four-letter ISO 20022 purpose code (optional)
 *   10 Structured ref.   AT-05, at most 35 characters: an ISO 11649 RF reference (optional)
 *   11 Unstructured      AT-05, at most 140 characters — only when 10 is empty
 *   12 Information       beneficiary to originator, at most 70 characters (optional)
 *
 * Lines are separated by LF (CR LF is read too); trailing empty elements are left out, and the
 * whole payload is at most 331 bytes (QR version 13 at error correction level M, which the
 * guideline prescribes).
 */
import { dec } from "./money";

export const EPC_QR_MAX_BYTES = 331;
const MAX_AMOUNT = "999999999.99";

export interface EpcCreditTransfer {
  version: "001" | "002";
  bic?: string;
  name: string;
  iban: string;
  /** Euro amount as a decimal string with at most two decimals. */
  amount?: string;
  purpose?: string;
  /** Structured creditor reference (ISO 11649), electronic form. */
  reference?: string;
  /** Unstructured remittance information; exclusive with `reference`. */
  text?: string;
  information?: string;
}

export class EpcQrError extends Error {
  constructor(readonly element: string, message: string) {
    super(message);
    this.name = "EpcQrError";
  }
}

const utf8 = new TextEncoder();

function checkElements(t: EpcCreditTransfer): void {
  const fail = (element: string, message: string): never => {
    throw new EpcQrError(element, message);
  };
  if (t.bic !== undefined && t.bic !== "" && !/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(t.bic)) fail("bic", "AT-23 is a BIC of 8 or 11 characters");
  if (t.version === "001" && !t.bic) fail("bic", "Version 001 requires the BIC");
  if (!t.name || [...t.name].length > 70 || /[\r\n]/.test(t.name)) fail("name", "AT-21 has 1–70 characters on one line");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(t.iban)) fail("iban", "AT-20 is an IBAN in electronic form");
  if (t.amount !== undefined) {
    if (!/^(0|[1-9]\d{0,8})(\.\d{1,2})?$/.test(t.amount)) fail("amount", "AT-04 has at most 9 digits before and 2 after the decimal point");
    if (dec(t.amount).lt("0.01") || dec(t.amount).gt(MAX_AMOUNT)) fail("amount", "AT-04 must be 0.01 … 999999999.99");
  }
  if (t.purpose !== undefined && t.purpose !== "" && !/^[A-Z]{4}$/.test(t.purpose)) fail("purpose", "AT-44 is a four-letter purpose code");
  if (t.reference && t.text) fail("text", "Structured and unstructured remittance information are exclusive");
  if (t.reference !== undefined && (t.reference.length > 35 || /[\r\n]/.test(t.reference))) fail("reference", "AT-05 (structured) has at most 35 characters");
  if (t.text !== undefined && ([...t.text].length > 140 || /[\r\n]/.test(t.text))) fail("text", "AT-05 (unstructured) has at most 140 characters on one line");
  if (t.information !== undefined && ([...t.information].length > 70 || /[\r\n]/.test(t.information))) fail("information", "The information has at most 70 characters on one line");
}

/** The EPC069-12 payload for a credit transfer (UTF-8, LF separators). */
export function buildEpcQrPayload(transfer: EpcCreditTransfer): string {
  checkElements(transfer);
  const lines = [
    "BCD",
    transfer.version,
    "1",
    "SCT",
    transfer.bic ?? "",
    transfer.name,
    transfer.iban,
    transfer.amount !== undefined ? `EUR${transfer.amount}` : "",
    transfer.purpose ?? "",
    transfer.reference ?? "",
    transfer.text ?? "",
    transfer.information ?? "",
  ];
  while (lines[lines.length - 1] === "") lines.pop();
  const payload = lines.join("\n");
  if (utf8.encode(payload).length > EPC_QR_MAX_BYTES) throw new EpcQrError("payload", `The payload exceeds ${EPC_QR_MAX_BYTES} bytes`);
  return payload;
}

/** Read an EPC069-12 payload back (what a banking app does after scanning). */
export function parseEpcQrPayload(payload: string): EpcCreditTransfer {
  if (utf8.encode(payload).length > EPC_QR_MAX_BYTES) throw new EpcQrError("payload", `The payload exceeds ${EPC_QR_MAX_BYTES} bytes`);
  const lines = payload.split(/\r?\n/);
  const [tag, version, charset, identification, bic = "", name = "", iban = "", amount = "", purpose = "", reference = "", text = "", information = ""] = lines;
  if (lines.length > 12) throw new EpcQrError("payload", "More than 12 elements");
  if (tag !== "BCD") throw new EpcQrError("serviceTag", "Expected the service tag BCD");
  if (version !== "001" && version !== "002") throw new EpcQrError("version", "Expected version 001 or 002");
  if (charset !== "1") throw new EpcQrError("characterSet", "Only character set 1 (UTF-8) is read");
  if (identification !== "SCT") throw new EpcQrError("identification", "Expected SCT");
  const transfer: EpcCreditTransfer = { version, name, iban };
  if (bic) transfer.bic = bic;
  if (amount) {
    if (!amount.startsWith("EUR")) throw new EpcQrError("amount", "AT-04 is in euro");
    transfer.amount = amount.slice(3);
  }
  if (purpose) transfer.purpose = purpose;
  if (reference) transfer.reference = reference;
  if (text) transfer.text = text;
  if (information) transfer.information = information;
  checkElements(transfer);
  return transfer;
}
