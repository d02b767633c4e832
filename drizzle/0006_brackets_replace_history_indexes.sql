CREATE TABLE `brackets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`symbol` text NOT NULL,
	`entry_client_order_id` text NOT NULL,
	`take_profit_price` blob,
	`stop_price` blob,
	`stop_limit_price` blob,
	`status` text NOT NULL,
	`quantity` blob,
	`list_client_order_id` text,
	`take_profit_client_order_id` text,
	`stop_client_order_id` text,
	`error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`entry_client_order_id`) REFERENCES `orders`(`client_order_id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "brackets_status_enum" CHECK("status" in ('waiting', 'placed', 'done', 'cancelled', 'failed')),
	CONSTRAINT "brackets_take_profit_price_decimal" CHECK("take_profit_price" is null or (typeof("take_profit_price") = 'text' and "take_profit_price" <> '' and "take_profit_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "brackets_stop_price_decimal" CHECK("stop_price" is null or (typeof("stop_price") = 'text' and "stop_price" <> '' and "stop_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "brackets_stop_limit_price_decimal" CHECK("stop_limit_price" is null or (typeof("stop_limit_price") = 'text' and "stop_limit_price" <> '' and "stop_limit_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "brackets_quantity_decimal" CHECK("quantity" is null or (typeof("quantity") = 'text' and "quantity" <> '' and "quantity" not glob '*[^0-9.-]*')),
	CONSTRAINT "brackets_has_exit" CHECK("take_profit_price" is not null or "stop_price" is not null),
	CONSTRAINT "brackets_stop_pair" CHECK(("stop_price" is null) = ("stop_limit_price" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brackets_entry_unique` ON `brackets` (`entry_client_order_id`);--> statement-breakpoint
CREATE INDEX `brackets_account_status_idx` ON `brackets` (`account_id`,`status`);--> statement-breakpoint
ALTER TABLE `orders` ADD `replaces_client_order_id` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `list_client_order_id` text;--> statement-breakpoint
CREATE INDEX `orders_account_created_idx` ON `orders` (`account_id`,`created_at`,`client_order_id`);--> statement-breakpoint
CREATE INDEX `fills_account_time_idx` ON `fills` (`account_id`,`time`,`id`);