-- The search box's folding (twin of searchFold in apps/api/src/shared/search.ts): lower case, «ё» as «е».
-- PL/pgSQL on purpose: a SQL function would be inlined into queries and then no longer match the
-- expression of the trigram indexes built on it.
CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ BEGIN RETURN translate(lower(value), 'ё', 'е'); END $$;--> statement-breakpoint
CREATE TABLE "employee_open_orders" (
	"employee_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"n" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_daily_stats" (
	"organization_id" uuid NOT NULL,
	"day" date NOT NULL,
	"service_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"reaction_n" integer DEFAULT 0 NOT NULL,
	"reaction_seconds" numeric DEFAULT '0' NOT NULL,
	"execution_n" integer DEFAULT 0 NOT NULL,
	"execution_seconds" numeric DEFAULT '0' NOT NULL,
	"rating_1" integer DEFAULT 0 NOT NULL,
	"rating_2" integer DEFAULT 0 NOT NULL,
	"rating_3" integer DEFAULT 0 NOT NULL,
	"rating_4" integer DEFAULT 0 NOT NULL,
	"rating_5" integer DEFAULT 0 NOT NULL,
	"reaction_kept" integer DEFAULT 0 NOT NULL,
	"reaction_decided" integer DEFAULT 0 NOT NULL,
	"execution_kept" integer DEFAULT 0 NOT NULL,
	"execution_decided" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_daily_stats_organization_id_day_service_id_department_id_pk" PRIMARY KEY("organization_id","day","service_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "order_status_counts" (
	"organization_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"status" "order_status" NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_status_counts_organization_id_service_id_department_id_status_pk" PRIMARY KEY("organization_id","service_id","department_id","status")
);
--> statement-breakpoint
DROP INDEX "buildings_address_trgm_idx";--> statement-breakpoint
DROP INDEX "clients_name_trgm_idx";--> statement-breakpoint
DROP INDEX "employees_name_trgm_idx";--> statement-breakpoint
DROP INDEX "services_name_trgm_idx";--> statement-breakpoint
DROP INDEX "orders_org_status_idx";--> statement-breakpoint
ALTER TABLE "employee_open_orders" ADD CONSTRAINT "employee_open_orders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_daily_stats" ADD CONSTRAINT "order_daily_stats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_counts" ADD CONSTRAINT "order_status_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employee_open_orders_org_idx" ON "employee_open_orders" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "buildings_address_fold_trgm_idx" ON "buildings" USING gin (search_fold("address") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_name_fold_trgm_idx" ON "clients" USING gin (search_fold("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employees_name_fold_trgm_idx" ON "employees" USING gin (search_fold("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_name_fold_trgm_idx" ON "services" USING gin (search_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_org_created_at_idx" ON "orders" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_org_status_idx" ON "orders" USING btree ("organization_id","status","important_comment_unseen","updated_at","id") WHERE "orders"."incident_id" is null;--> statement-breakpoint
-- «Сводка» rollups (schema/stats.ts), kept in the transaction of every change to orders and executors.
-- One order's contribution, added (sign 1) or taken back (sign -1).
CREATE OR REPLACE FUNCTION order_stats_apply(o orders, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tz text;
  department uuid := coalesce(o.department_id, '00000000-0000-0000-0000-000000000000');
BEGIN
  SELECT time_zone INTO tz FROM organizations WHERE id = o.organization_id;
  IF tz IS NULL THEN RETURN; END IF;
  INSERT INTO order_daily_stats AS s (organization_id, day, service_id, department_id, created, reaction_n, reaction_seconds,
    execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
  VALUES (o.organization_id, (o.created_at AT TIME ZONE tz)::date, o.service_id, department, sign,
    sign * (o.first_in_progress_at > o.created_at IS TRUE)::int,
    sign * CASE WHEN o.first_in_progress_at > o.created_at THEN extract(epoch FROM o.first_in_progress_at - o.created_at) ELSE 0 END,
    sign * (o.status = 'DONE' AND o.first_in_progress_at IS NOT NULL AND o.done_at IS NOT NULL)::int,
    sign * CASE WHEN o.status = 'DONE' AND o.first_in_progress_at IS NOT NULL AND o.done_at IS NOT NULL
      THEN extract(epoch FROM o.done_at - o.first_in_progress_at) ELSE 0 END,
    sign * (o.rating = 1 IS TRUE)::int, sign * (o.rating = 2 IS TRUE)::int, sign * (o.rating = 3 IS TRUE)::int, sign * (o.rating = 4 IS TRUE)::int, sign * (o.rating = 5 IS TRUE)::int,
    sign * (o.sla_reaction = 'KEPT' IS TRUE)::int, sign * (o.sla_reaction IS NOT NULL)::int,
    sign * (o.sla_execution = 'KEPT' IS TRUE)::int, sign * (o.sla_execution IS NOT NULL)::int)
  ON CONFLICT (organization_id, day, service_id, department_id) DO UPDATE SET
    created = s.created + excluded.created,
    reaction_n = s.reaction_n + excluded.reaction_n, reaction_seconds = s.reaction_seconds + excluded.reaction_seconds,
    execution_n = s.execution_n + excluded.execution_n, execution_seconds = s.execution_seconds + excluded.execution_seconds,
    rating_1 = s.rating_1 + excluded.rating_1, rating_2 = s.rating_2 + excluded.rating_2, rating_3 = s.rating_3 + excluded.rating_3,
    rating_4 = s.rating_4 + excluded.rating_4, rating_5 = s.rating_5 + excluded.rating_5,
    reaction_kept = s.reaction_kept + excluded.reaction_kept, reaction_decided = s.reaction_decided + excluded.reaction_decided,
    execution_kept = s.execution_kept + excluded.execution_kept, execution_decided = s.execution_decided + excluded.execution_decided;
  IF o.status = 'DONE' AND o.done_at IS NOT NULL THEN
    INSERT INTO order_daily_stats AS s (organization_id, day, service_id, department_id, done)
    VALUES (o.organization_id, (o.done_at AT TIME ZONE tz)::date, o.service_id, department, sign)
    ON CONFLICT (organization_id, day, service_id, department_id) DO UPDATE SET done = s.done + excluded.done;
  END IF;
  INSERT INTO order_status_counts AS c (organization_id, service_id, department_id, status, n)
  VALUES (o.organization_id, o.service_id, department, o.status, sign)
  ON CONFLICT (organization_id, service_id, department_id, status) DO UPDATE SET n = c.n + excluded.n;
END $$;--> statement-breakpoint
-- Open orders per executor: `delta` for every executor of the order.
CREATE OR REPLACE FUNCTION order_stats_workload(order_id uuid, organization uuid, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO employee_open_orders AS w (employee_id, organization_id, n)
  SELECT x.employee_id, organization, delta FROM order_executors x WHERE x.order_id = order_stats_workload.order_id
  ON CONFLICT (employee_id) DO UPDATE SET n = w.n + excluded.n;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM order_stats_apply(NEW, 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM order_stats_apply(OLD, -1);
  ELSE
    IF (OLD.organization_id, OLD.service_id, OLD.department_id, OLD.status, OLD.created_at, OLD.done_at, OLD.first_in_progress_at,
        OLD.rating, OLD.sla_reaction, OLD.sla_execution)
       IS DISTINCT FROM (NEW.organization_id, NEW.service_id, NEW.department_id, NEW.status, NEW.created_at, NEW.done_at,
        NEW.first_in_progress_at, NEW.rating, NEW.sla_reaction, NEW.sla_execution) THEN
      PERFORM order_stats_apply(OLD, -1);
      PERFORM order_stats_apply(NEW, 1);
    END IF;
    IF (OLD.status IN ('DONE', 'CANCELLED')) <> (NEW.status IN ('DONE', 'CANCELLED')) THEN
      PERFORM order_stats_workload(NEW.id, NEW.organization_id, CASE WHEN NEW.status IN ('DONE', 'CANCELLED') THEN -1 ELSE 1 END);
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orders_stats AFTER INSERT OR UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION order_stats_trigger();--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_executors_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  x order_executors := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  -- Only executors of open orders count; a cascade from a deleted order finds no order here.
  IF EXISTS (SELECT 1 FROM orders o WHERE o.id = x.order_id AND o.status NOT IN ('DONE', 'CANCELLED')) THEN
    INSERT INTO employee_open_orders AS w (employee_id, organization_id, n)
    VALUES (x.employee_id, x.organization_id, CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
    ON CONFLICT (employee_id) DO UPDATE SET n = w.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER order_executors_stats AFTER INSERT OR DELETE ON order_executors FOR EACH ROW EXECUTE FUNCTION order_executors_stats_trigger();--> statement-breakpoint
-- Recounts one organization from its orders: after bulk loads with the triggers off, and when its time zone changes.
CREATE OR REPLACE FUNCTION order_stats_rebuild(organization uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tz text;
BEGIN
  SELECT time_zone INTO tz FROM organizations WHERE id = organization;
  DELETE FROM order_daily_stats WHERE organization_id = organization;
  DELETE FROM order_status_counts WHERE organization_id = organization;
  DELETE FROM employee_open_orders WHERE organization_id = organization;
  INSERT INTO order_daily_stats (organization_id, day, service_id, department_id, created, done, reaction_n, reaction_seconds,
    execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
  SELECT organization, day, service_id, department_id, sum(created), sum(done), sum(reaction_n), sum(reaction_seconds), sum(execution_n),
    sum(execution_seconds), sum(r1), sum(r2), sum(r3), sum(r4), sum(r5), sum(rk), sum(rd), sum(ek), sum(ed)
  FROM (
    SELECT (o.created_at AT TIME ZONE tz)::date AS day, o.service_id, coalesce(o.department_id, '00000000-0000-0000-0000-000000000000') AS department_id,
      count(*) AS created, 0 AS done,
      count(*) FILTER (WHERE o.first_in_progress_at > o.created_at) AS reaction_n,
      coalesce(sum(extract(epoch FROM o.first_in_progress_at - o.created_at)) FILTER (WHERE o.first_in_progress_at > o.created_at), 0) AS reaction_seconds,
      count(*) FILTER (WHERE o.status = 'DONE' AND o.first_in_progress_at IS NOT NULL AND o.done_at IS NOT NULL) AS execution_n,
      coalesce(sum(extract(epoch FROM o.done_at - o.first_in_progress_at))
        FILTER (WHERE o.status = 'DONE' AND o.first_in_progress_at IS NOT NULL AND o.done_at IS NOT NULL), 0) AS execution_seconds,
      count(*) FILTER (WHERE o.rating = 1) AS r1, count(*) FILTER (WHERE o.rating = 2) AS r2, count(*) FILTER (WHERE o.rating = 3) AS r3,
      count(*) FILTER (WHERE o.rating = 4) AS r4, count(*) FILTER (WHERE o.rating = 5) AS r5,
      count(*) FILTER (WHERE o.sla_reaction = 'KEPT') AS rk, count(o.sla_reaction) AS rd,
      count(*) FILTER (WHERE o.sla_execution = 'KEPT') AS ek, count(o.sla_execution) AS ed
    FROM orders o WHERE o.organization_id = organization GROUP BY 1, 2, 3
    UNION ALL
    SELECT (o.done_at AT TIME ZONE tz)::date, o.service_id, coalesce(o.department_id, '00000000-0000-0000-0000-000000000000'),
      0, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM orders o WHERE o.organization_id = organization AND o.status = 'DONE' AND o.done_at IS NOT NULL GROUP BY 1, 2, 3
  ) parts
  GROUP BY day, service_id, department_id;
  INSERT INTO order_status_counts (organization_id, service_id, department_id, status, n)
  SELECT organization, o.service_id, coalesce(o.department_id, '00000000-0000-0000-0000-000000000000'), o.status, count(*)
  FROM orders o WHERE o.organization_id = organization GROUP BY 2, 3, 4;
  INSERT INTO employee_open_orders (employee_id, organization_id, n)
  SELECT x.employee_id, organization, count(*)
  FROM order_executors x JOIN orders o ON o.id = x.order_id
  WHERE o.organization_id = organization AND o.status NOT IN ('DONE', 'CANCELLED')
  GROUP BY x.employee_id;
END $$;--> statement-breakpoint
-- Rebuilt when the organization's calendar changes: its days are the time zone's days.
CREATE OR REPLACE FUNCTION organizations_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_stats_rebuild(NEW.id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER organizations_stats AFTER UPDATE OF time_zone ON organizations FOR EACH ROW
  WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION organizations_stats_trigger();--> statement-breakpoint
SELECT order_stats_rebuild(id) FROM organizations;
