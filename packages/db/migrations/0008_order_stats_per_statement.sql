-- «Сводка» rollups, kept per statement instead of per row. A row trigger upserts the same rollup
-- rows once per changed order, and every update of one row inside one transaction leaves a version
-- the next upsert walks past: 5,000 orders in one transaction took 1 s, 20,000 took 16 s. Here a
-- statement (an import, an incident's cascade) adds up its orders first and upserts each rollup
-- row once. order_stats_rebuild (0006) stays as it is.
--
-- What the orders in `taken` (sign -1) and `added` (sign 1) contribute, per rollup key.
CREATE OR REPLACE FUNCTION order_stats_rows(taken orders[], added orders[])
RETURNS TABLE (organization_id uuid, service_id uuid, department_id uuid, status text, sign integer, created_day date, done_day date,
  reaction_n integer, reaction_seconds numeric, execution_n integer, execution_seconds numeric,
  rating integer, sla_reaction text, sla_execution text)
LANGUAGE sql STABLE AS $$
  SELECT c.organization_id, c.service_id, coalesce(c.department_id, '00000000-0000-0000-0000-000000000000'::uuid), c.status::text, c.sign,
    (c.created_at AT TIME ZONE g.time_zone)::date,
    CASE WHEN c.status = 'DONE' AND c.done_at IS NOT NULL THEN (c.done_at AT TIME ZONE g.time_zone)::date END,
    (c.first_in_progress_at > c.created_at IS TRUE)::int,
    CASE WHEN c.first_in_progress_at > c.created_at THEN extract(epoch FROM c.first_in_progress_at - c.created_at) ELSE 0 END,
    (c.status = 'DONE' AND c.first_in_progress_at IS NOT NULL AND c.done_at IS NOT NULL)::int,
    CASE WHEN c.status = 'DONE' AND c.first_in_progress_at IS NOT NULL AND c.done_at IS NOT NULL
      THEN extract(epoch FROM c.done_at - c.first_in_progress_at) ELSE 0 END,
    c.rating, c.sla_reaction::text, c.sla_execution::text
  FROM (SELECT o.*, -1 AS sign FROM unnest(taken) o UNION ALL SELECT o.*, 1 FROM unnest(added) o) c
  JOIN organizations g ON g.id = c.organization_id
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_stats_apply_rows(taken orders[], added orders[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(taken), 0) + coalesce(cardinality(added), 0) = 0 THEN RETURN; END IF;
  INSERT INTO order_daily_stats AS s (organization_id, day, service_id, department_id, created, reaction_n, reaction_seconds,
    execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
  SELECT r.organization_id, r.created_day, r.service_id, r.department_id, sum(r.sign),
    sum(r.sign * r.reaction_n), sum(r.sign * r.reaction_seconds), sum(r.sign * r.execution_n), sum(r.sign * r.execution_seconds),
    sum(r.sign * (r.rating = 1 IS TRUE)::int), sum(r.sign * (r.rating = 2 IS TRUE)::int), sum(r.sign * (r.rating = 3 IS TRUE)::int),
    sum(r.sign * (r.rating = 4 IS TRUE)::int), sum(r.sign * (r.rating = 5 IS TRUE)::int),
    sum(r.sign * (r.sla_reaction = 'KEPT' IS TRUE)::int), sum(r.sign * (r.sla_reaction IS NOT NULL)::int),
    sum(r.sign * (r.sla_execution = 'KEPT' IS TRUE)::int), sum(r.sign * (r.sla_execution IS NOT NULL)::int)
  FROM order_stats_rows(taken, added) r
  GROUP BY r.organization_id, r.created_day, r.service_id, r.department_id
  ON CONFLICT (organization_id, day, service_id, department_id) DO UPDATE SET
    created = s.created + excluded.created,
    reaction_n = s.reaction_n + excluded.reaction_n, reaction_seconds = s.reaction_seconds + excluded.reaction_seconds,
    execution_n = s.execution_n + excluded.execution_n, execution_seconds = s.execution_seconds + excluded.execution_seconds,
    rating_1 = s.rating_1 + excluded.rating_1, rating_2 = s.rating_2 + excluded.rating_2, rating_3 = s.rating_3 + excluded.rating_3,
    rating_4 = s.rating_4 + excluded.rating_4, rating_5 = s.rating_5 + excluded.rating_5,
    reaction_kept = s.reaction_kept + excluded.reaction_kept, reaction_decided = s.reaction_decided + excluded.reaction_decided,
    execution_kept = s.execution_kept + excluded.execution_kept, execution_decided = s.execution_decided + excluded.execution_decided;
  INSERT INTO order_daily_stats AS s (organization_id, day, service_id, department_id, done)
  SELECT r.organization_id, r.done_day, r.service_id, r.department_id, sum(r.sign)
  FROM order_stats_rows(taken, added) r WHERE r.done_day IS NOT NULL
  GROUP BY r.organization_id, r.done_day, r.service_id, r.department_id
  ON CONFLICT (organization_id, day, service_id, department_id) DO UPDATE SET done = s.done + excluded.done;
  INSERT INTO order_status_counts AS c (organization_id, service_id, department_id, status, n)
  SELECT r.organization_id, r.service_id, r.department_id, r.status::order_status, sum(r.sign)
  FROM order_stats_rows(taken, added) r
  GROUP BY r.organization_id, r.service_id, r.department_id, r.status
  ON CONFLICT (organization_id, service_id, department_id, status) DO UPDATE SET n = c.n + excluded.n;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION orders_stats_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_stats_apply_rows(ARRAY[]::orders[], ARRAY(SELECT n::orders FROM added_orders n));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION orders_stats_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_stats_apply_rows(ARRAY(SELECT o::orders FROM taken_orders o), ARRAY[]::orders[]);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION orders_stats_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only orders whose counted values changed move between rollup rows.
  PERFORM order_stats_apply_rows(
    ARRAY(SELECT o::orders FROM taken_orders o JOIN added_orders n ON n.id = o.id WHERE
      (o.organization_id, o.service_id, o.department_id, o.status, o.created_at, o.done_at, o.first_in_progress_at, o.rating, o.sla_reaction, o.sla_execution)
      IS DISTINCT FROM (n.organization_id, n.service_id, n.department_id, n.status, n.created_at, n.done_at, n.first_in_progress_at, n.rating, n.sla_reaction, n.sla_execution)),
    ARRAY(SELECT n::orders FROM taken_orders o JOIN added_orders n ON n.id = o.id WHERE
      (o.organization_id, o.service_id, o.department_id, o.status, o.created_at, o.done_at, o.first_in_progress_at, o.rating, o.sla_reaction, o.sla_execution)
      IS DISTINCT FROM (n.organization_id, n.service_id, n.department_id, n.status, n.created_at, n.done_at, n.first_in_progress_at, n.rating, n.sla_reaction, n.sla_execution)));
  -- Open orders per executor: an order that closed or opened again moves its executors' counts.
  INSERT INTO employee_open_orders AS w (employee_id, organization_id, n)
  SELECT x.employee_id, n.organization_id, sum(CASE WHEN n.status IN ('DONE', 'CANCELLED') THEN -1 ELSE 1 END)
  FROM taken_orders o JOIN added_orders n ON n.id = o.id JOIN order_executors x ON x.order_id = n.id
  WHERE (o.status IN ('DONE', 'CANCELLED')) <> (n.status IN ('DONE', 'CANCELLED'))
  GROUP BY x.employee_id, n.organization_id
  ON CONFLICT (employee_id) DO UPDATE SET n = w.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS orders_stats ON orders;--> statement-breakpoint
DROP FUNCTION IF EXISTS order_stats_trigger();--> statement-breakpoint
DROP FUNCTION IF EXISTS order_stats_apply(orders, integer);--> statement-breakpoint
DROP FUNCTION IF EXISTS order_stats_workload(uuid, uuid, integer);--> statement-breakpoint
CREATE TRIGGER orders_stats_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS added_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orders_stats_inserted();--> statement-breakpoint
CREATE TRIGGER orders_stats_update AFTER UPDATE ON orders REFERENCING OLD TABLE AS taken_orders NEW TABLE AS added_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orders_stats_updated();--> statement-breakpoint
CREATE TRIGGER orders_stats_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS taken_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orders_stats_deleted();
