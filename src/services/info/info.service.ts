import type { Asset, FeeSchedule, Provider } from "../../db/schema";
import { dec, formatDecimal } from "../../lib/money";
import { assetNetworkOn, isCoreChain, type CoreNetwork } from "../../providers/network";
import type { ConfigSnapshot } from "../config/config-cache";
import type { FeeTerms, InfoAsset, InfoAssetList, InfoLocation, InfoPaymentType, InfoProvider } from "./info.schemas";

/**
 * Maps the config snapshot to the public payment-form views. Pure functions of the snapshot and the
 * deployment's Core network, memoised per snapshot (a new snapshot after a config change gets fresh views).
 */

/** Keys that name credentials. `publicConfig` must never hold them; if one slips in, it is not served. */
const SECRET_KEY = /secret|passw|token|api[-_]?key|private|credential|signature|signing|^key$|_key$|cert/i;

/** Deep copy of a public config object without credential-looking keys; `dropped` lists what was removed. */
export function redactConfig(value: Record<string, unknown>, path = ""): { config: Record<string, unknown>; dropped: string[] } {
  const config: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (SECRET_KEY.test(key)) {
      dropped.push(at);
      continue;
    }
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      const nested = redactConfig(inner as Record<string, unknown>, at);
      config[key] = nested.config;
      dropped.push(...nested.dropped);
    } else {
      config[key] = inner;
    }
  }
  return { config, dropped };
}

function feeTerms(schedule: FeeSchedule): FeeTerms {
  return {
    paymentType: schedule.paymentType,
    percent: schedule.percentFee,
    fixed: schedule.fixedFee,
    network: schedule.networkFee,
    minimum: schedule.minFee,
    maxReferralPercent: schedule.maxReferralPercent,
  };
}

const FLOW_OF = { purchase: "onramp", unwrap: "offramp" } as const;
const ACTION_OF = { purchase: "enter", unwrap: "exit" } as const;

function limitOf(asset: Asset, value: string | null): string | null {
  return value === null ? null : formatDecimal(dec(value), asset.decimals, "down");
}

/**
 * Decimal places amounts of `asset` are shown with: a fiat currency's own (its minor unit), a
 * stablecoin's fiat's (EURX like EUR); a coin whose fiat is not in the table shows all its decimals.
 */
export function displayDecimalsOf(asset: Pick<Asset, "kind" | "decimals" | "fiatCode">, byCode: ReadonlyMap<string, Pick<Asset, "kind" | "decimals">>): number {
  if (asset.kind === "fiat") return asset.decimals;
  const fiat = byCode.get(asset.fiatCode);
  return fiat?.kind === "fiat" ? Math.min(fiat.decimals, asset.decimals) : asset.decimals;
}

function assetList(snapshot: ConfigSnapshot, network: CoreNetwork, type: "purchase" | "unwrap"): InfoAssetList {
  const byCode = new Map(snapshot.assets.map((a) => [a.code, a]));
  // Fiat a customer pays with (purchase) or is paid out in (unwrap): what the flow's payment types take.
  const flowFiat = new Set(
    snapshot.paymentTypes
      .filter((t) => t.flows.includes(FLOW_OF[type]))
      .flatMap((t) => t.assetCodes)
      .filter((code) => byCode.get(code)?.kind === "fiat"),
  );
  const offered = snapshot.assets.filter((a) => (type === "purchase" ? a.purchasable : a.unwrappable));
  const data: InfoAsset[] = offered.map((asset) => {
    const counter = snapshot.assets.filter((a) => a.kind === "fiat" && (flowFiat.has(a.code) || a.code === asset.fiatCode));
    return {
      code: asset.code,
      name: asset.name,
      kind: asset.kind,
      symbol: asset.symbol,
      decimals: asset.decimals,
      displayDecimals: displayDecimalsOf(asset, byCode),
      fiatCode: asset.fiatCode,
      network: assetNetworkOn(network, asset.network),
      contractAddress: asset.contractAddress,
      limits: { min: limitOf(asset, asset.minAmount)!, max: limitOf(asset, asset.maxAmount) },
      fees: snapshot.feeSchedules
        .filter((f) => f.assetCode === asset.code && f.action === ACTION_OF[type])
        .sort((a, b) => (a.paymentType ?? "").localeCompare(b.paymentType ?? ""))
        .map(feeTerms),
      ratePairs: counter.map((fiat) => ({
        base: asset.code,
        quote: fiat.code,
        resolvedBase: asset.fiatCode,
        resolvedQuote: fiat.fiatCode,
        path: `/api/v1/rates/${asset.code}/${fiat.code}`,
      })),
    };
  });
  return { type, data };
}

