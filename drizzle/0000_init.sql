CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`environment` text NOT NULL,
	`base_url` text,
	`api_key_masked` text,
	`key_ciphertext` blob,
	`key_updated_at` integer,
	`last_test` text,
	`last_tested_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "accounts_environment_enum" CHECK("environment" in ('binance', 'binance-testnet', 'paper', 'custom')),
	CONSTRAINT "accounts_last_test_json" CHECK(json_valid("last_test")),
	CONSTRAINT "accounts_custom_base_url" CHECK("environment" <> 'custom' or "base_url" is not null),
	CONSTRAINT "accounts_key_complete" CHECK(("key_ciphertext" is null) = ("api_key_masked" is null) and ("key_ciphertext" is null) = ("key_updated_at" is null)),
	CONSTRAINT "accounts_key_unless_paper" CHECK(("key_ciphertext" is null) = ("environment" = 'paper'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_name_unique` ON `accounts` (`name`);--> statement-breakpoint
CREATE TABLE `balance_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`ts` integer NOT NULL,
	`asset` text NOT NULL,
	`free` blob NOT NULL,
	`locked` blob NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "balance_snapshots_free_decimal" CHECK("free" is null or (typeof("free") = 'text' and "free" <> '' and "free" not glob '*[^0-9.-]*')),
	CONSTRAINT "balance_snapshots_locked_decimal" CHECK("locked" is null or (typeof("locked") = 'text' and "locked" <> '' and "locked" not glob '*[^0-9.-]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `balance_snapshots_account_ts_asset_unique` ON `balance_snapshots` (`account_id`,`ts`,`asset`);--> statement-breakpoint
CREATE INDEX `balance_snapshots_account_asset_ts_idx` ON `balance_snapshots` (`account_id`,`asset`,`ts`);--> statement-breakpoint
CREATE TABLE `positions` (
	`account_id` integer NOT NULL,
	`symbol` text NOT NULL,
	`quantity` blob NOT NULL,
	`average_entry_price` blob,
	`realized_pnl` blob NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`account_id`, `symbol`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "positions_quantity_decimal" CHECK("quantity" is null or (typeof("quantity") = 'text' and "quantity" <> '' and "quantity" not glob '*[^0-9.-]*')),
	CONSTRAINT "positions_average_entry_price_decimal" CHECK("average_entry_price" is null or (typeof("average_entry_price") = 'text' and "average_entry_price" <> '' and "average_entry_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "positions_realized_pnl_decimal" CHECK("realized_pnl" is null or (typeof("realized_pnl") = 'text' and "realized_pnl" <> '' and "realized_pnl" not glob '*[^0-9.-]*'))
);
--> statement-breakpoint
CREATE TABLE `backtest_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer,
	`strategy_type` text NOT NULL,
	`strategy_version` integer NOT NULL,
	`parameters` text NOT NULL,
	`parameter_hash` text NOT NULL,
	`exchange` text NOT NULL,
	`symbol` text NOT NULL,
	`interval` text NOT NULL,
	`range_start` integer NOT NULL,
	`range_end` integer NOT NULL,
	`initial_capital` real NOT NULL,
	`maker_fee_rate` real NOT NULL,
	`taker_fee_rate` real NOT NULL,
	`slippage_bps` real NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`metrics` text,
	`equity_times` blob,
	`equity_values` blob,
	`fingerprint` text,
	`created_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "backtest_runs_interval_enum" CHECK("interval" in ('1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M')),
	CONSTRAINT "backtest_runs_status_enum" CHECK("status" in ('running', 'completed', 'failed', 'canceled')),
	CONSTRAINT "backtest_runs_parameters_json" CHECK(json_valid("parameters")),
	CONSTRAINT "backtest_runs_metrics_json" CHECK(json_valid("metrics")),
	CONSTRAINT "backtest_runs_range" CHECK("range_start" <= "range_end"),
	CONSTRAINT "backtest_runs_completed_has_results" CHECK("status" <> 'completed' or ("metrics" is not null and "fingerprint" is not null and "completed_at" is not null))
);
--> statement-breakpoint
CREATE INDEX `backtest_runs_strategy_idx` ON `backtest_runs` (`strategy_id`);--> statement-breakpoint
CREATE INDEX `backtest_runs_created_idx` ON `backtest_runs` (`created_at`);--> statement-breakpoint
CREATE INDEX `backtest_runs_parameter_hash_idx` ON `backtest_runs` (`parameter_hash`);--> statement-breakpoint
CREATE TABLE `backtest_trades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`entry_time` integer NOT NULL,
	`entry_price` real NOT NULL,
	`exit_time` integer,
	`exit_price` real,
	`quantity` real NOT NULL,
	`fees` real NOT NULL,
	`pnl` real NOT NULL,
	`return_pct` real NOT NULL,
	`exit_reason` text,
	FOREIGN KEY (`run_id`) REFERENCES `backtest_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `backtest_trades_run_seq_unique` ON `backtest_trades` (`run_id`,`seq`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deployment_id` integer NOT NULL,
	`ts` integer NOT NULL,
	`inputs` text NOT NULL,
	`signal` text NOT NULL,
	`strength` real,
	`reason` text NOT NULL,
	`order_client_id` text,
	`no_order_reason` text,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_client_id`) REFERENCES `orders`(`client_order_id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "decisions_signal_enum" CHECK("signal" in ('buy', 'sell', 'hold')),
	CONSTRAINT "decisions_inputs_json" CHECK(json_valid("inputs")),
	CONSTRAINT "decisions_order_or_reason" CHECK("order_client_id" is null or "no_order_reason" is null)
);
--> statement-breakpoint
CREATE INDEX `decisions_deployment_ts_idx` ON `decisions` (`deployment_id`,`ts`);--> statement-breakpoint
CREATE INDEX `decisions_order_idx` ON `decisions` (`order_client_id`);--> statement-breakpoint
CREATE TABLE `candles` (
	`exchange` text NOT NULL,
	`symbol` text NOT NULL,
	`interval` text NOT NULL,
	`open_time` integer NOT NULL,
	`open` real NOT NULL,
	`high` real NOT NULL,
	`low` real NOT NULL,
	`close` real NOT NULL,
	`volume` real NOT NULL,
	`close_time` integer NOT NULL,
	`quote_volume` real NOT NULL,
	`trade_count` integer NOT NULL,
	`taker_buy_base_volume` real NOT NULL,
	`taker_buy_quote_volume` real NOT NULL,
	PRIMARY KEY(`exchange`, `symbol`, `interval`, `open_time`),
	CONSTRAINT "candles_interval_enum" CHECK("interval" in ('1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M'))
);
--> statement-breakpoint
CREATE TABLE `trading_pairs` (
	`exchange` text NOT NULL,
	`symbol` text NOT NULL,
	`base_asset` text NOT NULL,
	`quote_asset` text NOT NULL,
	`status` text NOT NULL,
	`base_asset_precision` integer NOT NULL,
	`quote_asset_precision` integer NOT NULL,
	`is_spot_trading_allowed` integer NOT NULL,
	`is_quote_order_qty_market_allowed` integer NOT NULL,
	`order_types` text NOT NULL,
	`tick_size` blob,
	`min_price` blob,
	`max_price` blob,
	`step_size` blob,
	`min_qty` blob,
	`max_qty` blob,
	`market_step_size` blob,
	`market_min_qty` blob,
	`market_max_qty` blob,
	`min_notional` blob,
	`max_notional` blob,
	`is_min_notional_applied_to_market` integer,
	`max_num_orders` integer,
	`filters` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`exchange`, `symbol`),
	CONSTRAINT "trading_pairs_status_enum" CHECK("status" in ('PRE_TRADING', 'TRADING', 'POST_TRADING', 'END_OF_DAY', 'HALT', 'AUCTION_MATCH', 'BREAK')),
	CONSTRAINT "trading_pairs_is_spot_trading_allowed_flag" CHECK("is_spot_trading_allowed" in (0, 1)),
	CONSTRAINT "trading_pairs_is_quote_order_qty_market_allowed_flag" CHECK("is_quote_order_qty_market_allowed" in (0, 1)),
	CONSTRAINT "trading_pairs_is_min_notional_applied_to_market_flag" CHECK("is_min_notional_applied_to_market" in (0, 1)),
	CONSTRAINT "trading_pairs_order_types_json" CHECK(json_valid("order_types")),
	CONSTRAINT "trading_pairs_filters_json" CHECK(json_valid("filters")),
	CONSTRAINT "trading_pairs_tick_size_decimal" CHECK("tick_size" is null or (typeof("tick_size") = 'text' and "tick_size" <> '' and "tick_size" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_min_price_decimal" CHECK("min_price" is null or (typeof("min_price") = 'text' and "min_price" <> '' and "min_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_max_price_decimal" CHECK("max_price" is null or (typeof("max_price") = 'text' and "max_price" <> '' and "max_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_step_size_decimal" CHECK("step_size" is null or (typeof("step_size") = 'text' and "step_size" <> '' and "step_size" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_min_qty_decimal" CHECK("min_qty" is null or (typeof("min_qty") = 'text' and "min_qty" <> '' and "min_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_max_qty_decimal" CHECK("max_qty" is null or (typeof("max_qty") = 'text' and "max_qty" <> '' and "max_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_market_step_size_decimal" CHECK("market_step_size" is null or (typeof("market_step_size") = 'text' and "market_step_size" <> '' and "market_step_size" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_market_min_qty_decimal" CHECK("market_min_qty" is null or (typeof("market_min_qty") = 'text' and "market_min_qty" <> '' and "market_min_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_market_max_qty_decimal" CHECK("market_max_qty" is null or (typeof("market_max_qty") = 'text' and "market_max_qty" <> '' and "market_max_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_min_notional_decimal" CHECK("min_notional" is null or (typeof("min_notional") = 'text' and "min_notional" <> '' and "min_notional" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_pairs_max_notional_decimal" CHECK("max_notional" is null or (typeof("max_notional") = 'text' and "max_notional" <> '' and "max_notional" not glob '*[^0-9.-]*'))
);
--> statement-breakpoint
CREATE INDEX `trading_pairs_exchange_quote_idx` ON `trading_pairs` (`exchange`,`quote_asset`);--> statement-breakpoint
CREATE TABLE `fills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`symbol` text NOT NULL,
	`exchange_trade_id` text NOT NULL,
	`order_client_id` text NOT NULL,
	`price` blob NOT NULL,
	`qty` blob NOT NULL,
	`quote_qty` blob NOT NULL,
	`commission` blob NOT NULL,
	`commission_asset` text,
	`is_maker` integer NOT NULL,
	`time` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`order_client_id`) REFERENCES `orders`(`client_order_id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "fills_price_decimal" CHECK("price" is null or (typeof("price") = 'text' and "price" <> '' and "price" not glob '*[^0-9.-]*')),
	CONSTRAINT "fills_qty_decimal" CHECK("qty" is null or (typeof("qty") = 'text' and "qty" <> '' and "qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "fills_quote_qty_decimal" CHECK("quote_qty" is null or (typeof("quote_qty") = 'text' and "quote_qty" <> '' and "quote_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "fills_commission_decimal" CHECK("commission" is null or (typeof("commission") = 'text' and "commission" <> '' and "commission" not glob '*[^0-9.-]*')),
	CONSTRAINT "fills_is_maker_flag" CHECK("is_maker" in (0, 1))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fills_account_symbol_trade_unique` ON `fills` (`account_id`,`symbol`,`exchange_trade_id`);--> statement-breakpoint
CREATE INDEX `fills_order_idx` ON `fills` (`order_client_id`);--> statement-breakpoint
CREATE INDEX `fills_time_idx` ON `fills` (`time`);--> statement-breakpoint
CREATE INDEX `fills_account_symbol_time_idx` ON `fills` (`account_id`,`symbol`,`time`);--> statement-breakpoint
CREATE TABLE `orders` (
	`client_order_id` text PRIMARY KEY NOT NULL,
	`exchange_order_id` text,
	`account_id` integer NOT NULL,
	`symbol` text NOT NULL,
	`side` text NOT NULL,
	`type` text NOT NULL,
	`time_in_force` text,
	`price` blob,
	`stop_price` blob,
	`quantity` blob,
	`quote_order_qty` blob,
	`status` text NOT NULL,
	`executed_qty` blob DEFAULT '0' NOT NULL,
	`cumulative_quote_qty` blob DEFAULT '0' NOT NULL,
	`origin` text NOT NULL,
	`deployment_id` integer,
	`is_adopted` integer DEFAULT false NOT NULL,
	`reject_reason` text,
	`last_error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "orders_side_enum" CHECK("side" in ('BUY', 'SELL')),
	CONSTRAINT "orders_type_enum" CHECK("type" in ('MARKET', 'LIMIT', 'LIMIT_MAKER', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT')),
	CONSTRAINT "orders_time_in_force_enum" CHECK("time_in_force" in ('GTC', 'IOC', 'FOK')),
	CONSTRAINT "orders_status_enum" CHECK("status" in ('pending', 'unknown', 'NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'PENDING_CANCEL', 'REJECTED', 'EXPIRED', 'EXPIRED_IN_MATCH')),
	CONSTRAINT "orders_origin_enum" CHECK("origin" in ('manual', 'strategy')),
	CONSTRAINT "orders_price_decimal" CHECK("price" is null or (typeof("price") = 'text' and "price" <> '' and "price" not glob '*[^0-9.-]*')),
	CONSTRAINT "orders_stop_price_decimal" CHECK("stop_price" is null or (typeof("stop_price") = 'text' and "stop_price" <> '' and "stop_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "orders_quantity_decimal" CHECK("quantity" is null or (typeof("quantity") = 'text' and "quantity" <> '' and "quantity" not glob '*[^0-9.-]*')),
	CONSTRAINT "orders_quote_order_qty_decimal" CHECK("quote_order_qty" is null or (typeof("quote_order_qty") = 'text' and "quote_order_qty" <> '' and "quote_order_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "orders_executed_qty_decimal" CHECK("executed_qty" is null or (typeof("executed_qty") = 'text' and "executed_qty" <> '' and "executed_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "orders_cumulative_quote_qty_decimal" CHECK("cumulative_quote_qty" is null or (typeof("cumulative_quote_qty") = 'text' and "cumulative_quote_qty" <> '' and "cumulative_quote_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "orders_is_adopted_flag" CHECK("is_adopted" in (0, 1)),
	CONSTRAINT "orders_strategy_has_deployment" CHECK(("origin" = 'strategy') = ("deployment_id" is not null)),
	CONSTRAINT "orders_has_amount" CHECK("quantity" is not null or "quote_order_qty" is not null)
);
--> statement-breakpoint
CREATE INDEX `orders_status_idx` ON `orders` (`status`);--> statement-breakpoint
CREATE INDEX `orders_account_symbol_created_idx` ON `orders` (`account_id`,`symbol`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_deployment_created_idx` ON `orders` (`deployment_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_created_idx` ON `orders` (`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_account_symbol_exchange_id_unique` ON `orders` (`account_id`,`symbol`,`exchange_order_id`);--> statement-breakpoint
CREATE TABLE `daily_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`day` integer NOT NULL,
	`quote_asset` text NOT NULL,
	`starting_equity` blob NOT NULL,
	`ending_equity` blob NOT NULL,
	`realized_pnl` blob NOT NULL,
	`fees` blob NOT NULL,
	`volume` blob NOT NULL,
	`trade_count` integer NOT NULL,
	`win_count` integer NOT NULL,
	`max_drawdown_pct` real NOT NULL,
	`details` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "daily_reports_starting_equity_decimal" CHECK("starting_equity" is null or (typeof("starting_equity") = 'text' and "starting_equity" <> '' and "starting_equity" not glob '*[^0-9.-]*')),
	CONSTRAINT "daily_reports_ending_equity_decimal" CHECK("ending_equity" is null or (typeof("ending_equity") = 'text' and "ending_equity" <> '' and "ending_equity" not glob '*[^0-9.-]*')),
	CONSTRAINT "daily_reports_realized_pnl_decimal" CHECK("realized_pnl" is null or (typeof("realized_pnl") = 'text' and "realized_pnl" <> '' and "realized_pnl" not glob '*[^0-9.-]*')),
	CONSTRAINT "daily_reports_fees_decimal" CHECK("fees" is null or (typeof("fees") = 'text' and "fees" <> '' and "fees" not glob '*[^0-9.-]*')),
	CONSTRAINT "daily_reports_volume_decimal" CHECK("volume" is null or (typeof("volume") = 'text' and "volume" <> '' and "volume" not glob '*[^0-9.-]*')),
	CONSTRAINT "daily_reports_details_json" CHECK(json_valid("details"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `daily_reports_account_day_unique` ON `daily_reports` (`account_id`,`day`);--> statement-breakpoint
CREATE TABLE `performance_metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`mode` text NOT NULL,
	`period` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`quote_asset` text NOT NULL,
	`trade_count` integer NOT NULL,
	`win_rate` real,
	`net_pnl` blob NOT NULL,
	`return_pct` real,
	`max_drawdown_pct` real,
	`sharpe` real,
	`sortino` real,
	`profit_factor` real,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "performance_metrics_mode_enum" CHECK("mode" in ('paper', 'live')),
	CONSTRAINT "performance_metrics_period_enum" CHECK("period" in ('day', 'week', 'month', 'year', 'all')),
	CONSTRAINT "performance_metrics_net_pnl_decimal" CHECK("net_pnl" is null or (typeof("net_pnl") = 'text' and "net_pnl" <> '' and "net_pnl" not glob '*[^0-9.-]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `performance_metrics_strategy_mode_period_unique` ON `performance_metrics` (`strategy_id`,`mode`,`period`,`period_start`);--> statement-breakpoint
CREATE TABLE `portfolio_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`ts` integer NOT NULL,
	`quote_asset` text NOT NULL,
	`total_value` blob NOT NULL,
	`holdings` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "portfolio_snapshots_total_value_decimal" CHECK("total_value" is null or (typeof("total_value") = 'text' and "total_value" <> '' and "total_value" not glob '*[^0-9.-]*')),
	CONSTRAINT "portfolio_snapshots_holdings_json" CHECK(json_valid("holdings"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portfolio_snapshots_account_ts_unique` ON `portfolio_snapshots` (`account_id`,`ts`);--> statement-breakpoint
CREATE TABLE `kill_switch` (
	`id` integer PRIMARY KEY NOT NULL,
	`is_active` integer NOT NULL,
	`reason` text,
	`since` integer,
	`updated_at` integer NOT NULL,
	CONSTRAINT "kill_switch_is_active_flag" CHECK("is_active" in (0, 1)),
	CONSTRAINT "kill_switch_single_row" CHECK("id" = 1),
	CONSTRAINT "kill_switch_active_since" CHECK(not "is_active" or "since" is not null)
);
--> statement-breakpoint
CREATE TABLE `risk_limits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer,
	`deployment_id` integer,
	`max_trades_per_day` integer,
	`max_amount_per_trade` blob,
	`max_open_orders` integer,
	`max_orders_per_minute` integer,
	`price_band_pct` real,
	`daily_loss_limit` blob,
	`cooldown_ms` integer,
	`max_drawdown_pct` real,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "risk_limits_max_amount_per_trade_decimal" CHECK("max_amount_per_trade" is null or (typeof("max_amount_per_trade") = 'text' and "max_amount_per_trade" <> '' and "max_amount_per_trade" not glob '*[^0-9.-]*')),
	CONSTRAINT "risk_limits_daily_loss_limit_decimal" CHECK("daily_loss_limit" is null or (typeof("daily_loss_limit") = 'text' and "daily_loss_limit" <> '' and "daily_loss_limit" not glob '*[^0-9.-]*')),
	CONSTRAINT "risk_limits_one_scope" CHECK(("account_id" is null) <> ("deployment_id" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `risk_limits_account_unique` ON `risk_limits` (`account_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `risk_limits_deployment_unique` ON `risk_limits` (`deployment_id`);--> statement-breakpoint
CREATE TABLE `risk_locks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer,
	`deployment_id` integer,
	`symbol` text,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	`until` integer,
	`released_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "risk_locks_kind_enum" CHECK("kind" in ('cooldown', 'max-drawdown', 'daily-loss', 'max-trades-per-day')),
	CONSTRAINT "risk_locks_one_scope" CHECK(("account_id" is null) <> ("deployment_id" is null))
);
--> statement-breakpoint
CREATE INDEX `risk_locks_account_idx` ON `risk_locks` (`account_id`);--> statement-breakpoint
CREATE INDEX `risk_locks_deployment_idx` ON `risk_locks` (`deployment_id`);--> statement-breakpoint
CREATE TABLE `deployment_state` (
	`deployment_id` integer PRIMARY KEY NOT NULL,
	`position_qty` blob DEFAULT '0' NOT NULL,
	`entry_price` blob,
	`trades_day` integer,
	`trades_today` integer DEFAULT 0 NOT NULL,
	`trades_total` integer DEFAULT 0 NOT NULL,
	`wins` integer DEFAULT 0 NOT NULL,
	`losses` integer DEFAULT 0 NOT NULL,
	`consecutive_losses` integer DEFAULT 0 NOT NULL,
	`realized_pnl` blob DEFAULT '0' NOT NULL,
	`unrealized_pnl` blob DEFAULT '0' NOT NULL,
	`peak_equity` blob,
	`drawdown_pct` real DEFAULT 0 NOT NULL,
	`max_drawdown_pct` real DEFAULT 0 NOT NULL,
	`last_signal` text,
	`last_signal_at` integer,
	`last_run_at` integer,
	`last_error` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deployment_state_last_signal_enum" CHECK("last_signal" in ('buy', 'sell', 'hold')),
	CONSTRAINT "deployment_state_position_qty_decimal" CHECK("position_qty" is null or (typeof("position_qty") = 'text' and "position_qty" <> '' and "position_qty" not glob '*[^0-9.-]*')),
	CONSTRAINT "deployment_state_entry_price_decimal" CHECK("entry_price" is null or (typeof("entry_price") = 'text' and "entry_price" <> '' and "entry_price" not glob '*[^0-9.-]*')),
	CONSTRAINT "deployment_state_realized_pnl_decimal" CHECK("realized_pnl" is null or (typeof("realized_pnl") = 'text' and "realized_pnl" <> '' and "realized_pnl" not glob '*[^0-9.-]*')),
	CONSTRAINT "deployment_state_unrealized_pnl_decimal" CHECK("unrealized_pnl" is null or (typeof("unrealized_pnl") = 'text' and "unrealized_pnl" <> '' and "unrealized_pnl" not glob '*[^0-9.-]*')),
	CONSTRAINT "deployment_state_peak_equity_decimal" CHECK("peak_equity" is null or (typeof("peak_equity") = 'text' and "peak_equity" <> '' and "peak_equity" not glob '*[^0-9.-]*'))
);
--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`strategy_id` integer NOT NULL,
	`symbol` text NOT NULL,
	`timeframe` text NOT NULL,
	`amount_per_trade` blob NOT NULL,
	`mode` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "deployments_timeframe_enum" CHECK("timeframe" in ('1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M')),
	CONSTRAINT "deployments_mode_enum" CHECK("mode" in ('paper', 'live')),
	CONSTRAINT "deployments_status_enum" CHECK("status" in ('stopped', 'running', 'paused', 'failed')),
	CONSTRAINT "deployments_amount_per_trade_decimal" CHECK("amount_per_trade" is null or (typeof("amount_per_trade") = 'text' and "amount_per_trade" <> '' and "amount_per_trade" not glob '*[^0-9.-]*'))
);
--> statement-breakpoint
CREATE INDEX `deployments_account_idx` ON `deployments` (`account_id`);--> statement-breakpoint
CREATE INDEX `deployments_strategy_idx` ON `deployments` (`strategy_id`);--> statement-breakpoint
CREATE INDEX `deployments_status_idx` ON `deployments` (`status`);--> statement-breakpoint
CREATE TABLE `strategies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`parameters` text NOT NULL,
	`parameter_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "strategies_parameters_json" CHECK(json_valid("parameters"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategies_name_unique` ON `strategies` (`name`);--> statement-breakpoint
CREATE TABLE `trading_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deployment_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`initial_balance` blob NOT NULL,
	`final_balance` blob,
	`trade_count` integer DEFAULT 0 NOT NULL,
	`win_count` integer DEFAULT 0 NOT NULL,
	`win_rate` real,
	`stop_reason` text,
	`stop_message` text,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "trading_sessions_stop_reason_enum" CHECK("stop_reason" in ('user', 'kill-switch', 'risk-limit', 'error', 'shutdown')),
	CONSTRAINT "trading_sessions_initial_balance_decimal" CHECK("initial_balance" is null or (typeof("initial_balance") = 'text' and "initial_balance" <> '' and "initial_balance" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_sessions_final_balance_decimal" CHECK("final_balance" is null or (typeof("final_balance") = 'text' and "final_balance" <> '' and "final_balance" not glob '*[^0-9.-]*')),
	CONSTRAINT "trading_sessions_ended_with_reason" CHECK(("ended_at" is null) = ("stop_reason" is null))
);
--> statement-breakpoint
CREATE INDEX `trading_sessions_deployment_started_idx` ON `trading_sessions` (`deployment_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ts` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`target` text,
	`details` text,
	CONSTRAINT "audit_log_actor_enum" CHECK("actor" in ('user', 'system', 'strategy')),
	CONSTRAINT "audit_log_details_json" CHECK(json_valid("details"))
);
--> statement-breakpoint
CREATE INDEX `audit_log_ts_idx` ON `audit_log` (`ts`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "settings_value_json" CHECK(json_valid("value"))
);
--> statement-breakpoint
CREATE TABLE `system_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ts` integer NOT NULL,
	`level` text NOT NULL,
	`module` text NOT NULL,
	`message` text NOT NULL,
	`context` text,
	CONSTRAINT "system_log_level_enum" CHECK("level" in ('debug', 'info', 'warn', 'error')),
	CONSTRAINT "system_log_context_json" CHECK(json_valid("context"))
);
--> statement-breakpoint
CREATE INDEX `system_log_ts_idx` ON `system_log` (`ts`);--> statement-breakpoint
CREATE INDEX `system_log_level_id_idx` ON `system_log` (`level`,`id`);--> statement-breakpoint
CREATE INDEX `system_log_module_id_idx` ON `system_log` (`module`,`id`);--> statement-breakpoint
CREATE TABLE `vault` (
	`id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`wrapped_key` blob NOT NULL,
	`kdf` text,
	`salt` blob,
	`keychain_backend` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "vault_single_row" CHECK("id" = 1),
	CONSTRAINT "vault_mode_enum" CHECK("mode" in ('os-keychain', 'passphrase')),
	CONSTRAINT "vault_kdf_json" CHECK(json_valid("kdf")),
	CONSTRAINT "vault_passphrase_has_kdf" CHECK(("mode" = 'passphrase') = ("kdf" is not null and "salt" is not null))
);
--> statement-breakpoint
CREATE TABLE `web_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` blob NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`ip` text,
	`user_agent` text,
	`ended_at` integer,
	`end_reason` text,
	CONSTRAINT "web_sessions_end_reason_enum" CHECK("end_reason" in ('logout', 'revoked', 'expired', 'restart', 'locked')),
	CONSTRAINT "web_sessions_end_complete" CHECK(("ended_at" is null) = ("end_reason" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `web_sessions_token_hash_unique` ON `web_sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `web_sessions_created_idx` ON `web_sessions` (`created_at`);