CREATE TABLE `candles` (
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
);
