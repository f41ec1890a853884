/**
 * GENERATED from the CorePort OpenAPI document by scripts/client-types.mjs (openapi-typescript).
 * Do not edit: run `npm run client:generate` after changing a route. `npm test` fails when stale.
 */

export interface paths {
    "/api/v1/admin/config/invalidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reload payment-form config (operators)
         * @description Call after changing assets, fees, payment types, locations or providers in D1: bumps the config version so every isolate reloads (immediately here, within about a minute everywhere). Needs `Authorization: Bearer <ADMIN_TOKEN>`.
         */
        post: operations["invalidateConfigCache"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a merchant event
         * @description Puts an event on the notifications queue, exactly as a payment state change does: the consumer records it with one delivery per matching endpoint of the merchant (listed by GET /webhook-endpoints/{id}/deliveries) and attempts them. For operators: re-emitting an event, load tests, support.
         */
        post: operations["adminPublishEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/liquidity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List liquidity pools
         * @description Live state of the pool of every stablecoin (and of any other asset with a pool). Operator token required.
         */
        get: operations["listLiquidityPools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/liquidity/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a liquidity pool
         * @description Live state of one asset's pool; an asset never configured reads as an empty, `unavailable` pool.
         */
        get: operations["getLiquidityPool"];
        put?: never;
        /**
         * Set a liquidity pool's size
         * @description Sets what the asset's pool holds now and its low-water mark. Orders reserve from the pool, completion consumes, expiry or failure releases. A size below the reserved amount is refused (409), as is a stale `expectedVersion`.
         */
        post: operations["setLiquidityPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merchants
         * @description Newest first, cursor pagination.
         */
        get: operations["adminListMerchants"];
        put?: never;
        /**
         * Create a merchant
         * @description Operator only (`Authorization: Bearer <ADMIN_TOKEN>`). Then create its keys with `POST /admin/merchants/{id}/keys`.
         */
        post: operations["adminCreateMerchant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a merchant */
        get: operations["adminGetMerchant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a merchant
         * @description Rename, change the origin allow-list or payout address, or disable (all its keys stop working at once).
         */
        patch: operations["adminUpdateMerchant"];
        trace?: never;
    };
    "/api/v1/admin/merchants/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a merchant's API keys
         * @description Prefixes, kinds, last use and revocation; never the keys.
         */
        get: operations["adminListApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Returns the full key once; only its SHA-256 hash and prefix are stored. A publishable key needs an origin allow-list (its own or the merchant's).
         */
        post: operations["adminCreateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants/{id}/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description Effective immediately (every request looks the key up). Revoking twice is a no-op.
         */
        post: operations["adminRevokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push exchange rates by hand (operator)
         * @description Writes the given rates as the latest rates (unless newer ones exist) and as the day's fixing, in one transaction, then refreshes the rates cache. Validated like a feed: positive, plausible, and within RATE_MAX_JUMP_PERCENT of the previous value unless `allowLargeMove`. All or nothing: any rejected rate → 422 naming it. Requires `Authorization: Bearer <ADMIN_TOKEN>`.
         */
        post: operations["pushRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sandbox/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sandbox on-/off-ramp order (operator, non-production)
         * @description As the sandbox payment, for a ramp order: its Durable Object, D1 row and expiry alarm. Refused (403) in production.
         */
        post: operations["adminCreateSandboxOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sandbox/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sandbox payment (operator, non-production)
         * @description Creates a payment through the payments core — Durable Object, D1 projection, expiry alarm — without a payment method, so that provider webhooks, the simulator and the bench have something to act on. Refused (403) when ENVIRONMENT is production. Accepts an optional `Idempotency-Key`.
         */
        post: operations["adminCreateSandboxPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subjects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inspect a payment/order's object and outbox
         * @description What the payment's Durable Object holds against what D1 shows: versions, event counts on both sides, outbox progress (unprojected events, unpublished notifications, failures, next retry) and whether the two agree.
         */
        get: operations["adminInspectSubject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event catalogue
         * @description Every event type CorePort sends, with what it means.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your events
         * @description Secret key. Every event published for the merchant (whether or not an endpoint wanted it), newest first: reconcile against it after an outage.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fintag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a site's FinTag document
         * @description Fetches `https://{domain}/.well-known/fintag.json` (an array of `{"ican:xcb", "defi:fee"}` entries), validates every entry (ICAN checksum, fee 0.00 %–4.00 % with at most two decimals, default 0.00 %) and returns them normalised. Only public https hostnames on the default port are fetched (no IP literals, localhost, internal names, userinfo or ports; redirects are re-checked, at most 3); answers must be JSON, at most 64 KiB, within 3 s. Results are cached (an hour; failures 1–5 minutes). 404 when the site publishes no FinTag; 502 when it is unreachable or invalid; 504 on timeout.
         */
        get: operations["getFintag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dependency health
         * @description Checks D1, KV, the payment Durable Object namespace and the age of the newest exchange rate, each with its latency. 200 when every critical dependency answers (status `ok` or `degraded`), 503 with the same body when one is down.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/assets/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assets for a payment form
         * @description Assets a customer can buy (`purchase`, on-ramp) or sell back (`unwrap`, off-ramp): tickers, names, decimals, network, per-transaction limits, the form's fee terms and the currency pairs they are priced against (see `/rates`). Cached: use the `ETag` with `If-None-Match`.
         */
        get: operations["listInfoAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/intra-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Intrabank transfer providers
         * @description Rails for transfers within a provider's network. Only public settings are returned: credentials never leave the server.
         */
        get: operations["listInfoIntraProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Locations
         * @description Countries CorePort serves, their currencies, payment types and whether on-ramp and off-ramp are offered.
         */
        get: operations["listInfoLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/offramp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Off-ramp providers
         * @description Partners that buy stablecoins back and pay out fiat or crypto. Only public settings are returned: credentials never leave the server.
         */
        get: operations["listInfoOfframpProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/onramp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * On-ramp providers
         * @description Partners that sell stablecoins for fiat. Only public settings are returned: credentials never leave the server.
         */
        get: operations["listInfoOnrampProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/payment-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payment types
         * @description Payment methods, the flows they serve (payment, onramp, offramp), the currencies they take and their public settings.
         */
        get: operations["listInfoPaymentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/info/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fee breakdown and receive amount
         * @description Prices a transaction with the asset's fee schedule for the action (and payment type): percentage, fixed, minimum top-up, network fee and the referral share of a FinTag site (from `referrer`, else the Referer header), with the rate used and its `asOf`. Rounding: every fee rounds up to the asset's decimals; for enter `totalFee + receive.amount = amount` exactly and the charge in `currency` rounds up; for exit the payout rounds down — the customer never receives more than the money allows. The quote is stored: pass its `id` as `quoteId` to a payment or order before `expiresAt` to lock the price. Amounts beyond the asset's decimals are 400; outside its limits 422 naming `minAmount`/`maxAmount`.
         */
        get: operations["getQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an off-ramp order (payout to another asset)
         * @description The customer deposits `asset` to a one-time address; once it arrives, `targetAsset` is sent to `walletAddress` (validated for the deployment's Core network, the asset's `network` in `GET /api/v1/info/assets/unwrap`: a wallet of another network is a 400). The deposit address is on that network too. Limits per order and per address per 24 h apply.
         */
        post: operations["createOfframp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a bank withdrawal off-ramp
         * @description The customer deposits the stablecoin to a one-time address; once it arrives, WallMoney & Partners pay the bank account (IBAN/BIC validated, holder's and account's country served). Limits per order and per account per 24 h apply (422 naming the limit and what remains).
         */
        post: operations["createBankOfframp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate an off-ramp (amount sent → amount received)
         * @description Prices cashing out `amount` of a stablecoin: every fee, the rate and its time, the amount received (rounded down), the asset's and rail's limits, and a quote id that an off-ramp order can lock until `expiresAt`.
         */
        post: operations["estimateOfframp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp/proceed-partial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay out what was deposited, at a fresh quote
         * @description For an order in `awaiting_decision` (short, over or late deposit): `quoteId` must be an /offramp/estimate for exactly the deposited amount. Other statuses → 409 naming the current one. Repeating an accepted call returns the order.
         */
        post: operations["proceedPartialOfframp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp/reject/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an off-ramp order
         * @description Merchant secret key or the order's client secret. Closes an order that was never funded (`rejected`), or refunds the deposit less the network fee (`refund_pending` → `refunded`). Allowed while `awaiting_deposit` or `awaiting_decision` (409 otherwise); repeating it returns the order.
         */
        post: operations["rejectOfframp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp/reverse-estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse off-ramp estimate (amount to receive → amount to send)
         * @description The smallest amount of the stablecoin to send so that the destination receives at least `receiveAmount` of `currency`, with the same fees, limits and quote as /offramp/estimate.
         */
        post: operations["reverseEstimateOfframp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offramp/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Off-ramp provider events
         * @description Events of off-ramp orders (secret `OFFRAMP_WEBHOOK_SECRET`), from three senders, told apart by `type`:
         *
         *     **CorePort's chain watcher**: `deposit.received` — coins arrived at the order's deposit address (or named order); several deposits add up; the exact amount → `payout_pending` and the payout starts, a different amount or a late deposit → `awaiting_decision`.
         *
         *     **WallMoney & Partners** (bank payouts; body `id` = `webhook-id`): `payout.sent` → `completed` (the payout's `endToEndId` becomes its reference), `payout.failed` (ISO 20022 `reasonCode`, no money moved) → `refund_pending`, `payout.returned` (the beneficiary's bank sent it back) → `refund_pending`. Each must name CorePort's payout of that order (`payoutId`, `orderId`) with its amount and currency (else 404/422); the payout record follows WallMoney's status. A return before its payout was sent is a 409 (retry later).
         *
         *     **The CorePort OTC desk** (crypto payouts, deposit refunds): `coins.delivered` — the crypto payout was broadcast (same coin-transfer contract as WallMoney) → `completed`; `refund.completed` — the deposit went back to its sender, less the network fee → `refunded`.
         *
         *     Signed with Standard Webhooks (HMAC-SHA256, headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). A bad, missing or stale signature is a 401 and nothing is written. The event is recorded by the subject's Durable Object before the 200; the same fact delivered again (same event type and transfer, under any `webhook-id`) returns the first outcome with `duplicate: true`; an event the state machine refuses (e.g. out of order) is recorded and answered 200 with `accepted: false` — do not retry those. Unknown payload fields are ignored.
         */
        post: operations["receiveOfframpWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onramp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an on-ramp order
         * @description Buy `receiveAmount` of a stablecoin (or lock `quoteId`) for `walletAddress` (validated for the deployment's Core network, the asset's `network` in `GET /api/v1/info/assets/purchase`: a wallet of another network is a 400), paid by card through the MyPOS hosted checkout or by bank transfer. Returns the order, its quote, what the customer must do next (`nextAction`), its expiry and `clientSecret`. The coins are reserved in the pool until the expiry.
         */
        post: operations["createOnramp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onramp/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a bank transfer on-ramp with WallMoney & Partners
         * @description Returns bank instructions: beneficiary, IBAN and BIC, the exact amount and currency, and an ISO 11649 reference the transfer must carry. The coins are reserved in the pool until the expiry (422 `limit: liquidity` when the pool cannot fill them). A transfer matched by its reference confirms the order and the coins are sent; a different amount waits for a decision (`awaiting_decision`).
         */
        post: operations["createBankOnramp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onramp/forex-estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate a cross-currency on-ramp (e.g. GBP → EURX)
         * @description Charge amount (rounded up), the exchange rate and its age, every fee, the coins received, the quote's expiry and id (lockable by an order), and the liquidity status of the asset's pool for this amount.
         */
        post: operations["forexEstimateOnramp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onramp/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * On-ramp provider events
         * @description Events of on-ramp orders (secret `ONRAMP_WEBHOOK_SECRET`), from two senders, told apart by `type`:
         *
         *     **WallMoney & Partners** (body `id` = `webhook-id`, the event id; a body signed under another id is a 400): `transfer.credited` — a bank transfer reached the collection account; matched by the ISO 11649 reference CorePort issued (`creditorReference`, else found in `remittanceInformation`), several transfers add up; the exact amount → `funds_confirmed` and the coins are sent, a wrong amount or money after the expiry → `awaiting_decision`. A transfer without our reference, or with one no order carries, is recorded as unmatched and answered 202 (`matched: false`): no order changes, the money stays with WallMoney for return. `coins.delivered` — the bought coins were broadcast (live mode): the hash is recorded on the coin delivery → `coins_sent`.
         *
         *     **CorePort's chain watcher / operations** (CorePort's own envelope `{type, timestamp, data}`): `coins.confirmed` → `completed`, `coins.failed` (dropped or reverted) → `refund_pending`, `refund.completed` (the fiat went back) → `refunded`.
         *
         *     Card on-ramps are funded through the myPOS notification (`/payments/mypos/webhook`), not here.
         *
         *     Signed with Standard Webhooks (HMAC-SHA256, headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). A bad, missing or stale signature is a 401 and nothing is written. The event is recorded by the subject's Durable Object before the 200; the same fact delivered again (same event type and transfer, under any `webhook-id`) returns the first outcome with `duplicate: true`; an event the state machine refuses (e.g. out of order) is recorded and answered 200 with `accepted: false` — do not retry those. Unknown payload fields are ignored.
         */
        post: operations["receiveOnrampWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your on-ramp and off-ramp orders
         * @description Secret key. The calling merchant's ramp orders, newest first, cursor pagination; filter by `status` and `direction`.
         */
        get: operations["listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an on-ramp or off-ramp order
         * @description The merchant's secret key, or the order's client secret (`X-Client-Secret`) from the customer's browser. The order now: amounts on both sides, each fee, the rate, the expiry, what to do next (`nextAction`: a bank on-ramp still awaiting its transfer repeats its bank instructions; an off-ramp the deposit to send or the decision to take) and `statusHistory`, every status it went through with when and why.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your payments
         * @description Secret key. The calling merchant's payments of every method, newest first, cursor pagination; filter by `status` and `method`.
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/corepay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a CorePay payment (on-chain, to your address)
         * @description The customer pays `amountExpected` of `asset` on Core Blockchain straight to your payout ICAN address (`corepay.address`; `cb…` mainnet / `ab…` testnet by configuration). Refused (422) when your account has no payout address. The chain watcher reports the transaction: seen → `processing`, confirmations counted, confirmed with ≥ `confirmationsRequired` → `succeeded` (or partially_paid / overpaid); a dropped or replaced transaction puts the payment back to waiting, never to paid. Requires an `Idempotency-Key` header.
         */
        post: operations["createCorepayPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/corepay/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a CorePay payment
         * @description Summary: status, amounts, fees, the address to pay and the timeline. Merchant secret key or the payment's client secret.
         */
        get: operations["getCorepayPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/corepay/status/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detailed on-chain status of a CorePay payment
         * @description Each transaction (hash, block, amount, confirmations seen / required, pending | confirmed | dropped), the amount seen vs expected, and every event with its time. Merchant secret key or the payment's client secret.
         */
        get: operations["getCorepayPaymentStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/corepay/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CorePay on-chain transaction events
         * @description The Core Blockchain watcher's events for a CorePay payment (secret `COREPAY_WEBHOOK_SECRET`): `transaction.seen` → processing, `transaction.confirmations` → count recorded, `transaction.confirmed` → paid only when its `confirmations` reach CorePort's policy for the asset (`COREPAY_CONFIRMATIONS`; below it, the transaction is held and the count recorded — the watcher's opinion never overrides the policy), `transaction.dropped` → waiting again (never paid). Event identity is the fact: type, transaction, block (`blockHash`, else `blockNumber`) and count.
         *
         *     Signed with Standard Webhooks (HMAC-SHA256, headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). A bad, missing or stale signature is a 401 and nothing is written. The event is recorded by the subject's Durable Object before the 200; the same fact delivered again (same event type and transfer, under any `webhook-id`) returns the first outcome with `duplicate: true`; an event the state machine refuses (e.g. out of order) is recorded and answered 200 with `accepted: false` — do not retry those. Unknown payload fields are ignored.
         */
        post: operations["receiveCorePayWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/mypos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a MyPOS card payment session
         * @description Returns `redirectUrl`: a CorePort page that posts the RSA-signed IPCPurchase form to the myPOS hosted checkout (no secret reaches the browser). myPOS's signed IPCPurchaseNotify makes the payment `succeeded`; IPCPurchaseRollback `reversed`. Fees: the card schedule (`enter`, payment type `mypos`) of the currency's stablecoin, which the merchant is credited (`settlement`). Requires an `Idempotency-Key` header.
         */
        post: operations["createMyposPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/mypos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a MyPOS card payment
         * @description Status, amounts, fees, settlement and the timeline of a card payment: what the customer's page shows after returning from the hosted checkout (the return itself proves nothing; the status changes when myPOS's signed notification arrives). Readable with the merchant's secret key or the payment's client secret (`X-Client-Secret`); any other caller gets a 404.
         */
        get: operations["getMyposPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/mypos/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MyPOS Checkout notifications
         * @description MyPOS IPC v1.4 `IPCPurchaseNotify` (payment succeeded) and `IPCPurchaseRollback` (payment reversed), form-encoded and RSA-SHA256 signed by MyPOS (`Signature`, last field). Answers exactly `OK` (200, text/plain) once the event is durable — MyPOS reverses the payment on any other answer. 503 while MyPOS signature verification is not configured.
         */
        post: operations["receiveMyposWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/payto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a PayTo payment (deposit address)
         * @description Creates a payment the customer pays by sending exactly `amountExpected` of `asset` to `payto.depositAddress`, an ICAN address unique to this payment (wallets can open `payto.paymentUri` or scan `payto.qrSvg`). Fees come from the fee schedule (`enter`, payment type `payto`), or from the stored quote named by `quoteId`, which is locked to this payment. Deposits add up: less than due → `partially_paid`, exact → `succeeded`, more → `overpaid`; deposits after `expiresAt` are recorded and flagged (`needsReview`). Requires an `Idempotency-Key` header; a retry with the same key and body returns the same payment.
         */
        post: operations["createPaytoPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/payto/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a PayTo payment
         * @description Status, amounts expected / received / remaining, the deposit details and the timeline of events. Readable with the merchant's secret key or the payment's client secret (`X-Client-Secret`); any other caller gets a 404.
         */
        get: operations["getPaytoPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/payto/cross-currency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a cross-currency PayTo payment at an estimate's quote
         * @description Creates a PayTo payment for exactly the estimate's send amount in the sender currency; `settlement` is the estimate's receive amount, and rate and fees are the quote's (locked to this payment; expired → 422, already used → 409). Requires an `Idempotency-Key`.
         */
        post: operations["createCrossCurrencyPaytoPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/payto/cross-currency-estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate a cross-currency PayTo payment
         * @description Prices a PayTo payment where the customer sends one stablecoin and you are credited another currency: amount to send, amount received, the rate and its age, every fee (the sender asset's `exit` schedule) and a stored quote valid until `expiresAt` (QUOTE_TTL_SECONDS). Fix either side with `side`.
         */
        post: operations["estimateCrossCurrencyPaytoPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/payto/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * PayTo deposit events
         * @description Deposits to a PayTo payment's deposit address, from the PayTo provider (secret `PAYTO_WEBHOOK_SECRET`). `deposit.pending` → processing; `deposit.confirmed` counts the deposit (several add up: partially_paid, succeeded, overpaid; after expiry flagged for review); `deposit.dropped` → waiting again.
         *
         *     Signed with Standard Webhooks (HMAC-SHA256, headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). A bad, missing or stale signature is a 401 and nothing is written. The event is recorded by the subject's Durable Object before the 200; the same fact delivered again (same event type and transfer, under any `webhook-id`) returns the first outcome with `duplicate: true`; an event the state machine refuses (e.g. out of order) is recorded and answered 200 with `accepted: false` — do not retry those. Unknown payload fields are ignored.
         */
        post: operations["receivePayToWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Connectivity check
         * @description Returns `pong` without touching any dependency.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rates/{base}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All rates for a base currency
         * @description Every enabled currency and stablecoin priced in `base` (a stablecoin base resolves to its fiat). Served from the edge cache (isolate memory, then KV); with `?date=` from the daily history. Responses carry a strong `ETag` and `Cache-Control`; send `If-None-Match` to get 304.
         */
        get: operations["getAllRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rates/{base}/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rate for a currency pair (latest, on a date, or daily series)
         * @description Latest rate by default (`LatestRate`, with `asOf` and `stale`). `?date=YYYY-MM-DD` gives that day's fixing or the nearest earlier one within 7 days (`HistoricalRate`, naming the day used). `?type=daily` gives the daily series (`DailyRates`) for `from`..`to` (default the 30 days to today, at most 366 days). Unknown currency → 404 naming it; malformed code or date, future date → 400; a date before the history → 404.
         */
        get: operations["getPairRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrer-meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referral metadata and fee split
         * @description The referrer of an ICAN `address`, of a `site` (verified through its FinTag), or of the page in the Referer header: its ICAN address and fee, the originating site and, with `asset` + `amount` (+ `action`), the split of a quote's fees between the referrer, CorePort and the network. A wrong ICAN checksum is a 400; an address no verified site declares is a 404.
         */
        get: operations["getReferrerMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notification endpoints
         * @description Secret key. The merchant's endpoints of the key's mode (never their secrets).
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a notification endpoint
         * @description Secret key. Returns the `whsec_…` signing secret once. At most 16 endpoints per merchant and mode.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a notification endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a notification endpoint
         * @description Pending deliveries to it are dropped with it; events stay listable under /events.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update, disable or re-enable an endpoint
         * @description `disabled: false` re-enables a disabled endpoint (also one disabled after persistent failure): its failure count is reset and pending deliveries resume.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description Newest first; filter by `status`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery with every attempt */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again, now
         * @description Re-sends the same event (same `webhook-id`, same body, fresh timestamp and signature) and returns the attempt. A success settles a pending or failed delivery; a failure changes nothing else.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns a new secret once. For `gracePeriodSeconds` (default 86400, at most 7 days) deliveries carry signatures with both the new and the previous secret, so receivers can switch without dropping events.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminSubject: {
            /** @example 25.000000 */
            amountExpected: string;
            /**
             * @description Exact sum of credited transactions
             * @example 0
             */
            amountReceived: string;
            /**
             * @description What the customer pays in
             * @example USDX
             */
            asset: string;
            /** @example 2026-11-27T10:45:30.000Z */
            expiresAt: string;
            /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
            id: string;
            /**
             * @example payment
             * @enum {string}
             */
            kind: "payment" | "onramp" | "offramp";
            /** @example false */
            needsReview: boolean;
            /**
             * @description The full D1 row as the Durable Object defines it (client secret hash omitted)
             * @example {
             *       "method": "payto"
             *     }
             */
            row: {
                [key: string]: unknown;
            };
            /** @example requires_payment */
            status: string;
            /**
             * @description Sequence number of the subject's last event
             * @example 1
             */
            version: number;
        };
        AllRates: {
            /**
             * Format: date-time
             * @description Latest rates: time of the oldest rate included
             * @example 2026-11-27T13:15:00.000Z
             */
            asOf?: string;
            /** @example USDX */
            base: string;
            /**
             * @description ?date= lookups: the fixing day used
             * @example 2016-12-23
             */
            date?: string;
            /**
             * @description 1 base = rate target, as a decimal string rounded half-even to 12 significant digits (exact decimal arithmetic; cross rates through EUR)
             * @example {
             *       "CHF": "0.864516129032",
             *       "EUR": "0.921658986175",
             *       "EURX": "0.921658986175",
             *       "USD": "1"
             *     }
             */
            rates: {
                [key: string]: string;
            };
            /**
             * @description ?date= lookups: the day asked for
             * @example 2016-12-25
             */
            requestedDate?: string;
            resolved: {
                /** @example USD */
                base: string;
            };
            /**
             * @description Stablecoin targets and the fiat they were priced as
             * @example {
             *       "EURX": "EUR"
             *     }
             */
            resolvedTargets: {
                [key: string]: string;
            };
            /**
             * @example [
             *       "ecb"
             *     ]
             */
            sources: string[];
            /**
             * @description Latest rates: true when a rate used is no longer current. An ECB fixing is current until the next TARGET business day's publication (16:00 Frankfurt time) plus RATE_PUBLICATION_GRACE_SECONDS, so Friday's fixing stays current over the weekend and holidays; rates from sources without a publication calendar (JSON feeds, operator pushes) once older than RATE_STALE_AFTER_SECONDS. Quotes refuse stale rates.
             * @example false
             */
            stale?: boolean;
            /**
             * @description Enabled currencies without a rate
             * @example []
             */
            unavailable: string[];
        };
        ApiKey: {
            /**
             * @description Publishable keys: browser origins allowed to use it (empty: the merchant's list)
             * @example []
             */
            allowedOrigins: string[];
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /** @example key_7k2abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /**
             * @example secret
             * @enum {string}
             */
            kind: "publishable" | "secret";
            /**
             * Format: date-time
             * @description Updated at most once a minute
             * @example 2026-11-27T10:15:00.000Z
             */
            lastUsedAt: string | null;
            /** @example mer_4x9abcdefghjkmnpqrstvwxyz0 */
            merchantId: string;
            /**
             * @example test
             * @enum {string}
             */
            mode: "test" | "live";
            /**
             * @description Start of the key, to recognise it; the key itself is never shown again
             * @example sk_test_4x9a2b
             */
            prefix: string;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            /** @enum {string} */
            object: "list";
        };
        AppliedFee: {
            /**
             * @description Decimal string in `asset`, rounded up to the asset's decimals
             * @example 4.000000
             */
            amount: string;
            /** @example EURX */
            asset: string;
            /** @example percentage */
            type: string;
        };
        /**
         * @example {
         *       "iban": "DE89 3704 0044 0532 0130 00",
         *       "bic": "COBADEFFXXX",
         *       "accountHolderName": "Anna Müller",
         *       "country": "DE"
         *     }
         */
        BankAccount: {
            /**
             * @description Name of the account holder as the bank knows it: 2–70 characters, letters of any script, digits, spaces and . , ' & ( ) / + -.
             * @example Anna Müller
             */
            accountHolderName: string;
            /**
             * @description BIC / SWIFT code (ISO 9362:2014), 8 or 11 characters; the first four may be letters or digits; normalised to upper case.
             * @example COBADEFFXXX
             */
            bic?: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example DE
             */
            country: string;
            /**
             * @description IBAN (ISO 13616), electronic or printed form; normalised to upper case without spaces. QR-IBANs are refused.
             * @example DE89370400440532013000
             */
            iban: string;
        };
        BankOnrampRequest: {
            /**
             * @description The stablecoin bought
             * @example EURX
             */
            asset: string;
            /**
             * @description Fiat sent by bank transfer (EUR, GBP, CHF); default the asset's fiat
             * @example EUR
             */
            currency?: string;
            /** @example topup-8812 */
            merchantReference?: string;
            /**
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description A quote from /onramp/forex-estimate to lock
             * @example quo_3c7h1k5m9q2t6v0w4x8y1z5a7b
             */
            quoteId?: string;
            /**
             * @description Coins to receive; omit when `quoteId` is given
             * @example 250.000000
             */
            receiveAmount?: string;
            /**
             * @description Destination wallet address on the network the asset lives on in this deployment (its `network` in `GET /api/v1/info/assets`): an ICAN (CIP-100) — `cb…` on a mainnet deployment, `ab…` on testnet (the sandbox), `ce…` on enterprise — in the electronic form or the printed one (upper case in groups of four); answers carry the electronic form. An address of another network is refused (400 `address_network`).
             * @example ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8
             */
            walletAddress: string;
        };
        /** @description Bank orders: where and how to transfer */
        BankTransferInstructions: {
            /**
             * @description UK accounts (GB IBANs) only: the 8-digit account number, taken from the IBAN (GBkk BBBB SSSSSS **AAAAAAAA**).
             * @example 31926819
             */
            accountNumber?: string;
            /**
             * @description Exactly this amount, in `currency`, with the currency's decimals.
             * @example 250.00
             */
            amount: string;
            /** @example Commerzbank AG */
            bankName: string;
            /** @example WallMoney and Partners Client Funds */
            beneficiaryName: string;
            /** @example COBADEFFXXX */
            bic: string;
            /** @example EUR */
            currency: string;
            /**
             * Format: date-time
             * @example 2026-11-30T10:15:30.000Z
             */
            expiresAt: string;
            /**
             * @description Electronic form
             * @example DE89370400440532013000
             */
            iban: string;
            /**
             * @description Printed in groups of four
             * @example DE89 3704 0044 0532 0130 00
             */
            ibanFormatted: string;
            /** @description EUR (SEPA) instructions only: a QR code European banking apps scan to fill in the whole transfer. */
            qr?: {
                /**
                 * @example EPC069-12
                 * @enum {string}
                 */
                format: "EPC069-12";
                /**
                 * @description The EPC069-12 (GiroCode) text the code carries: BCD, version 002, UTF-8, SCT, BIC, name, IBAN, amount, structured reference.
                 * @example BCD
                 *     002
                 *     1
                 *     SCT
                 *     COBADEFFXXX
                 *     WallMoney and Partners Client Funds
                 *     DE89370400440532013000
                 *     EUR250.00
                 *
                 *     RF554605891326572084
                 */
                payload: string;
                /**
                 * @description The payload as a QR code (error correction M), SVG
                 * @example <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 57 57">…</svg>
                 */
                svg: string;
            };
            /**
             * @description ISO 11649 creditor reference the transfer must carry (electronic form): 20 characters on SEPA and SIC, 18 on UK rails (Faster Payments and Bacs carry at most 18).
             * @example RF554605891326572084
             */
            reference: string;
            /**
             * @description The reference as the customer should type it: in groups of four where the rail's reference field has room for the spaces, unspaced on UK rails.
             * @example RF55 4605 8913 2657 2084
             */
            referenceFormatted: string;
            /** @example SEPA Credit Transfer */
            scheme: string;
            /**
             * @description UK accounts (GB IBANs) only: the 6-digit sort code UK banking apps ask for, taken from the IBAN (GBkk BBBB **SSSSSS** AAAAAAAA).
             * @example 601613
             */
            sortCode?: string;
        } | null;
        /** @description Card orders: the signed MyPOS checkout form */
        CardCheckoutForm: {
            /**
             * @description POST the fields to this URL from the customer's browser
             * @example https://www.mypos.com/vmp/checkout-test
             */
            action: string;
            /**
             * @description The signed IPCPurchase form fields, in order
             * @example [
             *       [
             *         "IPCmethod",
             *         "IPCPurchase"
             *       ],
             *       [
             *         "OrderID",
             *         "ord_5d2k8m1q4r7t9v3w6x0y2z8a4b"
             *       ]
             *     ]
             */
            fields: [
                string,
                string
            ][];
        } | null;
        ConfigVersion: {
            /**
             * @description New config version
             * @example mf3k2a9b-1c2d3e4f
             */
            version: string;
        };
        CorepayDetails: {
            /**
             * @description The merchant's ICAN address the customer pays to (fixed at creation)
             * @example ab3455c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f41
             */
            address: string;
            /**
             * @description Confirmations before the transaction counts (COREPAY_CONFIRMATIONS, per asset)
             * @example 3
             */
            confirmationsRequired: number;
            /**
             * @description Core Blockchain network of this deployment, as `network` in `GET /api/v1/info/assets`: `core-mainnet` (ICAN `cb…`) in production, `core-testnet` (`ab…`) in the sandbox, `core-enterprise` (`ce…`)
             * @example core-testnet
             * @enum {string}
             */
            network: "core-mainnet" | "core-testnet" | "core-enterprise";
            /** @example payto://xab/ab3455c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f41?amount=ab710000000000000000000000000000000055534458:49.99&message=pay_01hx7k3m9q2r5t8v0w4y6z1a3c */
            paymentUri: string;
            /** @example <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 41 41">…</svg> */
            qrSvg: string;
        };
        CorepayPayment: components["schemas"]["Payment"] & {
            corepay: components["schemas"]["CorepayDetails"];
        };
        CorepayStatus: {
            /** @example ab3455c4a8b2ee8c8ad1a85fd1d2b6cb1f0f2e0c7f41 */
            address: string;
            /** @example 49.990000 */
            amountExpected: string;
            /**
             * @description Confirmed amounts only
             * @example 0
             */
            amountReceived: string;
            /**
             * @description Confirmed plus pending (not dropped) amounts
             * @example 49.990000
             */
            amountSeen: string;
            /** @example USDX */
            asset: string;
            /** @example 3 */
            confirmationsRequired: number;
            /** @description Every event with its time, in order */
            events: components["schemas"]["PaymentTimelineEvent"][];
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            expiresAt: string;
            /**
             * @description Core Blockchain network of this deployment, as `network` in `GET /api/v1/info/assets`: `core-mainnet` (ICAN `cb…`) in production, `core-testnet` (`ab…`) in the sandbox, `core-enterprise` (`ce…`)
             * @example core-testnet
             * @enum {string}
             */
            network: "core-mainnet" | "core-testnet" | "core-enterprise";
            /** @example pay_01hx7k3m9q2r5t8v0w4y6z1a3c */
            paymentId: string;
            /**
             * @description `requires_payment`: Waiting for the customer to pay; `processing`: A payment is in flight (card authorising, transaction seen but not confirmed); `partially_paid`: Less than the amount due has arrived; more may follow until expiry; `succeeded`: Exactly the amount due has arrived; `overpaid`: More than the amount due has arrived; the merchant decides about the excess; `expired`: Not (fully) paid before the expiry; late money is recorded and flagged for review; `failed`: The payment failed (declined card, 3-D Secure failure, provider error); `cancelled`: Cancelled before any money arrived; `reversed`: Money was returned to the customer (card rollback or chargeback)
             * @example requires_payment
             * @enum {string}
             */
            status: "requires_payment" | "processing" | "partially_paid" | "succeeded" | "overpaid" | "expired" | "failed" | "cancelled" | "reversed";
            transactions: components["schemas"]["CorepayTransaction"][];
        };
        CorepayTransaction: {
            /** @example 49.990000 */
            amount: string | null;
            /** @example 18234771 */
            blockNumber: number | null;
            /**
             * @description Confirmations seen so far
             * @example 2
             */
            confirmations: number;
            /** @example 3 */
            confirmationsRequired: number;
            /**
             * Format: date-time
             * @example 2026-11-27T10:16:02.000Z
             */
            firstSeenAt: string;
            /** @example 0x8f2a6c1e9b3d47f0 */
            hash: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:16:40.000Z
             */
            lastUpdateAt: string;
            /**
             * @description pending: seen, not final; confirmed: counted; dropped: vanished or replaced (not counted)
             * @example pending
             * @enum {string}
             */
            state: "pending" | "confirmed" | "dropped";
        };
        /**
         * @example {
         *       "type": "transaction.confirmed",
         *       "timestamp": "2026-11-27T10:15:30Z",
         *       "data": {
         *         "paymentId": "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t",
         *         "transactionHash": "0x8f2a6c1e9b3d47f0a5c2e8b1d6f3a9c4e7b0d2f5a8c1e4b7d0f3a6c9e2b5d8f1",
         *         "asset": "USDX",
         *         "amount": "49.990000",
         *         "blockNumber": 18234771,
         *         "confirmations": 12
         *       }
         *     }
         */
        CorepayWebhookPayload: {
            data: {
                /**
                 * @description Amount transferred, in `asset`
                 * @example 49.990000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
                /**
                 * @description Hash of the block the transaction is in
                 * @example 0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2
                 */
                blockHash?: string;
                /** @example 18234771 */
                blockNumber?: number;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "transaction.seen";
        } | {
            data: {
                /**
                 * @description Hash of the block the transaction is in
                 * @example 0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2
                 */
                blockHash?: string;
                /** @example 3 */
                confirmations: number;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId: string;
                /**
                 * @description Confirmations the payment needs (the watcher's view)
                 * @example 12
                 */
                requiredConfirmations?: number;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "transaction.confirmations";
        } | {
            data: {
                /**
                 * @description Amount transferred, in `asset`
                 * @example 49.990000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
                /**
                 * @description Hash of the block the transaction is in
                 * @example 0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2
                 */
                blockHash?: string;
                /** @example 18234771 */
                blockNumber?: number;
                /** @example 3 */
                confirmations: number;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "transaction.confirmed";
        } | {
            data: {
                /**
                 * @description Hash of the block the transaction is in
                 * @example 0x9a8c1f0f1f3b0c1b5b4f9d3cbe0a4c8e2b1d7f6a5e4c3b2a1908f7e6d5c4b3a2
                 */
                blockHash?: string;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId: string;
                /** @example replaced by a transaction with a higher fee */
                reason?: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                replacedBy?: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "transaction.dropped";
        };
        CreateApiKeyRequest: {
            /**
             * @description Publishable keys only; default: the merchant's list
             * @example [
             *       "https://shop.acme.example"
             *     ]
             */
            allowedOrigins?: string[];
            /**
             * @example publishable
             * @enum {string}
             */
            kind: "publishable" | "secret";
            /**
             * @example test
             * @enum {string}
             */
            mode: "test" | "live";
        };
        CreateCorepayPayment: {
            /**
             * @description Exact amount due, as a decimal string with at most the asset's decimals (USDX: 6). More decimals are refused, never rounded.
             * @example 49.99
             */
            amount: string;
            /**
             * @description Stablecoin the customer pays in (see GET /api/v1/info/assets/purchase)
             * @example USDX
             */
            asset: string;
            /**
             * @description Seconds until the payment expires (60 … 86400, default 1800). Money arriving later is recorded and flagged for review.
             * @default 1800
             * @example 1800
             */
            expiresInSeconds?: number;
            /**
             * @description Your order number; shown on the timeline and in notifications
             * @example order-10472
             */
            merchantReference?: string;
            /**
             * @description Up to 20 string key/values, returned as given
             * @example {
             *       "cartId": "c_5521",
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description Referral: the ICAN address or site (FinTag) of the referrer; ignored when a quoteId fixes the fees
             * @example cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b
             */
            referrer?: string;
        };
        CreateCrossCurrencyPaytoPayment: {
            /**
             * @description Seconds until the payment expires (60 … 86400, default 1800). Money arriving later is recorded and flagged for review.
             * @default 1800
             * @example 1800
             */
            expiresInSeconds?: number;
            /**
             * @description Your order number; shown on the timeline and in notifications
             * @example order-10472
             */
            merchantReference?: string;
            /**
             * @description Up to 20 string key/values, returned as given
             * @example {
             *       "cartId": "c_5521",
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description The quoteId of a cross-currency estimate (unexpired, unused, yours)
             * @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b
             */
            quoteId: string;
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description The full key. Shown only in this response: store it now.
             * @example sk_test_4x9a2bcdefghjkmnpqrstvwxyz012345
             */
            key: string;
        };
        CreatedCorepayPayment: components["schemas"]["CorepayPayment"] & {
            /**
             * @description For the customer's browser: read this payment with `X-Client-Secret`. Returned only once, here.
             * @example pay_01hx7k3m9q2r5t8v0w4y6z1a3c_secret_4k8m2q6t0w3y7a1c5e9g2j6n0r
             */
            clientSecret: string;
        };
        CreatedMyposPayment: components["schemas"]["Payment"] & {
            /**
             * @description For the customer's browser: read this payment with `X-Client-Secret`. Returned only once, here.
             * @example pay_01hx7k3m9q2r5t8v0w4y6z1a3c_secret_4k8m2q6t0w3y7a1c5e9g2j6n0r
             */
            clientSecret: string;
            /**
             * Format: uri
             * @description Send the customer here: a CorePort page that posts the signed myPOS checkout form. It carries the client secret: give it only to this customer.
             * @example https://api.coreport.example/pay/mypos/pay_01hx7k3m9q2r5t8v0w4y6z1a3c?client_secret=pay_01hx7k3m9q2r5t8v0w4y6z1a3c_secret_4k8m2q6t0w3y7a1c5e9g2j6n0r
             */
            redirectUrl: string;
        };
        CreatedOfframpOrder: components["schemas"]["OfframpOrder"] & {
            /**
             * @description Returned once: lets the customer's browser read and reject this order
             * @example ord_8c4k2m9q4r7t1v6w0x5y2z8a3b_secret_q2m9f4k8c1x7w3
             */
            clientSecret: string;
        };
        CreatedPaytoPayment: components["schemas"]["PaytoPayment"] & {
            /**
             * @description For the customer's browser: read this payment with `X-Client-Secret`. Returned only once, here.
             * @example pay_01hx7k3m9q2r5t8v0w4y6z1a3c_secret_4k8m2q6t0w3y7a1c5e9g2j6n0r
             */
            clientSecret: string;
        };
        CreatedWebhookEndpoint: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description Signing secret (Standard Webhooks). Shown only in this response.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        CreateMerchantRequest: {
            /**
             * @default []
             * @example [
             *       "https://shop.acme.example"
             *     ]
             */
            allowedOrigins?: string[];
            /** @example Acme Coffee Ltd */
            name: string;
            /**
             * @description Core Blockchain ICAN where CorePay payments settle, on the deployment's network (CORE_NETWORK): `cb…` on mainnet, `ab…` on testnet (sandbox), `ce…` on enterprise; another network's address is a 400 (`address_network`). Electronic or printed form (upper case in groups of four); stored and answered in the electronic form.
             * @example ab70b1a1f4e0b6b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9
             */
            payoutAddress?: string;
        };
        CreateMyposPayment: {
            /**
             * @description Amount to charge the card, at most 2 decimals
             * @example 25.50
             */
            amount: string;
            /**
             * Format: uri
             * @description Your page for a cancelled checkout (default: returnUrl)
             * @example https://shop.acme.example/checkout/cancelled
             */
            cancelUrl?: string;
            /**
             * @description Card currency (EUR, USD, GBP, CHF)
             * @example EUR
             */
            currency: string;
            /**
             * @description Seconds until the payment expires (60 … 86400, default 1800). Money arriving later is recorded and flagged for review.
             * @default 1800
             * @example 1800
             */
            expiresInSeconds?: number;
            /**
             * @description Your order number; shown on the timeline and in notifications
             * @example order-10472
             */
            merchantReference?: string;
            /**
             * @description Up to 20 string key/values, returned as given
             * @example {
             *       "cartId": "c_5521",
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * Format: uri
             * @description Your page the customer returns to after the checkout (never proof of payment: wait for the notification)
             * @example https://shop.acme.example/checkout/complete
             */
            returnUrl: string;
        };
        CreatePaytoPayment: {
            /**
             * @description Exact amount due (at most the asset's decimals). Optional with a quoteId, which fixes it.
             * @example 25.00
             */
            amount?: string;
            /**
             * @description Stablecoin the customer pays in (see GET /api/v1/info/assets/purchase)
             * @example USDX
             */
            asset: string;
            /**
             * @description Seconds until the payment expires (60 … 86400, default 1800). Money arriving later is recorded and flagged for review.
             * @default 1800
             * @example 1800
             */
            expiresInSeconds?: number;
            /**
             * @description Your order number; shown on the timeline and in notifications
             * @example order-10472
             */
            merchantReference?: string;
            /**
             * @description Up to 20 string key/values, returned as given
             * @example {
             *       "cartId": "c_5521",
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description A stored, unexpired quote of this merchant to lock rate and fees (expired → 422, used by another payment → 409, unknown → 404)
             * @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b
             */
            quoteId?: string;
            /**
             * @description Referral: the ICAN address or site (FinTag) of the referrer; ignored when a quoteId fixes the fees
             * @example cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b
             */
            referrer?: string;
        };
        CreateSandboxOrder: {
            /** @example ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3 */
            depositAddress?: string;
            /**
             * @example offramp
             * @enum {string}
             */
            direction: "onramp" | "offramp";
            /**
             * @description Seconds until the expiry alarm
             * @default 1800
             * @example 1800
             */
            expiresInSeconds?: number;
            /**
             * @default mer_sandbox
             * @example mer_sandbox
             */
            merchantId?: string;
            /**
             * @example {
             *       "purpose": "bench"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /** @example RF18539007547034 */
            paymentReference?: string;
            /**
             * @example bank
             * @enum {string}
             */
            rail: "card" | "bank" | "crypto";
            /**
             * @description What the customer must pay in
             * @example 250.000000
             */
            sourceAmount: string;
            /** @example USDX */
            sourceAsset: string;
            /**
             * @description What the customer receives
             * @example 228.40
             */
            targetAmount: string;
            /** @example EUR */
            targetAsset: string;
        };
        CreateSandboxPayment: {
            /**
             * @description Amount due, at most the asset's decimals
             * @example 25.000000
             */
            amount: string;
            /** @example USDX */
            asset: string;
            /** @example ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3 */
            depositAddress?: string;
            /**
             * @description Seconds until the expiry alarm
             * @default 1800
             * @example 1800
             */
            expiresInSeconds?: number;
            /**
             * @default mer_sandbox
             * @example mer_sandbox
             */
            merchantId?: string;
            /**
             * @example {
             *       "purpose": "bench"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @example payto
             * @enum {string}
             */
            method: "mypos" | "payto" | "corepay";
        };
        CreateWebhookEndpointRequest: {
            /** @example Order fulfilment */
            description?: string;
            /**
             * @description Types from the catalogue, or ["*"]
             * @example [
             *       "payment.succeeded",
             *       "payment.partially_paid",
             *       "offramp.completed"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description Public https URL on the default port (http://localhost only in local development)
             * @example https://shop.acme.example/webhooks/coreport
             */
            url: string;
        };
        CrossCurrencyEstimate: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:20:30.000Z
             */
            expiresAt: string;
            /** @description Every fee, in the sender currency (rounded up) */
            fees: {
                /** @example 0.800000 */
                amount: string;
                /** @example EURX */
                asset: string;
                /** @example percentage */
                type: string;
            }[];
            /**
             * @description Pass to POST /payments/payto/cross-currency before expiresAt
             * @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b
             */
            quoteId: string;
            rate: {
                /**
                 * @description Seconds from the rate's reference time (`asOf`: for an ECB fixing, 14:15 Frankfurt time of its day) to the moment it was priced. It grows past a day over weekends and holidays while the rate is still current: whether a rate may price is decided by the TARGET calendar (an ECB fixing is current until the next business day's publication plus RATE_PUBLICATION_GRACE_SECONDS), not by this age
                 * @example 3600
                 */
                ageSeconds: number;
                /**
                 * Format: date-time
                 * @example 2026-11-26T16:00:00.000Z
                 */
                asOf: string;
                /** @example ecb */
                source: string;
                /**
                 * @description 1 senderCurrency = value receiverCurrency
                 * @example 1.0850000000
                 */
                value: string;
            };
            /**
             * @description What the merchant is credited: (send − fees) × rate, rounded down to the receiver currency's decimals
             * @example {
             *       "currency": "USDX",
             *       "amount": "107.590000"
             *     }
             */
            receive: {
                /** @example 100.000000 */
                amount: string;
                /** @example EURX */
                currency: string;
            };
            /**
             * @description What the customer sends (sender currency's decimals; rounded up when derived from side=receive)
             * @example {
             *       "currency": "EURX",
             *       "amount": "100.000000"
             *     }
             */
            send: {
                /** @example 100.000000 */
                amount: string;
                /** @example EURX */
                currency: string;
            };
            /** @example 1.800000 */
            totalFee: string;
        };
        CrossCurrencyEstimateRequest: {
            /**
             * @description The fixed side's amount: in senderCurrency (side=send) or receiverCurrency (side=receive)
             * @example 100.00
             */
            amount: string;
            /**
             * @description Asset or currency the merchant is credited in
             * @example USDX
             */
            receiverCurrency: string;
            /**
             * @description Referral: the ICAN address or site (FinTag) of the referrer; ignored when a quoteId fixes the fees
             * @example cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b
             */
            referrer?: string;
            /**
             * @description Stablecoin the customer sends
             * @example EURX
             */
            senderCurrency: string;
            /**
             * @description Which amount is fixed
             * @default send
             * @example send
             * @enum {string}
             */
            side?: "send" | "receive";
        };
        DailyRates: {
            /** @example USDX */
            base: string;
            /** @example 2017-02-01 */
            from: string;
            /** @description One point per day with a fixing, oldest first (weekends and holidays have none) */
            rates: {
                /** @example 2017-03-03 */
                date: string;
                /**
                 * @description 1 base = rate target, as a decimal string rounded half-even to 12 significant digits (exact decimal arithmetic; cross rates through EUR)
                 * @example 0.921658986175
                 */
                rate: string;
                /**
                 * @description Source of the stored rates used, joined with + ("ecb+sandbox"); "parity" for a stablecoin and its fiat
                 * @example ecb
                 */
                source: string;
            }[];
            /** @description The fiat currencies actually priced (stablecoins resolve to their fiat from the asset table) */
            resolved: {
                /** @example USD */
                base: string;
                /** @example EUR */
                target: string;
            };
            /** @example EUR */
            target: string;
            /** @example 2017-03-03 */
            to: string;
            /** @enum {string} */
            type: "daily";
        };
        DeletedWebhookEndpoint: {
            /** @enum {boolean} */
            deleted: true;
            /** @example whe_3m1abcdefghjkmnpqrstvwxyz0 */
            id: string;
        };
        Event: {
            /**
             * @description Snapshot of the object after the change
             * @example {
             *       "id": "pay_5b0abcdefghjkmnpqrstvwxyz0",
             *       "status": "succeeded"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @example evt_2n8abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /**
             * @example test
             * @enum {string|null}
             */
            mode: "test" | "live" | null;
            /** @example pay_5b0abcdefghjkmnpqrstvwxyz0 */
            objectId: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            timestamp: string;
            /** @example payment.succeeded */
            type: string;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            /** @example false */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` to get the next (older) page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        EventTypeList: {
            data: {
                /** @example The payment received the expected amount and is final. */
                description: string;
                /**
                 * @example payment.succeeded
                 * @enum {string}
                 */
                type: "payment.created" | "payment.processing" | "payment.partially_paid" | "payment.succeeded" | "payment.overpaid" | "payment.expired" | "payment.failed" | "payment.cancelled" | "payment.reversed" | "payment.needs_review" | "onramp.created" | "onramp.awaiting_decision" | "onramp.funds_confirmed" | "onramp.coins_sent" | "onramp.completed" | "onramp.refund_pending" | "onramp.refunded" | "onramp.rejected" | "onramp.failed" | "onramp.expired" | "onramp.needs_review" | "offramp.created" | "offramp.awaiting_decision" | "offramp.payout_pending" | "offramp.completed" | "offramp.refund_pending" | "offramp.refunded" | "offramp.rejected" | "offramp.expired" | "offramp.needs_review";
            }[];
            /** @enum {string} */
            object: "list";
        };
        FeeLine: {
            /**
             * @description Rounded up to the asset's decimals
             * @example 1.000000
             */
            amount: string;
            /** @example USDX */
            asset: string;
            /**
             * @example coreport
             * @enum {string}
             */
            recipient: "coreport" | "network" | "referrer";
            /**
             * @example percentage
             * @enum {string}
             */
            type: "percentage" | "fixed" | "minimum" | "network" | "referral";
        };
        FeeTerms: {
            /**
             * @description Fixed fee per transaction, in units of the asset
             * @example 0.30
             */
            fixed: string;
            /**
             * @description Largest referral share (FinTag `defi:fee`) applied, percent
             * @example 4.00
             */
            maxReferralPercent: string;
            /**
             * @description Minimum of percentage + fixed, in units of the asset
             * @example 0.50
             */
            minimum: string;
            /**
             * @description Blockchain network fee, in units of the asset
             * @example 0.05
             */
            network: string;
            /**
             * @description Payment type these fees apply to; null = every other type
             * @example null
             */
            paymentType: string | null;
            /**
             * @description Percentage of the amount ("1.00" = 1 %)
             * @example 1.00
             */
            percent: string;
        };
        FieldError: {
            /** @example invalid_format */
            code?: string;
            /** @example amount */
            field: string;
            /** @enum {string} */
            in: "body" | "query" | "path" | "header" | "cookie" | "form";
            /** @example Expected a decimal string such as "100.50" */
            message: string;
            /** @example /amount */
            pointer?: string;
        };
        FintagDocument: {
            /**
             * @description Served from CorePort's cache (up to one hour old)
             * @example false
             */
            cached: boolean;
            /** @example shop.example.com */
            domain: string;
            /** @description Validated, normalised entries in the published order */
            entries: components["schemas"]["FintagEntry"][];
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            fetchedAt: string;
            /**
             * @description Where the document was read (after redirects)
             * @example https://shop.example.com/.well-known/fintag.json
             */
            url: string;
        };
        FintagEntry: {
            /**
             * @description The share as FinTag writes it
             * @example 1.00%
             */
            fee: string;
            /**
             * @description Referral share in percent, two decimals
             * @example 1.00
             */
            feePercent: string;
            /**
             * @description ICAN (CIP-100), lower-case, checksum verified
             * @example cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b
             */
            icanAddress: string;
            /**
             * @example mainnet
             * @enum {string}
             */
            network: "mainnet" | "testnet" | "enterprise";
        };
        ForexEstimate: components["schemas"]["Quote"] & {
            /**
             * @description What the customer pays, in `currency`, rounded up
             * @example 218.47
             */
            chargeAmount: string;
            liquidity: components["schemas"]["LiquidityStatus"];
            /**
             * @description Seconds from the rate's reference time (`asOf`: for an ECB fixing, 14:15 Frankfurt time of its day) to the moment it was priced. It grows past a day over weekends and holidays while the rate is still current: whether a rate may price is decided by the TARGET calendar (an ECB fixing is current until the next business day's publication plus RATE_PUBLICATION_GRACE_SECONDS), not by this age
             * @example 3600
             */
            rateAgeSeconds: number;
        };
        ForexEstimateRequest: {
            /**
             * @description Gross coin amount the fees are computed on; give this or `receiveAmount`
             * @example 253.500000
             */
            amount?: string;
            /**
             * @description The stablecoin bought
             * @example EURX
             */
            asset: string;
            /**
             * @description The fiat currency the customer pays in; default the asset's fiat
             * @example GBP
             */
            currency?: string;
            /**
             * @description What the customer pays with: `bank` (the default) for POST /onramp/bank or `paymentMethod: bank`, `mypos` for a card order (its own fees and limits). An order of the other method refuses the quote
             * @example bank
             * @enum {string}
             */
            paymentType?: "bank" | "mypos";
            /**
             * @description Coins the customer receives (net of fees); give this or `amount`
             * @example 250.000000
             */
            receiveAmount?: string;
        };
        Health: {
            /**
             * @example {
             *       "d1": {
             *         "status": "ok",
             *         "latencyMs": 2
             *       },
             *       "kv": {
             *         "status": "ok",
             *         "latencyMs": 4
             *       },
             *       "durableObject": {
             *         "status": "ok",
             *         "latencyMs": 6
             *       },
             *       "rates": {
             *         "status": "ok",
             *         "latencyMs": 2,
             *         "details": {
             *           "newestAsOf": "2026-11-27T09:00:00.000Z",
             *           "ageSeconds": 4530,
             *           "staleAfterSeconds": 172800
             *         }
             *       }
             *     }
             */
            checks: {
                [key: string]: components["schemas"]["HealthCheckResult"];
            };
            /**
             * @description down (HTTP 503) when a critical dependency fails
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            time: string;
        };
        HealthCheckResult: {
            details?: {
                [key: string]: string | number | boolean | null;
            };
            /** @example 3 */
            latencyMs: number;
            /** @example newest rate is older than 172800 s */
            message?: string;
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
        };
        HistoricalRate: {
            /** @example USDX */
            base: string;
            /**
             * @description The fixing day used
             * @example 2016-12-23
             */
            date: string;
            /**
             * @description 1 base = rate target, as a decimal string rounded half-even to 12 significant digits (exact decimal arithmetic; cross rates through EUR)
             * @example 0.921658986175
             */
            rate: string;
            /**
             * @description The day asked for
             * @example 2016-12-25
             */
            requestedDate: string;
            /** @description The fiat currencies actually priced (stablecoins resolve to their fiat from the asset table) */
            resolved: {
                /** @example USD */
                base: string;
                /** @example EUR */
                target: string;
            };
            /**
             * @description Source of the stored rates used, joined with + ("ecb+sandbox"); "parity" for a stablecoin and its fiat
             * @example ecb
             */
            source: string;
            /** @example EUR */
            target: string;
            /**
             * @description The pivot currency when the rate is a cross rate through it; null for a stored, inverted or 1:1 rate
             * @example EUR
             */
            via: string | null;
        };
        InfoAsset: {
            /**
             * @description Ticker
             * @example USDX
             */
            code: string;
            /**
             * @description Token contract ICAN on the deployment's network (what payment URIs name the token by, CIP-10); null for fiat
             * @example ab710000000000000000000000000000000055534458
             */
            contractAddress: string | null;
            /**
             * @description Decimal places an amount may carry
             * @example 6
             */
            decimals: number;
            /**
             * @description Decimal places to show amounts of this asset with: a fiat currency's minor unit; a stablecoin shows like the fiat it is pegged to (EURX as EUR: `0.63 EURX`). Display only — amounts in the API keep `decimals`. Round a fee up, what is received down, and never round an amount to pay (the widget's rule).
             * @example 2
             */
            displayDecimals: number;
            /** @description Fee terms of the form's action (purchase → enter, unwrap → exit) */
            fees: components["schemas"]["FeeTerms"][];
            /**
             * @description Fiat currency the asset is priced as
             * @example USD
             */
            fiatCode: string;
            /**
             * @example stablecoin
             * @enum {string}
             */
            kind: "fiat" | "stablecoin";
            /** @description Per-transaction amount limits in units of the asset */
            limits: {
                /**
                 * @description null = no upper limit
                 * @example 50000.000000
                 */
                max: string | null;
                /** @example 10.000000 */
                min: string;
            };
            /** @example CorePort USD */
            name: string;
            /**
             * @description Network the asset lives on in this deployment, null for fiat: `core-mainnet` (ICAN `cb…`) in production, `core-testnet` (`ab…`) in the sandbox, `core-enterprise` (`ce…`). Wallet addresses you send are validated for it.
             * @example core-testnet
             */
            network: string | null;
            /** @description Currencies this asset is priced against in this form */
            ratePairs: components["schemas"]["RatePair"][];
            /** @example USDX */
            symbol: string | null;
        };
        InfoAssetList: {
            data: components["schemas"]["InfoAsset"][];
            /**
             * @description `purchase`: assets customers can buy with fiat (on-ramp). `unwrap`: assets they can sell back (off-ramp).
             * @example purchase
             * @enum {string}
             */
            type: "purchase" | "unwrap";
        };
        InfoLocation: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example DE
             */
            code: string;
            /**
             * @example [
             *       "EUR"
             *     ]
             */
            currencies: string[];
            /** @example Germany */
            name: string;
            /**
             * @description Selling stablecoins is offered here
             * @example true
             */
            offramp: boolean;
            /**
             * @description Buying stablecoins is offered here
             * @example true
             */
            onramp: boolean;
            /**
             * @example [
             *       "mypos",
             *       "payto",
             *       "corepay",
             *       "bank"
             *     ]
             */
            paymentTypes: string[];
            /** @example EEA */
            region: string;
        };
        InfoLocationList: {
            data: components["schemas"]["InfoLocation"][];
        };
        InfoPaymentType: {
            /**
             * @example [
             *       "EUR",
             *       "USD",
             *       "GBP",
             *       "CHF"
             *     ]
             */
            assets: string[];
            /** @example mypos */
            code: string;
            /**
             * @example {
             *       "expiresInMinutes": 30,
             *       "threeDSecure": true
             *     }
             */
            config: {
                [key: string]: unknown;
            };
            /** @example Visa / Mastercard through the myPOS hosted checkout */
            description: string;
            /**
             * @description payment, onramp and/or offramp
             * @example [
             *       "payment",
             *       "onramp"
             *     ]
             */
            flows: string[];
            /** @example Card (myPOS) */
            name: string;
        };
        InfoPaymentTypeList: {
            data: components["schemas"]["InfoPaymentType"][];
        };
        InfoProvider: {
            /**
             * @example [
             *       "USDX",
             *       "EURX"
             *     ]
             */
            assets: string[];
            /** @example wallmoney */
            code: string;
            /**
             * @example {
             *       "expiresInMinutes": 30,
             *       "threeDSecure": true
             *     }
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * @example [
             *       "DE",
             *       "FR"
             *     ]
             */
            countries: string[];
            /**
             * @example onramp
             * @enum {string}
             */
            kind: "onramp" | "offramp" | "intrabank" | "payment";
            /**
             * @example sandbox
             * @enum {string}
             */
            mode: "sandbox" | "live";
            /** @example WallMoney & Partners */
            name: string;
            /**
             * @example [
             *       "bank",
             *       "mypos"
             *     ]
             */
            paymentTypes: string[];
        };
        InfoProviderList: {
            data: components["schemas"]["InfoProvider"][];
        };
        LatestRate: {
            /**
             * Format: date-time
             * @description Time the oldest stored rate used refers to (an ECB fixing: 14:15 Frankfurt time of its day)
             * @example 2026-11-27T13:15:00.000Z
             */
            asOf: string;
            /**
             * @description As requested (upper-cased)
             * @example USDX
             */
            base: string;
            /**
             * @description 1 base = rate target, as a decimal string rounded half-even to 12 significant digits (exact decimal arithmetic; cross rates through EUR)
             * @example 0.921658986175
             */
            rate: string;
            /** @description The fiat currencies actually priced (stablecoins resolve to their fiat from the asset table) */
            resolved: {
                /** @example USD */
                base: string;
                /** @example EUR */
                target: string;
            };
            /**
             * @description Source of the stored rates used, joined with + ("ecb+sandbox"); "parity" for a stablecoin and its fiat
             * @example ecb
             */
            source: string;
            /**
             * @description true when a rate used is no longer current. An ECB fixing is current until the next TARGET business day's publication (16:00 Frankfurt time) plus RATE_PUBLICATION_GRACE_SECONDS, so Friday's fixing stays current over the weekend and holidays; rates from sources without a publication calendar (JSON feeds, operator pushes) once older than RATE_STALE_AFTER_SECONDS. Quotes refuse stale rates.
             * @example false
             */
            stale: boolean;
            /** @example EUR */
            target: string;
            /**
             * @description The pivot currency when the rate is a cross rate through it; null for a stored, inverted or 1:1 rate
             * @example EUR
             */
            via: string | null;
        };
        LiquidityPool: {
            /** @example 7 */
            activeReservations: number;
            /** @example EURX */
            asset: string;
            /**
             * @description size − reserved: what new orders may reserve. Never negative.
             * @example 248750.000000
             */
            available: string;
            /**
             * @description Delivered by completed orders since the pool was created (running total).
             * @example 48210.500000
             */
            consumed: string;
            /**
             * @description Below this available amount the pool is `limited` and /health `degraded`.
             * @example 25000.000000
             */
            lowWaterMark: string;
            /**
             * @description Promised to open orders.
             * @example 1250.000000
             */
            reserved: string;
            /**
             * @description What the pool holds now, in units of the asset. Completed orders take their amount out of it.
             * @example 250000.000000
             */
            size: string;
            /**
             * @description `unavailable`: nothing left to fill (or never configured); `limited`: below the low-water mark; otherwise `available`.
             * @example available
             * @enum {string}
             */
            status: "available" | "limited" | "unavailable";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            updatedAt: string | null;
            /**
             * @description Increases with every change; send it back as `expectedVersion` to update safely.
             * @example 42
             */
            version: number;
        };
        LiquidityPoolList: {
            data: components["schemas"]["LiquidityPool"][];
        };
        LiquidityStatus: {
            /** @example EURX */
            asset: string;
            /**
             * @description Unreserved coins in the pool
             * @example 182500.000000
             */
            available: string;
            /**
             * @description The most an order can get now (when limited)
             * @example 120.000000
             */
            maxFillable?: string;
            /**
             * @description `limited`: only `maxFillable` can be delivered now
             * @example available
             * @enum {string}
             */
            status: "available" | "limited" | "unavailable";
        };
        Merchant: {
            /**
             * @description Default origin allow-list for its publishable keys
             * @example [
             *       "https://shop.acme.example"
             *     ]
             */
            allowedOrigins: string[];
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /** @example mer_4x9abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /** @example Acme Coffee Ltd */
            name: string;
            /** @example null */
            payoutAddress: string | null;
            /**
             * @description A disabled merchant's keys are refused (401)
             * @example active
             * @enum {string}
             */
            status: "active" | "disabled";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            updatedAt: string;
        };
        MerchantList: {
            data: components["schemas"]["Merchant"][];
            /** @example false */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` to get the next (older) page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        /**
         * @example {
         *       "IPCmethod": "IPCPurchaseNotify",
         *       "SID": "000000000000010",
         *       "Amount": "49.99",
         *       "Currency": "EUR",
         *       "OrderID": "pay_4x9q2m7k1c8v3b6n5z0w2e4r7t",
         *       "IPC_Trnref": "12873450",
         *       "RequestSTAN": "000123",
         *       "RequestDateTime": "2026-11-27 12:15:30",
         *       "Signature": "kq0W9v…base64…="
         *     }
         */
        MyposNotification: components["schemas"]["MyposPurchaseNotify"] | components["schemas"]["MyposPurchaseRollback"];
        /** @description A successful payment (IPCPurchaseNotify) */
        MyposPurchaseNotify: {
            /** @example 49.99 */
            Amount: string;
            /** @example MYPOS *COREPORT */
            BillingDescriptor?: string;
            /** @example EUR */
            Currency: string;
            /**
             * @description myPOS's unique transaction reference
             * @example 12873450
             */
            IPC_Trnref: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            IPCmethod: "IPCPurchaseNotify";
            /**
             * @description The CorePort payment (`pay_…`) or card on-ramp order (`ord_…`) id
             * @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t
             */
            OrderID: string;
            /**
             * @description When myPOS sent it, YYYY-MM-DD HH:MM:SS
             * @example 2026-11-27 12:15:30
             */
            RequestDateTime: string;
            /**
             * @description myPOS's sequence number of the request (1–999999)
             * @example 000123
             */
            RequestSTAN: string;
            /**
             * @description The myPOS store the message is for (must be ours)
             * @example 000000000000010
             */
            SID: string;
            /**
             * @description Last field: RSA-SHA256 (myPOS's key) over the base64 of all other values joined with `-`, base64
             * @example kq0W9v…base64…=
             */
            Signature: string;
        } & {
            [key: string]: string;
        };
        /** @description myPOS reversed a notified payment (IPCPurchaseRollback) */
        MyposPurchaseRollback: {
            /** @example 49.99 */
            Amount: string;
            /** @example EUR */
            Currency: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            IPCmethod: "IPCPurchaseRollback";
            /**
             * @description The CorePort payment (`pay_…`) or card on-ramp order (`ord_…`) id
             * @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t
             */
            OrderID: string;
            /**
             * @description The myPOS store the message is for (must be ours)
             * @example 000000000000010
             */
            SID: string;
            /**
             * @description Last field: RSA-SHA256 (myPOS's key) over the base64 of all other values joined with `-`, base64
             * @example kq0W9v…base64…=
             */
            Signature: string;
        } & {
            [key: string]: string;
        };
        OfframpBankRequest: {
            /**
             * @description Amount of `asset` to send; omit when `quoteId` is given
             * @example 500.000000
             */
            amount?: string;
            /**
             * @description The stablecoin the customer deposits
             * @example EURX
             */
            asset: string;
            bankAccount: components["schemas"]["BankAccount"];
            /**
             * @description Payout currency; default the asset's fiat
             * @example EUR
             */
            currency?: string;
            /**
             * @description Your reference for the order
             * @example withdrawal-2291
             */
            merchantReference?: string;
            /**
             * @description Up to 20 string key/values, returned as given
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description A quote from /offramp/estimate or /offramp/reverse-estimate to lock (one order per quote)
             * @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b
             */
            quoteId?: string;
        };
        OfframpCryptoRequest: {
            /**
             * @description Amount of `asset` to send; omit when `quoteId` is given
             * @example 500.000000
             */
            amount?: string;
            /**
             * @description The stablecoin the customer deposits
             * @example USDX
             */
            asset: string;
            /**
             * @description Your reference for the order
             * @example withdrawal-2291
             */
            merchantReference?: string;
            /**
             * @description Up to 20 string key/values, returned as given
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description A quote from /offramp/estimate or /offramp/reverse-estimate to lock (one order per quote)
             * @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b
             */
            quoteId?: string;
            /**
             * @description The asset paid out
             * @example EURX
             */
            targetAsset: string;
            /**
             * @description Destination wallet address on the network the asset lives on in this deployment (its `network` in `GET /api/v1/info/assets`): an ICAN (CIP-100) — `cb…` on a mainnet deployment, `ab…` on testnet (the sandbox), `ce…` on enterprise — in the electronic form or the printed one (upper case in groups of four); answers carry the electronic form. An address of another network is refused (400 `address_network`).
             * @example ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8
             */
            walletAddress: string;
        };
        /** @description CorePort's chain watcher: coins arrived at the order's deposit address */
        OfframpDepositReceived: {
            data: {
                /**
                 * @description Amount deposited, in `asset`
                 * @example 500.000000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
                /**
                 * @description The deposit address the money was sent to
                 * @example ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3
                 */
                depositAddress?: string;
                /** @example ord_7h2k9m4q1x8c3v6b5n0z2w4e7r */
                orderId?: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x8f2a6c1e9b3d47f0a5c2e8b1d6f3a9c4e7b0d2f5a8c1e4b7d0f3a6c9e2b5d8f1
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "deposit.received";
        };
        OfframpEstimate: components["schemas"]["Quote"] & {
            /**
             * @example bank
             * @enum {string}
             */
            rail: "bank" | "crypto";
            /** @description Off-ramp limits for this asset and rail, in the asset (on `amount`) */
            rampLimits: {
                /** @example 100000.00 */
                maxPerDestinationPerDay: string | null;
                /** @example 50000.00 */
                maxPerOrder: string | null;
                /** @example 20.00 */
                minPerOrder: string;
            };
        };
        OfframpEstimateRequest: {
            /**
             * @description Amount of `asset` the customer sends (at most the asset's decimals)
             * @example 500.00
             */
            amount: string;
            /**
             * @description The stablecoin the customer sends
             * @example EURX
             */
            asset: string;
            /**
             * @description What the customer receives: a fiat currency (bank payout) or another asset (crypto payout). Default: the asset's fiat.
             * @example EUR
             */
            currency?: string;
            /**
             * @description Payout rail; decides the order limits
             * @default bank
             * @example bank
             * @enum {string}
             */
            rail?: "bank" | "crypto";
        };
        OfframpOrder: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            createdAt: string;
            /** @description What the customer sends, and where */
            deposit: {
                /**
                 * @description One-time deposit address (ICAN) of this order
                 * @example ab3912c6a3d1e8f4b2a9c7d5e3f1a2b4c6d8e0f2a4b6
                 */
                address: string | null;
                /**
                 * @description Exact amount to send (asset decimals)
                 * @example 500.000000
                 */
                amount: string;
                /** @example EURX */
                asset: string;
                /**
                 * @description Sum of the deposits seen so far
                 * @example 0
                 */
                received: string;
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            direction: "offramp";
            /**
             * Format: date-time
             * @description Deposit deadline; a later deposit waits for a decision
             * @example 2026-11-27T10:45:30.000Z
             */
            expiresAt: string;
            /** @description Fee lines of the locked quote */
            fees: components["schemas"]["AppliedFee"][];
            /** @example ord_8c4k2m9q4r7t1v6w0x5y2z8a3b */
            id: string;
            /** @example withdrawal-2291 */
            merchantReference: string | null;
            /**
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata: {
                [key: string]: string;
            };
            /** @example false */
            needsReview: boolean;
            /** @description What the customer or merchant must do now; null while CorePort or the providers act, and once final */
            nextAction: {
                /** @example Send exactly 500.000000 EURX to ab3912c6a3d1e8f4b2a9c7d5e3f1a2b4c6d8e0f2a4b6 before 2026-11-27T10:45:30.000Z */
                description: string;
                /**
                 * @example send_deposit
                 * @enum {string}
                 */
                type: "send_deposit" | "decide_partial";
            } | null;
            /**
             * @example order
             * @enum {string}
             */
            object: "order";
            /** @description What is paid out */
            payout: {
                /**
                 * @description What the destination receives, rounded down
                 * @example 495.00
                 */
                amount: string;
                /** @example EUR */
                asset: string;
                /**
                 * @example {
                 *       "type": "bank_account",
                 *       "iban": "DE89370400440532013000",
                 *       "accountHolderName": "Anna Müller",
                 *       "country": "DE",
                 *       "bic": "COBADEFFXXX"
                 *     }
                 */
                destination: {
                    [key: string]: string;
                };
                /**
                 * @description Why a payout failed or was returned
                 * @example null
                 */
                failure: {
                    /**
                     * @description The provider's reason code (ISO 20022 for bank payouts, e.g. AC04 account closed)
                     * @example AC04
                     */
                    code: string | null;
                    /** @example Account closed */
                    message: string | null;
                } | null;
                /**
                 * @description The payout's own id (`pyo_…`, the provider's idempotency key and the id its callbacks name), once the payout started
                 * @example null
                 */
                id: string | null;
                /**
                 * @description Bank payout reference or transaction hash, once paid
                 * @example null
                 */
                reference: string | null;
                /**
                 * @description The payout with its provider: submitted → sent, or failed / returned by the bank (→ refund); null before it started
                 * @example null
                 * @enum {string|null}
                 */
                status: "submitted" | "sent" | "failed" | "returned" | null;
            };
            /** @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b */
            quoteId: string | null;
            /**
             * @example bank
             * @enum {string}
             */
            rail: "bank" | "crypto";
            /** @example 1 */
            rate: string | null;
            /**
             * @description awaiting_deposit, awaiting_decision, payout_pending, completed, refund_pending, refunded, rejected, expired
             * @example awaiting_deposit
             */
            status: string;
            /** @description Every status the order went through, oldest first */
            statusHistory: {
                /**
                 * Format: date-time
                 * @description When the order entered this status
                 * @example 2026-11-27T10:15:30.000Z
                 */
                at: string;
                /**
                 * @description What moved it there
                 * @example offramp.created
                 */
                event: string;
                /** @example awaiting_deposit */
                status: string;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            updatedAt: string;
        };
        OfframpProceedRequest: {
            /** @example ord_8c4k2m9q4r7t1v6w0x5y2z8a3b */
            orderId: string;
            /**
             * @description Fresh estimate for the deposited amount
             * @example quo_2b6h9k3m7q1t5v8w0x4y2z6a9c
             */
            quoteId: string;
        };
        /** @description The CorePort OTC desk: the deposit went back to its sender, less the network fee → refunded */
        OfframpRefundCompleted: {
            data: {
                /**
                 * @description Amount refunded, after the network fee
                 * @example 499.500000
                 */
                amount?: string;
                /** @example ord_7h2k9m4q1x8c3v6b5n0z2w4e7r */
                orderId: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x8f2a6c1e9b3d47f0a5c2e8b1d6f3a9c4e7b0d2f5a8c1e4b7d0f3a6c9e2b5d8f1
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "refund.completed";
        };
        OfframpRejectRequest: {
            /**
             * @description Why, shown to the merchant and support (no control or invisible formatting characters; line breaks and tabs allowed)
             * @example Customer cancelled the withdrawal
             */
            reason: string;
        };
        OfframpReverseEstimateRequest: {
            /**
             * @description The stablecoin the customer sends
             * @example EURX
             */
            asset: string;
            /**
             * @description Fiat currency or asset received. Default: the asset's fiat.
             * @example EUR
             */
            currency?: string;
            /**
             * @default bank
             * @example bank
             * @enum {string}
             */
            rail?: "bank" | "crypto";
            /**
             * @description Amount of `currency` the customer must receive (at most its decimals)
             * @example 450.00
             */
            receiveAmount: string;
        };
        /**
         * @example {
         *       "type": "deposit.received",
         *       "timestamp": "2026-11-27T10:15:30Z",
         *       "data": {
         *         "depositAddress": "ab861b9a5c2d3e4f5061728394a5b6c7d8e9f0a1b2c3",
         *         "transactionHash": "0x8f2a6c1e9b3d47f0",
         *         "amount": "500.000000",
         *         "asset": "USDX"
         *       }
         *     }
         */
        OfframpWebhookEvent: components["schemas"]["OfframpDepositReceived"] | components["schemas"]["WallMoneyPayoutSent"] | components["schemas"]["WallMoneyPayoutFailed"] | components["schemas"]["WallMoneyPayoutReturned"] | components["schemas"]["WallMoneyCoinsDelivered"] | components["schemas"]["OfframpRefundCompleted"];
        /** @description CorePort's chain watcher: the coin transfer to the customer's wallet is final → completed */
        OnrampCoinsConfirmed: {
            data: {
                /** @example ord_7h2k9m4q1x8c3v6b5n0z2w4e7r */
                orderId: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x8f2a6c1e9b3d47f0a5c2e8b1d6f3a9c4e7b0d2f5a8c1e4b7d0f3a6c9e2b5d8f1
                 */
                transactionHash: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "coins.confirmed";
        };
        /** @description CorePort's chain watcher: the coin transfer was dropped or reverted → refund_pending */
        OnrampCoinsFailed: {
            data: {
                /** @example ord_7h2k9m4q1x8c3v6b5n0z2w4e7r */
                orderId: string;
                /** @example Beneficiary account closed */
                reason?: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "coins.failed";
        };
        OnrampOrder: {
            bankInstructions: components["schemas"]["BankTransferInstructions"];
            charge: {
                /**
                 * @description Exact amount to transfer
                 * @example 253.85
                 */
                amount: string;
                /** @example EUR */
                currency: string;
                /** @example 0 */
                received: string;
            };
            checkout: components["schemas"]["CardCheckoutForm"];
            /**
             * @description Returned once
             * @example ord_5d2k8m1q4r7t9v3w6x0y2z8a4b_secret_q2m9f4k8c1x7w3q2m9f4k8c1x7w3ab
             */
            clientSecret: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            createdAt: string;
            /**
             * @example onramp
             * @enum {string}
             */
            direction: "onramp";
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            expiresAt: string;
            fees: components["schemas"]["AppliedFee"][];
            /** @example ord_5d2k8m1q4r7t9v3w6x0y2z8a4b */
            id: string;
            /** @example topup-8812 */
            merchantReference: string | null;
            /**
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata: {
                [key: string]: string;
            };
            /** @description What the customer must do while the order awaits their money; null afterwards */
            nextAction: {
                /** @example Transfer exactly 253.85 EUR to the IBAN with reference RF55 4605 8913 2657 2084 before the expiry */
                description: string;
                /**
                 * @example bank_transfer
                 * @enum {string}
                 */
                type: "bank_transfer" | "redirect_to_checkout";
            } | null;
            /**
             * @example order
             * @enum {string}
             */
            object: "order";
            /** @example quo_3c7h1k5m9q2t6v0w4x8y1z5a7b */
            quoteId: string | null;
            /**
             * @example bank
             * @enum {string}
             */
            rail: "bank" | "card";
            /** @example 1 */
            rate: string | null;
            receive: {
                /** @example 250.000000 */
                amount: string;
                /** @example EURX */
                asset: string;
                /** @example null */
                txHash: string | null;
                /** @example ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8 */
                walletAddress: string;
            };
            /**
             * @description awaiting_funds, awaiting_decision, funds_confirmed, coins_sent, completed, refund_pending, refunded, rejected, failed, expired
             * @example awaiting_funds
             */
            status: string;
            /** @description Every status the order went through, oldest first */
            statusHistory: {
                /**
                 * Format: date-time
                 * @description When the order entered this status
                 * @example 2026-11-27T10:15:30.000Z
                 */
                at: string;
                /**
                 * @description What moved it there
                 * @example offramp.created
                 */
                event: string;
                /** @example awaiting_deposit */
                status: string;
            }[];
        };
        OnrampOrderView: {
            bankInstructions: components["schemas"]["BankTransferInstructions"];
            charge: {
                /**
                 * @description Exact amount to transfer
                 * @example 253.85
                 */
                amount: string;
                /** @example EUR */
                currency: string;
                /** @example 0 */
                received: string;
            };
            checkout: components["schemas"]["CardCheckoutForm"];
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            createdAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            direction: "onramp";
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            expiresAt: string;
            fees: components["schemas"]["AppliedFee"][];
            /** @example ord_5d2k8m1q4r7t9v3w6x0y2z8a4b */
            id: string;
            /** @example topup-8812 */
            merchantReference: string | null;
            /**
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata: {
                [key: string]: string;
            };
            /** @description What the customer must do while the order awaits their money; null afterwards */
            nextAction: {
                /** @example Transfer exactly 253.85 EUR to the IBAN with reference RF55 4605 8913 2657 2084 before the expiry */
                description: string;
                /**
                 * @example bank_transfer
                 * @enum {string}
                 */
                type: "bank_transfer" | "redirect_to_checkout";
            } | null;
            /**
             * @example order
             * @enum {string}
             */
            object: "order";
            /** @example quo_3c7h1k5m9q2t6v0w4x8y1z5a7b */
            quoteId: string | null;
            /**
             * @example bank
             * @enum {string}
             */
            rail: "bank" | "card";
            /** @example 1 */
            rate: string | null;
            receive: {
                /** @example 250.000000 */
                amount: string;
                /** @example EURX */
                asset: string;
                /** @example null */
                txHash: string | null;
                /** @example ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8 */
                walletAddress: string;
            };
            /**
             * @description awaiting_funds, awaiting_decision, funds_confirmed, coins_sent, completed, refund_pending, refunded, rejected, failed, expired
             * @example awaiting_funds
             */
            status: string;
            /** @description Every status the order went through, oldest first */
            statusHistory: {
                /**
                 * Format: date-time
                 * @description When the order entered this status
                 * @example 2026-11-27T10:15:30.000Z
                 */
                at: string;
                /**
                 * @description What moved it there
                 * @example offramp.created
                 */
                event: string;
                /** @example awaiting_deposit */
                status: string;
            }[];
        };
        /** @description CorePort operations: the fiat refund to the customer went out → refunded */
        OnrampRefundCompleted: {
            data: {
                /**
                 * @description Amount refunded
                 * @example 250.00
                 */
                amount?: string;
                /** @example ord_7h2k9m4q1x8c3v6b5n0z2w4e7r */
                orderId: string;
                /**
                 * @description The provider's reference of the transfer
                 * @example WMP-20261127-000451
                 */
                transactionId: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "refund.completed";
        };
        OnrampRequest: {
            /**
             * @description The stablecoin bought
             * @example EURX
             */
            asset: string;
            /**
             * @description Fiat sent by bank transfer (EUR, GBP, CHF); default the asset's fiat
             * @example EUR
             */
            currency?: string;
            /** @example topup-8812 */
            merchantReference?: string;
            /**
             * @example {
             *       "customer": "cus_1042"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description `card`: MyPOS hosted checkout; `bank`: transfer to WallMoney & Partners
             * @example card
             * @enum {string}
             */
            paymentMethod: "card" | "bank";
            /**
             * @description A quote from /onramp/forex-estimate to lock
             * @example quo_3c7h1k5m9q2t6v0w4x8y1z5a7b
             */
            quoteId?: string;
            /**
             * @description Coins to receive; omit when `quoteId` is given
             * @example 250.000000
             */
            receiveAmount?: string;
            /**
             * Format: uri
             * @description Card: where the checkout returns the customer (https)
             * @example https://shop.example.com/topup/done
             */
            returnUrl?: string;
            /**
             * @description Destination wallet address on the network the asset lives on in this deployment (its `network` in `GET /api/v1/info/assets`): an ICAN (CIP-100) — `cb…` on a mainnet deployment, `ab…` on testnet (the sandbox), `ce…` on enterprise — in the electronic form or the printed one (upper case in groups of four); answers carry the electronic form. An address of another network is refused (400 `address_network`).
             * @example ab56a0c4b1d6e8f2a3b5c7d9e1f2a4b6c8d0e2f4a6b8
             */
            walletAddress: string;
        };
        /**
         * @example {
         *       "id": "wmevt_01J9ZK4T8Q",
         *       "createdAt": "2026-11-27T10:15:30Z",
         *       "type": "transfer.credited",
         *       "data": {
         *         "transferId": "wmtr_5RT6YU",
         *         "amount": "250.00",
         *         "currency": "EUR",
         *         "creditorReference": "RF55 4605 8913 2657 2084",
         *         "remittanceInformation": "Order RF55 4605 8913 2657 2084",
         *         "collectionIban": "DE89370400440532013000",
         *         "debtor": {
         *           "name": "Anna Müller",
         *           "iban": "FR7630006000011234567890189",
         *           "bic": "AGRIFRPP"
         *         },
         *         "bookedAt": "2026-11-27T10:15:30Z"
         *       }
         *     }
         */
        OnrampWebhookEvent: components["schemas"]["WallMoneyTransferCredited"] | components["schemas"]["WallMoneyCoinsDelivered"] | components["schemas"]["OnrampCoinsConfirmed"] | components["schemas"]["OnrampCoinsFailed"] | components["schemas"]["OnrampRefundCompleted"];
        Order: components["schemas"]["OnrampOrderView"] | components["schemas"]["OfframpOrder"];
        OrderList: {
            data: components["schemas"]["OrderSummary"][];
            /** @example false */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` to get the next (older) page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        OrderSummary: {
            /** @example 100.00 */
            amountDeposited: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /**
             * @example onramp
             * @enum {string}
             */
            direction: "onramp" | "offramp";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            expiresAt: string;
            fees: components["schemas"]["AppliedFee"][];
            /** @example ord_8c4abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /** @example customer-77 */
            merchantReference: string | null;
            /** @example {} */
            metadata: {
                [key: string]: string;
            };
            /** @example RF18539007547034 */
            paymentReference: string | null;
            /** @example null */
            payoutTxHash: string | null;
            /** @example quo_1d7abcdefghjkmnpqrstvwxyz0 */
            quoteId: string | null;
            /**
             * @example bank
             * @enum {string}
             */
            rail: "card" | "bank" | "crypto";
            /** @example 1 */
            rate: string | null;
            /** @example 100.00 */
            sourceAmount: string;
            /** @example EUR */
            sourceAsset: string;
            /** @example completed */
            status: string;
            /**
             * @description Rounded down (paid out)
             * @example 98.650000
             */
            targetAmount: string;
            /** @example EURX */
            targetAsset: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            updatedAt: string;
        };
        Payment: {
            /**
             * @description Exact amount due, in `asset`
             * @example 25.000000
             */
            amountExpected: string;
            /**
             * @description Exact sum of the final (confirmed) deposits
             * @example 0
             */
            amountReceived: string;
            /**
             * @description amountExpected − amountReceived, never below 0
             * @example 25.000000
             */
            amountRemaining: string;
            /** @example USDX */
            asset: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:30.000Z
             */
            expiresAt: string;
            /** @description Fee lines, in `asset` */
            fees: {
                /**
                 * @description Rounded up to the asset's decimals
                 * @example 0.250000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
                /** @example percentage */
                type: string;
            }[];
            /** @example pay_01hx7k3m9q2r5t8v0w4y6z1a3c */
            id: string;
            /** @example order-10472 */
            merchantReference: string | null;
            /**
             * @example {
             *       "cartId": "c_5521"
             *     }
             */
            metadata: {
                [key: string]: string;
            };
            /**
             * @example payto
             * @enum {string}
             */
            method: "mypos" | "payto" | "corepay";
            /**
             * @description Money arrived after a final status (e.g. a late deposit after expiry): an operator decides
             * @example false
             */
            needsReview: boolean;
            /**
             * @example payment
             * @enum {string}
             */
            object: "payment";
            /** @example null */
            quoteId: string | null;
            /**
             * @description Rate locked at creation (1 for same-asset payments)
             * @example 1
             */
            rate: string | null;
            /** @example null */
            referrerId: string | null;
            settlement: {
                /**
                 * @description What the merchant is credited when paid in full: amount due minus fees (converted for cross-currency payments, rounded down)
                 * @example 24.450000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
            } | null;
            /**
             * @description `requires_payment`: Waiting for the customer to pay; `processing`: A payment is in flight (card authorising, transaction seen but not confirmed); `partially_paid`: Less than the amount due has arrived; more may follow until expiry; `succeeded`: Exactly the amount due has arrived; `overpaid`: More than the amount due has arrived; the merchant decides about the excess; `expired`: Not (fully) paid before the expiry; late money is recorded and flagged for review; `failed`: The payment failed (declined card, 3-D Secure failure, provider error); `cancelled`: Cancelled before any money arrived; `reversed`: Money was returned to the customer (card rollback or chargeback)
             * @example requires_payment
             * @enum {string}
             */
            status: "requires_payment" | "processing" | "partially_paid" | "succeeded" | "overpaid" | "expired" | "failed" | "cancelled" | "reversed";
            /** @description Every event recorded for the payment, in order */
            timeline: components["schemas"]["PaymentTimelineEvent"][];
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            updatedAt: string;
        };
        PaymentList: {
            data: components["schemas"]["PaymentSummary"][];
            /** @example false */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` to get the next (older) page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        PaymentSummary: {
            /**
             * @description Decimal string in `asset`
             * @example 25.000000
             */
            amountExpected: string;
            /**
             * @description Decimal string in `asset`
             * @example 25.000000
             */
            amountReceived: string;
            /** @example EURX */
            asset: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            expiresAt: string;
            fees: components["schemas"]["AppliedFee"][];
            /** @example pay_5b0abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /** @example order-1042 */
            merchantReference: string | null;
            /**
             * @example {
             *       "cart": "1042"
             *     }
             */
            metadata: {
                [key: string]: string;
            };
            /**
             * @example payto
             * @enum {string}
             */
            method: "mypos" | "payto" | "corepay";
            /** @example false */
            needsReview: boolean;
            /** @example null */
            quoteId: string | null;
            /** @example null */
            rate: string | null;
            /**
             * @description Rounded down to the settlement asset's decimals
             * @example null
             */
            settlementAmount: string | null;
            /** @example null */
            settlementAsset: string | null;
            /** @example succeeded */
            status: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            updatedAt: string;
        };
        PaymentTimelineEvent: {
            /**
             * @description false: recorded but refused (out of order, after a final status)
             * @example true
             */
            accepted: boolean;
            /**
             * @example {
             *       "transactionId": "0x8f2a6c1e9b3d47f0",
             *       "amount": "25.000000",
             *       "asset": "USDX"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @example requires_payment */
            fromStatus: string;
            /** @example evt_9c2k7m1q4x8v3b6n5z0w2e4r7t */
            id: string;
            /**
             * Format: date-time
             * @description When the provider says it happened
             * @example 2026-11-27T10:15:30.000Z
             */
            occurredAt: string;
            /** @example null */
            reason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:31.000Z
             */
            recordedAt: string;
            /**
             * @description Order of recording (1 = creation)
             * @example 2
             */
            seq: number;
            /**
             * @description Who reported it: merchant, system (expiry), or the provider
             * @example payto
             */
            source: string;
            /** @example succeeded */
            toStatus: string;
            /** @example payment.funds_received */
            type: string;
        };
        PaymentWalletDetails: {
            /**
             * @description ICAN address unique to this payment (mod-97 valid)
             * @example ab7421f5b7c1d0e2f3a4b5c6d7e8f901122334455667
             */
            depositAddress: string;
            /**
             * @description Core Blockchain network of this deployment, as `network` in `GET /api/v1/info/assets`: `core-mainnet` (ICAN `cb…`) in production, `core-testnet` (`ab…`) in the sandbox, `core-enterprise` (`ce…`)
             * @example core-testnet
             * @enum {string}
             */
            network: "core-mainnet" | "core-testnet" | "core-enterprise";
            /**
             * @description payto:// URI (RFC 8905 / CIP-10) wallets open
             * @example payto://xab/ab7421f5b7c1d0e2f3a4b5c6d7e8f901122334455667?amount=ab710000000000000000000000000000000055534458:25&message=pay_01hx7k3m9q2r5t8v0w4y6z1a3c
             */
            paymentUri: string;
            /**
             * @description The payment URI as a QR code (SVG document)
             * @example <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 41 41">…</svg>
             */
            qrSvg: string;
        };
        PaytoPayment: components["schemas"]["Payment"] & {
            payto: components["schemas"]["PaymentWalletDetails"];
        };
        /**
         * @example {
         *       "type": "deposit.confirmed",
         *       "timestamp": "2026-11-27T10:15:30Z",
         *       "data": {
         *         "depositAddress": "ab792215c43fc213c02182c8389f2bc32408e2c50922",
         *         "transactionId": "0x8f2a6c1e9b3d47f0a5c2e8b1d6f3a9c4e7b0d2f5a8c1e4b7d0f3a6c9e2b5d8f1",
         *         "amount": "25.000000",
         *         "asset": "USDX",
         *         "confirmations": 12
         *       }
         *     }
         */
        PaytoWebhookPayload: {
            data: {
                /**
                 * @description Amount of this deposit, in `asset`
                 * @example 25.000000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
                /** @example 3 */
                confirmations?: number;
                /**
                 * @description The deposit address the money was sent to
                 * @example ab792215c43fc213c02182c8389f2bc32408e2c50922
                 */
                depositAddress?: string;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId?: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionId: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "deposit.pending";
        } | {
            data: {
                /**
                 * @description Amount of this deposit, in `asset`
                 * @example 25.000000
                 */
                amount: string;
                /** @example USDX */
                asset: string;
                /** @example 3 */
                confirmations?: number;
                /**
                 * @description The deposit address the money was sent to
                 * @example ab792215c43fc213c02182c8389f2bc32408e2c50922
                 */
                depositAddress?: string;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId?: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionId: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "deposit.confirmed";
        } | {
            data: {
                /**
                 * @description The deposit address the money was sent to
                 * @example ab792215c43fc213c02182c8389f2bc32408e2c50922
                 */
                depositAddress?: string;
                /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
                paymentId?: string;
                /** @example replaced by a transaction with a higher fee */
                reason?: string;
                /**
                 * @description On-chain transaction hash
                 * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
                 */
                transactionId: string;
            };
            /**
             * Format: date-time
             * @description When the event happened at the provider (ISO 8601)
             * @example 2026-11-27T10:15:30Z
             */
            timestamp?: string;
            /** @enum {string} */
            type: "deposit.dropped";
        };
        Ping: {
            /** @enum {string} */
            message: "pong";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            time: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /**
             * @example VALIDATION_FAILED
             * @enum {string}
             */
            code: "BAD_REQUEST" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNPROCESSABLE" | "RATE_LIMITED" | "INTERNAL" | "BAD_GATEWAY" | "SERVICE_UNAVAILABLE" | "GATEWAY_TIMEOUT";
            /** @example Invalid field 'amount': Expected a decimal string such as "100.50" */
            detail: string;
            errors?: components["schemas"]["FieldError"][];
            /** @example /api/v1/info/quote */
            instance: string;
            /** @example req_5b0f7f0c9a2e4c0c8a1d3e2f */
            requestId: string;
            /** @example 400 */
            status: number;
            /** @example Request validation failed */
            title: string;
            /** @example https://coreport.net/problems/validation-failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
        PublishEventRequest: {
            /**
             * @example {
             *       "id": "pay_5b0abcdefghjkmnpqrstvwxyz0",
             *       "status": "succeeded",
             *       "amountExpected": "25.00",
             *       "asset": "EURX"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description Reuse an id to re-emit that event (no-op if already recorded); default: a new id
             * @example evt_2n8abcdefghjkmnpqrstvwxyz0
             */
            id?: string;
            /** @example mer_4x9abcdefghjkmnpqrstvwxyz0 */
            merchantId: string;
            /**
             * @example test
             * @enum {string}
             */
            mode?: "test" | "live";
            /** @example pay_5b0abcdefghjkmnpqrstvwxyz0 */
            objectId: string;
            /** @example payment.succeeded */
            type: string;
        };
        PublishEventResult: {
            /** @example evt_2n8abcdefghjkmnpqrstvwxyz0 */
            eventId: string;
            /**
             * @description On the notifications queue; deliveries appear once it is consumed (about a second)
             * @enum {string}
             */
            status: "queued";
        };
        Quote: {
            /**
             * @description `enter`: the customer pays in (buys or pays with the asset). `exit`: the customer cashes the asset out.
             * @example enter
             * @enum {string}
             */
            action: "enter" | "exit";
            /**
             * @description Gross asset amount the fees are computed on (asset decimals)
             * @example 100.000000
             */
            amount: string;
            /** @example USDX */
            asset: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /**
             * @description Counter currency the customer pays with (enter) or is paid in (exit)
             * @example EUR
             */
            currency: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:20:30.000Z
             */
            expiresAt: string;
            /** @description Every fee line, in the asset; they sum to `totalFee` */
            fees: components["schemas"]["FeeLine"][];
            /** @description The fee terms applied */
            feeSchedule: {
                /** @example 0.30 */
                fixed: string;
                /** @example 4.00 */
                maxReferralPercent: string;
                /** @example 0.50 */
                minimum: string;
                /** @example 0.05 */
                network: string;
                /** @example null */
                paymentType: string | null;
                /** @example 1.00 */
                percent: string;
            };
            /**
             * @description Pass as `quoteId` to a payment or order to lock this price until `expiresAt`
             * @example quo_8f3k2m9q4r7t1v6w0x5y2z8a3b
             */
            id: string;
            /** @description The asset's per-transaction limits on `amount` */
            limits: {
                /** @example 50000.000000 */
                max: string | null;
                /** @example 10.000000 */
                min: string;
            };
            /** @enum {string} */
            object: "quote";
            /** @example null */
            paymentType: string | null;
            /** @description The rate this quote is priced at */
            rate: {
                /**
                 * Format: date-time
                 * @example 2026-11-27T09:00:00.000Z
                 */
                asOf: string;
                /** @example USDX */
                base: string;
                /** @example EUR */
                quote: string;
                /** @example USD */
                resolvedBase: string;
                /** @example EUR */
                resolvedQuote: string;
                /** @example ecb */
                source: string;
                /**
                 * @description 1 base = value quote (10 decimals, half-even)
                 * @example 0.9216589862
                 */
                value: string;
            };
            /**
             * @description What the customer receives. enter: `amount − totalFee` of the asset (exact); exit: that net amount converted to `currency`, rounded down.
             * @example {
             *       "asset": "USDX",
             *       "amount": "98.650000"
             *     }
             */
            receive: {
                /** @example 92.18 */
                amount: string;
                /** @example EUR */
                asset: string;
            };
            /** @description The referral share, when the request came from (or named) a FinTag site */
            referral: {
                /** @example 1.000000 */
                amount: string;
                /**
                 * @description Declared share capped by the fee schedule's maximum
                 * @example 1.00
                 */
                appliedPercent: string;
                /** @example false */
                capped: boolean;
                /**
                 * @description The site's FinTag defi:fee
                 * @example 1.00
                 */
                declaredPercent: string;
                /** @example cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b */
                icanAddress: string;
                /** @example ref_4x9a2b7c5d8e1f3g6h0j2k4m6n */
                referrerId: string;
                /** @example shop.example.com */
                site: string | null;
                /**
                 * @example referer
                 * @enum {string}
                 */
                via: "parameter" | "referer";
            } | null;
            /**
             * @description What the customer sends. enter: the charge in `currency`, rounded up to its decimals; exit: `amount` of the asset.
             * @example {
             *       "asset": "EUR",
             *       "amount": "92.18"
             *     }
             */
            send: {
                /** @example 92.18 */
                amount: string;
                /** @example EUR */
                asset: string;
            };
            /**
             * @description Which amount the request fixed
             * @example send
             * @enum {string}
             */
            side: "send" | "receive";
            /** @description Who receives the fees, in the asset */
            split: {
                /**
                 * @description percentage + fixed + minimum
                 * @example 1.300000
                 */
                coreport: string;
                /** @example 0.050000 */
                network: string;
                /** @example 0.000000 */
                referrer: string;
            };
            /**
             * @description Sum of the fee lines; for enter, `totalFee + receive.amount = amount` exactly
             * @example 1.350000
             */
            totalFee: string;
        };
        RatePair: {
            /** @example USDX */
            base: string;
            /**
             * @description Rate endpoint for this pair
             * @example /api/v1/rates/USDX/EUR
             */
            path: string;
            /** @example EUR */
            quote: string;
            /**
             * @description Fiat the base is priced as
             * @example USD
             */
            resolvedBase: string;
            /** @example EUR */
            resolvedQuote: string;
        };
        RatePush: {
            /**
             * @description Accept moves beyond RATE_MAX_JUMP_PERCENT (e.g. a devaluation)
             * @default false
             * @example false
             */
            allowLargeMove?: boolean;
            /**
             * Format: date-time
             * @description When the rates held (default: now); not in the future
             * @example 2026-11-27T13:15:00Z
             */
            asOf?: string;
            /**
             * @description Currency the rates are quoted against (1 base = rate)
             * @example EUR
             */
            base: string;
            /**
             * @description Daily row to write (default: the UTC day of asOf)
             * @example 2026-11-27
             */
            date?: string;
            /**
             * @description Target code → rate as a decimal string
             * @example {
             *       "USD": "1.0850",
             *       "GBP": "0.84200"
             *     }
             */
            rates: {
                [key: string]: string;
            };
            /**
             * @description Source label stored with the rates (not one of the configured feeds)
             * @default manual
             * @example manual
             */
            source?: string;
        };
        RatePushResult: {
            /**
             * @example {
             *       "USD": "1.085",
             *       "GBP": "0.842"
             *     }
             */
            accepted: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-27T13:15:00.000Z
             */
            asOf: string;
            /** @example EUR */
            base: string;
            /** @example 2026-11-27 */
            date: string;
            /** @example EUR */
            resolvedBase: string;
            /**
             * @description Version of the rates snapshot now served
             * @example 5d1e0c9a7f3b2e41
             */
            snapshotVersion: string;
            /** @example manual */
            source: string;
        };
        ReferrerMeta: {
            /** @description Who originated the referral */
            originator: {
                /**
                 * @description Its name (og:site_name), when declared
                 * @example Example Shop
                 */
                name: string | null;
                /**
                 * @description The referring site
                 * @example shop.example.com
                 */
                site: string | null;
                /**
                 * @description Named explicitly, or taken from the Referer header
                 * @example parameter
                 * @enum {string}
                 */
                via: "parameter" | "referer";
            };
            /** @description The referral address and its fee */
            referrer: {
                /** @example 1.00% */
                fee: string;
                /**
                 * @description Declared referral share, percent
                 * @example 1.00
                 */
                feePercent: string;
                /** @example cb17e4c8e4fd3c8b6ad3d6b8cfb9bd3d7c8a1e2f3a4b */
                icanAddress: string;
                /** @example ref_4x9a2b7c5d8e1f3g6h0j2k4m6n */
                id: string;
                /**
                 * @example mainnet
                 * @enum {string}
                 */
                network: "mainnet" | "testnet" | "enterprise";
                /**
                 * @description Where the declaration was read
                 * @example well-known
                 * @enum {string}
                 */
                source: "meta" | "json" | "well-known" | "manual";
                /**
                 * Format: date-time
                 * @example 2026-11-27T10:15:30.000Z
                 */
                verifiedAt: string | null;
            };
            /** @description Fee split for the given asset/amount/action; null when no amount was given */
            split: {
                /**
                 * @description `enter`: the customer pays in (buys or pays with the asset). `exit`: the customer cashes the asset out.
                 * @example enter
                 * @enum {string}
                 */
                action: "enter" | "exit";
                /** @example 100.000000 */
                amount: string;
                /**
                 * @description Declared share capped by the fee schedule
                 * @example 1.00
                 */
                appliedPercent: string;
                /** @example USDX */
                asset: string;
                /** @example false */
                capped: boolean;
                /**
                 * @description CorePort's service fee
                 * @example 1.300000
                 */
                coreport: string;
                /** @example 0.050000 */
                network: string;
                /**
                 * @description Referral share, rounded up to the asset's decimals
                 * @example 1.000000
                 */
                referrer: string;
                /** @example 2.350000 */
                totalFee: string;
            } | null;
        };
        ReplayResult: {
            attempt: components["schemas"]["WebhookAttempt"];
            /** @example del_6q2abcdefghjkmnpqrstvwxyz0 */
            deliveryId: string;
            /** @example evt_2n8abcdefghjkmnpqrstvwxyz0 */
            eventId: string;
        };
        RotatedSecret: {
            /** @example whe_3m1abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-28T10:15:30.000Z
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Signing secret (Standard Webhooks). Shown only in this response.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        RotateSecretRequest: {
            /** @example 86400 */
            gracePeriodSeconds?: number;
        };
        SandboxOrderCreated: {
            /**
             * @description Returned once; the browser's credential for this subject
             * @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t_secret_8k2m4q6x1c3v5b7n9z0w2e4r6t8y
             */
            clientSecret: string;
            order: components["schemas"]["AdminSubject"];
        };
        SandboxPaymentCreated: {
            /**
             * @description Returned once; the browser's credential for this subject
             * @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t_secret_8k2m4q6x1c3v5b7n9z0w2e4r6t8y
             */
            clientSecret: string;
            payment: components["schemas"]["AdminSubject"];
        };
        /**
         * @example {
         *       "size": "250000.00",
         *       "lowWaterMark": "25000.00",
         *       "expectedVersion": 42
         *     }
         */
        SetLiquidityPool: {
            /**
             * @description Apply only if the pool is still at this version (409 otherwise), so a stale read never overwrites newer state.
             * @example 42
             */
            expectedVersion?: number;
            /**
             * @description Default: a tenth of `size`, rounded up.
             * @example 25000.00
             */
            lowWaterMark?: string;
            /**
             * @description What the pool holds now (e.g. the treasury balance), at most the asset's decimals. Refused below what is reserved.
             * @example 250000.00
             */
            size: string;
        };
        SubjectInspection: {
            /**
             * @description D1 has the object's current version and every one of its events exactly once
             * @example true
             */
            consistent: boolean;
            /**
             * @description Version of the D1 row (null: not projected yet)
             * @example 3
             */
            d1Version: number | null;
            events: {
                /** @example 2 */
                accepted: number;
                /** @example 2 */
                acceptedInD1: number;
                /** @example 3 */
                inD1: number;
                /** @example 3 */
                total: number;
            };
            outbox: {
                /**
                 * @description The object's next alarm (expiry or outbox retry)
                 * @example 2026-11-27T10:45:30.000Z
                 */
                alarmAt: string | null;
                /**
                 * @description Consecutive failed attempts
                 * @example 0
                 */
                failures: number;
                /** @example null */
                lastError: string | null;
                /** @example 2026-11-27T10:15:31.020Z */
                lastSuccessAt: string | null;
                /** @example null */
                nextRetryAt: string | null;
                /** @example 3 */
                projectedVersion: number;
                /** @example true */
                rowProjected: boolean;
                /** @example 0 */
                unprojectedEvents: number;
                /** @example 0 */
                unpublishedNotifications: number;
            };
            /**
             * @description Working state of the object: pending transactions, credited ids, confirmations
             * @example {
             *       "pending": {},
             *       "credited": [
             *         "0x8f2a"
             *       ]
             *     }
             */
            state: {
                [key: string]: unknown;
            };
            subject: components["schemas"]["AdminSubject"];
        };
        UnmatchedTransferAcknowledgement: {
            /**
             * @description This transfer was already recorded
             * @example false
             */
            duplicate: boolean;
            /** @enum {boolean} */
            matched: false;
            /**
             * @example unknown_reference
             * @enum {string}
             */
            reason: "no_reference" | "unknown_reference";
            /** @enum {boolean} */
            received: true;
            /**
             * @description CorePort's record of the transfer, for the operator who returns it
             * @example utr_5k2m9q1x8c3v6b7n0z4w2e4r7t
             */
            unmatchedTransferId: string;
        };
        UpdateMerchantRequest: {
            /**
             * @example [
             *       "https://shop.acme.example",
             *       "https://*.acme.example"
             *     ]
             */
            allowedOrigins?: string[];
            /** @example Acme Coffee Ltd */
            name?: string;
            /**
             * @description Core Blockchain ICAN where CorePay payments settle, on the deployment's network (CORE_NETWORK): `cb…` on mainnet, `ab…` on testnet (sandbox), `ce…` on enterprise; another network's address is a 400 (`address_network`). Electronic or printed form (upper case in groups of four); stored and answered in the electronic form.
             * @example ab70b1a1f4e0b6b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9
             */
            payoutAddress?: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status?: "active" | "disabled";
        };
        UpdateWebhookEndpointRequest: {
            /** @example Order fulfilment */
            description?: string | null;
            /** @example false */
            disabled?: boolean;
            /**
             * @description Types from the catalogue, or ["*"]
             * @example [
             *       "payment.succeeded",
             *       "payment.partially_paid",
             *       "offramp.completed"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description Public https URL on the default port (http://localhost only in local development)
             * @example https://shop.acme.example/webhooks/coreport
             */
            url?: string;
        };
        WallMoneyCoinsDelivered: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30Z
             */
            createdAt: string;
            data: {
                /** @example 100.50 */
                amount: string;
                /** @example EURX */
                asset: string;
                /** @example ord_4x9az0c2k8m1q7r3t5v6w8y0bd */
                orderId: string;
                /** @example pyo_7h2kq9x4m1c8r5t3v6w0y2bdfg */
                payoutId: string;
                /** @example wmct_91KD2X */
                providerTransferId: string;
                /** @example 0x9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4f6a8b0d2f4e6a8c0b */
                txHash: string;
            };
            /** @example wmevt_01J9ZK4T8Q */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "coins.delivered";
        };
        WallMoneyPayoutFailed: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30Z
             */
            createdAt: string;
            data: {
                /**
                 * Format: date-time
                 * @example 2026-11-27T10:15:30Z
                 */
                failedAt: string;
                /** @example ord_4x9az0c2k8m1q7r3t5v6w8y0bd */
                orderId: string;
                /** @example pyo_7h2kq9x4m1c8r5t3v6w0y2bdfg */
                payoutId: string;
                /** @example wmpo_3JQ8ZP */
                providerPayoutId: string;
                /** @example The account number is incorrect */
                reason: string;
                /**
                 * @description ISO 20022 reason code
                 * @example AC04
                 * @enum {string}
                 */
                reasonCode: "AC01" | "AC04" | "AC06" | "AG01" | "AM04" | "AM05" | "BE04" | "MD07" | "MS02" | "MS03" | "RC01" | "RR04" | "FOCR";
            };
            /** @example wmevt_01J9ZK4T8Q */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payout.failed";
        };
        WallMoneyPayoutReturned: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30Z
             */
            createdAt: string;
            data: {
                /** @example 100.50 */
                amount: string;
                /** @example EUR */
                currency: string;
                /** @example ord_4x9az0c2k8m1q7r3t5v6w8y0bd */
                orderId: string;
                /** @example pyo_7h2kq9x4m1c8r5t3v6w0y2bdfg */
                payoutId: string;
                /** @example wmpo_3JQ8ZP */
                providerPayoutId: string;
                /** @example The account is closed */
                reason: string;
                /**
                 * @description ISO 20022 reason code
                 * @example AC04
                 * @enum {string}
                 */
                reasonCode: "AC01" | "AC04" | "AC06" | "AG01" | "AM04" | "AM05" | "BE04" | "MD07" | "MS02" | "MS03" | "RC01" | "RR04" | "FOCR";
                /**
                 * Format: date-time
                 * @example 2026-11-27T10:15:30Z
                 */
                returnedAt: string;
            };
            /** @example wmevt_01J9ZK4T8Q */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payout.returned";
        };
        WallMoneyPayoutSent: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30Z
             */
            createdAt: string;
            data: {
                /** @example 100.50 */
                amount: string;
                /** @example EUR */
                currency: string;
                /** @example E2E-7H2KQ9X4 */
                endToEndId: string;
                /** @example ord_4x9az0c2k8m1q7r3t5v6w8y0bd */
                orderId: string;
                /** @example pyo_7h2kq9x4m1c8r5t3v6w0y2bdfg */
                payoutId: string;
                /** @example wmpo_3JQ8ZP */
                providerPayoutId: string;
                /**
                 * Format: date-time
                 * @example 2026-11-27T10:15:30Z
                 */
                sentAt: string;
            };
            /** @example wmevt_01J9ZK4T8Q */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payout.sent";
        };
        WallMoneyTransferCredited: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30Z
             */
            createdAt: string;
            data: {
                /** @example 250.00 */
                amount: string;
                /**
                 * Format: date-time
                 * @example 2026-11-27T10:15:30Z
                 */
                bookedAt: string;
                /**
                 * @description IBAN (ISO 13616), electronic or printed form; normalised to upper case without spaces. QR-IBANs are refused.
                 * @example DE89370400440532013000
                 */
                collectionIban: string;
                /** @example RF55 4605 8913 2657 2084 */
                creditorReference: string | null;
                /** @example EUR */
                currency: string;
                debtor: {
                    /** @example AGRIFRPP */
                    bic: string | null;
                    /** @example FR7630006000011234567890189 */
                    iban: string | null;
                    /** @example Anna Müller */
                    name: string | null;
                };
                /** @example Order RF55 4605 8913 2657 2084 */
                remittanceInformation: string | null;
                /** @example wmtr_5RT6YU */
                transferId: string;
            };
            /** @example wmevt_01J9ZK4T8Q */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "transfer.credited";
        };
        WebhookAcknowledgement: {
            /**
             * @description The state machine accepted the event (false: refused and recorded, e.g. out of order)
             * @example true
             */
            accepted: boolean;
            /**
             * @description This delivery repeated an event already recorded; nothing changed
             * @example false
             */
            duplicate: boolean;
            /**
             * @description CorePort's id of the recorded event
             * @example evt_9c2k7m1q4x8v3b6n5z0w2e4r7t
             */
            eventId: string;
            /**
             * @description Payment webhooks: every event the delivery recorded, in order (one delivery can carry several, e.g. a CorePay `transaction.confirmed` below CorePort's confirmation policy records a hold and a count). The fields above describe the last one; `duplicate` is true only when all were repeats.
             * @example [
             *       {
             *         "eventId": "evt_9c2k7m1q4x8v3b6n5z0w2e4r7t",
             *         "type": "payment.funds_received",
             *         "duplicate": false,
             *         "accepted": true
             *       }
             *     ]
             */
            events?: {
                /** @example true */
                accepted: boolean;
                /** @example false */
                duplicate: boolean;
                /** @example evt_9c2k7m1q4x8v3b6n5z0w2e4r7t */
                eventId: string;
                /** @example payment.funds_received */
                type: string;
            }[];
            /**
             * @description Why the event was refused
             * @example 'payment.processing' is not allowed in status 'succeeded'
             */
            reason?: string;
            /** @enum {boolean} */
            received: true;
            /**
             * @description Status of the payment/order now
             * @example succeeded
             */
            status: string;
            /** @example pay_4x9q2m7k1c8v3b6n5z0w2e4r7t */
            subjectId: string;
        };
        WebhookAttempt: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            attemptedAt: string;
            /** @example HTTP 503 */
            error: string | null;
            /** @example att_9w3abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /** @example 412 */
            latencyMs: number;
            /**
             * @example failed
             * @enum {string}
             */
            outcome: "succeeded" | "failed";
            /** @example upstream unavailable */
            responseSnippet: string | null;
            /**
             * @description null when no HTTP answer came (timeout, network, refused URL)
             * @example 503
             */
            statusCode: number | null;
            /**
             * @example scheduled
             * @enum {string}
             */
            trigger: "scheduled" | "replay";
            /** @example https://shop.acme.example/webhooks/coreport */
            url: string;
        };
        WebhookDelivery: {
            /**
             * @description Scheduled attempts so far (replays not counted)
             * @example 2
             */
            attemptCount: number;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /** @example whe_3m1abcdefghjkmnpqrstvwxyz0 */
            endpointId: string;
            /** @example evt_2n8abcdefghjkmnpqrstvwxyz0 */
            eventId: string;
            /** @example payment.succeeded */
            eventType: string;
            /** @example del_6q2abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:16:30.000Z
             */
            lastAttemptAt: string | null;
            /** @example HTTP 503 */
            lastError: string | null;
            /** @example 503 */
            lastStatusCode: number | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:21:30.000Z
             */
            nextAttemptAt: string | null;
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /**
             * Format: date-time
             * @example null
             */
            succeededAt: string | null;
        };
        WebhookDeliveryDetail: components["schemas"]["WebhookDelivery"] & {
            attempts: components["schemas"]["WebhookAttempt"][];
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @example false */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` to get the next (older) page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        WebhookEndpoint: {
            /** @example 0 */
            consecutiveFailures: number;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            createdAt: string;
            /** @example Order fulfilment */
            description: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            disabledReason: "merchant" | "persistent_failure" | null;
            /**
             * @example [
             *       "payment.succeeded"
             *     ]
             */
            eventTypes: string[];
            /**
             * Format: date-time
             * @example null
             */
            failingSince: string | null;
            /** @example whe_3m1abcdefghjkmnpqrstvwxyz0 */
            id: string;
            /**
             * Format: date-time
             * @example null
             */
            lastFailureAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:31.000Z
             */
            lastSuccessAt: string | null;
            /**
             * @description Receives events of this mode only (the mode of the key that created it)
             * @example test
             * @enum {string}
             */
            mode: "test" | "live";
            /**
             * Format: date-time
             * @description While set and in the future, deliveries are signed with the previous secret too
             * @example null
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description failing: a delivery exhausted its retries (deliveries continue); disabled: by the merchant, or after 5 days without a successful delivery
             * @example enabled
             * @enum {string}
             */
            status: "enabled" | "failing" | "disabled";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            updatedAt: string;
            /** @example https://shop.acme.example/webhooks/coreport */
            url: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            /** @enum {string} */
            object: "list";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    invalidateConfigCache: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Config version bumped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigVersion"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminPublishEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishEventRequest"];
            };
        };
        responses: {
            /** @description Queued for delivery */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishEventResult"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLiquidityPools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every pool */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiquidityPoolList"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiquidityPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Asset code (case-insensitive) */
                asset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiquidityPool"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setLiquidityPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Asset code (case-insensitive) */
                asset: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetLiquidityPool"];
            };
        };
        responses: {
            /** @description The pool after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiquidityPool"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListMerchants: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1–100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of merchants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminCreateMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMerchantRequest"];
            };
        };
        responses: {
            /** @description The merchant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminUpdateMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMerchantRequest"];
            };
        };
        responses: {
            /** @description The merchant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminCreateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRevokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pushRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatePush"];
            };
        };
        responses: {
            /** @description Rates written and published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatePushResult"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminCreateSandboxOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSandboxOrder"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxOrderCreated"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminCreateSandboxPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSandboxPayment"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxPaymentCreated"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminInspectSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject and its outbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectInspection"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeList"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1–100 */
                limit?: number;
                objectId?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFintag: {
        parameters: {
            query: {
                /** @description Hostname (or https origin) of the site */
                domain: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site's FinTag entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FintagDocument"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy or degraded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A critical dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listInfoAssets: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier response: 304 when unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description `purchase`: assets customers can buy with fiat (on-ramp). `unwrap`: assets they can sell back (off-ramp). */
                type: "purchase" | "unwrap";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assets */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoAssetList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInfoIntraProviders: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier response: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The providers */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoProviderList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInfoLocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier response: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The locations */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoLocationList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInfoOfframpProviders: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier response: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The providers */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoProviderList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInfoOnrampProviders: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier response: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The providers */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoProviderList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInfoPaymentTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier response: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment types */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoPaymentTypeList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Version of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuote: {
        parameters: {
            query: {
                /** @description `enter`: the customer pays in (buys or pays with the asset). `exit`: the customer cashes the asset out. */
                action: "enter" | "exit";
                /** @description Decimal string: the gross asset amount (`side=send`) or the amount the customer wants to receive (`side=receive`) */
                amount: string;
                /** @description Asset (stablecoin ticker) the fees are charged in */
                asset: string;
                /** @description Fiat (or asset) the customer pays with (enter) or is paid in (exit); default: the asset's fiat */
                currency?: string;
                /** @description Payment type whose fee schedule applies, if it has its own */
                paymentType?: string;
                /** @description Referring site (hostname) or ICAN address; without it the Referer header is used */
                referrer?: string;
                /** @description `receive` computes backwards: the smallest amount to send so the customer receives `amount` (enter: of the asset; exit: of `currency`) */
                side?: "send" | "receive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOfframp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create call safe to retry: the same key and body within 24 h return the first order */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpCryptoRequest"];
            };
        };
        responses: {
            /** @description The order, awaiting the deposit */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOfframpOrder"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBankOfframp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create call safe to retry: the same key and body within 24 h return the first order */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpBankRequest"];
            };
        };
        responses: {
            /** @description The order, awaiting the deposit */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOfframpOrder"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    estimateOfframp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpEstimateRequest"];
            };
        };
        responses: {
            /** @description The estimate, stored as a quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfframpEstimate"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proceedPartialOfframp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpProceedRequest"];
            };
        };
        responses: {
            /** @description The order, now paying out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfframpOrder"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectOfframp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpRejectRequest"];
            };
        };
        responses: {
            /** @description The order after the rejection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfframpOrder"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseEstimateOfframp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpReverseEstimateRequest"];
            };
        };
        responses: {
            /** @description The estimate, stored as a quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfframpEstimate"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveOfframpWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the event, the same on every retry of it (de-duplication key) */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">` */
                "webhook-signature": string;
                /** @description Unix seconds when it was signed; refused outside ±WEBHOOK_TOLERANCE_SECONDS (300) */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfframpWebhookEvent"];
            };
        };
        responses: {
            /** @description Recorded (accepted, refused or duplicate) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAcknowledgement"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOnramp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create call safe to retry: the same key and body within 24 h return the first order */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnrampRequest"];
            };
        };
        responses: {
            /** @description The order, awaiting the customer's payment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnrampOrder"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBankOnramp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create call safe to retry: the same key and body within 24 h return the first order */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankOnrampRequest"];
            };
        };
        responses: {
            /** @description The order, awaiting the transfer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnrampOrder"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forexEstimateOnramp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForexEstimateRequest"];
            };
        };
        responses: {
            /** @description The estimate, stored as a quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForexEstimate"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveOnrampWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the event, the same on every retry of it (de-duplication key) */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">` */
                "webhook-signature": string;
                /** @description Unix seconds when it was signed; refused outside ±WEBHOOK_TOLERANCE_SECONDS (300) */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnrampWebhookEvent"];
            };
        };
        responses: {
            /** @description Recorded (accepted, refused or duplicate) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAcknowledgement"];
                };
            };
            /** @description Recorded as an unmatched transfer; no order changed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmatchedTransferAcknowledgement"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                direction?: "onramp" | "offramp";
                /** @description Page size, 1–100 */
                limit?: number;
                status?: "awaiting_funds" | "awaiting_decision" | "funds_confirmed" | "coins_sent" | "completed" | "refund_pending" | "refunded" | "rejected" | "failed" | "expired" | "awaiting_deposit" | "payout_pending";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1–100 */
                limit?: number;
                method?: "mypos" | "payto" | "corepay";
                status?: "requires_payment" | "processing" | "partially_paid" | "succeeded" | "overpaid" | "expired" | "failed" | "cancelled" | "reversed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCorepayPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique key per payment, e.g. a UUID: a retry with the same key and body within 24 h returns the first payment; another body with the same key is a 422. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCorepayPayment"];
            };
        };
        responses: {
            /** @description Created; `clientSecret` is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCorepayPayment"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCorepayPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorepayPayment"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCorepayPaymentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The detailed status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorepayStatus"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveCorePayWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the event, the same on every retry of it (de-duplication key) */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">` */
                "webhook-signature": string;
                /** @description Unix seconds when it was signed; refused outside ±WEBHOOK_TOLERANCE_SECONDS (300) */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorepayWebhookPayload"];
            };
        };
        responses: {
            /** @description Recorded (accepted, refused or duplicate) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAcknowledgement"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMyposPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique key per payment, e.g. a UUID: a retry with the same key and body within 24 h returns the first payment; another body with the same key is a 422. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMyposPayment"];
            };
        };
        responses: {
            /** @description Created; `clientSecret` is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedMyposPayment"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyposPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveMyposWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["MyposNotification"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "OK";
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPaytoPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique key per payment, e.g. a UUID: a retry with the same key and body within 24 h returns the first payment; another body with the same key is a 422. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaytoPayment"];
            };
        };
        responses: {
            /** @description Created; `clientSecret` is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPaytoPayment"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaytoPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaytoPayment"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCrossCurrencyPaytoPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique key per payment, e.g. a UUID: a retry with the same key and body within 24 h returns the first payment; another body with the same key is a 422. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCrossCurrencyPaytoPayment"];
            };
        };
        responses: {
            /** @description Created; `clientSecret` is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPaytoPayment"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; A request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request; This Idempotency-Key was used with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    estimateCrossCurrencyPaytoPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrossCurrencyEstimateRequest"];
            };
        };
        responses: {
            /** @description The estimate and its quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossCurrencyEstimate"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: a publishable key used from an origin it does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receivePayToWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the event, the same on every retry of it (de-duplication key) */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">` */
                "webhook-signature": string;
                /** @description Unix seconds when it was signed; refused outside ±WEBHOOK_TOLERANCE_SECONDS (300) */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaytoWebhookPayload"];
            };
        };
        responses: {
            /** @description Recorded (accepted, refused or duplicate) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAcknowledgement"];
                };
            };
            /** @description Request validation failed; Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAllRates: {
        parameters: {
            query?: {
                /** @description Rates of that day; a day without a fixing falls back to the nearest earlier fixing (at most 7 days). Future dates are rejected. */
                date?: string;
            };
            header?: never;
            path: {
                /** @description Fiat code or stablecoin ticker (case-insensitive) */
                base: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rates for the base */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Strong validator of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllRates"];
                };
            };
            /** @description Not modified (If-None-Match matched the current ETag) */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Strong validator of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPairRate: {
        parameters: {
            query?: {
                /** @description Rate of that day (not with type=daily); a weekend or holiday falls back to the nearest earlier fixing, at most 7 days back, and the response names the day used. */
                date?: string;
                /** @description type=daily: first day (default: 29 days before `to`); the window spans at most 366 days. */
                from?: string;
                /** @description type=daily: last day (default: today, UTC); not in the future. */
                to?: string;
                /** @description `latest` (default) or `daily` for the daily series */
                type?: "latest" | "daily";
            };
            header?: never;
            path: {
                /** @description Fiat code or stablecoin ticker (case-insensitive) */
                base: string;
                /** @description Fiat code or stablecoin ticker (case-insensitive) */
                target: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rate, the historical rate or the daily series */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Strong validator of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestRate"] | components["schemas"]["HistoricalRate"] | components["schemas"]["DailyRates"];
                };
            };
            /** @description Not modified (If-None-Match matched the current ETag) */
            304: {
                headers: {
                    "Cache-Control": string;
                    /** @description Strong validator of the body; send it back in If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferrerMeta: {
        parameters: {
            query?: {
                /** @description `enter`: the customer pays in (buys or pays with the asset). `exit`: the customer cashes the asset out. */
                action?: "enter" | "exit";
                /** @description Referral ICAN address (cb/ab/ce + 2 check digits + 40 hex) */
                address?: string;
                /** @description Gross asset amount */
                amount?: string;
                /** @description With `amount`: compute the fee split */
                asset?: string;
                paymentType?: string;
                /** @description Referring site hostname */
                site?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referrer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferrerMeta"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint and its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWebhookEndpoint"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1–100 */
                limit?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateSecretRequest"];
            };
        };
        responses: {
            /** @description The new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecret"];
                };
            };
            /** @description Request validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized; Unauthorized: missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
