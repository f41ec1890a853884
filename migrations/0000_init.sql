CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`kind` text NOT NULL,
	`mode` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`allowed_origins` text NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_uq` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_merchant_idx` ON `api_keys` (`merchant_id`);--> statement-breakpoint
CREATE TABLE `assets` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`decimals` integer NOT NULL,
	`fiat_code` text NOT NULL,
	`network` text,
	`contract_address` text,
	`symbol` text,
	`purchasable` integer DEFAULT false NOT NULL,
	`unwrappable` integer DEFAULT false NOT NULL,
	`min_amount` text DEFAULT '0' NOT NULL,
	`max_amount` text,
	`enabled` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `assets_fiat_code_idx` ON `assets` (`fiat_code`);--> statement-breakpoint
CREATE TABLE `exchange_rate_history` (
	`base` text NOT NULL,
	`quote` text NOT NULL,
	`date` text NOT NULL,
	`rate` text NOT NULL,
	`source` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`base`, `quote`, `date`)
);
--> statement-breakpoint
CREATE INDEX `exchange_rate_history_date_idx` ON `exchange_rate_history` (`date`);--> statement-breakpoint
CREATE TABLE `exchange_rates` (
	`base` text NOT NULL,
	`quote` text NOT NULL,
	`rate` text NOT NULL,
	`source` text NOT NULL,
	`as_of` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`base`, `quote`)
);
--> statement-breakpoint
CREATE INDEX `exchange_rates_as_of_idx` ON `exchange_rates` (`as_of`);--> statement-breakpoint
CREATE TABLE `fee_schedules` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_code` text NOT NULL,
	`action` text NOT NULL,
	`payment_type` text,
	`percent_fee` text DEFAULT '0' NOT NULL,
	`fixed_fee` text DEFAULT '0' NOT NULL,
	`network_fee` text DEFAULT '0' NOT NULL,
	`min_fee` text DEFAULT '0' NOT NULL,
	`max_referral_percent` text DEFAULT '4.00' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`asset_code`) REFERENCES `assets`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fee_schedules_asset_action_type_uq` ON `fee_schedules` (`asset_code`,`action`,`payment_type`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`response_status` integer,
	`response_body` text,
	`response_headers` text,
	`locked_until` integer,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_expires_idx` ON `idempotency_keys` (`expires_at`);--> statement-breakpoint
CREATE TABLE `locations` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region` text NOT NULL,
	`currencies` text NOT NULL,
	`payment_types` text NOT NULL,
	`onramp_enabled` integer DEFAULT true NOT NULL,
	`offramp_enabled` integer DEFAULT true NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `merchants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`payout_address` text,
	`allowed_origins` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payment_events` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`source` text NOT NULL,
	`provider_event_id` text,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`accepted` integer NOT NULL,
	`reason` text,
	`data` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_events_subject_seq_uq` ON `payment_events` (`subject_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `payment_events_provider_event_uq` ON `payment_events` (`subject_id`,`source`,`provider_event_id`);--> statement-breakpoint
CREATE TABLE `payment_types` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`flows` text NOT NULL,
	`asset_codes` text NOT NULL,
	`public_config` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`method` text NOT NULL,
	`status` text NOT NULL,
	`asset` text NOT NULL,
	`amount_expected` text NOT NULL,
	`amount_received` text DEFAULT '0' NOT NULL,
	`settlement_asset` text,
	`settlement_amount` text,
	`rate` text,
	`fees` text NOT NULL,
	`quote_id` text,
	`referrer_id` text,
	`merchant_reference` text,
	`client_secret_hash` text NOT NULL,
	`deposit_address` text,
	`provider_reference` text,
	`metadata` text NOT NULL,
	`needs_review` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `payments_merchant_created_idx` ON `payments` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `payments_status_expires_idx` ON `payments` (`status`,`expires_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_deposit_address_uq` ON `payments` (`deposit_address`);--> statement-breakpoint
CREATE INDEX `payments_provider_ref_idx` ON `payments` (`provider_reference`);--> statement-breakpoint
CREATE TABLE `providers` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`mode` text DEFAULT 'sandbox' NOT NULL,
	`asset_codes` text NOT NULL,
	`countries` text NOT NULL,
	`payment_types` text NOT NULL,
	`public_config` text NOT NULL,
	`secret_names` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `providers_kind_idx` ON `providers` (`kind`,`enabled`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text,
	`kind` text NOT NULL,
	`action` text NOT NULL,
	`source_asset` text NOT NULL,
	`target_asset` text NOT NULL,
	`source_amount` text NOT NULL,
	`target_amount` text NOT NULL,
	`rate` text NOT NULL,
	`rate_as_of` integer NOT NULL,
	`fees` text NOT NULL,
	`total_fee` text NOT NULL,
	`referrer_id` text,
	`referral_fee` text,
	`payment_type` text,
	`expires_at` integer NOT NULL,
	`used_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quotes_expires_idx` ON `quotes` (`expires_at`);--> statement-breakpoint
CREATE TABLE `ramp_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`direction` text NOT NULL,
	`rail` text NOT NULL,
	`status` text NOT NULL,
	`source_asset` text NOT NULL,
	`target_asset` text NOT NULL,
	`source_amount` text NOT NULL,
	`target_amount` text NOT NULL,
	`amount_deposited` text DEFAULT '0' NOT NULL,
	`rate` text,
	`fees` text NOT NULL,
	`quote_id` text,
	`referrer_id` text,
	`provider_code` text,
	`provider_reference` text,
	`payment_reference` text,
	`deposit_address` text,
	`destination` text NOT NULL,
	`payout_tx_hash` text,
	`client_secret_hash` text NOT NULL,
	`merchant_reference` text,
	`metadata` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ramp_orders_merchant_created_idx` ON `ramp_orders` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `ramp_orders_payment_reference_uq` ON `ramp_orders` (`payment_reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `ramp_orders_deposit_address_uq` ON `ramp_orders` (`deposit_address`);--> statement-breakpoint
CREATE INDEX `ramp_orders_status_expires_idx` ON `ramp_orders` (`status`,`expires_at`);--> statement-breakpoint
CREATE INDEX `ramp_orders_provider_ref_idx` ON `ramp_orders` (`provider_reference`);--> statement-breakpoint
CREATE TABLE `rate_sources` (
	`name` text PRIMARY KEY NOT NULL,
	`last_success_at` integer,
	`last_attempt_at` integer,
	`last_error` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referrers` (
	`id` text PRIMARY KEY NOT NULL,
	`domain` text,
	`ican_address` text NOT NULL,
	`fee_percent` text DEFAULT '0.00' NOT NULL,
	`originator_name` text,
	`source` text NOT NULL,
	`verified_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrers_domain_uq` ON `referrers` (`domain`);--> statement-breakpoint
CREATE INDEX `referrers_ican_idx` ON `referrers` (`ican_address`);