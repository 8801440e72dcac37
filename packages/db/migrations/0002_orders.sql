CREATE TYPE "public"."actor_kind" AS ENUM('EMPLOYEE', 'RESIDENT', 'INTEGRATION', 'SYSTEM');--> statement-breakpoint
CREATE TYPE "public"."invoice_state" AS ENUM('NONE', 'DRAFT', 'ISSUED', 'MARKED_PAID', 'PAID');--> statement-breakpoint
CREATE TYPE "public"."order_channel" AS ENUM('INCOMING_CALL', 'OUTGOING_CALL', 'VISIT', 'EMAIL', 'MESSENGER', 'INTERNAL', 'RESIDENT_APP', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('PENDING', 'IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED', 'REOPENED', 'APPROVAL', 'NEEDS_CLARIFICATION');--> statement-breakpoint
CREATE TYPE "public"."refund_state" AS ENUM('NONE', 'REQUESTED', 'CONFIRMED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."sla_outcome" AS ENUM('KEPT', 'BREACHED');--> statement-breakpoint
CREATE TABLE "list_preferences" (
	"organization_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"list" text NOT NULL,
	"filters" jsonb,
	"columns" jsonb,
	"report_fields" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_preferences_employee_id_list_pk" PRIMARY KEY("employee_id","list")
);
--> statement-breakpoint
CREATE TABLE "order_counters" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_employee_id" uuid,
	"via_incident_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_executors" (
	"organization_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "order_executors_order_id_employee_id_pk" PRIMARY KEY("order_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"channel" "order_channel" NOT NULL,
	"service_id" uuid NOT NULL,
	"department_id" uuid,
	"building_id" uuid NOT NULL,
	"premise_id" uuid,
	"client_id" uuid,
	"description" text,
	"form_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "order_status" NOT NULL,
	"status_comment" text,
	"resume_by" timestamp with time zone,
	"incident_id" uuid,
	"created_by_kind" "actor_kind" NOT NULL,
	"created_by_employee_id" uuid,
	"created_by_client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_in_progress_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"sla_reaction_minutes" integer,
	"sla_execution_minutes" integer,
	"reaction_due_at" timestamp with time zone,
	"execution_due_at" timestamp with time zone,
	"sla_reaction" "sla_outcome",
	"sla_execution" "sla_outcome",
	"important_comment_unseen" boolean DEFAULT false NOT NULL,
	"invoice_state" "invoice_state" DEFAULT 'NONE' NOT NULL,
	"refund_state" "refund_state" DEFAULT 'NONE' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "list_preferences" ADD CONSTRAINT "list_preferences_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_preferences" ADD CONSTRAINT "list_preferences_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_counters" ADD CONSTRAINT "order_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_actor_employee_id_employees_id_fk" FOREIGN KEY ("actor_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_executors" ADD CONSTRAINT "order_executors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_executors" ADD CONSTRAINT "order_executors_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_executors" ADD CONSTRAINT "order_executors_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_created_by_employee_id_employees_id_fk" FOREIGN KEY ("created_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_created_by_client_id_clients_id_fk" FOREIGN KEY ("created_by_client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_events_order_idx" ON "order_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "order_executors_position_uq" ON "order_executors" USING btree ("order_id","position");--> statement-breakpoint
CREATE INDEX "order_executors_employee_idx" ON "order_executors" USING btree ("employee_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_org_number_uq" ON "orders" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "orders_org_updated_idx" ON "orders" USING btree ("organization_id","important_comment_unseen","updated_at","id");--> statement-breakpoint
CREATE INDEX "orders_org_created_idx" ON "orders" USING btree ("organization_id","important_comment_unseen","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_org_new_idx" ON "orders" USING btree ("organization_id","important_comment_unseen","updated_at","id") WHERE "orders"."status" in ('PENDING', 'REOPENED') and "orders"."incident_id" is null;--> statement-breakpoint
CREATE INDEX "orders_org_status_idx" ON "orders" USING btree ("organization_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "orders_org_service_status_idx" ON "orders" USING btree ("organization_id","service_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "orders_org_number_text_idx" ON "orders" USING btree ("organization_id",("number"::text) text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_building_idx" ON "orders" USING btree ("building_id","updated_at");--> statement-breakpoint
CREATE INDEX "orders_client_idx" ON "orders" USING btree ("client_id","updated_at");--> statement-breakpoint
CREATE INDEX "orders_department_idx" ON "orders" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "orders_incident_idx" ON "orders" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "orders_reaction_due_idx" ON "orders" USING btree ("reaction_due_at") WHERE "orders"."sla_reaction" is null;