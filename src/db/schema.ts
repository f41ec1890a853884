/**
 * The D1 data model, one source of truth for tables and types. Money and rates are TEXT decimal
 * strings (exact, arbitrary precision, compared and computed with lib/money.ts), never REAL.
 * Timestamps are INTEGER milliseconds since the epoch. Migrations in /migrations are generated
 * from this file by drizzle-kit (`npm run db:generate`); test/schema.test.ts proves they agree.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>();

// ---------------------------------------------------------------------------------------------
// Configuration: assets, fees, payment types, locations, providers
// ---------------------------------------------------------------------------------------------

/** Fiat currencies and stablecoins. A stablecoin resolves to `fiatCode` for rate lookups. */
export const assets = sqliteTable("assets", {
  code: text("code").primaryKey(), // "USD", "USDX"
  name: text("name").notNull(),
  kind: text("kind", { enum: ["fiat", "stablecoin"] }).notNull(),
  /** Decimal places amounts of this asset may carry (USD 2, JPY 0, USDX 6). */
  decimals: integer("decimals").notNull(),
  /** The fiat this asset is priced as: itself for fiat, the underlying for a stablecoin. */
  fiatCode: text("fiat_code").notNull(),
  /**
   * Blockchain of a stablecoin, null for fiat. "core": Core Blockchain, on the network the deployment
   * runs (CORE_NETWORK; see assetNetwork in src/providers/network.ts); older rows say "core-mainnet".
   */
  network: text("network"),
  /** Token contract/ICAN of a stablecoin, null for fiat. */
  contractAddress: text("contract_address"),
  symbol: text("symbol"),
  /** Can be bought with fiat (on-ramp / "purchase" forms). */
  purchasable: integer("purchasable", { mode: "boolean" }).notNull().default(false),
  /** Can be sold back to fiat (off-ramp / "unwrap" forms). */
  unwrappable: integer("unwrappable", { mode: "boolean" }).notNull().default(false),
  minAmount: text("min_amount").notNull().default("0"),
  maxAmount: text("max_amount"),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index("assets_fiat_code_idx").on(t.fiatCode)]);

/**
 * Fees per asset and action ("enter" = customer pays fiat/coin in, "exit" = customer cashes out),
 * optionally per payment type (null = default for all types). `percentFee` is a percentage
 * ("1.50" = 1.5 %); fixed, network and min fees are in units of the asset.
 */
export const feeSchedules = sqliteTable("fee_schedules", {
  id: text("id").primaryKey(),
  assetCode: text("asset_code").notNull().references(() => assets.code),
  action: text("action", { enum: ["enter", "exit"] }).notNull(),
  paymentType: text("payment_type"),
  percentFee: text("percent_fee").notNull().default("0"),
  fixedFee: text("fixed_fee").notNull().default("0"),
  networkFee: text("network_fee").notNull().default("0"),
  minFee: text("min_fee").notNull().default("0"),
  /** Upper bound of the referral share a referrer may take, as a percentage of the amount. */
  maxReferralPercent: text("max_referral_percent").notNull().default("4.00"),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex("fee_schedules_asset_action_type_uq").on(t.assetCode, t.action, t.paymentType)]);

