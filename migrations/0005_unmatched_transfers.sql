CREATE TABLE `unmatched_transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`transaction_id` text NOT NULL,
	`amount` text NOT NULL,
	`currency` text NOT NULL,
	`reference` text,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`payload_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unmatched_transfers_provider_tx_uq` ON `unmatched_transfers` (`provider`,`transaction_id`);--> statement-breakpoint
CREATE INDEX `unmatched_transfers_status_created_idx` ON `unmatched_transfers` (`status`,`created_at`);