/**
 * The RSA check the payments core's MyPOS webhook adapter plugs in (issue 5:
 * `createMyposAdapter(verifier)` with `MyposSignatureVerifier = (env, fields) => Promise<boolean>`):
 * true only for fields signed by myPOS's key (MYPOS_PUBLIC_CERT, or the sandbox certificate in
 * sandbox mode) and addressed to our store (SID). A missing live configuration throws the 503
 * problem from config.ts instead of answering false.
 */
import type { Bindings } from "../../env";
import { cachedPublicKey } from "../../lib/rsa";
import { readMyposConfig } from "./config";
import { fieldValue, verifyIpcFields, type IpcFields } from "./ipc";

export async function verifyMyposSignature(env: Bindings, fields: IpcFields): Promise<boolean> {
  const config = readMyposConfig(env);
  const verified = await verifyIpcFields(fields, await cachedPublicKey(config.providerCertPem));
  return verified.ok && fieldValue(fields, "SID") === config.store.sid;
}
