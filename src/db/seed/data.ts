/**
 * Seed data for local development and tests: realistic currencies, stablecoins, fees, payment
 * types, locations, providers and a deterministic daily rate history. Providers are sandboxes.
 */
import { makeIcan } from "../../lib/ican";
import { dec, formatDecimal } from "../../lib/money";
import { CORE_CHAIN } from "../../providers/network";
import type * as schema from "../schema";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

const FIAT: Array<[code: string, name: string, decimals: number, min: string, max: string]> = [
  ["EUR", "Euro", 2, "1.00", "100000.00"],
  ["USD", "US Dollar", 2, "1.00", "100000.00"],
  ["GBP", "Pound Sterling", 2, "1.00", "100000.00"],
  ["CHF", "Swiss Franc", 2, "1.00", "100000.00"],
  ["AUD", "Australian Dollar", 2, "1.00", "150000.00"],
  ["CAD", "Canadian Dollar", 2, "1.00", "150000.00"],
  ["JPY", "Japanese Yen", 0, "100", "15000000"],
  ["SEK", "Swedish Krona", 2, "10.00", "1000000.00"],
  ["PLN", "Polish Zloty", 2, "5.00", "400000.00"],
  // Three decimals (ISO 4217 minor unit 3): the fils. JPY above has none.
  ["KWD", "Kuwaiti Dinar", 3, "0.300", "30000.000"],
];

/**
 * Stablecoins on Core Blockchain; each resolves to its fiat for pricing. Their rows name the chain
 * only: the network (mainnet/testnet/enterprise) is the deployment's CORE_NETWORK.
 */
const STABLECOINS: Array<[code: string, name: string, fiat: string, min: string, max: string]> = [
  ["USDX", "CorePort USD", "USD", "10.000000", "50000.000000"],
  ["EURX", "CorePort Euro", "EUR", "10.000000", "50000.000000"],
  ["GBPX", "CorePort Pound", "GBP", "10.000000", "40000.000000"],
  ["CHFX", "CorePort Franc", "CHF", "10.000000", "50000.000000"],
  ["AUDX", "CorePort Australian Dollar", "AUD", "15.000000", "75000.000000"],
];

/**
 * Token contract addresses of the sandbox stablecoins, on testnet (the sandbox's CORE_NETWORK): what
 * CIP-10 payment URIs name the token by. Made up and recognisable — 32 zeros, then the ticker's
 * ASCII in hex (USDX → …55534458) — so nobody mistakes them for deployed contracts. A deployment on
 * another network needs its own addresses (live mode refuses to build a URI without one).
 */
export function sandboxContractAddress(code: string): string {
  const ascii = [...code].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  return makeIcan("ab", ascii.padStart(40, "0"));
}

export const seedAssets: Insert<typeof schema.assets>[] = [
  ...FIAT.map(([code, name, decimals, minAmount, maxAmount], i) => ({
    code, name, kind: "fiat" as const, decimals, fiatCode: code, network: null, contractAddress: null, symbol: null,
    purchasable: false, unwrappable: false, minAmount, maxAmount, enabled: true, sortOrder: 100 + i,
  })),
  ...STABLECOINS.map(([code, name, fiatCode, minAmount, maxAmount], i) => ({
    code, name, kind: "stablecoin" as const, decimals: 6, fiatCode, network: CORE_CHAIN,
    contractAddress: sandboxContractAddress(code), symbol: code, purchasable: true, unwrappable: true, minAmount, maxAmount, enabled: true, sortOrder: i,
  })),
];

/** Fees: "enter" (buy/pay in) and "exit" (cash out) per stablecoin; card payments cost more. */
export const seedFeeSchedules: Insert<typeof schema.feeSchedules>[] = STABLECOINS.flatMap(([code]) => [
  { id: `fee_${code.toLowerCase()}_enter`, assetCode: code, action: "enter" as const, paymentType: null,
    percentFee: "1.00", fixedFee: "0.30", networkFee: "0.05", minFee: "0.50", maxReferralPercent: "4.00" },
  { id: `fee_${code.toLowerCase()}_enter_mypos`, assetCode: code, action: "enter" as const, paymentType: "mypos",
    percentFee: "2.50", fixedFee: "0.25", networkFee: "0.05", minFee: "0.75", maxReferralPercent: "4.00" },
  { id: `fee_${code.toLowerCase()}_exit`, assetCode: code, action: "exit" as const, paymentType: null,
    percentFee: "0.80", fixedFee: "0.00", networkFee: "1.00", minFee: "1.00", maxReferralPercent: "4.00" },
]);

