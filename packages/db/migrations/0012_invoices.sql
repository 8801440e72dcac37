CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"price_list_item_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"unit_price_kopecks" bigint NOT NULL,
	"quantity" numeric(12, 3) NOT NULL,
	"discount_percent" smallint DEFAULT 0 NOT NULL,
	"total_kopecks" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_lines_price_range" CHECK ("invoice_lines"."unit_price_kopecks" between 0 and 10000000000),
	CONSTRAINT "invoice_lines_quantity_range" CHECK ("invoice_lines"."quantity" > 0 and "invoice_lines"."quantity" <= 100000),
	CONSTRAINT "invoice_lines_discount_range" CHECK ("invoice_lines"."discount_percent" between 0 and 100),
	CONSTRAINT "invoice_lines_total_rule" CHECK ("invoice_lines"."total_kopecks" = floor("invoice_lines"."unit_price_kopecks"::numeric * "invoice_lines"."quantity" * (100 - "invoice_lines"."discount_percent") / 100 + 0.5))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"state" "invoice_state" DEFAULT 'DRAFT' NOT NULL,
	"total_kopecks" bigint DEFAULT 0 NOT NULL,
	"created_by_employee_id" uuid,
	"issued_at" timestamp with time zone,
	"issued_by_employee_id" uuid,
	"marked_paid_at" timestamp with time zone,
	"marked_paid_by_employee_id" uuid,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "invoices_state_not_none" CHECK ("invoices"."state" <> 'NONE'),
	CONSTRAINT "invoices_total_nonneg" CHECK ("invoices"."total_kopecks" >= 0),
	CONSTRAINT "invoices_issued_has_when" CHECK ("invoices"."state" = 'DRAFT' or "invoices"."issued_at" is not null),
	CONSTRAINT "invoices_marked_paid_has_who" CHECK ("invoices"."state" <> 'MARKED_PAID' or ("invoices"."marked_paid_at" is not null and "invoices"."marked_paid_by_employee_id" is not null)),
	CONSTRAINT "invoices_paid_has_when" CHECK ("invoices"."state" <> 'PAID' or "invoices"."paid_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_price_list_item_id_price_list_items_id_fk" FOREIGN KEY ("price_list_item_id") REFERENCES "public"."price_list_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_employee_id_employees_id_fk" FOREIGN KEY ("created_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_issued_by_employee_id_employees_id_fk" FOREIGN KEY ("issued_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_marked_paid_by_employee_id_employees_id_fk" FOREIGN KEY ("marked_paid_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice_idx" ON "invoice_lines" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_order_uq" ON "invoices" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "invoices_org_state_idx" ON "invoices" USING btree ("organization_id","state");--> statement-breakpoint
-- Money invariants checked at commit (deferred, so a transaction may write the lines and then the
-- total): an invoice's total is the sum of its lines' totals, its lines belong to its organization,
-- it belongs to its order's organization, and orders.invoice_state mirrors invoices.state (NONE
-- exactly when the order has no invoice) — labels and list filters read the order's column.
CREATE FUNCTION invoice_consistency(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  inv invoices%ROWTYPE;
  lines_total numeric;
  foreign_lines integer;
  order_row record;
BEGIN
  SELECT * INTO inv FROM invoices WHERE id = target;
  IF NOT FOUND THEN RETURN; END IF;
  SELECT coalesce(sum(total_kopecks), 0), count(*) FILTER (WHERE organization_id <> inv.organization_id)
    INTO lines_total, foreign_lines FROM invoice_lines WHERE invoice_id = target;
  IF inv.total_kopecks <> lines_total THEN
    RAISE EXCEPTION 'invoice % total % is not the sum of its lines %', target, inv.total_kopecks, lines_total
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_total_is_sum';
  END IF;
  IF foreign_lines > 0 THEN
    RAISE EXCEPTION 'invoice % has lines of another organization', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_lines_same_organization';
  END IF;
  SELECT organization_id, invoice_state INTO order_row FROM orders WHERE id = inv.order_id;
  IF order_row.organization_id <> inv.organization_id THEN
    RAISE EXCEPTION 'invoice % belongs to another organization than its order', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_same_organization';
  END IF;
  IF order_row.invoice_state IS DISTINCT FROM inv.state THEN
    RAISE EXCEPTION 'order % shows invoice state %, the invoice is %', inv.order_id, order_row.invoice_state, inv.state
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_order_state_mirror';
  END IF;
END $$;--> statement-breakpoint
CREATE FUNCTION invoice_consistency_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'invoice_lines' THEN
    PERFORM invoice_consistency(CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END);
  ELSIF TG_TABLE_NAME = 'invoices' THEN
    PERFORM invoice_consistency(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  ELSIF TG_OP <> 'DELETE' THEN
    -- orders.invoice_state changed: it must name the order's invoice's state, or NONE without one.
    IF NEW.invoice_state = 'NONE' THEN
      IF EXISTS (SELECT 1 FROM invoices WHERE order_id = NEW.id) THEN
        RAISE EXCEPTION 'order % has an invoice but shows none', NEW.id
          USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_order_state_mirror';
      END IF;
    ELSE
      IF NOT EXISTS (SELECT 1 FROM invoices WHERE order_id = NEW.id) THEN
        RAISE EXCEPTION 'order % shows invoice state % without an invoice', NEW.id, NEW.invoice_state
          USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_order_state_mirror';
      END IF;
      PERFORM invoice_consistency((SELECT id FROM invoices WHERE order_id = NEW.id));
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER invoices_consistent AFTER INSERT OR UPDATE OR DELETE ON invoices
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoice_consistency_trigger();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER invoice_lines_consistent AFTER INSERT OR UPDATE OR DELETE ON invoice_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoice_consistency_trigger();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER orders_invoice_state_consistent AFTER UPDATE OF invoice_state ON orders
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoice_consistency_trigger();
