ALTER TABLE "legal_entities" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD COLUMN "bank_name" text;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD COLUMN "bik" text;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD COLUMN "settlement_account" text;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD COLUMN "correspondent_account" text;