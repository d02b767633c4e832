CREATE TABLE `candle_downloads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange` text NOT NULL,
	`symbol` text NOT NULL,
	`interval` text NOT NULL,
	`from_time` integer NOT NULL,
	`to_time` integer NOT NULL,
	`state` text NOT NULL,
	`expected` integer NOT NULL,
	`fetched` integer NOT NULL,
	`error` text,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	CONSTRAINT "candle_downloads_interval_enum" CHECK("interval" in ('1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M')),
	CONSTRAINT "candle_downloads_state_enum" CHECK("state" in ('running', 'done', 'cancelled', 'failed', 'interrupted'))
);
--> statement-breakpoint
CREATE INDEX `candle_downloads_started_idx` ON `candle_downloads` (`started_at`);--> statement-breakpoint
CREATE TABLE `candle_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange` text NOT NULL,
	`symbol` text NOT NULL,
	`interval` text NOT NULL,
	CONSTRAINT "candle_series_interval_enum" CHECK("interval" in ('1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candle_series_key_unique` ON `candle_series` (`exchange`,`symbol`,`interval`);--> statement-breakpoint
DROP TABLE `candles`;