CREATE TABLE `deployment_params` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deployment_id` integer NOT NULL,
	`version` integer NOT NULL,
	`parameters` text NOT NULL,
	`parameter_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deployment_params_parameters_json" CHECK(json_valid("parameters"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deployment_params_version_unique` ON `deployment_params` (`deployment_id`,`version`);--> statement-breakpoint
CREATE TABLE `deployment_trades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deployment_id` integer NOT NULL,
	`session_id` integer,
	`mode` text NOT NULL,
	`entry_time` integer NOT NULL,
	`entry_price` real NOT NULL,
	`exit_time` integer NOT NULL,
	`exit_price` real NOT NULL,
	`quantity` real NOT NULL,
	`fees` real NOT NULL,
	`pnl` real NOT NULL,
	`return_pct` real NOT NULL,
	`entry_reason` text NOT NULL,
	`exit_reason` text NOT NULL,
	`entry_order_client_id` text,
	`exit_order_client_id` text,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `trading_sessions`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "deployment_trades_mode_enum" CHECK("mode" in ('paper', 'live'))
);
--> statement-breakpoint
CREATE INDEX `deployment_trades_deployment_exit_idx` ON `deployment_trades` (`deployment_id`,`exit_time`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `bar_time` integer;--> statement-breakpoint
ALTER TABLE `decisions` ADD `outcome` text;--> statement-breakpoint
CREATE INDEX `decisions_deployment_bar_idx` ON `decisions` (`deployment_id`,`bar_time`);--> statement-breakpoint
ALTER TABLE `deployment_state` ADD `last_bar_time` integer;--> statement-breakpoint
ALTER TABLE `deployment_state` ADD `book` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `status_reason` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `params_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `deployments` ADD `paper_capital` text;