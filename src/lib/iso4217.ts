/**
 * ISO 4217 as data: the active alphabetic codes of List One ("Current currency & funds") with their
 * minor unit — the number of decimals an amount in the currency is written with. Source: List One as
 * the ISO 4217 maintenance agency (SIX Group) publishes it in 2025 (with ZWG for Zimbabwe and XCG
 * for Curaçao and Sint Maarten; without HRK, withdrawn in 2023). Codes whose minor unit the list gives as "N.A."
 * (precious metals, SDR, bond-market units, the testing code XTS and XXX) are not money CorePort
 * handles and are left out.
 *
 * Fiat rows in the `assets` table are checked against this table when the configuration loads
 * (services/config/config-cache.ts): a fiat currency ISO 4217 does not know, or whose decimals
 * differ from its minor unit, is left out and reported in /health.
 */

/** Currencies by minor unit; every other active code has 2. */
const EXCEPTIONS: Record<number, readonly string[]> = {
  0: ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"],
  3: ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"],
  4: ["CLF", "UYW"],
};

const TWO_DECIMALS = [
  "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BOV",
  "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK",
  "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL",
  "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
  "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO",
  "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK",
  "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS",
  "UAH", "USD", "USN", "UYU", "UZS", "VED", "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
];

const MINOR_UNITS: ReadonlyMap<string, number> = new Map([
  ...TWO_DECIMALS.map((code) => [code, 2] as const),
  ...Object.entries(EXCEPTIONS).flatMap(([units, codes]) => codes.map((code) => [code, Number(units)] as const)),
]);

/** The minor unit (decimals) of an active ISO 4217 currency, or undefined for a code the list does not have. */
export function iso4217MinorUnit(code: string): number | undefined {
  return MINOR_UNITS.get(code);
}

export function isIso4217Code(code: string): boolean {
  return MINOR_UNITS.has(code);
}

/** Why a fiat currency row does not agree with ISO 4217, or undefined when it does. */
export function iso4217Problem(code: string, decimals: number): string | undefined {
  const minor = MINOR_UNITS.get(code);
  if (minor === undefined) return `'${code}' is not an active ISO 4217 currency code`;
  if (minor !== decimals) return `ISO 4217 gives ${code} ${minor} decimals, not ${decimals}`;
  return undefined;
}
