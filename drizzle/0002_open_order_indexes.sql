CREATE INDEX `orders_account_status_idx` ON `orders` (`account_id`,`status`);--> statement-breakpoint
CREATE INDEX `orders_account_symbol_status_idx` ON `orders` (`account_id`,`symbol`,`status`);