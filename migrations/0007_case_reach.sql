-- Whether a case is handled in, or shared with, the caller's subtree. The policies of case_access
-- use it: they cannot read cases under row-level security, since the policy of cases reads
-- case_access (PostgreSQL refuses such a loop). plpgsql, so the tables may come after it.
CREATE FUNCTION case_in_reach(target uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  scope text := nullif(current_setting('app.scope_path', true), '');
BEGIN
  IF scope IS NULL THEN
    RETURN false;
  END IF;
  RETURN EXISTS (SELECT 1 FROM cases c JOIN offices o ON o.id = c.office_id WHERE c.id = target AND o.path LIKE scope || '%')
      OR EXISTS (SELECT 1 FROM case_access a JOIN offices o ON o.id = a.office_id WHERE a.case_id = target AND o.path LIKE scope || '%');
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_in_reach(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION case_in_reach(uuid) TO app_scoped;