/** Payment methods offered to customers (mypos, payto, corepay, bank). */
export const paymentTypes = sqliteTable("payment_types", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  /** Which flows offer it: "payment", "onramp", "offramp". */
  flows: json<string[]>("flows").notNull(),
  /** Assets/currencies this type accepts. */
  assetCodes: json<string[]>("asset_codes").notNull(),
  /** Public, non-secret settings shown to widgets (e.g. expiry minutes, confirmations). */
  publicConfig: json<Record<string, unknown>>("public_config").notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Regions where CorePort operates and which payment types/currencies are offered there. */
export const locations = sqliteTable("locations", {
  code: text("code").primaryKey(), // ISO 3166-1 alpha-2 ("DE")
  name: text("name").notNull(),
  region: text("region").notNull(), // "EEA", "UK", "CH", "APAC"
  currencies: json<string[]>("currencies").notNull(),
  paymentTypes: json<string[]>("payment_types").notNull(),
  onrampEnabled: integer("onramp_enabled", { mode: "boolean" }).notNull().default(true),
  offrampEnabled: integer("offramp_enabled", { mode: "boolean" }).notNull().default(true),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * External providers: on/off-ramp partners, intrabank transfer rails and payment processors.
 * `publicConfig` may be shown to clients; credentials live in wrangler secrets named by
 * `secretNames` and are never stored here or returned by the API.
 */
export const providers = sqliteTable("providers", {
  code: text("code").primaryKey(), // "wallmoney", "mypos"
  name: text("name").notNull(),
  kind: text("kind", { enum: ["onramp", "offramp", "intrabank", "payment"] }).notNull(),
  /** "sandbox" in development and tests, "live" with real credentials. */
  mode: text("mode", { enum: ["sandbox", "live"] }).notNull().default("sandbox"),
  assetCodes: json<string[]>("asset_codes").notNull(),
  countries: json<string[]>("countries").notNull(),
  paymentTypes: json<string[]>("payment_types").notNull(),
  publicConfig: json<Record<string, unknown>>("public_config").notNull(),
  secretNames: json<string[]>("secret_names").notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index("providers_kind_idx").on(t.kind, t.enabled)]);

// ---------------------------------------------------------------------------------------------
// Exchange rates
// ---------------------------------------------------------------------------------------------

/** Latest known rate per pair: 1 `base` = `rate` `quote`. Fiat codes only (stablecoins resolve). */
export const exchangeRates = sqliteTable("exchange_rates", {
  base: text("base").notNull(),
  quote: text("quote").notNull(),
  rate: text("rate").notNull(),
  source: text("source").notNull(),
  asOf: integer("as_of", { mode: "timestamp_ms" }).notNull(),
  updatedAt: updatedAt(),
}, (t) => [primaryKey({ columns: [t.base, t.quote] }), index("exchange_rates_as_of_idx").on(t.asOf)]);

/** One fixing per pair and business day (ECB-style history). Days without a fixing have no row. */
export const exchangeRateHistory = sqliteTable("exchange_rate_history", {
  base: text("base").notNull(),
  quote: text("quote").notNull(),
  date: text("date").notNull(), // YYYY-MM-DD
  rate: text("rate").notNull(),
  source: text("source").notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.base, t.quote, t.date] }), index("exchange_rate_history_date_idx").on(t.date)]);