const STABLE_CODES = STABLECOINS.map(([code]) => code);

export const seedPaymentTypes: Insert<typeof schema.paymentTypes>[] = [
  { code: "mypos", name: "Card (myPOS)", description: "Visa / Mastercard through the myPOS hosted checkout",
    flows: ["payment", "onramp"], assetCodes: ["EUR", "USD", "GBP", "CHF", "JPY", "KWD"], publicConfig: { expiresInMinutes: 30, threeDSecure: true }, sortOrder: 0 },
  { code: "payto", name: "PayTo deposit", description: "Send stablecoins to a one-time deposit address",
    flows: ["payment", "offramp"], assetCodes: STABLE_CODES, publicConfig: { expiresInMinutes: 60 }, sortOrder: 1 },
  { code: "corepay", name: "CorePay", description: "Pay on-chain straight to the merchant's Core Blockchain address",
    flows: ["payment"], assetCodes: STABLE_CODES, publicConfig: { expiresInMinutes: 60, confirmations: 3 }, sortOrder: 2 },
  { code: "bank", name: "Bank transfer (SEPA / Faster Payments)", description: "Bank transfer through WallMoney & Partners",
    flows: ["onramp", "offramp"], assetCodes: ["EUR", "GBP", "CHF"], publicConfig: { expiresInMinutes: 4320, referenceFormat: "ISO 11649" }, sortOrder: 3 },
];

