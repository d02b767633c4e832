-- Custom migration (drizzle-kit generate --custom): candles become a WITHOUT ROWID table, which
-- drizzle's schema cannot declare. The primary key (series_id, open_time) is then the table
-- itself: an insert writes one b-tree instead of two, and a range scan reads rows in order.
-- The table is empty here (0004 created it), so the copy is only for safety.
CREATE TABLE `__candles_without_rowid` (
	`series_id` integer NOT NULL,
	`open_time` integer NOT NULL,
	`open` real NOT NULL,
	`high` real NOT NULL,
	`low` real NOT NULL,
	`close` real NOT NULL,
	`volume` real NOT NULL,
	`close_time` integer,
	`quote_volume` real,
	`trade_count` integer,
	`taker_buy_base_volume` real,
	`taker_buy_quote_volume` real,
	PRIMARY KEY(`series_id`, `open_time`),
	FOREIGN KEY (`series_id`) REFERENCES `candle_series`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__candles_without_rowid` SELECT * FROM `candles`;
--> statement-breakpoint
DROP TABLE `candles`;
--> statement-breakpoint
ALTER TABLE `__candles_without_rowid` RENAME TO `candles`;
