DROP INDEX "orders_org_service_status_idx";--> statement-breakpoint
CREATE INDEX "orders_org_service_status_idx" ON "orders" USING btree ("organization_id","service_id","status","updated_at","incident_id");--> statement-breakpoint
-- «Сводка» rollups (0008), tightened: the UPDATE trigger joined the old and new rows twice (once for
-- each side) and order_stats_apply_rows built the contribution rows three times (one per upsert).
-- Now the changed orders are found with one join, their rows are built once (a materialized CTE),
-- the created-day and done-day parts of order_daily_stats go in one upsert, and the executors'
-- open-order counts take their orders from the same join. What the rollups hold is unchanged.
CREATE OR REPLACE FUNCTION order_stats_apply_rows(taken orders[], added orders[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(taken), 0) + coalesce(cardinality(added), 0) = 0 THEN RETURN; END IF;
  WITH r AS MATERIALIZED (SELECT * FROM order_stats_rows(taken, added)),
  daily AS (
    INSERT INTO order_daily_stats AS s (organization_id, day, service_id, department_id, created, done, reaction_n, reaction_seconds,
      execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
    SELECT p.organization_id, p.day, p.service_id, p.department_id, sum(p.created), sum(p.done), sum(p.reaction_n), sum(p.reaction_seconds),
      sum(p.execution_n), sum(p.execution_seconds), sum(p.rating_1), sum(p.rating_2), sum(p.rating_3), sum(p.rating_4), sum(p.rating_5),
      sum(p.reaction_kept), sum(p.reaction_decided), sum(p.execution_kept), sum(p.execution_decided)
    FROM (
      SELECT r.organization_id, r.created_day AS day, r.service_id, r.department_id, r.sign AS created, 0 AS done,
        r.sign * r.reaction_n AS reaction_n, r.sign * r.reaction_seconds AS reaction_seconds,
        r.sign * r.execution_n AS execution_n, r.sign * r.execution_seconds AS execution_seconds,
        r.sign * (r.rating = 1 IS TRUE)::int AS rating_1, r.sign * (r.rating = 2 IS TRUE)::int AS rating_2,
        r.sign * (r.rating = 3 IS TRUE)::int AS rating_3, r.sign * (r.rating = 4 IS TRUE)::int AS rating_4,
        r.sign * (r.rating = 5 IS TRUE)::int AS rating_5,
        r.sign * (r.sla_reaction = 'KEPT' IS TRUE)::int AS reaction_kept, r.sign * (r.sla_reaction IS NOT NULL)::int AS reaction_decided,
        r.sign * (r.sla_execution = 'KEPT' IS TRUE)::int AS execution_kept, r.sign * (r.sla_execution IS NOT NULL)::int AS execution_decided
      FROM r
      UNION ALL
      SELECT r.organization_id, r.done_day, r.service_id, r.department_id, 0, r.sign, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM r WHERE r.done_day IS NOT NULL
    ) p
    GROUP BY p.organization_id, p.day, p.service_id, p.department_id
    ON CONFLICT (organization_id, day, service_id, department_id) DO UPDATE SET
      created = s.created + excluded.created, done = s.done + excluded.done,
      reaction_n = s.reaction_n + excluded.reaction_n, reaction_seconds = s.reaction_seconds + excluded.reaction_seconds,
      execution_n = s.execution_n + excluded.execution_n, execution_seconds = s.execution_seconds + excluded.execution_seconds,
      rating_1 = s.rating_1 + excluded.rating_1, rating_2 = s.rating_2 + excluded.rating_2, rating_3 = s.rating_3 + excluded.rating_3,
      rating_4 = s.rating_4 + excluded.rating_4, rating_5 = s.rating_5 + excluded.rating_5,
      reaction_kept = s.reaction_kept + excluded.reaction_kept, reaction_decided = s.reaction_decided + excluded.reaction_decided,
      execution_kept = s.execution_kept + excluded.execution_kept, execution_decided = s.execution_decided + excluded.execution_decided
    RETURNING 1
  )
  INSERT INTO order_status_counts AS c (organization_id, service_id, department_id, status, n)
  SELECT r.organization_id, r.service_id, r.department_id, r.status::order_status, sum(r.sign)
  FROM r
  GROUP BY r.organization_id, r.service_id, r.department_id, r.status
  ON CONFLICT (organization_id, service_id, department_id, status) DO UPDATE SET n = c.n + excluded.n;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION orders_stats_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken orders[];
  added orders[];
  flipped uuid[];
  signs integer[];
BEGIN
  -- One join: the orders whose counted values changed, and among them those that closed or opened again.
  SELECT array_agg(o::orders), array_agg(n::orders),
    array_agg(n.id) FILTER (WHERE (o.status IN ('DONE', 'CANCELLED')) <> (n.status IN ('DONE', 'CANCELLED'))),
    array_agg(CASE WHEN n.status IN ('DONE', 'CANCELLED') THEN -1 ELSE 1 END) FILTER (WHERE (o.status IN ('DONE', 'CANCELLED')) <> (n.status IN ('DONE', 'CANCELLED')))
  INTO taken, added, flipped, signs
  FROM taken_orders o JOIN added_orders n ON n.id = o.id
  WHERE (o.organization_id, o.service_id, o.department_id, o.status, o.created_at, o.done_at, o.first_in_progress_at, o.rating, o.sla_reaction, o.sla_execution)
    IS DISTINCT FROM (n.organization_id, n.service_id, n.department_id, n.status, n.created_at, n.done_at, n.first_in_progress_at, n.rating, n.sla_reaction, n.sla_execution);
  IF taken IS NULL THEN RETURN NULL; END IF;
  PERFORM order_stats_apply_rows(taken, added);
  -- Open orders per executor: an order that closed or opened again moves its executors' counts.
  IF flipped IS NOT NULL THEN
    INSERT INTO employee_open_orders AS w (employee_id, organization_id, n)
    SELECT x.employee_id, x.organization_id, sum(f.sign)
    FROM unnest(flipped, signs) AS f(order_id, sign) JOIN order_executors x ON x.order_id = f.order_id
    GROUP BY x.employee_id, x.organization_id
    ON CONFLICT (employee_id) DO UPDATE SET n = w.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
