CREATE TYPE "public"."incident_status" AS ENUM('OPEN', 'IN_PROGRESS', 'PAUSED', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "incident_counters" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_employee_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_responsibles" (
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "incident_responsibles_incident_id_employee_id_pk" PRIMARY KEY("incident_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "incident_scope" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"premise_id" uuid
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"service_id" uuid NOT NULL,
	"department_id" uuid,
	"status" "incident_status" DEFAULT 'OPEN' NOT NULL,
	"status_comment" text,
	"planned_start_at" timestamp with time zone,
	"planned_end_at" timestamp with time zone,
	"created_by_employee_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "incident_auto_attach" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "suggested_incident_id" uuid;--> statement-breakpoint
ALTER TABLE "incident_counters" ADD CONSTRAINT "incident_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_actor_employee_id_employees_id_fk" FOREIGN KEY ("actor_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_responsibles" ADD CONSTRAINT "incident_responsibles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_responsibles" ADD CONSTRAINT "incident_responsibles_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_responsibles" ADD CONSTRAINT "incident_responsibles_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_scope" ADD CONSTRAINT "incident_scope_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_scope" ADD CONSTRAINT "incident_scope_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_scope" ADD CONSTRAINT "incident_scope_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_scope" ADD CONSTRAINT "incident_scope_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_employee_id_employees_id_fk" FOREIGN KEY ("created_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_events_incident_idx" ON "incident_events" USING btree ("incident_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_responsibles_position_uq" ON "incident_responsibles" USING btree ("incident_id","position");--> statement-breakpoint
CREATE INDEX "incident_scope_incident_idx" ON "incident_scope" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_scope_building_idx" ON "incident_scope" USING btree ("building_id","incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_scope_uq" ON "incident_scope" USING btree ("incident_id","building_id",coalesce("premise_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_org_number_uq" ON "incidents" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "incidents_org_status_updated_idx" ON "incidents" USING btree ("organization_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "incidents_org_updated_idx" ON "incidents" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "incidents_org_service_idx" ON "incidents" USING btree ("organization_id","service_id") WHERE "incidents"."status" in ('OPEN', 'IN_PROGRESS', 'PAUSED');--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_suggested_incident_id_incidents_id_fk" FOREIGN KEY ("suggested_incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;