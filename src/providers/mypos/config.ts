/**
 * myPOS configuration from vars and secrets. Sandbox mode fills anything unset with the local
 * sandbox's values (SANDBOX-ONLY keys, myPOS's published sandbox store ids); live mode requires every
 * value, an https checkout URL, and refuses the committed sandbox keys.
 *
 * Key sizes: RSA keys of at least 2048 bits, except against myPOS's own test environment
 * (`https://www.mypos.com/vmp/checkout-test`) and in sandbox mode. myPOS's published test store
 * (SID 000000000000010, wallet 61938166610, KeyIndex 1; Checkout API v1.4, "Testing data") signs with
 * a 1024-bit store key and a 1024-bit myPOS certificate, so 1024 is accepted there and only there:
 * a production checkout URL with a short key is refused (503) before anything is signed.
 */
import type { Bindings } from "../../env";
import { MIN_RSA_BITS, MIN_TEST_RSA_BITS } from "../../lib/rsa";
import { notConfigured, providerMode, type ProviderMode } from "../mode";
import {
  SANDBOX_MERCHANT_PRIVATE_KEY_PEM,
  SANDBOX_MYPOS_CERT_PEM,
  SANDBOX_MYPOS_STORE,
} from "../../sandbox/mypos/sandbox-keys";
import { MyposStoreSchema, type MyposStore, type UrlPolicy } from "./purchase";

export const DEFAULT_SANDBOX_CHECKOUT_URL = "http://localhost:8787/sandbox/mypos/checkout";
/** myPOS's test environment (checkout and API), as myPOS publishes it; the API document names the .eu host too. */
export const MYPOS_TEST_CHECKOUT_URLS = ["https://www.mypos.com/vmp/checkout-test", "https://www.mypos.eu/vmp/checkout-test"] as const;

/** Is `url` myPOS's test environment (trailing slash allowed)? */
export function isMyposTestEnvironment(url: URL): boolean {
  const bare = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return !url.search && !url.hash && (MYPOS_TEST_CHECKOUT_URLS as readonly string[]).includes(bare);
}

export interface MyposConfig {
  mode: ProviderMode;
  checkoutUrl: string;
  store: MyposStore;
  language: string;
  privateKeyPem: string;
  providerCertPem: string;
  /** Smallest RSA modulus accepted for both keys: 1024 against myPOS's test environment or in sandbox mode, else 2048. */
  minKeyBits: number;
  urlPolicy: UrlPolicy;
}

type MyposEnv = Partial<Pick<
  Bindings,
  "ENVIRONMENT" | "PAYMENT_PROVIDER_MODE" | "MYPOS_CHECKOUT_URL" | "MYPOS_PRIVATE_KEY" | "MYPOS_PUBLIC_CERT" | "MYPOS_SID" | "MYPOS_WALLET_NUMBER" | "MYPOS_KEY_INDEX"
>>;

const squash = (pem: string) => pem.replaceAll("\\n", "\n").replace(/\s+/g, "");

/** Throws a 503 problem naming what is missing or wrong; never echoes a secret. */
export function readMyposConfig(env: MyposEnv): MyposConfig {
  const mode = providerMode(env);
  const sandbox = mode === "sandbox";
  const value = (name: keyof MyposEnv, fallback: string) => {
    const v = env[name]?.trim();
    if (v) return v;
    if (sandbox) return fallback;
    throw notConfigured("myPOS", `set ${name}`);
  };
  const checkoutUrl = value("MYPOS_CHECKOUT_URL", DEFAULT_SANDBOX_CHECKOUT_URL);
  let url: URL;
  try {
    url = new URL(checkoutUrl);
  } catch {
    throw notConfigured("myPOS", "MYPOS_CHECKOUT_URL is not a URL");
  }
  const localHttp = url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
  if (url.protocol !== "https:" && !(sandbox && localHttp)) throw notConfigured("myPOS", "MYPOS_CHECKOUT_URL must be https");

  const store = MyposStoreSchema.safeParse({
    sid: value("MYPOS_SID", SANDBOX_MYPOS_STORE.sid),
    walletNumber: value("MYPOS_WALLET_NUMBER", SANDBOX_MYPOS_STORE.walletNumber),
    keyIndex: value("MYPOS_KEY_INDEX", SANDBOX_MYPOS_STORE.keyIndex),
  });
  if (!store.success) throw notConfigured("myPOS", `MYPOS_SID, MYPOS_WALLET_NUMBER and MYPOS_KEY_INDEX must be digits (${store.error.issues[0]!.message})`);

  const privateKeyPem = value("MYPOS_PRIVATE_KEY", SANDBOX_MERCHANT_PRIVATE_KEY_PEM);
  const providerCertPem = value("MYPOS_PUBLIC_CERT", SANDBOX_MYPOS_CERT_PEM);
  if (!sandbox && (squash(privateKeyPem) === squash(SANDBOX_MERCHANT_PRIVATE_KEY_PEM) || squash(providerCertPem) === squash(SANDBOX_MYPOS_CERT_PEM))) {
    throw notConfigured("myPOS", "the committed SANDBOX-ONLY keys cannot be used in live mode");
  }
  const minKeyBits = sandbox || isMyposTestEnvironment(url) ? MIN_TEST_RSA_BITS : MIN_RSA_BITS;
  return { mode, checkoutUrl: url.toString(), store: store.data, language: "EN", privateKeyPem, providerCertPem, minKeyBits, urlPolicy: { allowHttpLocalhost: sandbox } };
}
