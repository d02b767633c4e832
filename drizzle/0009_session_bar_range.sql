ALTER TABLE `trading_sessions` ADD `first_bar_time` integer;--> statement-breakpoint
ALTER TABLE `trading_sessions` ADD `last_bar_time` integer;--> statement-breakpoint
ALTER TABLE `trading_sessions` ADD `params_version` integer;