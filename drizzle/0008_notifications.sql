CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ts` integer NOT NULL,
	`kind` text NOT NULL,
	`level` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`account_id` integer,
	`deployment_id` integer,
	`event_key` text NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notifications_kind_enum" CHECK("kind" in ('fill', 'gate-refusal', 'deployment-error', 'daily-report')),
	CONSTRAINT "notifications_level_enum" CHECK("level" in ('info', 'warning', 'error'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_event_key_unique` ON `notifications` (`event_key`);--> statement-breakpoint
CREATE INDEX `notifications_ts_idx` ON `notifications` (`ts`);