/**
 * myPOS Checkout API "IPC" v1.4 message signing. Every IPC message is an ordered list of
 * name/value fields with `Signature` last. The signature covers the VALUES (not the names) of all
 * other fields, in the order they are sent: joined with "-", the UTF-8 bytes of that string are
 * base64-encoded, and the base64 text is signed RSASSA-PKCS1-v1_5 / SHA-256; the signature is sent
 * base64-encoded. Messages from myPOS are verified the same way against the public key of myPOS's
 * certificate.
 *
 * Because names are not signed and values are joined with "-", a "-" inside a value could in principle
 * be shifted across a field boundary without changing the signed text. Receivers therefore validate
 * every field's format after the signature check (see notify.ts), which rules such shifts out.
 */
import { signRsaSha256, verifyRsaSha256 } from "../../lib/rsa";
import { bytesToBase64 } from "../../lib/base64";

export const IPC_VERSION = "1.4";
export const SIGNATURE_FIELD = "Signature";

/** An IPC message: fields in the order they are (or were) sent. */
export type IpcFields = ReadonlyArray<readonly [name: string, value: string]>;

const encoder = new TextEncoder();

/** The exact bytes that are signed: base64(UTF-8(values joined with "-")) as ASCII. */
export function signedBytes(fields: IpcFields): Uint8Array {
  const joined = fields.map(([, value]) => value).join("-");
  return encoder.encode(bytesToBase64(encoder.encode(joined)));
}

/** Append `Signature` to unsigned fields. */
export async function signIpcFields(fields: IpcFields, privateKey: CryptoKey): Promise<IpcFields> {
  if (fields.some(([name]) => name === SIGNATURE_FIELD)) throw new Error("Fields are already signed");
  const signature = await signRsaSha256(privateKey, signedBytes(fields));
  return [...fields, [SIGNATURE_FIELD, signature]];
}

export type IpcVerification =
  | { ok: true; fields: IpcFields; values: Record<string, string> }
  | { ok: false; reason: "missing_signature" | "duplicate_field" | "bad_signature"; message: string };

/**
 * Verify a received message. The signature must appear exactly once; every other field is covered
 * in the order received. A field name that occurs twice is refused even when signed, because a
 * name → value view of such a message would be ambiguous.
 */
export async function verifyIpcFields(received: IpcFields, publicKey: CryptoKey): Promise<IpcVerification> {
  const signatures = received.filter(([name]) => name === SIGNATURE_FIELD);
  if (signatures.length !== 1 || !signatures[0]![1]) {
    return { ok: false, reason: "missing_signature", message: "The message must carry exactly one non-empty Signature field" };
  }
  const fields = received.filter(([name]) => name !== SIGNATURE_FIELD);
  if (!(await verifyRsaSha256(publicKey, signedBytes(fields), signatures[0]![1]))) {
    return { ok: false, reason: "bad_signature", message: "The Signature does not match the fields" };
  }
  const values: Record<string, string> = Object.create(null);
  for (const [name, value] of fields) {
    if (name in values) return { ok: false, reason: "duplicate_field", message: `Field '${name}' occurs more than once` };
    values[name] = value;
  }
  return { ok: true, fields, values };
}

/** Fields of an `application/x-www-form-urlencoded` body, in order (duplicates kept). */
export function parseFormFields(body: string): IpcFields {
  return [...new URLSearchParams(body)];
}

/** The `application/x-www-form-urlencoded` body for fields, in order. */
export function encodeFormFields(fields: IpcFields): string {
  return new URLSearchParams(fields.map(([name, value]) => [name, value])).toString();
}

export function fieldValue(fields: IpcFields, name: string): string | undefined {
  return fields.find(([n]) => n === name)?.[1];
}
