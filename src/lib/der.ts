/**
 * A minimal DER (ASN.1 Distinguished Encoding Rules) reader and the few builders CorePort needs to
 * hand RSA keys to Web Crypto: take the SubjectPublicKeyInfo out of an X.509 certificate, and wrap
 * PKCS#1 RSA keys into SPKI / PKCS#8. Definite lengths only (DER forbids indefinite ones); every
 * read is bounds-checked, so a hostile certificate fails with `DerError`, never reads past the end.
 */
export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DerError";
  }
}

export const DER_TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
  /** `[0] EXPLICIT` context tag, used for the X.509 version field. */
  CONTEXT_0: 0xa0,
} as const;

export interface DerElement {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the element. */
  end: number;
}

/** Read the element that starts at `offset`, staying inside `limit`. */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement {
  if (offset + 2 > limit) throw new DerError("Truncated DER element header");
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError("Multi-byte DER tags are not supported");
  let length = bytes[offset + 1]!;
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0) throw new DerError("Indefinite lengths are not DER");
    if (count > 4) throw new DerError("DER length too large");
    if (contentStart + count > limit) throw new DerError("Truncated DER length");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError("DER element runs past its container");
  return { tag, start: offset, contentStart, end };
}

/** The direct children of a constructed element (e.g. the fields of a SEQUENCE). */
export function children(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const out: DerElement[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readElement(bytes, offset, parent.end);
    out.push(child);
    offset = child.end;
  }
  return out;
}

function expectTag(element: DerElement | undefined, tag: number, what: string): DerElement {
  if (!element || element.tag !== tag) throw new DerError(`Expected ${what}`);
  return element;
}

/**
 * The DER bytes of the SubjectPublicKeyInfo inside an X.509 certificate (RFC 5280 §4.1):
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }, and tbsCertificate ::=
 * SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity, subject,
 * subjectPublicKeyInfo, … }.
 */
export function spkiFromCertificate(cert: Uint8Array): Uint8Array {
  const root = expectTag(readElement(cert, 0), DER_TAG.SEQUENCE, "a certificate SEQUENCE");
  if (root.end !== cert.length) throw new DerError("Trailing bytes after the certificate");
  const tbs = expectTag(children(cert, root)[0], DER_TAG.SEQUENCE, "a tbsCertificate SEQUENCE");
  const fields = children(cert, tbs);
  const first = fields[0]?.tag === DER_TAG.CONTEXT_0 ? 1 : 0; // v1 certificates omit the version
  expectTag(fields[first], DER_TAG.INTEGER, "the serial number");
  const spki = expectTag(fields[first + 5], DER_TAG.SEQUENCE, "a SubjectPublicKeyInfo SEQUENCE");
  return cert.slice(spki.start, spki.end);
}

function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** Encode one element from its tag and content. */
export function encodeElement(tag: number, ...content: Uint8Array[]): Uint8Array {
  const size = content.reduce((n, c) => n + c.length, 0);
  const length = encodeLength(size);
  const out = new Uint8Array(1 + length.length + size);
  out[0] = tag;
  out.set(length, 1);
  let offset = 1 + length.length;
  for (const part of content) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** AlgorithmIdentifier for rsaEncryption (OID 1.2.840.113549.1.1.1) with NULL parameters. */
const RSA_ALGORITHM = encodeElement(
  DER_TAG.SEQUENCE,
  encodeElement(DER_TAG.OID, Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01)),
  encodeElement(DER_TAG.NULL),
);

/** PKCS#1 RSAPublicKey → SubjectPublicKeyInfo. */
export function spkiFromPkcs1PublicKey(pkcs1: Uint8Array): Uint8Array {
  return encodeElement(DER_TAG.SEQUENCE, RSA_ALGORITHM, encodeElement(DER_TAG.BIT_STRING, Uint8Array.of(0), pkcs1));
}

/** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (version 0). */
export function pkcs8FromPkcs1PrivateKey(pkcs1: Uint8Array): Uint8Array {
  return encodeElement(DER_TAG.SEQUENCE, encodeElement(DER_TAG.INTEGER, Uint8Array.of(0)), RSA_ALGORITHM, encodeElement(DER_TAG.OCTET_STRING, pkcs1));
}
