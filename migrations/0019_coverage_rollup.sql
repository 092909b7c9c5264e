CREATE TABLE "coverage_employer_counts" (
	"network_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"unionized" integer NOT NULL,
	"unionized_with_org" integer NOT NULL,
	"unionized_with_supervisor" integer NOT NULL,
	"employees" bigint NOT NULL,
	CONSTRAINT "coverage_employer_counts_network_id_region_code_pk" PRIMARY KEY("network_id","region_code")
);
--> statement-breakpoint
ALTER TABLE "coverage_employer_counts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "coverage_mediator_counts" (
	"network_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"org_type" text NOT NULL,
	"active_mediators" integer NOT NULL,
	CONSTRAINT "coverage_mediator_counts_network_id_region_code_org_type_pk" PRIMARY KEY("network_id","region_code","org_type")
);
--> statement-breakpoint
ALTER TABLE "coverage_mediator_counts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "filed_mediation_orgs" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "active_supervisors" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mediation_orgs" ADD COLUMN "active_mediators" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "coverage_employer_counts" ADD CONSTRAINT "coverage_employer_counts_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_mediator_counts" ADD CONSTRAINT "coverage_mediator_counts_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "coverage_employer_counts_read" ON "coverage_employer_counts" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("coverage_employer_counts"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "coverage_mediator_counts_read" ON "coverage_mediator_counts" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("coverage_mediator_counts"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
-- The coverage counts (coverage.schema.ts) kept by the writes. Each trigger is per statement and
-- set-based: its transition tables are the changes, added with sign 1 and removed with sign -1, so
-- an import of 100,000 employers is one aggregate, not 100,000 row triggers. A trigger fires for
-- one event only when it has transition tables, hence three per table, one function for the three.
-- The functions run as the owner (SECURITY DEFINER): a scoped caller whose write moves a counter
-- may not see the row that keeps it (the employer of another office, the counts of its network).
CREATE FUNCTION coverage_changes(op text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE op
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
    ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 AS sign FROM old_rows o'
  END
$$;
--> statement-breakpoint
CREATE FUNCTION coverage_employers_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($q$
    INSERT INTO coverage_employer_counts AS c (network_id, region_code, unionized, unionized_with_org, unionized_with_supervisor, employees)
    SELECT network_id, region_code,
      sum(sign * unionized::int),
      sum(sign * (unionized AND filed_mediation_orgs > 0)::int),
      sum(sign * (unionized AND active_supervisors > 0)::int),
      sum(sign * employee_count::bigint)
    FROM (%s) changes
    GROUP BY network_id, region_code
    HAVING sum(sign * unionized::int) <> 0 OR sum(sign * (unionized AND filed_mediation_orgs > 0)::int) <> 0
      OR sum(sign * (unionized AND active_supervisors > 0)::int) <> 0 OR sum(sign * employee_count::bigint) <> 0
    -- rows locked in one order by every writer: two imports cannot deadlock on the counts
    ORDER BY network_id, region_code
    ON CONFLICT (network_id, region_code) DO UPDATE SET
      unionized = c.unionized + excluded.unionized,
      unionized_with_org = c.unionized_with_org + excluded.unionized_with_org,
      unionized_with_supervisor = c.unionized_with_supervisor + excluded.unionized_with_supervisor,
      employees = c.employees + excluded.employees
  $q$, coverage_changes(TG_OP));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION coverage_mediation_orgs_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- the employer's counter (its own trigger then moves the employer counts)
  EXECUTE format($q$
    UPDATE employers e SET filed_mediation_orgs = e.filed_mediation_orgs + d.n
    FROM (SELECT employer_id, sum(sign) AS n FROM (%s) changes
          WHERE status = 'filed' AND employer_id IS NOT NULL GROUP BY employer_id HAVING sum(sign) <> 0) d
    WHERE e.id = d.employer_id
  $q$, coverage_changes(TG_OP));
  EXECUTE format($q$
    INSERT INTO coverage_mediator_counts AS c (network_id, region_code, org_type, active_mediators)
    SELECT network_id, region_code, type, sum(sign * active_mediators)
    FROM (%s) changes
    WHERE status = 'filed'
    GROUP BY network_id, region_code, type
    HAVING sum(sign * active_mediators) <> 0
    ORDER BY network_id, region_code, type
    ON CONFLICT (network_id, region_code, org_type) DO UPDATE SET active_mediators = c.active_mediators + excluded.active_mediators
  $q$, coverage_changes(TG_OP));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION coverage_mediators_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- the organization's counter (its own trigger then moves the mediator counts)
  EXECUTE format($q$
    UPDATE mediation_orgs m SET active_mediators = m.active_mediators + d.n
    FROM (SELECT org_id, sum(sign) AS n FROM (%s) changes WHERE active GROUP BY org_id HAVING sum(sign) <> 0) d
    WHERE m.id = d.org_id
  $q$, coverage_changes(TG_OP));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION coverage_supervisors_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($q$
    UPDATE employers e SET active_supervisors = e.active_supervisors + d.n
    FROM (SELECT employer_id, sum(sign) AS n FROM (%s) changes
          WHERE active AND employer_id IS NOT NULL GROUP BY employer_id HAVING sum(sign) <> 0) d
    WHERE e.id = d.employer_id
  $q$, coverage_changes(TG_OP));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER coverage_employers_insert AFTER INSERT ON employers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_employers_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_employers_update AFTER UPDATE ON employers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_employers_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_employers_delete AFTER DELETE ON employers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_employers_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_mediation_orgs_insert AFTER INSERT ON mediation_orgs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_mediation_orgs_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_mediation_orgs_update AFTER UPDATE ON mediation_orgs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_mediation_orgs_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_mediation_orgs_delete AFTER DELETE ON mediation_orgs REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_mediation_orgs_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_mediators_insert AFTER INSERT ON mediators REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_mediators_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_mediators_update AFTER UPDATE ON mediators REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_mediators_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_mediators_delete AFTER DELETE ON mediators REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_mediators_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_supervisors_insert AFTER INSERT ON supervisors REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_supervisors_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_supervisors_update AFTER UPDATE ON supervisors REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_supervisors_changed();
--> statement-breakpoint
CREATE TRIGGER coverage_supervisors_delete AFTER DELETE ON supervisors REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_supervisors_changed();
--> statement-breakpoint
-- Everything recounted from the records: for this migration, and after writes with triggers off
-- (the bench's bulk load and clean-up under session_replication_role = replica).
CREATE FUNCTION coverage_rebuild() RETURNS void
LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  UPDATE mediation_orgs m SET active_mediators = coalesce(d.n, 0)
  FROM mediation_orgs m2 LEFT JOIN (SELECT org_id, count(*)::int AS n FROM mediators WHERE active GROUP BY org_id) d ON d.org_id = m2.id
  WHERE m2.id = m.id AND m.active_mediators <> coalesce(d.n, 0);
  UPDATE employers e SET filed_mediation_orgs = coalesce(o.n, 0), active_supervisors = coalesce(s.n, 0)
  FROM employers e2
    LEFT JOIN (SELECT employer_id, count(*)::int AS n FROM mediation_orgs WHERE status = 'filed' GROUP BY employer_id) o ON o.employer_id = e2.id
    LEFT JOIN (SELECT employer_id, count(*)::int AS n FROM supervisors WHERE active GROUP BY employer_id) s ON s.employer_id = e2.id
  WHERE e2.id = e.id AND (e.filed_mediation_orgs, e.active_supervisors) <> (coalesce(o.n, 0), coalesce(s.n, 0));
  -- the counters' triggers moved the counts above; the counts are recounted whole all the same
  DELETE FROM coverage_employer_counts;
  INSERT INTO coverage_employer_counts (network_id, region_code, unionized, unionized_with_org, unionized_with_supervisor, employees)
  SELECT network_id, region_code, count(*) FILTER (WHERE unionized), count(*) FILTER (WHERE unionized AND filed_mediation_orgs > 0),
    count(*) FILTER (WHERE unionized AND active_supervisors > 0), sum(employee_count)
  FROM employers GROUP BY network_id, region_code;
  DELETE FROM coverage_mediator_counts;
  INSERT INTO coverage_mediator_counts (network_id, region_code, org_type, active_mediators)
  SELECT network_id, region_code, type, sum(active_mediators) FROM mediation_orgs WHERE status = 'filed' GROUP BY network_id, region_code, type;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION coverage_rebuild() FROM PUBLIC;
--> statement-breakpoint
SELECT coverage_rebuild();