export const seedLocations: Insert<typeof schema.locations>[] = [
  { code: "DE", name: "Germany", region: "EEA", currencies: ["EUR"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "FR", name: "France", region: "EEA", currencies: ["EUR"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "NL", name: "Netherlands", region: "EEA", currencies: ["EUR"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "SK", name: "Slovakia", region: "EEA", currencies: ["EUR"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "GB", name: "United Kingdom", region: "UK", currencies: ["GBP"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "CH", name: "Switzerland", region: "CH", currencies: ["CHF", "EUR"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "KW", name: "Kuwait", region: "GCC", currencies: ["KWD"], paymentTypes: ["mypos", "payto", "corepay", "bank"] },
  { code: "JP", name: "Japan", region: "APAC", currencies: ["JPY"], paymentTypes: ["mypos", "payto", "corepay"], offrampEnabled: false },
  { code: "AU", name: "Australia", region: "APAC", currencies: ["AUD"], paymentTypes: ["payto", "corepay"], offrampEnabled: false },
  { code: "US", name: "United States", region: "NA", currencies: ["USD"], paymentTypes: ["payto", "corepay"], onrampEnabled: false, offrampEnabled: false },
];

/**
 * Where bank on-ramp customers send money in the sandbox: one collection account per currency
 * (published ISO example IBANs with their banks' BICs — valid by checksum, never real client funds).
 * Operators replace these with WallMoney's real client-money accounts in the live provider row.
 */
export const WALLMONEY_SANDBOX_COLLECTION_ACCOUNTS = [
  { currency: "EUR", beneficiaryName: "WallMoney and Partners Client Funds", iban: "DE89370400440532013000", bic: "COBADEFFXXX", bankName: "Commerzbank AG (sandbox)" },
  { currency: "GBP", beneficiaryName: "WallMoney and Partners Client Funds", iban: "GB29NWBK60161331926819", bic: "NWBKGB2LXXX", bankName: "NatWest (sandbox)" },
  { currency: "CHF", beneficiaryName: "WallMoney and Partners Client Funds", iban: "CH9300762011623852957", bic: "UBSWCHZH80A", bankName: "UBS Switzerland AG (sandbox)" },
];

export const seedProviders: Insert<typeof schema.providers>[] = [
  { code: "mypos", name: "myPOS Checkout", kind: "payment", mode: "sandbox", assetCodes: ["EUR", "USD", "GBP", "CHF", "JPY", "KWD"],
    countries: ["DE", "FR", "NL", "SK", "GB", "CH", "KW", "JP"], paymentTypes: ["mypos"],
    publicConfig: { ipcVersion: "1.4", checkout: "hosted" }, secretNames: ["MYPOS_PRIVATE_KEY", "MYPOS_PUBLIC_CERT"], sortOrder: 0 },
  { code: "wallmoney", name: "WallMoney & Partners", kind: "onramp", mode: "sandbox", assetCodes: STABLE_CODES,
    countries: ["DE", "FR", "NL", "SK", "GB", "CH"], paymentTypes: ["bank", "mypos"],
    publicConfig: { settlement: "SEPA Instant, Faster Payments", settlementHours: 24, collectionAccounts: WALLMONEY_SANDBOX_COLLECTION_ACCOUNTS },
    secretNames: ["WALLMONEY_API_KEY", "ONRAMP_WEBHOOK_SECRET"], sortOrder: 0 },
  { code: "wallmoney-payout", name: "WallMoney & Partners Payouts", kind: "offramp", mode: "sandbox", assetCodes: STABLE_CODES,
    countries: ["DE", "FR", "NL", "SK", "GB", "CH", "KW"], paymentTypes: ["bank"],
    publicConfig: { settlement: "SEPA Credit Transfer, Faster Payments, SIC, SWIFT (KWD)", settlementHours: 48 }, secretNames: ["WALLMONEY_API_KEY", "OFFRAMP_WEBHOOK_SECRET"], sortOrder: 0 },
  { code: "coreport-otc", name: "CorePort OTC Desk", kind: "offramp", mode: "sandbox", assetCodes: STABLE_CODES,
    countries: ["DE", "FR", "NL", "SK", "GB", "CH", "AU", "US"], paymentTypes: ["payto"],
    publicConfig: { payout: "crypto" }, secretNames: ["OTC_API_KEY"], sortOrder: 1 },
  { code: "wallmoney-intrabank", name: "WallMoney Intrabank", kind: "intrabank", mode: "sandbox", assetCodes: ["EUR", "GBP", "CHF"],
    countries: ["DE", "FR", "NL", "SK", "GB", "CH"], paymentTypes: ["bank"],
    publicConfig: { instant: true, cutoff: "none" }, secretNames: ["WALLMONEY_API_KEY"], sortOrder: 0 },
  { code: "corepass", name: "CorePass Transfer", kind: "intrabank", mode: "sandbox", assetCodes: STABLE_CODES,
    countries: ["DE", "FR", "NL", "SK", "GB", "CH", "AU", "US"], paymentTypes: ["corepay"],
    publicConfig: { instant: true }, secretNames: [], sortOrder: 1 },
];

/**
 * Ramp limits in units of the stablecoin: per order (min, max) and per destination (wallet address
 * or bank account) over a rolling 24 h. Cards carry chargeback risk, so they get the tightest caps;
 * a rail-less row is the fallback for a rail without its own. AUDX is scaled to its currency.
 */
const RAMP_LIMITS: Array<[direction: "onramp" | "offramp", rail: "card" | "bank" | "crypto" | null, min: string, max: string, perDay: string]> = [
  ["onramp", "card", "20.00", "5000.00", "10000.00"],
  ["onramp", "bank", "10.00", "50000.00", "100000.00"],
  ["onramp", null, "20.00", "5000.00", "10000.00"],
  ["offramp", "bank", "20.00", "50000.00", "100000.00"],
  ["offramp", "crypto", "10.00", "25000.00", "50000.00"],
  ["offramp", null, "20.00", "25000.00", "50000.00"],
];
const LIMIT_SCALE: Record<string, string> = { AUDX: "1.5" };

function scaleLimit(amount: string, coin: string): string {
  const factor = LIMIT_SCALE[coin];
  return factor ? formatDecimal(dec(amount).times(factor), 2) : amount;
}

export const seedRampLimits: Insert<typeof schema.rampLimits>[] = STABLECOINS.flatMap(([code]) =>
  RAMP_LIMITS.map(([direction, rail, min, max, perDay]) => ({
    id: `lim_${code.toLowerCase()}_${direction}_${rail ?? "default"}`,
    assetCode: code,
    direction,
    rail,
    minPerOrder: scaleLimit(min, code),
    maxPerOrder: scaleLimit(max, code),
    maxPerDestinationPerDay: scaleLimit(perDay, code),
    enabled: true,
  })),
);

/** Reference levels (1 EUR = x) around which the synthetic history moves; ECB-like precision. */
export const EUR_REFERENCE_RATES: Record<string, { rate: string; places: number }> = {
  USD: { rate: "1.0850", places: 4 },
  GBP: { rate: "0.8420", places: 5 },
  CHF: { rate: "0.9380", places: 4 },
  AUD: { rate: "1.6420", places: 4 },
  CAD: { rate: "1.4980", places: 4 },
  JPY: { rate: "163.20", places: 2 },
  // Not an ECB currency: in the sandbox it comes from the seed and the sandbox feed only.
  KWD: { rate: "0.3335", places: 4 },
  SEK: { rate: "11.3200", places: 4 },
  PLN: { rate: "4.2810", places: 4 },
};
