ALTER TABLE "buildings" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "premises" ADD COLUMN "archived_at" timestamp with time zone;