/** Health of each configured rate source, so a failing feed shows in /health. */
export const rateSources = sqliteTable("rate_sources", {
  name: text("name").primaryKey(),
  lastSuccessAt: integer("last_success_at", { mode: "timestamp_ms" }),
  lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
  lastError: text("last_error"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** When the source's complete history was loaded (the ECB's eurofxref-hist): set once, by the run that finished it. */
  historyBackfilledAt: integer("history_backfilled_at", { mode: "timestamp_ms" }),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------------
// Merchants, referrers, quotes
// ---------------------------------------------------------------------------------------------

export const merchants = sqliteTable("merchants", {
  id: text("id").primaryKey(), // mer_…
  name: text("name").notNull(),
  /** Core Blockchain ICAN address where CorePay payments settle. */
  payoutAddress: text("payout_address"),
  allowedOrigins: json<string[]>("allowed_origins").notNull(),
  status: text("status", { enum: ["active", "disabled"] }).notNull().default("active"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const apiKeys = sqliteTable("api_keys", {
  id: text("id").primaryKey(), // key_…
  merchantId: text("merchant_id").notNull().references(() => merchants.id),
  kind: text("kind", { enum: ["publishable", "secret"] }).notNull(),
  mode: text("mode", { enum: ["test", "live"] }).notNull(),
  /** First characters of the key ("sk_test_4x9a2b"), shown in listings to identify it. */
  prefix: text("prefix").notNull(),
  /** SHA-256 of the full key, hex. The key itself is never stored. */
  hash: text("hash").notNull(),
  allowedOrigins: json<string[]>("allowed_origins").notNull(),
  lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex("api_keys_hash_uq").on(t.hash), index("api_keys_merchant_idx").on(t.merchantId)]);

// ---------------------------------------------------------------------------------------------
// Notifications to merchants (Standard Webhooks): endpoints, events, deliveries, attempts
// ---------------------------------------------------------------------------------------------

/**
 * A merchant's notification endpoint. The `whsec_` signing secrets are stored AES-GCM encrypted
 * (key: WEBHOOK_SECRETS_KEY), never in clear. During a rotation the previous secret stays valid,
 * and deliveries carry both signatures, until `previousSecretExpiresAt`.
 */
export const webhookEndpoints = sqliteTable("webhook_endpoints", {
  id: text("id").primaryKey(), // whe_…
  merchantId: text("merchant_id").notNull().references(() => merchants.id),
  /** Mode of the key that registered it: live events never go to test endpoints and vice versa. */
  mode: text("mode", { enum: ["test", "live"] }).notNull(),
  url: text("url").notNull(),
  description: text("description"),
  /** Event types from the catalogue, or ["*"] for all. */
  eventTypes: json<string[]>("event_types").notNull(),
  /** enabled → failing (a delivery exhausted its retries) → disabled (failing for days, or by the merchant). */
  status: text("status", { enum: ["enabled", "failing", "disabled"] }).notNull().default("enabled"),
  disabledReason: text("disabled_reason", { enum: ["merchant", "persistent_failure"] }),
  secretCiphertext: text("secret_ciphertext").notNull(),
  previousSecretCiphertext: text("previous_secret_ciphertext"),
  previousSecretExpiresAt: integer("previous_secret_expires_at", { mode: "timestamp_ms" }),
  /** Start of the current run of failed attempts; null after any success. */
  failingSince: integer("failing_since", { mode: "timestamp_ms" }),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  lastSuccessAt: integer("last_success_at", { mode: "timestamp_ms" }),
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index("webhook_endpoints_merchant_idx").on(t.merchantId)]);

/** An event as published (id stable across redeliveries); `payload` is the exact JSON body every attempt sends. */
export const webhookEvents = sqliteTable("webhook_events", {
  id: text("id").primaryKey(), // evt_…
  merchantId: text("merchant_id").notNull(),
  type: text("type").notNull(),
  objectId: text("object_id").notNull(),
  mode: text("mode", { enum: ["test", "live"] }),
  payload: text("payload").notNull(),
  occurredAt: integer("occurred_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
}, (t) => [
  index("webhook_events_merchant_created_idx").on(t.merchantId, t.createdAt),
  index("webhook_events_object_idx").on(t.objectId),
]);

/** One event to one endpoint: retried on a schedule until it succeeds or the schedule is exhausted. */
export const webhookDeliveries = sqliteTable("webhook_deliveries", {
  id: text("id").primaryKey(), // del_…
  eventId: text("event_id").notNull().references(() => webhookEvents.id),
  endpointId: text("endpoint_id").notNull().references(() => webhookEndpoints.id),
  merchantId: text("merchant_id").notNull(),
  status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull().default("pending"),
  /** Scheduled attempts made so far (manual replays are not counted). */
  attemptCount: integer("attempt_count").notNull().default(0),
  /** When a pending delivery is next due; while an attempt is in flight, the end of its lease. */
  nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
  lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
  lastStatusCode: integer("last_status_code"),
  lastError: text("last_error"),
  succeededAt: integer("succeeded_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex("webhook_deliveries_event_endpoint_uq").on(t.eventId, t.endpointId),
  index("webhook_deliveries_due_idx").on(t.endpointId, t.status, t.nextAttemptAt),
  index("webhook_deliveries_status_due_idx").on(t.status, t.nextAttemptAt),
  index("webhook_deliveries_endpoint_created_idx").on(t.endpointId, t.createdAt),
]);

/** Every HTTP attempt of a delivery, scheduled or replayed by hand. */
export const webhookAttempts = sqliteTable("webhook_attempts", {
  id: text("id").primaryKey(), // att_…
  deliveryId: text("delivery_id").notNull().references(() => webhookDeliveries.id),
  endpointId: text("endpoint_id").notNull(),
  eventId: text("event_id").notNull(),
  trigger: text("trigger", { enum: ["scheduled", "replay"] }).notNull(),
  url: text("url").notNull(),
  outcome: text("outcome", { enum: ["succeeded", "failed"] }).notNull(),
  statusCode: integer("status_code"),
  latencyMs: integer("latency_ms").notNull(),
  error: text("error"),
  /** First 512 characters of the receiver's answer, for the merchant's debugging. */
  responseSnippet: text("response_snippet"),
  attemptedAt: integer("attempted_at", { mode: "timestamp_ms" }).notNull(),
}, (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.attemptedAt)]);

/** Referring sites (FinTag): ICAN payout address and the fee percentage they earn. */
export const referrers = sqliteTable("referrers", {
  id: text("id").primaryKey(), // ref_…
  domain: text("domain"),
  icanAddress: text("ican_address").notNull(),
  feePercent: text("fee_percent").notNull().default("0.00"),
  originatorName: text("originator_name"),
  source: text("source", { enum: ["meta", "json", "well-known", "manual"] }).notNull(),
  verifiedAt: integer("verified_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex("referrers_domain_uq").on(t.domain), index("referrers_ican_idx").on(t.icanAddress)]);

/** A priced offer. Payments and orders that reference an unexpired quote lock its rate and fees. */
export const quotes = sqliteTable("quotes", {
  id: text("id").primaryKey(), // quo_…
  merchantId: text("merchant_id"),
  kind: text("kind").notNull(), // "quote", "payto_cross_currency", "onramp_forex", "offramp", …
  action: text("action", { enum: ["enter", "exit"] }).notNull(),
  sourceAsset: text("source_asset").notNull(),
  targetAsset: text("target_asset").notNull(),
  sourceAmount: text("source_amount").notNull(),
  targetAmount: text("target_amount").notNull(),
  rate: text("rate").notNull(),
  rateAsOf: integer("rate_as_of", { mode: "timestamp_ms" }).notNull(),
  fees: json<Array<{ type: string; amount: string; asset: string }>>("fees").notNull(),
  totalFee: text("total_fee").notNull(),
  referrerId: text("referrer_id"),
  referralFee: text("referral_fee"),
  paymentType: text("payment_type"),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  usedBy: text("used_by"),
  createdAt: createdAt(),
}, (t) => [index("quotes_expires_idx").on(t.expiresAt)]);

// ---------------------------------------------------------------------------------------------
// Payments, ramp orders and their events
// ---------------------------------------------------------------------------------------------

/**
 * The queryable projection of a payment. The payment's Durable Object is the authority on its
 * state; this row is written from it (outbox) and carries `version` = the DO's event sequence.
 */
export const payments = sqliteTable("payments", {
  id: text("id").primaryKey(), // pay_…
  merchantId: text("merchant_id").notNull(),
  method: text("method", { enum: ["mypos", "payto", "corepay"] }).notNull(),
  status: text("status").notNull(),
  asset: text("asset").notNull(),
  amountExpected: text("amount_expected").notNull(),
  amountReceived: text("amount_received").notNull().default("0"),
  /** Settlement side for cross-currency payments (what the merchant receives). */
  settlementAsset: text("settlement_asset"),
  settlementAmount: text("settlement_amount"),
  rate: text("rate"),
  fees: json<Array<{ type: string; amount: string; asset: string }>>("fees").notNull(),
  quoteId: text("quote_id"),
  referrerId: text("referrer_id"),
  merchantReference: text("merchant_reference"),
  clientSecretHash: text("client_secret_hash").notNull(),
  depositAddress: text("deposit_address"),
  /** Where the customer pays when the address is not the payment's own (CorePay: the merchant's payout ICAN at creation). */
  payToAddress: text("pay_to_address"),
  /** Card checkouts: the merchant's pages the customer's browser returns to (never proof of payment). */
  returnUrl: text("return_url"),
  cancelUrl: text("cancel_url"),
  providerReference: text("provider_reference"),
  metadata: json<Record<string, string>>("metadata").notNull(),
  needsReview: integer("needs_review", { mode: "boolean" }).notNull().default(false),
  version: integer("version").notNull().default(0),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index("payments_merchant_created_idx").on(t.merchantId, t.createdAt),
  index("payments_status_expires_idx").on(t.status, t.expiresAt),
  uniqueIndex("payments_deposit_address_uq").on(t.depositAddress),
  index("payments_provider_ref_idx").on(t.providerReference),
]);

/** On-ramp (fiat → coin) and off-ramp (coin → fiat/crypto) orders; same projection rules as payments. */
export const rampOrders = sqliteTable("ramp_orders", {
  id: text("id").primaryKey(), // ord_…
  merchantId: text("merchant_id").notNull(),
  direction: text("direction", { enum: ["onramp", "offramp"] }).notNull(),
  rail: text("rail", { enum: ["card", "bank", "crypto"] }).notNull(),
  status: text("status").notNull(),
  sourceAsset: text("source_asset").notNull(),
  targetAsset: text("target_asset").notNull(),
  sourceAmount: text("source_amount").notNull(),
  targetAmount: text("target_amount").notNull(),
  amountDeposited: text("amount_deposited").notNull().default("0"),
  rate: text("rate"),
  fees: json<Array<{ type: string; amount: string; asset: string }>>("fees").notNull(),
  quoteId: text("quote_id"),
  referrerId: text("referrer_id"),
  providerCode: text("provider_code"),
  providerReference: text("provider_reference"),
  /** ISO 11649 creditor reference a bank transfer must carry ("RF18…"). */
  paymentReference: text("payment_reference"),
  depositAddress: text("deposit_address"),
  /** Wallet address (on-ramp) or bank account details (off-ramp), as entered. */
  destination: json<Record<string, string>>("destination").notNull(),
  /**
   * The destination in canonical form (lower-case address, electronic IBAN), from
   * services/ramps/limits.ts `destinationKey`: per-destination daily limits sum orders by it.
   */
  destinationKey: text("destination_key"),
  payoutTxHash: text("payout_tx_hash"),
  clientSecretHash: text("client_secret_hash").notNull(),
  merchantReference: text("merchant_reference"),
  metadata: json<Record<string, string>>("metadata").notNull(),
  /** Money arrived that the state machine could not settle (late, extra or wrong asset): an operator must look. */
  needsReview: integer("needs_review", { mode: "boolean" }).notNull().default(false),
  version: integer("version").notNull().default(0),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index("ramp_orders_merchant_created_idx").on(t.merchantId, t.createdAt),
  uniqueIndex("ramp_orders_payment_reference_uq").on(t.paymentReference),
  uniqueIndex("ramp_orders_deposit_address_uq").on(t.depositAddress),
  index("ramp_orders_status_expires_idx").on(t.status, t.expiresAt),
  index("ramp_orders_provider_ref_idx").on(t.providerReference),
  index("ramp_orders_destination_created_idx").on(t.destinationKey, t.createdAt),
]);

/**
 * Every event a payment/order's Durable Object received, accepted or refused, in its order (`seq`).
 * A provider event id is recorded once per subject: a redelivery is recognised and ignored.
 */
export const paymentEvents = sqliteTable("payment_events", {
  id: text("id").primaryKey(), // evt_…
  subjectId: text("subject_id").notNull(), // pay_… or ord_…
  seq: integer("seq").notNull(),
  type: text("type").notNull(), // "deposit.received", "checkout.notified", …
  source: text("source").notNull(), // "mypos", "payto", "system", "merchant", …
  providerEventId: text("provider_event_id"),
  fromStatus: text("from_status").notNull(),
  toStatus: text("to_status").notNull(),
  accepted: integer("accepted", { mode: "boolean" }).notNull(),
  reason: text("reason"),
  data: json<Record<string, unknown>>("data").notNull(),
  occurredAt: integer("occurred_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex("payment_events_subject_seq_uq").on(t.subjectId, t.seq),
  uniqueIndex("payment_events_provider_event_uq").on(t.subjectId, t.source, t.providerEventId),
]);

/** Stored results of POST requests made with an `Idempotency-Key` (kept 24 h). */
export const idempotencyKeys = sqliteTable("idempotency_keys", {
  scope: text("scope").notNull(), // merchant id or "public"
  key: text("key").notNull(),
  method: text("method").notNull(),
  path: text("path").notNull(),
  requestHash: text("request_hash").notNull(),
  state: text("state", { enum: ["in_flight", "completed"] }).notNull(),
  responseStatus: integer("response_status"),
  responseBody: text("response_body"),
  responseHeaders: json<Record<string, string>>("response_headers"),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_expires_idx").on(t.expiresAt)]);

// ---------------------------------------------------------------------------------------------
// Ramps: limits, liquidity, outgoing transfers
// ---------------------------------------------------------------------------------------------

/**
 * Ramp order limits per stablecoin, direction and rail (null rail = the default for every rail),
 * in units of the stablecoin. A null maximum means no limit. The per-destination limit sums the
 * orders to one wallet address or bank account over a rolling 24 hours.
 */
export const rampLimits = sqliteTable("ramp_limits", {
  id: text("id").primaryKey(), // "lim_eurx_onramp_bank"
  assetCode: text("asset_code").notNull().references(() => assets.code),
  direction: text("direction", { enum: ["onramp", "offramp"] }).notNull(),
  rail: text("rail", { enum: ["card", "bank", "crypto"] }),
  minPerOrder: text("min_per_order").notNull().default("0"),
  maxPerOrder: text("max_per_order"),
  maxPerDestinationPerDay: text("max_per_destination_per_day"),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex("ramp_limits_asset_direction_rail_uq").on(t.assetCode, t.direction, t.rail)]);

/**
 * Read-only mirror of each asset's LiquidityPool Durable Object (the authority), for listings and
 * /health. Written by the object itself; a row only moves forward (`version` increases).
 */
export const liquidityPools = sqliteTable("liquidity_pools", {
  assetCode: text("asset_code").primaryKey(),
  size: text("size").notNull(),
  reserved: text("reserved").notNull(),
  consumed: text("consumed").notNull(),
  available: text("available").notNull(),
  lowWaterMark: text("low_water_mark").notNull(),
  activeReservations: integer("active_reservations").notNull(),
  version: integer("version").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Money CorePort sends out to complete a ramp order: coins delivered for an on-ramp, a crypto or a
 * bank payout for an off-ramp. One row per order and kind, written before the provider is called
 * (its id is the provider's idempotency key), so a retry never sends twice.
 */
export const rampPayouts = sqliteTable("ramp_payouts", {
  id: text("id").primaryKey(), // pyo_…
  orderId: text("order_id").notNull(),
  kind: text("kind", { enum: ["coin_delivery", "crypto_payout", "bank_payout"] }).notNull(),
  providerCode: text("provider_code").notNull(),
  mode: text("mode", { enum: ["sandbox", "live"] }).notNull(),
  asset: text("asset").notNull(),
  amount: text("amount").notNull(),
  /** `{ network, address }` for coins, `{ iban, bic, accountHolderName }` for bank payouts. */
  destination: json<Record<string, string>>("destination").notNull(),
  status: text("status", { enum: ["submitted", "sent", "failed", "returned"] }).notNull(),
  providerReference: text("provider_reference"),
  txHash: text("tx_hash"),
  failureCode: text("failure_code"),
  failureMessage: text("failure_message"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex("ramp_payouts_order_kind_uq").on(t.orderId, t.kind),
  uniqueIndex("ramp_payouts_tx_hash_uq").on(t.txHash),
  index("ramp_payouts_provider_ref_idx").on(t.providerCode, t.providerReference),
]);

/**
 * Incoming bank transfers for the bank on-ramp that name no order: no reference, or a reference
 * CorePort never issued. Recorded (once per provider transfer id) so an operator can see and return
 * them; the money stays with WallMoney's unmatched funds until then. No order is touched.
 */
export const unmatchedTransfers = sqliteTable("unmatched_transfers", {
  id: text("id").primaryKey(), // utr_…
  provider: text("provider").notNull(),
  /** The provider's id of the transfer (de-duplication key with `provider`). */
  transactionId: text("transaction_id").notNull(),
  amount: text("amount").notNull(),
  currency: text("currency").notNull(),
  /** The reference the transfer carried, when it carried one. */
  reference: text("reference"),
  reason: text("reason", { enum: ["no_reference", "unknown_reference"] }).notNull(),
  status: text("status", { enum: ["open", "returned", "resolved"] }).notNull().default("open"),
  payloadHash: text("payload_hash").notNull(),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex("unmatched_transfers_provider_tx_uq").on(t.provider, t.transactionId),
  index("unmatched_transfers_status_created_idx").on(t.status, t.createdAt),
]);

export type Asset = typeof assets.$inferSelect;
export type FeeSchedule = typeof feeSchedules.$inferSelect;
export type PaymentType = typeof paymentTypes.$inferSelect;
export type Location = typeof locations.$inferSelect;
export type Provider = typeof providers.$inferSelect;
export type ExchangeRate = typeof exchangeRates.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type RampOrder = typeof rampOrders.$inferSelect;
export type PaymentEvent = typeof paymentEvents.$inferSelect;
export type RampLimit = typeof rampLimits.$inferSelect;
export type LiquidityPoolRow = typeof liquidityPools.$inferSelect;
export type RampPayout = typeof rampPayouts.$inferSelect;
export type UnmatchedTransfer = typeof unmatchedTransfers.$inferSelect;
export type Merchant = typeof merchants.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookEvent = typeof webhookEvents.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
