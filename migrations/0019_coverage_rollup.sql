CREATE TABLE "coverage_employer_counts" (
	"network_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"unionized" integer NOT NULL,
	"unionized_with_org" integer NOT NULL,
	"unionized_with_supervisor" integer NOT NULL,
	"employees" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coverage_employer_counts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "coverage_mediator_counts" (
	"network_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"org_type" text NOT NULL,
	"active_mediators" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coverage_mediator_counts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "filed_mediation_orgs" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "active_supervisors" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mediation_orgs" ADD COLUMN "active_mediators" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "coverage_employer_counts" ADD CONSTRAINT "coverage_employer_counts_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_mediator_counts" ADD CONSTRAINT "coverage_mediator_counts_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coverage_employer_counts_region_idx" ON "coverage_employer_counts" USING btree ("network_id","region_code");--> statement-breakpoint
CREATE INDEX "coverage_mediator_counts_region_idx" ON "coverage_mediator_counts" USING btree ("network_id","region_code");--> statement-breakpoint
CREATE POLICY "coverage_employer_counts_read" ON "coverage_employer_counts" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("coverage_employer_counts"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "coverage_mediator_counts_read" ON "coverage_mediator_counts" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("coverage_mediator_counts"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
-- The coverage counts (coverage.schema.ts) kept by the writes. Each trigger is per statement and
-- set-based: its transition tables are the changes, added with sign 1 and removed with sign -1, so
-- an import of 100,000 employers is one aggregate per batch, not 100,000 row triggers. A trigger
-- with transition tables fires for one event only, hence three per table, one function for the
-- three. The functions run as the owner (SECURITY DEFINER): a scoped caller whose write moves a
-- count may not see the row that keeps it (the employer of another office, its network's counts).
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
  -- a row of differences per region code the statement changed anything the figures count in
  EXECUTE format($q$
    INSERT INTO coverage_employer_counts (network_id, region_code, unionized, unionized_with_org, unionized_with_supervisor, employees)
    SELECT * FROM (
      SELECT network_id, region_code,
        sum(sign * unionized::int) AS u,
        sum(sign * (unionized AND filed_mediation_orgs > 0)::int) AS uo,
        sum(sign * (unionized AND active_supervisors > 0)::int) AS us,
        sum(sign * employee_count::bigint) AS n
      FROM (%s) changes
      GROUP BY network_id, region_code
    ) d
    WHERE (u, uo, us, n) <> (0, 0, 0, 0)
  $q$, coverage_changes(TG_OP));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION coverage_mediation_orgs_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- the employer's counter (the employers' trigger then records what it changes)
  EXECUTE format($q$
    UPDATE employers e SET filed_mediation_orgs = e.filed_mediation_orgs + d.n
    FROM (SELECT employer_id, sum(sign) AS n FROM (%s) changes
          WHERE status = 'filed' AND employer_id IS NOT NULL GROUP BY employer_id HAVING sum(sign) <> 0) d
    WHERE e.id = d.employer_id
  $q$, coverage_changes(TG_OP));
  EXECUTE format($q$
    INSERT INTO coverage_mediator_counts (network_id, region_code, org_type, active_mediators)
    SELECT network_id, region_code, type, sum(sign * active_mediators)
    FROM (%s) changes
    WHERE status = 'filed'
    GROUP BY network_id, region_code, type
    HAVING sum(sign * active_mediators) <> 0
  $q$, coverage_changes(TG_OP));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION coverage_mediators_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- the organization's counter (the organizations' trigger then records what it changes)
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
-- The sweep: the rows of differences folded into one row per key. One statement, so readers see
-- the rows before or the fold after; rows appended meanwhile are left for the next fold.
CREATE FUNCTION coverage_fold() RETURNS integer
LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  employer_rows integer;
  mediator_rows integer;
BEGIN
  WITH folded AS (
    DELETE FROM coverage_employer_counts c
    USING (SELECT network_id, region_code FROM coverage_employer_counts GROUP BY 1, 2 HAVING count(*) > 1) k
    WHERE c.network_id = k.network_id AND c.region_code = k.region_code
    RETURNING c.*
  ), kept AS (
    INSERT INTO coverage_employer_counts (network_id, region_code, unionized, unionized_with_org, unionized_with_supervisor, employees)
    SELECT network_id, region_code, sum(unionized), sum(unionized_with_org), sum(unionized_with_supervisor), sum(employees)
    FROM folded GROUP BY 1, 2
  )
  SELECT count(*) INTO employer_rows FROM folded;
  WITH folded AS (
    DELETE FROM coverage_mediator_counts c
    USING (SELECT network_id, region_code, org_type FROM coverage_mediator_counts GROUP BY 1, 2, 3 HAVING count(*) > 1) k
    WHERE c.network_id = k.network_id AND c.region_code = k.region_code AND c.org_type = k.org_type
    RETURNING c.*
  ), kept AS (
    INSERT INTO coverage_mediator_counts (network_id, region_code, org_type, active_mediators)
    SELECT network_id, region_code, org_type, sum(active_mediators) FROM folded GROUP BY 1, 2, 3
  )
  SELECT count(*) INTO mediator_rows FROM folded;
  RETURN employer_rows + mediator_rows;
END $$;
--> statement-breakpoint
-- Everything recounted from the records: for this migration, and after writes with the triggers
-- off (the bench's bulk load and clean-up under session_replication_role = replica), while nothing
-- else writes.
CREATE FUNCTION coverage_rebuild() RETURNS void
LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  UPDATE mediation_orgs m SET active_mediators = d.n
  FROM (SELECT m2.id, count(md.id)::int AS n FROM mediation_orgs m2 LEFT JOIN mediators md ON md.org_id = m2.id AND md.active GROUP BY m2.id) d
  WHERE d.id = m.id AND m.active_mediators <> d.n;
  UPDATE employers e SET filed_mediation_orgs = d.orgs, active_supervisors = d.supervisors
  FROM (
    SELECT e2.id, coalesce(o.n, 0) AS orgs, coalesce(s.n, 0) AS supervisors
    FROM employers e2
      LEFT JOIN (SELECT employer_id, count(*)::int AS n FROM mediation_orgs WHERE status = 'filed' GROUP BY employer_id) o ON o.employer_id = e2.id
      LEFT JOIN (SELECT employer_id, count(*)::int AS n FROM supervisors WHERE active GROUP BY employer_id) s ON s.employer_id = e2.id
  ) d
  WHERE d.id = e.id AND (e.filed_mediation_orgs, e.active_supervisors) <> (d.orgs, d.supervisors);
  -- the counters' triggers recorded what they changed above; the counts are recounted whole all the same
  WITH gone AS (DELETE FROM coverage_employer_counts)
  INSERT INTO coverage_employer_counts (network_id, region_code, unionized, unionized_with_org, unionized_with_supervisor, employees)
  SELECT network_id, region_code, count(*) FILTER (WHERE unionized), count(*) FILTER (WHERE unionized AND filed_mediation_orgs > 0),
    count(*) FILTER (WHERE unionized AND active_supervisors > 0), sum(employee_count)
  FROM employers GROUP BY network_id, region_code;
  WITH gone AS (DELETE FROM coverage_mediator_counts)
  INSERT INTO coverage_mediator_counts (network_id, region_code, org_type, active_mediators)
  SELECT network_id, region_code, type, sum(active_mediators) FROM mediation_orgs WHERE status = 'filed' GROUP BY network_id, region_code, type;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION coverage_fold(), coverage_rebuild() FROM PUBLIC;
--> statement-breakpoint
SELECT coverage_rebuild();
