/**
 * RSA keys from PEM text and RSASSA-PKCS1-v1_5 / SHA-256 signatures, with Web Crypto only.
 * Accepted PEM blocks: private keys as PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`); public
 * keys as an X.509 `CERTIFICATE` (its SubjectPublicKeyInfo is used), SPKI (`PUBLIC KEY`) or PKCS#1
 * (`RSA PUBLIC KEY`). Keys shorter than 2048 bits are refused unless the caller lowers the floor for
 * a test environment that publishes shorter ones (myPOS's test store: 1024 bits). PEM values copied
 * into env files often carry literal `\n` sequences instead of line breaks; both forms are read.
 */
import { DerError, pkcs8FromPkcs1PrivateKey, spkiFromCertificate, spkiFromPkcs1PublicKey } from "./der";
import { base64ToBytes, bytesToBase64 } from "./base64";

export const MIN_RSA_BITS = 2048;
/** Never below this, whatever the caller asks: 1024 is what test environments still publish. */
export const MIN_TEST_RSA_BITS = 1024;

export interface RsaKeyOptions {
  /** Smallest modulus accepted (default MIN_RSA_BITS; at least MIN_TEST_RSA_BITS). */
  minBits?: number;
}

function floorOf(options: RsaKeyOptions): number {
  return Math.max(options.minBits ?? MIN_RSA_BITS, MIN_TEST_RSA_BITS);
}
const ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

export class KeyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyFormatError";
  }
}

function pemBodyBytes(b64: string): Uint8Array {
  try {
    return base64ToBytes(b64);
  } catch {
    throw new KeyFormatError("Not valid base64");
  }
}

export interface PemBlock {
  label: string;
  der: Uint8Array;
}

/** The first PEM block of `text` (any label). */
export function parsePem(text: string): PemBlock {
  const normalised = text.replaceAll("\\n", "\n").replaceAll("\r", "");
  const match = /-----BEGIN ([A-Z0-9 ]+)-----\n?([A-Za-z0-9+/=\s]*?)-----END \1-----/.exec(normalised);
  if (!match) throw new KeyFormatError("No PEM block found (expected -----BEGIN …----- / -----END …-----)");
  const body = match[2]!.replace(/\s+/g, "");
  if (!body) throw new KeyFormatError(`Empty PEM block ${match[1]}`);
  return { label: match[1]!, der: pemBodyBytes(body) };
}

function wrapDer<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DerError) throw new KeyFormatError(`Malformed key structure: ${error.message}`);
    throw error;
  }
}

function checkSize(key: CryptoKey, minBits: number): CryptoKey {
  const bits = (key.algorithm as CryptoKeyRsaKeyAlgorithm).modulusLength;
  if (bits < minBits) throw new KeyFormatError(`RSA key of ${bits} bits is too short; at least ${minBits} are required`);
  return key;
}

async function importOrFail(format: "spki" | "pkcs8", der: Uint8Array, usage: "sign" | "verify", minBits: number): Promise<CryptoKey> {
  try {
    return checkSize(await crypto.subtle.importKey(format, der, ALGORITHM, false, [usage]), minBits);
  } catch (error) {
    if (error instanceof KeyFormatError) throw error;
    throw new KeyFormatError(`Not a usable RSA ${format === "spki" ? "public" : "private"} key: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Import an RSA private key for signing. */
export async function importRsaPrivateKey(pem: string, options: RsaKeyOptions = {}): Promise<CryptoKey> {
  const { label, der } = parsePem(pem);
  const minBits = floorOf(options);
  if (label === "PRIVATE KEY") return importOrFail("pkcs8", der, "sign", minBits);
  if (label === "RSA PRIVATE KEY") return importOrFail("pkcs8", wrapDer(() => pkcs8FromPkcs1PrivateKey(der)), "sign", minBits);
  throw new KeyFormatError(`Expected a PRIVATE KEY or RSA PRIVATE KEY block, got ${label}`);
}

/** Import an RSA public key for verification, from a certificate or a public key block. */
export async function importRsaPublicKey(pem: string, options: RsaKeyOptions = {}): Promise<CryptoKey> {
  const { label, der } = parsePem(pem);
  const minBits = floorOf(options);
  if (label === "CERTIFICATE") return importOrFail("spki", wrapDer(() => spkiFromCertificate(der)), "verify", minBits);
  if (label === "PUBLIC KEY") return importOrFail("spki", der, "verify", minBits);
  if (label === "RSA PUBLIC KEY") return importOrFail("spki", wrapDer(() => spkiFromPkcs1PublicKey(der)), "verify", minBits);
  throw new KeyFormatError(`Expected a CERTIFICATE, PUBLIC KEY or RSA PUBLIC KEY block, got ${label}`);
}

// Importing costs far more than signing; keys are cached per isolate by their PEM text.
const privateKeys = new Map<string, Promise<CryptoKey>>();
const publicKeys = new Map<string, Promise<CryptoKey>>();
const CACHE_LIMIT = 16;

function cached(
  cache: Map<string, Promise<CryptoKey>>,
  pem: string,
  options: RsaKeyOptions,
  load: (pem: string, options: RsaKeyOptions) => Promise<CryptoKey>,
): Promise<CryptoKey> {
  // The floor is part of the key: a key accepted for a test environment is not accepted for live.
  const key = `${floorOf(options)}:${pem}`;
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    entry = load(pem, options);
    entry.catch(() => cache.delete(key)); // a bad key is re-read (and re-reported) next time
    cache.set(key, entry);
  }
  return entry;
}

export const cachedPrivateKey = (pem: string, options: RsaKeyOptions = {}) => cached(privateKeys, pem, options, importRsaPrivateKey);
export const cachedPublicKey = (pem: string, options: RsaKeyOptions = {}) => cached(publicKeys, pem, options, importRsaPublicKey);

/** Base64 RSASSA-PKCS1-v1_5 SHA-256 signature of the bytes of `data`. */
export async function signRsaSha256(key: CryptoKey, data: Uint8Array): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, data)));
}

/** Verify a base64 signature; a malformed signature is simply not valid. */
export async function verifyRsaSha256(key: CryptoKey, data: Uint8Array, signatureB64: string): Promise<boolean> {
  let signature: Uint8Array;
  try {
    signature = base64ToBytes(signatureB64.replace(/\s+/g, ""));
  } catch {
    return false;
  }
  if (signature.length === 0) return false;
  return crypto.subtle.verify(ALGORITHM, key, signature, data);
}
