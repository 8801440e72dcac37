CREATE TABLE "order_checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"photo_required" boolean DEFAULT false NOT NULL,
	"note_required" boolean DEFAULT false NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_employee_id" uuid,
	"note" text,
	"document_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_checklist_items_done_consistent" CHECK ("order_checklist_items"."done" = ("order_checklist_items"."done_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "checklist_required_to_close" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "order_checklist_items" ADD CONSTRAINT "order_checklist_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_checklist_items" ADD CONSTRAINT "order_checklist_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_checklist_items" ADD CONSTRAINT "order_checklist_items_done_by_employee_id_employees_id_fk" FOREIGN KEY ("done_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_checklist_items" ADD CONSTRAINT "order_checklist_items_document_id_order_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."order_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_checklist_items_order_position_uq" ON "order_checklist_items" USING btree ("order_id","position");--> statement-breakpoint
CREATE INDEX "order_checklist_items_document_idx" ON "order_checklist_items" USING btree ("document_id");--> statement-breakpoint
-- Open orders of services with a checklist get it now, as new orders will (closed ones keep none).
INSERT INTO "order_checklist_items" ("organization_id", "order_id", "position", "title", "required", "photo_required", "note_required")
SELECT o."organization_id", o."id", (t.ord - 1)::smallint, t.item->>'title',
       coalesce((t.item->>'required')::boolean, true), coalesce((t.item->>'photoRequired')::boolean, false), coalesce((t.item->>'noteRequired')::boolean, false)
FROM "orders" o
JOIN "services" s ON s."id" = o."service_id"
CROSS JOIN LATERAL jsonb_array_elements(s."checklist_template") WITH ORDINALITY AS t(item, ord)
WHERE o."status" NOT IN ('DONE', 'CANCELLED');
