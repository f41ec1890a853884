/**
 * Standard Webhooks secrets of a provider: the current one and, during a rotation, the previous one.
 * Sandbox mode falls back to the committed sandbox secret; live mode requires a secret of its own.
 */
import { secretKeyBytes } from "../lib/standard-webhooks";
import { notConfigured, type ProviderMode } from "./mode";

export function webhookSecrets(
  provider: string,
  mode: ProviderMode,
  names: { current: string; previous: string },
  values: { current?: string; previous?: string },
  sandboxSecret: string,
): string[] {
  const current = values.current?.trim() || (mode === "sandbox" ? sandboxSecret : undefined);
  if (!current) throw notConfigured(provider, `set ${names.current}`);
  if (mode === "live" && current === sandboxSecret) throw notConfigured(provider, `${names.current} is the committed SANDBOX-ONLY secret`);
  const secrets = [current, values.previous?.trim()].filter((s): s is string => !!s);
  secrets.forEach((secret, i) => {
    let bytes: Uint8Array;
    try {
      bytes = secretKeyBytes(secret);
    } catch {
      throw notConfigured(provider, `${i === 0 ? names.current : names.previous} is not a whsec_<base64> secret`);
    }
    if (bytes.length < 24) throw notConfigured(provider, `${i === 0 ? names.current : names.previous} is shorter than 24 bytes`);
  });
  return secrets;
}