function providerView(provider: Provider, dropped: string[]): InfoProvider {
  const redacted = redactConfig(provider.publicConfig);
  dropped.push(...redacted.dropped.map((k) => `providers.${provider.code}.${k}`));
  // secretNames is deliberately not mapped: the names of credentials are not for clients either.
  return {
    code: provider.code,
    name: provider.name,
    kind: provider.kind,
    mode: provider.mode,
    assets: provider.assetCodes,
    countries: provider.countries,
    paymentTypes: provider.paymentTypes,
    config: redacted.config,
  };
}

export interface InfoViews {
  purchase: InfoAssetList;
  unwrap: InfoAssetList;
  paymentTypes: { data: InfoPaymentType[] };
  locations: { data: InfoLocation[] };
  onramp: { data: InfoProvider[] };
  offramp: { data: InfoProvider[] };
  intraProviders: { data: InfoProvider[] };
  /** Config keys withheld because they look like credentials (a config mistake worth a warning). */
  redactedKeys: string[];
}

function buildViews(snapshot: ConfigSnapshot, network: CoreNetwork): InfoViews {
  const dropped: string[] = [];
  const providersOf = (kind: Provider["kind"]) => ({
    data: snapshot.providers.filter((p) => p.kind === kind).map((p) => providerView(p, dropped)),
  });
  const coreAssets = new Set(snapshot.assets.filter((a) => isCoreChain(a.network)).map((a) => a.code));
  const paymentTypes = snapshot.paymentTypes.map((t): InfoPaymentType => {
    const redacted = redactConfig(t.publicConfig);
    dropped.push(...redacted.dropped.map((k) => `paymentTypes.${t.code}.${k}`));
    // A type that moves Core coins (PayTo, CorePay) works on the deployment's network, whatever a stored config says.
    const config = t.assetCodes.some((code) => coreAssets.has(code)) ? { ...redacted.config, network: network.id } : redacted.config;
    return { code: t.code, name: t.name, description: t.description, flows: t.flows, assets: t.assetCodes, config };
  });
  return {
    purchase: assetList(snapshot, network, "purchase"),
    unwrap: assetList(snapshot, network, "unwrap"),
    paymentTypes: { data: paymentTypes },
    locations: {
      data: snapshot.locations.map((l) => ({
        code: l.code,
        name: l.name,
        region: l.region,
        currencies: l.currencies,
        paymentTypes: l.paymentTypes,
        onramp: l.onrampEnabled,
        offramp: l.offrampEnabled,
      })),
    },
    onramp: providersOf("onramp"),
    offramp: providersOf("offramp"),
    intraProviders: providersOf("intrabank"),
    redactedKeys: [...new Set(dropped)],
  };
}

const views = new WeakMap<ConfigSnapshot, Map<CoreNetwork, InfoViews>>();

export function infoViews(snapshot: ConfigSnapshot, network: CoreNetwork): InfoViews {
  let byNetwork = views.get(snapshot);
  if (!byNetwork) views.set(snapshot, (byNetwork = new Map()));
  let built = byNetwork.get(network);
  if (!built) byNetwork.set(network, (built = buildViews(snapshot, network)));
  return built;
}
