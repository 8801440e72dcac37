CREATE TABLE "order_monthly_stats" (
	"organization_id" uuid NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "order_monthly_stats_organization_id_month_service_id_department_id_pk" PRIMARY KEY("organization_id","month","service_id","department_id")
);
--> statement-breakpoint
ALTER TABLE "order_monthly_stats" ADD CONSTRAINT "order_monthly_stats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- «Сводка» by service and department over long periods: order_daily_stats summed per month, kept in
-- the same statement as the daily rollups (order_stats_apply_rows) and rebuilt with them
-- (order_stats_rebuild). A year's «SLA по услугам и подразделениям» then reads ~12 months of rows and
-- the days of its partial first and last months instead of ~7,300 daily rows.
-- Order writers wait until this commits, so each change is counted once: by the backfill or by the new
-- function (their statement triggers run after this transaction, with its functions).
LOCK TABLE orders IN SHARE MODE;--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_stats_apply_rows(taken orders[], added orders[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(taken), 0) + coalesce(cardinality(added), 0) = 0 THEN RETURN; END IF;
  WITH r AS MATERIALIZED (SELECT * FROM order_stats_rows(taken, added)),
  p AS MATERIALIZED (
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
  ),
  daily AS (
    INSERT INTO order_daily_stats AS s (organization_id, day, service_id, department_id, created, done, reaction_n, reaction_seconds,
      execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
    SELECT p.organization_id, p.day, p.service_id, p.department_id, sum(p.created), sum(p.done), sum(p.reaction_n), sum(p.reaction_seconds),
      sum(p.execution_n), sum(p.execution_seconds), sum(p.rating_1), sum(p.rating_2), sum(p.rating_3), sum(p.rating_4), sum(p.rating_5),
      sum(p.reaction_kept), sum(p.reaction_decided), sum(p.execution_kept), sum(p.execution_decided)
    FROM p
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
  ),
  monthly AS (
    INSERT INTO order_monthly_stats AS s (organization_id, month, service_id, department_id, created, done, reaction_n, reaction_seconds,
      execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
    SELECT p.organization_id, date_trunc('month', p.day)::date, p.service_id, p.department_id, sum(p.created), sum(p.done), sum(p.reaction_n),
      sum(p.reaction_seconds), sum(p.execution_n), sum(p.execution_seconds), sum(p.rating_1), sum(p.rating_2), sum(p.rating_3), sum(p.rating_4),
      sum(p.rating_5), sum(p.reaction_kept), sum(p.reaction_decided), sum(p.execution_kept), sum(p.execution_decided)
    FROM p
    GROUP BY p.organization_id, date_trunc('month', p.day)::date, p.service_id, p.department_id
    -- Moves within a month (a day's rows of one key cancelling out) lock nothing here.
    HAVING sum(p.created) <> 0 OR sum(p.done) <> 0 OR sum(p.reaction_n) <> 0 OR sum(p.reaction_seconds) <> 0 OR sum(p.execution_n) <> 0
      OR sum(p.execution_seconds) <> 0 OR sum(p.rating_1) <> 0 OR sum(p.rating_2) <> 0 OR sum(p.rating_3) <> 0 OR sum(p.rating_4) <> 0
      OR sum(p.rating_5) <> 0 OR sum(p.reaction_kept) <> 0 OR sum(p.reaction_decided) <> 0 OR sum(p.execution_kept) <> 0 OR sum(p.execution_decided) <> 0
    ON CONFLICT (organization_id, month, service_id, department_id) DO UPDATE SET
      created = s.created + excluded.created, done = s.done + excluded.done,
      reaction_n = s.reaction_n + excluded.reaction_n, reaction_seconds = s.reaction_seconds + excluded.reaction_seconds,
      execution_n = s.execution_n + excluded.execution_n, execution_seconds = s.execution_seconds + excluded.execution_seconds,
      rating_1 = s.rating_1 + excluded.rating_1, rating_2 = s.rating_2 + excluded.rating_2, rating_3 = s.rating_3 + excluded.rating_3,
      rating_4 = s.rating_4 + excluded.rating_4, rating_5 = s.rating_5 + excluded.rating_5,
      reaction_kept = s.reaction_kept + excluded.reaction_kept, reaction_decided = s.reaction_decided + excluded.reaction_decided,
      execution_kept = s.execution_kept + excluded.execution_kept, execution_decided = s.execution_decided + excluded.execution_decided
    RETURNING 1
  ),
  org_daily AS (
    INSERT INTO order_org_daily_stats AS s (organization_id, day, created, done, reaction_n, reaction_seconds,
      execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5)
    SELECT p.organization_id, p.day, sum(p.created), sum(p.done), sum(p.reaction_n), sum(p.reaction_seconds),
      sum(p.execution_n), sum(p.execution_seconds), sum(p.rating_1), sum(p.rating_2), sum(p.rating_3), sum(p.rating_4), sum(p.rating_5)
    FROM p
    GROUP BY p.organization_id, p.day
    -- A change that adds nothing to the day here (a department or an SLA outcome) writes nothing: the
    -- organization's row of today is the one every new order touches, so it is locked only when needed.
    HAVING sum(p.created) <> 0 OR sum(p.done) <> 0 OR sum(p.reaction_n) <> 0 OR sum(p.reaction_seconds) <> 0 OR sum(p.execution_n) <> 0
      OR sum(p.execution_seconds) <> 0 OR sum(p.rating_1) <> 0 OR sum(p.rating_2) <> 0 OR sum(p.rating_3) <> 0 OR sum(p.rating_4) <> 0 OR sum(p.rating_5) <> 0
    ON CONFLICT (organization_id, day) DO UPDATE SET
      created = s.created + excluded.created, done = s.done + excluded.done,
      reaction_n = s.reaction_n + excluded.reaction_n, reaction_seconds = s.reaction_seconds + excluded.reaction_seconds,
      execution_n = s.execution_n + excluded.execution_n, execution_seconds = s.execution_seconds + excluded.execution_seconds,
      rating_1 = s.rating_1 + excluded.rating_1, rating_2 = s.rating_2 + excluded.rating_2, rating_3 = s.rating_3 + excluded.rating_3,
      rating_4 = s.rating_4 + excluded.rating_4, rating_5 = s.rating_5 + excluded.rating_5
    RETURNING 1
  )
  INSERT INTO order_status_counts AS c (organization_id, service_id, department_id, status, n)
  SELECT r.organization_id, r.service_id, r.department_id, r.status::order_status, sum(r.sign)
  FROM r
  GROUP BY r.organization_id, r.service_id, r.department_id, r.status
  ON CONFLICT (organization_id, service_id, department_id, status) DO UPDATE SET n = c.n + excluded.n;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_stats_rebuild(organization uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tz text;
BEGIN
  SELECT time_zone INTO tz FROM organizations WHERE id = organization;
  DELETE FROM order_daily_stats WHERE organization_id = organization;
  DELETE FROM order_org_daily_stats WHERE organization_id = organization;
  DELETE FROM order_monthly_stats WHERE organization_id = organization;
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
  GROUP BY day, service_id, department_id
  -- Written day by day, so a period's rows sit on a few neighbouring pages.
  ORDER BY day;
  INSERT INTO order_monthly_stats (organization_id, month, service_id, department_id, created, done, reaction_n, reaction_seconds,
    execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
  SELECT organization, date_trunc('month', day)::date, service_id, department_id, sum(created), sum(done), sum(reaction_n), sum(reaction_seconds),
    sum(execution_n), sum(execution_seconds), sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5),
    sum(reaction_kept), sum(reaction_decided), sum(execution_kept), sum(execution_decided)
  FROM order_daily_stats WHERE organization_id = organization GROUP BY 2, 3, 4 ORDER BY 2;
  INSERT INTO order_org_daily_stats (organization_id, day, created, done, reaction_n, reaction_seconds, execution_n, execution_seconds,
    rating_1, rating_2, rating_3, rating_4, rating_5)
  SELECT organization, day, sum(created), sum(done), sum(reaction_n), sum(reaction_seconds), sum(execution_n), sum(execution_seconds),
    sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5)
  FROM order_daily_stats WHERE organization_id = organization GROUP BY day ORDER BY day;
  INSERT INTO order_status_counts (organization_id, service_id, department_id, status, n)
  SELECT organization, o.service_id, coalesce(o.department_id, '00000000-0000-0000-0000-000000000000'), o.status, count(*)
  FROM orders o WHERE o.organization_id = organization GROUP BY 2, 3, 4;
  INSERT INTO employee_open_orders (employee_id, organization_id, n)
  SELECT x.employee_id, organization, count(*)
  FROM order_executors x JOIN orders o ON o.id = x.order_id
  WHERE o.organization_id = organization AND o.status NOT IN ('DONE', 'CANCELLED')
  GROUP BY x.employee_id;
END $$;--> statement-breakpoint
-- What the organizations have so far.
INSERT INTO order_monthly_stats (organization_id, month, service_id, department_id, created, done, reaction_n, reaction_seconds,
  execution_n, execution_seconds, rating_1, rating_2, rating_3, rating_4, rating_5, reaction_kept, reaction_decided, execution_kept, execution_decided)
SELECT organization_id, date_trunc('month', day)::date, service_id, department_id, sum(created), sum(done), sum(reaction_n), sum(reaction_seconds),
  sum(execution_n), sum(execution_seconds), sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5),
  sum(reaction_kept), sum(reaction_decided), sum(execution_kept), sum(execution_decided)
FROM order_daily_stats GROUP BY 1, 2, 3, 4 ORDER BY 1, 2;
