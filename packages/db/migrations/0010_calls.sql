CREATE TYPE "public"."call_direction" AS ENUM('INCOMING', 'OUTGOING');--> statement-breakpoint
CREATE TYPE "public"."call_status" AS ENUM('RINGING', 'ANSWERED', 'ENDED', 'MISSED');--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_call_id" text NOT NULL,
	"integration_token_id" uuid,
	"direction" "call_direction" NOT NULL,
	"caller_number" text NOT NULL,
	"callee_number" text NOT NULL,
	"client_number" text,
	"extension" text,
	"employee_id" uuid,
	"status" "call_status" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"missed_reported" boolean DEFAULT false NOT NULL,
	"reported_duration" integer,
	"duration_seconds" integer,
	"recording_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_calls" (
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"linked_by_employee_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_calls_call_id_order_id_pk" PRIMARY KEY("call_id","order_id")
);
--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_integration_token_id_integration_tokens_id_fk" FOREIGN KEY ("integration_token_id") REFERENCES "public"."integration_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_recording_file_id_stored_files_id_fk" FOREIGN KEY ("recording_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_calls" ADD CONSTRAINT "order_calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_calls" ADD CONSTRAINT "order_calls_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_calls" ADD CONSTRAINT "order_calls_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_calls" ADD CONSTRAINT "order_calls_linked_by_employee_id_employees_id_fk" FOREIGN KEY ("linked_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calls_external_uq" ON "calls" USING btree ("organization_id","source","external_call_id");--> statement-breakpoint
CREATE INDEX "calls_org_started_idx" ON "calls" USING btree ("organization_id","started_at","id");--> statement-breakpoint
CREATE INDEX "calls_org_number_idx" ON "calls" USING btree ("organization_id","client_number");--> statement-breakpoint
CREATE INDEX "calls_live_idx" ON "calls" USING btree ("organization_id","started_at") WHERE "calls"."status" in ('RINGING', 'ANSWERED');--> statement-breakpoint
CREATE INDEX "order_calls_order_idx" ON "order_calls" USING btree ("order_id","call_id");--> statement-breakpoint
-- CALLS_READ is new: roles that already see every order (administrators, dispatchers) get it, as new organizations' do.
UPDATE "roles" SET "permissions" = array_append("permissions", 'CALLS_READ') WHERE 'ORDERS_READ_ALL' = ANY("permissions") AND NOT ('CALLS_READ' = ANY("permissions"));
