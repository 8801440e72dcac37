CREATE TYPE "public"."payment_state" AS ENUM('PENDING', 'SUCCEEDED', 'CANCELED', 'FAILED');--> statement-breakpoint
CREATE TYPE "public"."refund_decision" AS ENUM('REQUESTED', 'CONFIRMED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."refund_kind" AS ENUM('FULL', 'PARTIAL');--> statement-breakpoint
CREATE TYPE "public"."refund_settlement" AS ENUM('NONE', 'PENDING', 'SUCCEEDED', 'FAILED', 'RECORDED');--> statement-breakpoint
CREATE TABLE "demo_acquirer_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"amount_kopecks" bigint NOT NULL,
	"description" text NOT NULL,
	"merchant_name" text NOT NULL,
	"return_url" text NOT NULL,
	"metadata" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demo_acquirer_payments_amount_positive" CHECK ("demo_acquirer_payments"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE TABLE "demo_acquirer_refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"payment_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"amount_kopecks" bigint NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demo_acquirer_refunds_amount_positive" CHECK ("demo_acquirer_refunds"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"provider_object_id" text NOT NULL,
	"payment_id" uuid,
	"refund_id" uuid,
	"amount_kopecks" bigint,
	"outcome" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"client_id" uuid,
	"provider" text NOT NULL,
	"provider_payment_id" text,
	"confirmation_url" text,
	"amount_kopecks" bigint NOT NULL,
	"state" "payment_state" DEFAULT 'PENDING' NOT NULL,
	"idempotency_key" text NOT NULL,
	"return_url" text NOT NULL,
	"failure_reason" text,
	"succeeded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_positive" CHECK ("payments"."amount_kopecks" > 0),
	CONSTRAINT "payments_succeeded_has_when" CHECK ("payments"."state" <> 'SUCCEEDED' or "payments"."succeeded_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "refund_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"refund_id" uuid NOT NULL,
	"invoice_line_id" uuid NOT NULL,
	"quantity" numeric(12, 3) NOT NULL,
	"amount_kopecks" bigint NOT NULL,
	CONSTRAINT "refund_lines_quantity_positive" CHECK ("refund_lines"."quantity" > 0),
	CONSTRAINT "refund_lines_amount_nonneg" CHECK ("refund_lines"."amount_kopecks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"payment_id" uuid,
	"kind" "refund_kind" NOT NULL,
	"decision" "refund_decision" NOT NULL,
	"settlement" "refund_settlement" DEFAULT 'NONE' NOT NULL,
	"amount_kopecks" bigint NOT NULL,
	"reason" text NOT NULL,
	"decision_reason" text,
	"requested_by_client_id" uuid,
	"created_by_employee_id" uuid,
	"decided_by_employee_id" uuid,
	"decided_at" timestamp with time zone,
	"provider_refund_id" text,
	"provider_attempts" integer DEFAULT 0 NOT NULL,
	"failure_reason" text,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_amount_positive" CHECK ("refunds"."amount_kopecks" > 0),
	CONSTRAINT "refunds_reason_present" CHECK (length(btrim("refunds"."reason")) > 0),
	CONSTRAINT "refunds_settlement_follows_decision" CHECK (("refunds"."decision" = 'CONFIRMED') = ("refunds"."settlement" <> 'NONE'))
);
--> statement-breakpoint
ALTER TABLE "demo_acquirer_payments" ADD CONSTRAINT "demo_acquirer_payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demo_acquirer_refunds" ADD CONSTRAINT "demo_acquirer_refunds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demo_acquirer_refunds" ADD CONSTRAINT "demo_acquirer_refunds_payment_id_demo_acquirer_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."demo_acquirer_payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_lines" ADD CONSTRAINT "refund_lines_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_lines" ADD CONSTRAINT "refund_lines_refund_id_refunds_id_fk" FOREIGN KEY ("refund_id") REFERENCES "public"."refunds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_lines" ADD CONSTRAINT "refund_lines_invoice_line_id_invoice_lines_id_fk" FOREIGN KEY ("invoice_line_id") REFERENCES "public"."invoice_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_requested_by_client_id_clients_id_fk" FOREIGN KEY ("requested_by_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_created_by_employee_id_employees_id_fk" FOREIGN KEY ("created_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_decided_by_employee_id_employees_id_fk" FOREIGN KEY ("decided_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "demo_acquirer_payments_key_uq" ON "demo_acquirer_payments" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "demo_acquirer_refunds_key_uq" ON "demo_acquirer_refunds" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_events_event_uq" ON "payment_events" USING btree ("organization_id","provider","event_id");--> statement-breakpoint
CREATE INDEX "payment_events_payment_idx" ON "payment_events" USING btree ("payment_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency_uq" ON "payments" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_id_uq" ON "payments" USING btree ("provider","provider_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_success_per_invoice_uq" ON "payments" USING btree ("invoice_id") WHERE "payments"."state" = 'SUCCEEDED';--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("invoice_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "refund_lines_refund_line_uq" ON "refund_lines" USING btree ("refund_id","invoice_line_id");--> statement-breakpoint
CREATE INDEX "refund_lines_line_idx" ON "refund_lines" USING btree ("invoice_line_id");--> statement-breakpoint
CREATE INDEX "refunds_invoice_idx" ON "refunds" USING btree ("invoice_id","created_at");--> statement-breakpoint
CREATE INDEX "refunds_org_order_idx" ON "refunds" USING btree ("organization_id","order_id");--> statement-breakpoint
-- The refund invariant, checked at commit (deferred, so a transaction may write a refund and then
-- its lines): the refunds of an invoice that hold money — requested, or confirmed and not failed —
-- never exceed what was paid (the total of a PAID or MARKED_PAID invoice, else nothing), in total
-- and per line (quantity and kopecks); a refund's amount is the sum of its lines, its lines are the
-- invoice's own, and everything is of one organization. The invoice row is locked first, so two
-- transactions refunding the same invoice are checked one after the other, each seeing the other's
-- committed refunds (READ COMMITTED takes a fresh snapshot per statement). NO KEY UPDATE, not
-- UPDATE: the refunds' foreign keys already hold KEY SHARE on the row, and two transactions each
-- upgrading to UPDATE would deadlock.
CREATE FUNCTION refund_consistency(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  inv record;
  paid numeric;
  held numeric;
BEGIN
  SELECT id, organization_id, state, total_kopecks INTO inv FROM invoices WHERE id = target FOR NO KEY UPDATE;
  IF NOT FOUND THEN RETURN; END IF;
  paid := CASE WHEN inv.state IN ('PAID', 'MARKED_PAID') THEN inv.total_kopecks ELSE 0 END;
  SELECT coalesce(sum(amount_kopecks), 0) INTO held FROM refunds
    WHERE invoice_id = target AND (decision = 'REQUESTED' OR (decision = 'CONFIRMED' AND settlement <> 'FAILED'));
  IF held > paid THEN
    RAISE EXCEPTION 'refunds of invoice % come to %, more than the % paid', target, held, paid
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_within_paid';
  END IF;
  IF EXISTS (
    SELECT 1 FROM refunds r
    WHERE r.invoice_id = target
      AND (r.organization_id <> inv.organization_id
        OR r.amount_kopecks <> (SELECT coalesce(sum(rl.amount_kopecks), 0) FROM refund_lines rl WHERE rl.refund_id = r.id))
  ) THEN
    RAISE EXCEPTION 'a refund of invoice % is not the sum of its lines or belongs to another organization', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_amount_is_sum';
  END IF;
  IF EXISTS (
    SELECT 1 FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id JOIN invoice_lines l ON l.id = rl.invoice_line_id
    WHERE r.invoice_id = target AND (l.invoice_id <> target OR rl.organization_id <> inv.organization_id)
  ) THEN
    RAISE EXCEPTION 'a refund of invoice % names a line of another invoice', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refund_lines_of_invoice';
  END IF;
  IF EXISTS (
    SELECT 1
    FROM (
      SELECT rl.invoice_line_id, sum(rl.quantity) AS quantity, sum(rl.amount_kopecks) AS amount
      FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
      WHERE r.invoice_id = target AND (r.decision = 'REQUESTED' OR (r.decision = 'CONFIRMED' AND r.settlement <> 'FAILED'))
      GROUP BY rl.invoice_line_id
    ) s JOIN invoice_lines l ON l.id = s.invoice_line_id
    WHERE s.quantity > l.quantity OR s.amount > l.total_kopecks
  ) THEN
    RAISE EXCEPTION 'refunds of invoice % give back more of a line than it had', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refund_lines_within_line';
  END IF;
END $$;--> statement-breakpoint
CREATE FUNCTION refund_consistency_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'refunds' THEN
    PERFORM refund_consistency(CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END);
  ELSE
    PERFORM refund_consistency((SELECT invoice_id FROM refunds WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.refund_id ELSE NEW.refund_id END));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER refunds_consistent AFTER INSERT OR UPDATE ON refunds
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refund_consistency_trigger();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER refund_lines_consistent AFTER INSERT OR UPDATE ON refund_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refund_consistency_trigger();--> statement-breakpoint
-- A payment's invoice and order are of its organization.
CREATE FUNCTION payment_same_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM invoices i WHERE i.id = NEW.invoice_id AND i.organization_id = NEW.organization_id AND i.order_id = NEW.order_id) THEN
    RAISE EXCEPTION 'payment % names an invoice of another organization or order', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payments_same_organization';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER payments_same_organization AFTER INSERT OR UPDATE OF invoice_id, organization_id, order_id ON payments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payment_same_organization();
