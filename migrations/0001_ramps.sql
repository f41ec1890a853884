CREATE TABLE `liquidity_pools` (
	`asset_code` text PRIMARY KEY NOT NULL,
	`size` text NOT NULL,
	`reserved` text NOT NULL,
	`consumed` text NOT NULL,
	`available` text NOT NULL,
	`low_water_mark` text NOT NULL,
	`active_reservations` integer NOT NULL,
	`version` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ramp_limits` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_code` text NOT NULL,
	`direction` text NOT NULL,
	`rail` text,
	`min_per_order` text DEFAULT '0' NOT NULL,
	`max_per_order` text,
	`max_per_destination_per_day` text,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`asset_code`) REFERENCES `assets`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ramp_limits_asset_direction_rail_uq` ON `ramp_limits` (`asset_code`,`direction`,`rail`);--> statement-breakpoint
CREATE TABLE `ramp_payouts` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`kind` text NOT NULL,
	`provider_code` text NOT NULL,
	`mode` text NOT NULL,
	`asset` text NOT NULL,
	`amount` text NOT NULL,
	`destination` text NOT NULL,
	`status` text NOT NULL,
	`provider_reference` text,
	`tx_hash` text,
	`failure_code` text,
	`failure_message` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ramp_payouts_order_kind_uq` ON `ramp_payouts` (`order_id`,`kind`);--> statement-breakpoint
CREATE UNIQUE INDEX `ramp_payouts_tx_hash_uq` ON `ramp_payouts` (`tx_hash`);--> statement-breakpoint
CREATE INDEX `ramp_payouts_provider_ref_idx` ON `ramp_payouts` (`provider_code`,`provider_reference`);--> statement-breakpoint
ALTER TABLE `ramp_orders` ADD `destination_key` text;--> statement-breakpoint
CREATE INDEX `ramp_orders_destination_created_idx` ON `ramp_orders` (`destination_key`,`created_at`);