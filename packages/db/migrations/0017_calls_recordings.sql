ALTER TABLE "organizations" ADD COLUMN "call_recording_retention_days" integer DEFAULT 365 NOT NULL;--> statement-breakpoint
CREATE INDEX "calls_client_number_trgm_idx" ON "calls" USING gin ("client_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "calls_recording_started_idx" ON "calls" USING btree ("started_at") WHERE "calls"."recording_file_id" is not null;