ALTER TABLE `payments` ADD `pay_to_address` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `return_url` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `cancel_url` text;